/**
 * The mix on a worker thread. The mix is seconds of sample loops (the score, the master's band limit, true peaks and
 * loudness passes) that the pipeline runs beside the render; on the main thread each loop held up the renderer's
 * every step in between (each captured frame is a round trip through this process), so the page load and the
 * capture waited out the mix: a one-line edit's render began 2 s late. On its own thread it runs beside them.
 */
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {Script} from '../schema/script';
import {UserError} from '../util/errors';
import type {Progress} from '../util/progress';
import type {MixMessage, MixRequest, OffThreadMixOptions} from './thread';

/** Starts the thread: tsx's require hook first, so the body (and what it imports) loads as TypeScript. */
const BOOT = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, 'thread.ts'))});`;

/** mixSoundtrack (mix.ts) on a thread of its own. */
export function mixSoundtrackOffThread(
  script: Script,
  options: OffThreadMixOptions,
  progress: Progress,
): Promise<Script> {
  return new Promise((resolve, reject) => {
    const request: MixRequest = {script, options};
    const worker = new Worker(BOOT, {eval: true, workerData: request});
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
      void worker.terminate();
    };
    worker.on('message', (message: MixMessage) => {
      if (message.kind === 'progress') progress(message.stage, message.fraction, message.detail);
      else if (message.kind === 'done') settle(() => resolve(message.script));
      else {
        // A user's mistake (a missing music file) stays one, so the CLI prints it as such.
        const error = message.name === 'UserError' ? new UserError(message.message) : new Error(message.message);
        if (message.stack) error.stack = message.stack;
        settle(() => reject(error));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the mix's thread exited (${code}) without a result`))));
  });
}
