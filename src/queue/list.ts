/**
 * The queue's jobs as people read them: pg-boss's state and attempts with the worker (host and pid), stage,
 * progress and output folder from the jobs table. Archived jobs (pg-boss moves finished ones there after a while)
 * are listed too. `npm run jobs`, a batch's summary and the studio all list jobs through here.
 */
import type {Queryable} from '../db/database';
import {QUEUE_NAME} from './queue';
import type {JobInput} from './mirror';
import type {MadeEpisode} from './series-job';

export interface ListedJob {
  id: string;
  /** queued, running, retrying, done, failed or cancelled. */
  state: string;
  attempts: number;
  worker: string | null;
  stage: string | null;
  /** The whole job's progress, 0-1 (1 when done). */
  progress: number;
  etaSec: number | null;
  batch: string | null;
  row: number | null;
  premise: string | null;
  /** A series of this many episodes; null for one drama. */
  episodes: number | null;
  outDir: string | null;
  error: string | null;
  reused: boolean;
  /** What a finished make made, relative to outDir (video, poster, script, srt, vtt); empty otherwise. */
  files: Record<string, string>;
  /** A finished series' episodes, each with its folder and files. */
  madeEpisodes: MadeEpisode[];
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** The last sign of life of a running job's worker (its heartbeat, src/queue/reclaim.ts). */
  heartbeatAt: Date | null;
}

export interface JobFilter {
  /** Only this batch's jobs. */
  batch?: string;
  /** Only this job. */
  id?: string;
  /** The newest this many, newest first (default: all, oldest first). */
  newest?: number;
}

const STATES: Record<string, string> = {
  created: 'queued',
  retry: 'retrying',
  active: 'running',
  completed: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
};

interface JobResult {
  reused?: boolean;
  files?: Record<string, string>;
  episodes?: MadeEpisode[];
}

/** The jobs the filter asks for; none when the queue was never set up in this database. */
export async function listJobs(db: Queryable, filter: JobFilter = {}): Promise<ListedJob[]> {
  const [{queue}] = await db.query<{queue: boolean}>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS queue`);
  if (!queue) return [];
  const order = filter.newest === undefined ? 'ASC' : 'DESC';
  const rows = await db.query<Record<string, unknown>>(
    `WITH all_jobs AS (
       SELECT id, name, state::text AS state, retry_count, started_on, completed_on, data, output, created_on FROM pgboss.job
       UNION ALL
       SELECT id, name, state::text, retry_count, started_on, completed_on, data, output, created_on FROM pgboss.archive
     )
     SELECT j.id::text AS id, j.state, j.retry_count, j.started_on, j.completed_on, j.data->'input' AS input,
            j.output, j.created_on, m.worker, m.stage, m.progress, m.eta_sec, m.error, m.result, m.updated_at
       FROM all_jobs j LEFT JOIN jobs m ON m.id = j.id::text
      WHERE j.name = $1 AND ($2::text IS NULL OR j.data->>'batch' = $2) AND ($3::text IS NULL OR j.id::text = $3)
      ORDER BY j.created_on ${order}, (j.data->'input'->>'row')::int ${order}
      LIMIT $4`,
    [QUEUE_NAME, filter.batch ?? null, filter.id ?? null, filter.newest ?? null],
  );
  return rows.map((r) => {
    const input = (r.input ?? {}) as Partial<JobInput>;
    const output = r.output as {message?: string} | null;
    const state = STATES[String(r.state)] ?? String(r.state);
    const done = state === 'done';
    // The worker records the result in both; pg-boss's output outlives a mirror row lost to a crash.
    const result = done ? (((r.result ?? r.output) as JobResult | null) ?? {}) : {};
    return {
      id: String(r.id),
      state,
      attempts: Number(r.retry_count) + (r.started_on ? 1 : 0),
      worker: (r.worker as string | null) ?? null,
      stage: (r.stage as string | null) ?? null,
      progress: done ? 1 : Number(r.progress ?? 0),
      etaSec: state === 'running' && r.eta_sec !== null && r.eta_sec !== undefined ? Number(r.eta_sec) : null,
      batch: input.batch ?? null,
      row: input.row ?? null,
      premise: input.premise ?? null,
      episodes: input.episodes ?? null,
      outDir: input.outDir ?? null,
      error: done ? null : ((r.error as string | null) ?? output?.message ?? null),
      reused: Boolean(result.reused),
      files: result.files ?? {},
      madeEpisodes: result.episodes ?? [],
      createdAt: r.created_on as Date,
      startedAt: (r.started_on as Date | null) ?? null,
      finishedAt: ['done', 'failed', 'cancelled'].includes(state) ? ((r.completed_on as Date | null) ?? null) : null,
      heartbeatAt: state === 'running' ? ((r.updated_at as Date | null) ?? (r.started_on as Date | null)) : null,
    };
  });
}
