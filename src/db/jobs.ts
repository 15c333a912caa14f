/**
 * Durable background jobs: a row per job with its state, stage, progress, ETA, error and result. The runner that
 * executes them is elsewhere (src/server/jobs); these functions are all it needs, so another runner (a queue) can
 * take over the same table.
 */
import type {Queryable} from './database';
import {newId} from './projects';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobRow {
  id: string;
  projectId: string | null;
  kind: string;
  state: JobState;
  input: Record<string, unknown>;
  stage: string | null;
  progress: number;
  etaSec: number | null;
  error: string | null;
  result: Record<string, unknown> | null;
  worker: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const JOB_COLUMNS = `id, project_id AS "projectId", kind, state, input, stage, progress, eta_sec AS "etaSec", error, result, worker,
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

export async function createJob(
  db: Queryable,
  job: {projectId: string | null; kind: string; input: Record<string, unknown>},
): Promise<JobRow> {
  const [row] = await db.query<JobRow>(
    `INSERT INTO jobs (id, project_id, kind, state, input) VALUES ($1, $2, $3, 'queued', $4) RETURNING ${JOB_COLUMNS}`,
    [newId(), job.projectId, job.kind, job.input],
  );
  return row;
}

export async function getJob(db: Queryable, id: string): Promise<JobRow | undefined> {
  const [row] = await db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [id]);
  return row;
}

export function listJobs(db: Queryable, projectId: string, limit = 20): Promise<JobRow[]> {
  return db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE project_id = $1 ORDER BY created_at DESC LIMIT $2`, [
    projectId,
    limit,
  ]);
}

/** Takes the oldest queued job for `worker`, atomically (two runners never take the same job). */
export async function claimJob(db: Queryable, worker: string, kind?: string): Promise<JobRow | undefined> {
  const [row] = await db.query<JobRow>(
    `UPDATE jobs SET state = 'running', worker = $1, started_at = now(), updated_at = now(), progress = 0
      WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND ($2::text IS NULL OR kind = $2) ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING ${JOB_COLUMNS}`,
    [worker, kind ?? null],
  );
  return row;
}

/** Progress of a running job; does nothing once the job has left 'running' (a cancel wins over a late report). */
export async function reportProgress(
  db: Queryable,
  id: string,
  report: {stage: string; progress: number; etaSec: number | null},
): Promise<void> {
  await db.query(
    `UPDATE jobs SET stage = $2, progress = $3, eta_sec = $4, updated_at = now() WHERE id = $1 AND state = 'running'`,
    [id, report.stage, report.progress, report.etaSec],
  );
}

/** Ends a job (done, failed or cancelled); a job already ended stays as it was. Returns whether this call ended it. */
export async function finishJob(
  db: Queryable,
  id: string,
  end: {state: 'done' | 'failed' | 'cancelled'; error?: string; result?: Record<string, unknown>},
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE jobs SET state = $2, error = $3, result = $4, finished_at = now(), updated_at = now(),
            progress = CASE WHEN $2 = 'done' THEN 1 ELSE progress END, eta_sec = NULL
      WHERE id = $1 AND state IN ('queued', 'running') RETURNING id`,
    [id, end.state, end.error ?? null, end.result ?? null],
  );
  return rows.length > 0;
}

/**
 * After a crash: jobs that `worker` (or, with no worker given, anyone) left running are marked failed with a
 * message saying so, never left 'running'. With `kind`, only jobs of that kind: the studio's renders are its own,
 * while the queue's jobs (kind 'make') belong to workers that may be running elsewhere. Returns how many.
 */
export async function failInterrupted(db: Queryable, filter: {worker?: string; kind?: string} = {}): Promise<number> {
  const rows = await db.query(
    `UPDATE jobs SET state = 'failed', error = 'interrupted: the server stopped while this job ran; render again', finished_at = now(), updated_at = now()
      WHERE state = 'running' AND ($1::text IS NULL OR worker = $1) AND ($2::text IS NULL OR kind = $2) RETURNING id`,
    [filter.worker ?? null, filter.kind ?? null],
  );
  return rows.length;
}
