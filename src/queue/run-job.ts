/**
 * What a worker does with one job: the make the row asked for, into the row's folder, at most once (make-once.ts:
 * a folder already done is reused, not made again), or the series it asked for (series-job.ts). The row's options
 * were parsed and checked when it was queued; what can only fail now (a script file that changed, a setting this
 * worker cannot serve) fails naming its field (bad-input.ts).
 */
import type {MakeOptions} from '../cli/make-options';
import {readScriptFile} from '../media/script-file';
import {resolveBrowser} from '../render/browser';
import {redactSecrets} from '../util/redact';
import {FieldError} from './bad-input';
import {createJobEstimator} from './eta';
import {makeOnce} from './make-once';
import type {JobRunner} from './worker';

/** How this worker renders: settings of the worker, not of the job (they do change the key, so never mix). */
export interface RenderSettings {
  /** A bundle of the compositions built before (shared by many workers), else built once per process. */
  serveUrl?: string;
  renderScale?: number;
  frameRange?: [number, number];
}

export interface QueuedMake {
  options: MakeOptions;
}

export function makeRunner(render: RenderSettings, env: NodeJS.ProcessEnv, warn: (line: string) => void): JobRunner {
  return async (input, data, report) => {
    const {options} = data as QueuedMake;
    const estimate = createJobEstimator(input.episodes ?? 1);
    const run = {
      outDir: input.outDir,
      browser: options.dryRun ? null : resolveBrowser(options.browser),
      env,
      progress: (stage: string, fraction: number) => report(estimate(stage, fraction)),
      warn: (message: string) => warn(`row ${input.row}: warning: ${redactSecrets(message, env)}`),
      ...(render.serveUrl && {serveUrl: render.serveUrl}),
      ...(render.renderScale !== undefined && {renderScale: render.renderScale}),
      ...(render.frameRange && {frameRange: render.frameRange}),
    };
    if (input.episodes !== undefined) {
      // Loaded for series only: the series writers pull in both writers' modules.
      const {makeSeries} = await import('./series-job');
      return makeSeries({...options, ...run, episodes: input.episodes});
    }
    const script = options.scriptFile
      ? await readScriptFile(options.scriptFile).catch((error: unknown) => {
          throw FieldError.from('script', error);
        })
      : undefined;
    const made = await makeOnce({...options, script, ...run}, undefined, {force: options.force});
    return {reused: made.reused, seconds: made.marker.seconds, files: made.marker.files, worker: made.marker.worker};
  };
}
