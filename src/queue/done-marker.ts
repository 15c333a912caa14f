/**
 * The done marker: written into an output folder, atomically, after everything in it was made. Work checks it before
 * it starts, so a video that was finished is never made again, whoever asks (a rerun of a batch, a retried job, a
 * second worker, a series made again). `key` says what was made: a marker for other work does not count.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../util/files';

export const DONE_FILE = '.microdrama-done.json';

export interface DoneMarker {
  /** A hash of what was asked for (makeKey in make-once.ts); another request in the same folder is not done. */
  key: string;
  finishedAt: string;
  /** Who made it: host and pid of the process. */
  worker: string;
  seconds: number;
  files: Record<string, string>;
}

export async function readDone(dir: string): Promise<DoneMarker | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, DONE_FILE), 'utf8')) as DoneMarker;
  } catch {
    return undefined;
  }
}

/** The marker when it is there and was written for `key`. */
export async function doneFor(dir: string, key: string): Promise<DoneMarker | undefined> {
  const marker = await readDone(dir);
  return marker?.key === key ? marker : undefined;
}

export async function writeDone(dir: string, marker: DoneMarker): Promise<void> {
  await writeFileAtomic(path.join(dir, DONE_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}

/** This process as a worker name: host and pid, as `jobs` shows it. */
export function workerName(host: string, pid: number): string {
  return `${host}:${pid}`;
}
