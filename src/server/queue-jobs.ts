/**
 * The queue's batch and series jobs for the page (GET /api/queue/jobs, /api/queue/jobs/{id}): what each was asked
 * (premise, row, episodes), where it is (state, stage, overall progress, ETA, attempts, the worker's host and pid),
 * where its output goes, how it ended, and the addresses of what a finished one made. Read from the database the
 * queue shares with the studio (src/queue/list.ts); nothing here runs or changes a job.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import {Hono} from 'hono';
import type {Queryable} from '../db/database';
import {listJobs, type ListedJob} from '../queue/list';
import {parseWorker, STALE_SEC} from '../queue/reclaim';
import {isProcessAlive} from '../util/process-alive';
import {ApiError, notFound} from './errors';
import {jobFile, jobFileUrl, madeFiles, type MadeFiles} from './queue-files';

/** The newest jobs listed when the page does not say how many. */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * The addresses of the files a video's result lists that are there to serve, and the kinds that are not (moved or
 * deleted since, or written by a worker on another machine where this one cannot see).
 */
async function urlsOf(job: ListedJob, made: MadeFiles): Promise<{files: MadeFiles; missing: string[]}> {
  const found = await Promise.all(
    Object.entries(made).map(async ([kind, relative]) => {
      const file = await jobFile(job, relative);
      const there = file && (await fs.stat(file).catch(() => undefined))?.isFile();
      return {kind, url: there ? jobFileUrl(job.id, relative) : undefined};
    }),
  );
  return {
    files: Object.fromEntries(found.flatMap(({kind, url}) => (url ? [[kind, url]] : []))),
    missing: found.filter(({url}) => !url).map(({kind}) => kind),
  };
}

/**
 * Running, but its worker is gone: a process of this machine that has ended, or silent as long as a worker waits
 * before giving a job up (reclaim.ts). The next worker to look takes it over.
 */
function isStalled(job: ListedJob, worker: {host: string; pid: number} | undefined): boolean {
  if (job.heartbeatAt === null) return false;
  if (worker?.host === os.hostname() && !isProcessAlive(worker.pid)) return true;
  return Date.now() - new Date(job.heartbeatAt).getTime() > STALE_SEC * 1000;
}

export async function queueJobView(job: ListedJob) {
  const made = madeFiles(job);
  const worker = job.worker ? parseWorker(job.worker) : undefined;
  return {
    id: job.id,
    kind: job.episodes === null ? ('batch' as const) : ('series' as const),
    state: job.state,
    premise: job.premise,
    batch: job.batch,
    row: job.row,
    episodes: job.episodes,
    stage: job.stage,
    progress: job.progress,
    etaSec: job.etaSec,
    attempts: job.attempts,
    worker: worker ?? (job.worker ? {host: job.worker, pid: null} : null),
    stalled: isStalled(job, worker),
    outDir: job.outDir,
    error: job.error,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    ...(await urlsOf(job, made.files)),
    episodeFiles: await Promise.all(
      made.episodes.map(async (e) => ({episode: e.episode, ...(await urlsOf(job, e.files))})),
    ),
  };
}

export function createQueueApi(db: Queryable): Hono {
  const api = new Hono();
  api.get('/jobs', async (c) => {
    const limitParam = c.req.query('limit');
    const limit = limitParam === undefined ? DEFAULT_LIMIT : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw new ApiError(400, 'limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
    const jobs = await listJobs(db, {newest: limit});
    return c.json({jobs: await Promise.all(jobs.map(queueJobView))});
  });
  api.get('/jobs/:id', async (c) => {
    const id = c.req.param('id');
    const [job] = /^[0-9a-f-]{36}$/.test(id) ? await listJobs(db, {id}) : [];
    if (!job) throw notFound('job');
    return c.json(await queueJobView(job));
  });
  return api;
}
