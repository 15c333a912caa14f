/**
 * Finding jobs whose worker died (kill -9, a lost machine): pg-boss still calls them active. A job is given back to
 * the queue, as a failed attempt that pg-boss retries, when its worker ran on this host and that process is gone, or
 * when no heartbeat came for STALE_SEC (a worker on another machine). A job a worker has only just taken (its row
 * not yet claimed) is left alone until it too goes quiet for STALE_SEC.
 */
import type PgBoss from 'pg-boss';
import type {Queryable} from '../db/database';
import {isProcessAlive} from '../util/process-alive';
import {recordEnd} from './mirror';
import {QUEUE_NAME} from './queue';

/** A running job reports at least every HEARTBEAT_SEC; one silent for STALE_SEC has lost its worker. */
export const HEARTBEAT_SEC = 5;
export const STALE_SEC = 60;

interface ActiveJob {
  id: string;
  worker: string | null;
  /** Whether the worker named in the row claimed this attempt (its row changed after pg-boss started it). */
  claimed: boolean;
  silentSec: number;
}

/** Host and pid from "host:pid". */
export function parseWorker(worker: string): {host: string; pid: number} | undefined {
  const match = /^(.*):(\d+)$/.exec(worker);
  return match ? {host: match[1], pid: Number(match[2])} : undefined;
}

/** Gives back every job whose worker is gone; returns the workers it gave up on. */
export async function reclaimDead(db: Queryable, boss: PgBoss, host: string): Promise<string[]> {
  const active = await db.query<ActiveJob>(
    `SELECT j.id::text AS id, m.worker, COALESCE(m.updated_at >= j.started_on, false) AS claimed,
            EXTRACT(EPOCH FROM now() - GREATEST(j.started_on, m.updated_at))::float AS "silentSec"
       FROM pgboss.job j LEFT JOIN jobs m ON m.id = j.id::text
      WHERE j.name = $1 AND j.state = 'active'`,
    [QUEUE_NAME],
  );
  const reclaimed: string[] = [];
  for (const job of active) {
    const who = job.claimed && job.worker ? parseWorker(job.worker) : undefined;
    const deadHere = who !== undefined && who.host === host && !isProcessAlive(who.pid);
    if (!deadHere && job.silentSec < STALE_SEC) continue;
    const message = `worker ${job.worker ?? 'unknown'} stopped while running this job`;
    await boss.fail(QUEUE_NAME, job.id, {message});
    const after = await boss.getJobById(QUEUE_NAME, job.id);
    await recordEnd(
      db,
      job.id,
      after?.state === 'failed' ? {state: 'failed', error: message} : {state: 'queued', error: message},
    );
    reclaimed.push(job.worker ?? job.id);
  }
  return reclaimed;
}
