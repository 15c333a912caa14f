/**
 * The queue's jobs as the studio's `jobs` table shows them (one row per pg-boss job, same id): who runs it (host and
 * pid), its stage and progress, its output folder and how it ended. pg-boss owns the state that matters (queued,
 * active, retry, completed, failed); this row is what people read, and its updated_at is the worker's heartbeat.
 */
import type {Queryable} from '../db/database';

export const JOB_KIND = 'make';

export interface JobInput {
  batch: string;
  /** 1-based row of the batch file. */
  row: number;
  premise: string;
  outDir: string;
  /** A series of this many episodes (src/queue/series-job.ts); absent for one drama. */
  episodes?: number;
}

export async function recordQueued(db: Queryable, id: string, input: JobInput): Promise<void> {
  await db.query(
    `INSERT INTO jobs (id, project_id, kind, state, input) VALUES ($1, NULL, $2, 'queued', $3) ON CONFLICT (id) DO NOTHING`,
    [id, JOB_KIND, input],
  );
}

export async function recordStart(db: Queryable, id: string, worker: string, input: JobInput): Promise<void> {
  await db.query(
    `INSERT INTO jobs (id, project_id, kind, state, input, worker, started_at, progress) VALUES ($1, NULL, $2, 'running', $3, $4, now(), 0)
     ON CONFLICT (id) DO UPDATE SET state = 'running', worker = $4, started_at = now(), updated_at = now(), progress = 0,
       stage = NULL, eta_sec = NULL, error = NULL, finished_at = NULL`,
    [id, JOB_KIND, input, worker],
  );
}

/**
 * Progress of a running job (overall, 0-1, src/queue/eta.ts); only its own worker's reports count (a worker taken
 * for dead cannot overwrite).
 */
export async function recordProgress(
  db: Queryable,
  id: string,
  worker: string,
  report: {stage: string; progress: number; etaSec?: number | null},
): Promise<void> {
  await db.query(
    `UPDATE jobs SET stage = $3, progress = $4, eta_sec = $5, updated_at = now() WHERE id = $1 AND worker = $2 AND state = 'running'`,
    [id, worker, report.stage, report.progress, report.etaSec ?? null],
  );
}

/** The heartbeat: the worker is alive and still on this job. */
export async function recordAlive(db: Queryable, id: string, worker: string): Promise<void> {
  await db.query(`UPDATE jobs SET updated_at = now() WHERE id = $1 AND worker = $2 AND state = 'running'`, [
    id,
    worker,
  ]);
}

/** The end of an attempt: done, failed for good, or queued again for a retry (with the error that caused it). */
export async function recordEnd(
  db: Queryable,
  id: string,
  end: {state: 'done' | 'failed' | 'queued'; error?: string; result?: Record<string, unknown>},
): Promise<void> {
  await db.query(
    `UPDATE jobs SET state = $2, error = $3, result = COALESCE($4, result), updated_at = now(),
            finished_at = CASE WHEN $2 = 'queued' THEN NULL ELSE now() END,
            progress = CASE WHEN $2 = 'done' THEN 1 ELSE progress END, eta_sec = NULL
      WHERE id = $1`,
    [id, end.state, end.error ?? null, end.result ?? null],
  );
}
