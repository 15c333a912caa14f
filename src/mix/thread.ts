/**
 * The body of the mix's worker thread (off-thread.ts starts it): mixes the script it is given and posts back each
 * progress report, then the mixed script or the error. Loaded through tsx's require hook, so it is TypeScript like
 * the rest.
 */
import os from 'node:os';
import {parentPort, workerData} from 'node:worker_threads';
import type {Script} from '../schema/script';
import {diskScoreCache} from '../score/part-cache';
import {mixSoundtrack, type MixOptions} from './mix';

/** What the thread mixes: plain data, as a thread receives it. */
export interface MixRequest {
  script: Script;
  options: OffThreadMixOptions;
}

/** MixOptions as data: the score's parts in a folder (the default cache's when absent), not a cache object. */
export interface OffThreadMixOptions extends Omit<MixOptions, 'scoreCache'> {
  scoreDir?: string;
}

/** What the thread posts: a progress report, the mixed script, or the error that stopped it. */
export type MixMessage =
  | {kind: 'progress'; stage: string; fraction: number; detail?: string}
  | {kind: 'done'; script: Script}
  | {kind: 'failed'; name: string; message: string; stack?: string};

/**
 * The thread yields the cores to the render's capture, which waits for nothing else: the mix has the whole capture
 * to finish in. On Linux a nice value is a thread's own, so this lowers this thread alone.
 */
const NICENESS = 10;

try {
  os.setPriority(NICENESS);
} catch {
  // Not allowed here (or not this platform): the mix runs at the process's priority.
}
const port = parentPort!;
const post = (message: MixMessage) => port.postMessage(message);
const {script, options} = workerData as MixRequest;
const {scoreDir, ...mixOptions} = options;
const scoreCache = scoreDir === undefined ? undefined : diskScoreCache(scoreDir);
mixSoundtrack(script, {...mixOptions, scoreCache}, (stage, fraction, detail) =>
  post({kind: 'progress', stage, fraction, detail}),
).then(
  (mixed) => post({kind: 'done', script: mixed}),
  (error: Error) => post({kind: 'failed', name: error.name, message: error.message, stack: error.stack}),
);
