/**
 * One make into one folder, at most once: a folder whose done marker matches the request is reused as it is;
 * otherwise the folder is claimed (src/cli/out-dir.ts: marker and lock, so two processes never write it at once),
 * the pipeline runs, and the done marker is written last. A crash before the marker leaves the folder to be made
 * again; the stages' content-hash caches (LLM replies, voices, images, render chunks) make that cheap.
 */
import os from 'node:os';
import path from 'node:path';
import {claimOutputDir} from '../cli/out-dir';
import type {PipelineOptions, PipelineResult} from '../pipeline';
import type {Script} from '../schema/script';
import {hashOf} from '../util/files';
import {doneFor, workerName, writeDone, type DoneMarker} from './done-marker';

/** Options that do not change what is made: where and how it is rendered, reported and logged. */
const NOT_IN_KEY = new Set(['outDir', 'browser', 'env', 'progress', 'warn', 'serveUrl', 'force']);

/** What a make's output depends on, as a hash: the same request in the same folder is the same video. */
export function makeKey(options: object): string {
  return hashOf(Object.fromEntries(Object.entries(options).filter(([k, v]) => !NOT_IN_KEY.has(k) && v !== undefined)));
}

export type MadeFolder =
  {reused: true; marker: DoneMarker} | {reused: false; marker: DoneMarker; result: PipelineResult};

export interface MakeOnceHooks {
  /** Write into a folder microdrama did not create. */
  force?: boolean;
  /** Writes the script to render, only when the folder is not already done (a series writes its episode here). */
  prepare?: () => Promise<Script>;
}

export async function makeOnce(
  options: PipelineOptions,
  key: string = makeKey(options),
  hooks: MakeOnceHooks = {},
): Promise<MadeFolder> {
  const dir = options.outDir;
  const done = await doneFor(dir, key);
  if (done) return {reused: true, marker: done};
  const folder = await claimOutputDir(dir, {force: hooks.force});
  const started = Date.now();
  let failed = true;
  try {
    // Checked again under the lock: another process may have finished it while this one waited.
    const raced = await doneFor(dir, key);
    if (raced) {
      failed = false;
      return {reused: true, marker: raced};
    }
    const {runPipeline} = await import('../pipeline');
    const script = hooks.prepare ? await hooks.prepare() : options.script;
    const result = await runPipeline({...options, script});
    const files = Object.fromEntries(
      Object.entries(result.files).flatMap(([name, file]) => (file ? [[name, path.relative(dir, file)]] : [])),
    );
    const marker: DoneMarker = {
      key,
      finishedAt: new Date().toISOString(),
      worker: workerName(os.hostname(), process.pid),
      seconds: Math.round((Date.now() - started) / 100) / 10,
      files,
    };
    await writeDone(dir, marker);
    failed = false;
    return {reused: false, marker, result};
  } finally {
    await folder.release(failed);
  }
}
