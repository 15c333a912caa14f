/** The output folder: chosen, then checked for writing before any work is done. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors';

/** Creates the folder if needed and proves it is writable; an unwritable folder is a UserError. */
export async function ensureWritableDir(dir: string, option = '--out'): Promise<void> {
  try {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat && !stat.isDirectory()) throw new UserError(`${option}: ${dir} is a file, not a folder`);
    await fs.mkdir(dir, {recursive: true});
    const probe = path.join(dir, `.write-test-${process.pid}`);
    await fs.writeFile(probe, '');
    await fs.rm(probe);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${option}: cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
