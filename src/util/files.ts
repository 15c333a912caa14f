/** File helpers: atomic writes (never a half-written file at the output path) and content hashes. */
import {createHash} from 'node:crypto';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {UserError} from './errors';

/** Writes to a temporary file beside the target, then renames it into place. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileVia(file, (temp) => fs.writeFile(temp, data));
}

/**
 * Runs `write` on a temporary path beside `file` (for tools that write the file themselves: ffmpeg, the renderer),
 * then renames it into place; the temporary file never outlives the call, so an output path is never half-written.
 */
export async function writeFileVia<T>(file: string, write: (temp: string) => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(file), {recursive: true});
  const temp = tempPathFor(file);
  try {
    const result = await write(temp);
    await fs.rename(temp, file);
    return result;
  } finally {
    await fs.rm(temp, {force: true});
  }
}

/** A temporary path beside `file` for tools that write the file themselves; rename it into place when done. */
export function tempPathFor(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `.${path.basename(file, ext)}.${process.pid}.${Date.now()}.tmp${ext}`);
}

/** A stable hash of any JSON-serialisable value (keys sorted), for cache keys. */
export function hashOf(value: unknown, length = 16): string {
  return hashBytes(stableJson(value), length);
}

/** The SHA-256 of raw content (a file's bytes), in hex, cut to `length` characters. */
export function hashBytes(data: string | Uint8Array, length = 64): string {
  return createHash('sha256').update(data).digest('hex').slice(0, length);
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Codes of a write that fails for want of room or rights: the user can fix these, so they are named plainly. */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  EFBIG: 'file too large',
};

/** A write error as one line naming the file and what went wrong; other errors pass through untouched. */
export function explainWriteError(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code && WRITE_FAILURES[code]
    ? new UserError(`cannot write ${file}: ${WRITE_FAILURES[code]} (${code})`)
    : error;
}

/**
 * Writes several files as one: every file goes to a temporary name first and they are renamed into place only when
 * all are written, so a full disk leaves none of them (e.g. no script.json without its captions). A write that
 * fails names its path.
 */
export async function writeFilesAtomic(
  files: ReadonlyArray<readonly [file: string, data: string | Uint8Array]>,
): Promise<void> {
  const temps: string[] = [];
  try {
    for (const [file, data] of files) {
      await fs.mkdir(path.dirname(file), {recursive: true});
      const temp = tempPathFor(file);
      temps.push(temp);
      await fs.writeFile(temp, data).catch((error) => {
        throw explainWriteError(error, file);
      });
    }
    for (const [i, [file]] of files.entries()) await fs.rename(temps[i], file);
  } catch (error) {
    await Promise.all(temps.map((temp) => fs.rm(temp, {force: true})));
    throw error;
  }
}
