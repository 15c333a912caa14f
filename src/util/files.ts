/** File helpers: atomic writes (never a half-written file at the output path) and content hashes. */
import {createHash} from 'node:crypto';
import {promises as fs} from 'node:fs';
import path from 'node:path';

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
