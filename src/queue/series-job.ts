/**
 * A batch row with `episodes` is a series: `npm run series`'s work (src/series/run.ts) run by a worker. The series
 * folder is claimed like make's, every episode is made at most once (a rerun or a retry reuses the finished ones),
 * and the job's result names each episode's folder and files, so the studio can show and serve them.
 */
import os from 'node:os';
import path from 'node:path';
import type {MakeOptions} from '../cli/make-options';
import {claimOutputDir} from '../cli/out-dir';

import {runSeries, type SeriesOptions} from '../series/run';
import {seriesWriterFor} from '../series/writer-for';
import {readDone, workerName} from './done-marker';

export interface MadeEpisode {
  episode: number;
  /** Relative to the series folder: ep01, ep02, ... */
  folder: string;
  reused: boolean;
  seconds: number;
  /** The episode's files (video, poster, script, srt, vtt), relative to its folder, from its done marker. */
  files: Record<string, string>;
}

export type SeriesJobOptions = Omit<SeriesOptions, 'writerFor'> & Pick<MakeOptions, 'force'>;

/** Makes the series into options.outDir; resolves with what goes into the job's result. */
export async function makeSeries(options: SeriesJobOptions): Promise<Record<string, unknown>> {
  const folder = await claimOutputDir(options.outDir, {force: options.force});
  let failed = true;
  try {
    const result = await runSeries({...options, writerFor: seriesWriterFor(options.env)});
    const episodes: MadeEpisode[] = await Promise.all(
      result.episodes.map(async (e) => ({
        ...e,
        files: (await readDone(path.join(options.outDir, e.folder)))?.files ?? {},
      })),
    );
    failed = false;
    return {
      reused: episodes.every((e) => e.reused),
      seconds: Math.round(episodes.reduce((sum, e) => sum + e.seconds, 0) * 10) / 10,
      worker: workerName(os.hostname(), process.pid),
      episodes,
    };
  } finally {
    await folder.release(failed);
  }
}
