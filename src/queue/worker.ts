/**
 * A worker's loop: give back the jobs of dead workers, take the next job, run it with a heartbeat, and tell pg-boss
 * how it ended (complete, or fail: pg-boss retries it with backoff until its retry limit, then it stays failed with
 * its error; a job whose input is at fault fails at once, bad-input.ts). One job at a time per worker: a render
 * already uses every core it is given.
 */
import type PgBoss from 'pg-boss';
import {redactSecrets} from '../util/redact';
import {badInput} from './bad-input';
import {HEARTBEAT_SEC, reclaimDead} from './reclaim';
import {recordAlive, recordEnd, recordProgress, recordStart, type JobInput} from './mirror';
import {failForGood, QUEUE_NAME, type Queue} from './queue';

export interface JobReport {
  stage: string;
  /** The whole job's progress, 0-1 (src/queue/eta.ts). */
  progress: number;
  etaSec?: number | null;
}

/** Runs one job's work; resolves with what goes into the job's result, throws to fail the attempt. */
export type JobRunner = (
  input: JobInput,
  data: unknown,
  report: (r: JobReport) => void,
) => Promise<Record<string, unknown>>;

export interface WorkOptions {
  queue: Queue;
  host: string;
  /** "host:pid", as jobs lists it. */
  worker: string;
  run: JobRunner;
  /** When to stop taking jobs; checked whenever there is nothing to take. */
  done: () => Promise<boolean>;
  log: (line: string) => void;
  pollMs?: number;
  /** Stop after the current job (a signal asked for it). */
  stopping?: () => boolean;
  env?: NodeJS.ProcessEnv;
  /** After each job this worker ran (a batch reports overall progress here). */
  afterJob?: () => Promise<void>;
}

export interface WorkResult {
  ran: number;
  failed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Jobs of the queue not yet ended (queued, waiting for a retry, or running), optionally of one batch only. */
export async function unfinishedJobs(queue: Queue, batch?: string): Promise<number> {
  const [row] = await queue.db.query<{n: number}>(
    `SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')
       AND ($2::text IS NULL OR data->>'batch' = $2)`,
    [QUEUE_NAME, batch ?? null],
  );
  return row.n;
}

async function runOne(options: WorkOptions, job: PgBoss.JobWithMetadata<{input: JobInput}>): Promise<boolean> {
  const {queue, worker, log} = options;
  const {input} = job.data;
  const attempt = job.retryCount + 1;
  const name = `row ${input.row} (${job.id.slice(0, 8)})`;
  await recordStart(queue.db, job.id, worker, input);
  log(`${name}: started, attempt ${attempt}: ${input.premise}`);
  const beat = setInterval(
    () => void recordAlive(queue.db, job.id, worker).catch(() => undefined),
    HEARTBEAT_SEC * 1000,
  );
  let lastPercent = -1;
  let lastStage = '';
  const report = (r: JobReport) => {
    const percent = Math.floor(r.progress * 100);
    if (percent === lastPercent && r.stage === lastStage) return;
    void recordProgress(queue.db, job.id, worker, r).catch(() => undefined);
    if (r.stage !== lastStage || percent % 25 === 0) log(`${name}: ${r.stage} ${percent}%`);
    lastPercent = percent;
    lastStage = r.stage;
  };
  try {
    const result = await options.run(input, job.data, report);
    clearInterval(beat);
    await queue.boss.complete(QUEUE_NAME, job.id, result);
    await recordEnd(queue.db, job.id, {state: 'done', result});
    log(`${name}: done${result.reused ? ' (already made: reused)' : ''} -> ${input.outDir}`);
    return true;
  } catch (error) {
    clearInterval(beat);
    const bad = badInput(error);
    const message = redactSecrets(bad ?? (error as Error)?.message ?? String(error), options.env ?? process.env);
    if (bad) await failForGood(queue, job.id, {message});
    else await queue.boss.fail(QUEUE_NAME, job.id, {message});
    const after = await queue.boss.getJobById(QUEUE_NAME, job.id);
    const final = after?.state === 'failed';
    await recordEnd(queue.db, job.id, {state: final ? 'failed' : 'queued', error: message});
    log(
      `${name}: ${final ? `failed${bad ? ' (bad input: not retried)' : ''}` : `attempt ${attempt} failed, will retry`}: ${message}`,
    );
    return false;
  }
}

/** Takes and runs jobs until `done()` says so (checked whenever the queue has nothing to hand out). */
export async function work(options: WorkOptions): Promise<WorkResult> {
  const result: WorkResult = {ran: 0, failed: 0};
  for (;;) {
    if (options.stopping?.()) return result;
    for (const dead of await reclaimDead(options.queue.db, options.queue.boss, options.host))
      options.log(`worker ${dead} is gone: its job goes back to the queue`);
    const [job] = await options.queue.boss.fetch<{input: JobInput}>(QUEUE_NAME, {batchSize: 1, includeMetadata: true});
    if (!job) {
      if (await options.done()) return result;
      await sleep(options.pollMs ?? 1000);
      continue;
    }
    const ok = await runOne(options, job);
    result.ran++;
    if (!ok) result.failed++;
    await options.afterJob?.();
  }
}
