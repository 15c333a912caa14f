/**
 * A render job's own process: runs the pipeline on the script it is sent and reports progress to its parent over
 * IPC. A process of its own so that cancelling a render is stopping the process (and its browser) at once.
 */
import {defaultModel} from '../../config';
import {runPipeline} from '../../pipeline';
import {resolveBrowser} from '../../render/browser';
import {ScriptError} from '../../schema/validate';
import {UserError} from '../../util/errors';
import type {RenderInput} from './render-job';

export type ChildMessage =
  | {type: 'progress'; stage: string; fraction: number; detail?: string}
  | {type: 'warn'; message: string}
  | {type: 'done'; files: Record<string, string | undefined>}
  | {type: 'error'; message: string};

const send = (message: ChildMessage) => process.send?.(message);

// The server is gone (it crashed or was killed): nobody waits for this render, so stop, taking the browser along.
process.once('disconnect', () => process.exit(1));

process.once('message', async (input: RenderInput) => {
  try {
    const result = await runPipeline({
      script: input.script,
      template: input.template,
      templateOptions: input.templateOptions,
      aspect: input.aspect,
      seed: input.seed,
      outDir: input.outDir,
      serveUrl: input.serveUrl,
      dryRun: false,
      browser: resolveBrowser(undefined, process.env),
      writer: 'offline',
      model: defaultModel(process.env),
      remoteMedia: false,
      visuals: 'procedural',
      cache: true,
      voices: input.voices,
      music: input.music,
      musicVolume: input.musicVolume,
      env: process.env,
      progress: (stage, fraction, detail) => send({type: 'progress', stage, fraction, detail}),
      warn: (message) => send({type: 'warn', message}),
      renderScale: input.scale,
      frameRange: input.frames,
    });
    send({type: 'done', files: result.files});
  } catch (error) {
    const known = error instanceof UserError || error instanceof ScriptError;
    send({
      type: 'error',
      message: known ? error.message : `render failed: ${(error as Error)?.message ?? String(error)}`,
    });
  } finally {
    process.removeAllListeners('disconnect');
    process.disconnect?.();
  }
});
