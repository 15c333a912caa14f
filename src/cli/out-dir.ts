/**
 * The output folder: chosen, checked and claimed before any work is done. A folder microdrama did not create (no
 * marker file) must be empty unless the user says --force; system folders are never written; a lock file keeps two
 * runs out of one folder at once (a lock left by a process that is gone is taken over).
 */
import {promises as fs, realpathSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {isProcessAlive} from '../util/process-alive';
import {UserError} from '../util/errors';

/** Marks a folder as microdrama's own, so a later run may write into it again. */
export const MARKER_FILE = '.microdrama';
/** Held while a run writes into the folder; holds the pid of that run. */
export const LOCK_FILE = '.microdrama.lock';

/** Folders (and everything under the first group) that no run may write into, whatever the user asks. */
const SYSTEM_TREES = [
  '/etc',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/boot',
  '/dev',
  '/proc',
  '/sys',
  '/run',
];
const SYSTEM_FOLDERS = ['/', '/var', '/opt', '/srv', '/home', '/root', '/tmp', '/mnt', '/media'];

/** The path with symlinks resolved as far as it exists, so `/tmp/link-to-etc/x` is seen as `/etc/x`. */
function realPathOf(dir: string): string {
  const rest: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      if (path.dirname(current) === current) return dir;
      rest.push(path.basename(current));
    }
  }
}

/** Throws when `dir` is a system folder, inside one of the system trees, or the home folder itself. */
export function refuseSystemFolder(dir: string, option = '--out', home = os.homedir()): void {
  for (const candidate of new Set([path.resolve(dir), realPathOf(path.resolve(dir))])) {
    const inTree = SYSTEM_TREES.some((tree) => candidate === tree || candidate.startsWith(`${tree}/`));
    if (inTree || SYSTEM_FOLDERS.includes(candidate) || candidate === path.resolve(home)) {
      throw new UserError(`${option}: ${dir} is a system folder; choose a folder of its own, e.g. out/my-drama`);
    }
  }
}

/** Creates the lock file, or takes over one whose process is gone; throws when another run holds it. */
async function lock(dir: string, option: string): Promise<string> {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, `${process.pid}\n`, {flag: 'wx'});
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await fs.readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)) {
      throw new UserError(
        `${option}: another make (pid ${pid}) is writing to ${dir}; wait for it to finish or choose another folder`,
      );
    }
    // Stale: the run that held it is gone.
    await fs.rm(file, {force: true});
  }
  throw new UserError(`${option}: could not lock ${dir} (${LOCK_FILE} keeps coming back)`);
}

export interface OutputFolder {
  /** Removes the lock; on failure also removes the folder when this run created it and left it empty. */
  release(failed: boolean): Promise<void>;
}

/**
 * Checks and claims the output folder: refuses system folders and (unless `force`) a non-empty folder that
 * microdrama did not create, creates it if needed, proves it writable, marks it and locks it.
 */
export async function claimOutputDir(
  dir: string,
  options: {force?: boolean; option?: string} = {},
): Promise<OutputFolder> {
  const option = options.option ?? '--out';
  refuseSystemFolder(dir, option);
  const existed = await fs.stat(dir).catch(() => undefined);
  if (existed && !existed.isDirectory()) throw new UserError(`${option}: ${dir} is a file, not a folder`);
  if (existed && !options.force) {
    const entries = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(`${option}: cannot read ${dir} (${error.code ?? error.message})`);
    });
    if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
      throw new UserError(
        `${option}: ${dir} already holds files that microdrama did not write; choose another folder, or add --force to write there anyway`,
      );
    }
  }
  const marker = path.join(dir, MARKER_FILE);
  let lockFile: string;
  try {
    await fs.mkdir(dir, {recursive: true});
    await fs.writeFile(marker, 'This folder was written by microdrama; it may write here again.\n');
    lockFile = await lock(dir, option);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (!existed) await fs.rm(dir, {recursive: true, force: true}).catch(() => undefined);
    throw new UserError(
      `${option}: cannot write to ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return {
    async release(failed) {
      await fs.rm(lockFile, {force: true});
      if (!failed || existed) return;
      const left = await fs.readdir(dir).catch(() => ['?']);
      if (left.every((name) => name === MARKER_FILE))
        await fs.rm(dir, {recursive: true, force: true}).catch(() => undefined);
    },
  };
}
