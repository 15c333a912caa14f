/**
 * The job runner interface: what the API needs from whatever executes background jobs. Today a runner in the
 * server process takes jobs from the durable jobs table and renders each in a child process; the queue issue can
 * put pg-boss behind the same three calls.
 */
export interface JobRunner {
  /** A job was added to the jobs table: take it when there is room. */
  wake(): void;
  /** Stops the job if it is queued or running; resolves to whether it was stopped. */
  cancel(jobId: string): Promise<boolean>;
  /** Stops taking jobs and ends the running ones (they are marked failed, never left 'running'). */
  stop(): Promise<void>;
}
