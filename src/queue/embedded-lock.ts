/**
 * The embedded database (PGlite) is one process's at a time: its files must never be opened by two. A lock file in
 * the data folder holds the pid of the process using it (a batch, a worker, `npm run jobs` or the studio); a lock
 * left by a process that is gone (kill -9) is taken over, so a crash never blocks the rerun. Several at once need a
 * Postgres server (DATABASE_URL).
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors';
import {isProcessAlive} from '../util/process-alive';

const LOCK = 'queue.lock';

/** Takes the data folder for this process; the returned function gives it back. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dataDir, {recursive: true});
  const file = path.join(dataDir, LOCK);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, `${process.pid}\n`, {flag: 'wx'});
      return () => fs.rm(file, {force: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await fs.readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid))
      throw new UserError(
        `--data: the embedded database in ${dataDir} is in use by another batch, worker or studio (pid ${pid}); wait ` +
          'for it or stop it, or set DATABASE_URL to a Postgres server to run several at once',
      );
    await fs.rm(file, {force: true});
  }
  throw new UserError(`--data: could not lock ${dataDir}`);
}
