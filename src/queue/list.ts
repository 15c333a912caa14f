/**
 * The queue's jobs as people read them: pg-boss's state and attempts with the worker (host and pid), stage,
 * progress and output folder from the jobs table. Archived jobs (pg-boss moves finished ones there after a while)
 * are listed too.
 */
import type {Queryable} from '../db/database';
import {QUEUE_NAME} from './queue';

export interface ListedJob {
  id: string;
  /** queued, running, retrying, done, failed or cancelled. */
  state: string;
  attempts: number;
  worker: string | null;
  stage: string | null;
  progress: number;
  batch: string | null;
  row: number | null;
  premise: string | null;
  outDir: string | null;
  error: string | null;
  reused: boolean;
  createdAt: Date;
}

const STATES: Record<string, string> = {
  created: 'queued',
  retry: 'retrying',
  active: 'running',
  completed: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
};

/** Every job of the queue (or of one batch), oldest first. */
export async function listJobs(db: Queryable, batch?: string): Promise<ListedJob[]> {
  const rows = await db.query<Record<string, unknown>>(
    `WITH all_jobs AS (
       SELECT id, name, state::text AS state, retry_count, started_on, data, output, created_on FROM pgboss.job
       UNION ALL
       SELECT id, name, state::text, retry_count, started_on, data, output, created_on FROM pgboss.archive
     )
     SELECT j.id::text AS id, j.state, j.retry_count, j.started_on IS NOT NULL AS started, j.data->'input' AS input,
            j.output, j.created_on, m.worker, m.stage, m.progress, m.error, m.result
       FROM all_jobs j LEFT JOIN jobs m ON m.id = j.id::text
      WHERE j.name = $1 AND ($2::text IS NULL OR j.data->>'batch' = $2)
      ORDER BY j.created_on, (j.data->'input'->>'row')::int`,
    [QUEUE_NAME, batch ?? null],
  );
  return rows.map((r) => {
    const input = (r.input ?? {}) as {batch?: string; row?: number; premise?: string; outDir?: string};
    const output = r.output as {message?: string} | null;
    const state = STATES[String(r.state)] ?? String(r.state);
    return {
      id: String(r.id),
      state,
      attempts: Number(r.retry_count) + (r.started ? 1 : 0),
      worker: (r.worker as string | null) ?? null,
      stage: (r.stage as string | null) ?? null,
      progress: state === 'done' ? 1 : Number(r.progress ?? 0),
      batch: input.batch ?? null,
      row: input.row ?? null,
      premise: input.premise ?? null,
      outDir: input.outDir ?? null,
      error: state === 'done' ? null : ((r.error as string | null) ?? output?.message ?? null),
      reused: Boolean((r.result as {reused?: boolean} | null)?.reused),
      createdAt: r.created_on as Date,
    };
  });
}
