/** The output folder: chosen, then checked for writing before any work is done. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors';

/**
 * Creates the folder if needed and proves it is writable; an unwritable folder is a UserError.
 * Returns a function that removes the folder again if it was created here and is still empty,
 * so a run that fails leaves nothing behind at the output path.
 */
export async function ensureWritableDir(dir: string, option = '--out'): Promise<() => Promise<void>> {
  const existed = await fs.stat(dir).catch(() => undefined);
  if (existed && !existed.isDirectory()) throw new UserError(`${option}: ${dir} is a file, not a folder`);
  try {
    await fs.mkdir(dir, {recursive: true});
    const probe = path.join(dir, `.write-test-${process.pid}`);
    await fs.writeFile(probe, '');
    await fs.rm(probe);
  } catch (error) {
    throw new UserError(`${option}: cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return async () => {
    if (existed) return;
    const left = await fs.readdir(dir).catch(() => ['?']);
    if (left.length === 0) await fs.rmdir(dir).catch(() => undefined);
  };
}
