/**
 * The queue: pg-boss (a Postgres job queue) on the project's database. On the embedded PGlite database under the
 * data folder by default, through pg-boss's `db` adapter (its SQL runs on our connection); on a Postgres server
 * (DATABASE_URL) pg-boss keeps its own pool, and any number of workers on any number of machines share it.
 * Jobs are also mirrored into the studio's `jobs` table (src/db/migrations/001_studio.sql): worker, stage, progress
 * and output folder, which is what `npm run jobs` and the studio show and how a dead worker is noticed.
 */
import path from 'node:path';
import PgBoss from 'pg-boss';
import {openDatabase, type Database} from '../db/database';
import {migrate} from '../db/migrate';
import {lockDataDir} from './embedded-lock';

/** The one queue every make job goes through. */
export const QUEUE_NAME = 'microdrama-make';

/** Retries of a job that fails (provider faults, a worker that died), with exponential backoff from RETRY_DELAY_SEC. */
export const RETRY_LIMIT = 3;
export const RETRY_DELAY_SEC = 5;
/** pg-boss's own backstop for a job nobody reports on; a dead worker is normally noticed far sooner (reclaim.ts). */
export const EXPIRE_SEC = 6 * 60 * 60;

export interface Queue {
  boss: PgBoss;
  db: Database;
  /** Where the queue lives, for messages (never a password). */
  where: string;
  close(): Promise<void>;
}

export interface QueueOptions {
  dataDir: string;
  /** A postgres:// URL (DATABASE_URL): use that server instead of the embedded database. */
  url?: string;
}

/** pg-boss's db adapter over the embedded database: statements with parameters as queries, scripts (its migrations) whole. */
function pgliteAdapter(db: Database): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length) return {rows: await db.query(text, values)};
      try {
        return {rows: await db.query(text)};
      } catch (error) {
        // A script of several statements cannot be a prepared statement: run it as a script.
        if (!/multiple commands/i.test((error as Error).message)) throw error;
        await db.exec(text);
        return {rows: []};
      }
    },
  };
}

/**
 * Ends an active job failed at once, whatever retries it has left (its input is at fault: bad-input.ts). pg-boss
 * 10's fail() makes a job 'retry' while its retry_count is under its retry_limit and has no fail-without-retry
 * (timgit/pg-boss#516; the maintainer's way out, cancel or delete, would lose the 'failed' state and the error), so
 * this job's own limit is lowered to the attempts it has had, and fail() then ends it as it ends any job out of
 * retries: 'failed', with `output`. Should this process die in between, the job is still active and the next
 * worker's reclaim fails it, for good, the same way.
 */
export async function failForGood(queue: Queue, id: string, output: object): Promise<void> {
  await queue.db.query(
    `UPDATE pgboss.job SET retry_limit = retry_count WHERE name = $1 AND id = $2::uuid AND state = 'active'`,
    [QUEUE_NAME, id],
  );
  await queue.boss.fail(QUEUE_NAME, id, output);
}

export async function openQueue(options: QueueOptions): Promise<Queue> {
  const dataDir = path.resolve(options.dataDir);
  const unlock = options.url ? async () => undefined : await lockDataDir(dataDir);
  let db: Database | undefined;
  try {
    db = await openDatabase(options.url ? {url: options.url} : {dataDir});
    await migrate(db);
    const boss = new PgBoss({
      ...(options.url ? {connectionString: options.url, max: 4} : {db: pgliteAdapter(db)}),
      schedule: false,
      // Maintenance (archiving, expiry) now and then; workers find dead jobs themselves (reclaim.ts).
      maintenanceIntervalSeconds: 60,
    });
    boss.on('error', () => undefined);
    await boss.start();
    if (!(await boss.getQueue(QUEUE_NAME)))
      await boss.createQueue(QUEUE_NAME, {
        name: QUEUE_NAME,
        retryLimit: RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SEC,
        retryBackoff: true,
        expireInSeconds: EXPIRE_SEC,
      });
    const opened = db;
    return {
      boss,
      db: opened,
      where: options.url ? 'the Postgres server in DATABASE_URL' : `the embedded database in ${dataDir}`,
      async close() {
        await boss.stop({graceful: false, close: true, wait: true}).catch(() => undefined);
        await opened.close().catch(() => undefined);
        await unlock();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await unlock();
    throw error;
  }
}
