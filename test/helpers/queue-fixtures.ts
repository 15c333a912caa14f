/**
 * Queue fixtures that render nothing: a batch file from row objects, and a row's output folder already finished
 * (a tiny video and poster, and the done marker a worker writes last), so the worker that takes that row's job
 * finds it made and ends it done at once, as it does for any finished folder.
 */
import {execFileSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {writeDone, workerName} from '../../src/queue/done-marker';
import {makeKey} from '../../src/queue/make-once';
import {readBatchFile} from '../../src/queue/rows';
import {solidPng} from './openai-server';

/** Make's defaults hang on these keys: batches in tests run without them, and fixtures are keyed the same way. */
export const NO_KEYS = {OPENAI_API_KEY: '', OPENAI_BASE_URL: '', ELEVENLABS_API_KEY: ''};

export async function writeBatchFile(file: string, rows: object[]): Promise<string> {
  await fs.mkdir(path.dirname(file), {recursive: true});
  await fs.writeFile(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return file;
}

export interface FinishedRow {
  outDir: string;
  video: Buffer;
  poster: Buffer;
}

/**
 * Finishes `row` of the batch file ahead of its job: the folder the row names, with a 0.2 s MP4, a PNG poster and
 * a done marker keyed as the worker keys that row (so `env` must be the worker's: it sets make's defaults).
 */
export async function finishRow(
  file: string,
  outRoot: string,
  row: number,
  env: NodeJS.ProcessEnv = {...process.env, ...NO_KEYS},
): Promise<FinishedRow> {
  const rows = await readBatchFile(file, outRoot, env);
  const found = rows.find((r) => r.row === row);
  if (!found) throw new Error(`${file} has no row ${row}`);
  await fs.mkdir(found.outDir, {recursive: true});
  const videoFile = path.join(found.outDir, 'video.mp4');
  execFileSync(
    'ffmpeg',
    ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=navy:s=36x64:d=0.2', '-pix_fmt', 'yuv420p', '-y', videoFile],
    {stdio: 'ignore'},
  );
  const poster = solidPng(36, 64, [200, 40, 80]);
  await fs.writeFile(path.join(found.outDir, 'poster.png'), poster);
  await writeDone(found.outDir, {
    key: makeKey(found.options),
    finishedAt: new Date().toISOString(),
    worker: workerName(os.hostname(), process.pid),
    seconds: 0.1,
    files: {video: 'video.mp4', poster: 'poster.png'},
  });
  return {outDir: found.outDir, video: await fs.readFile(videoFile), poster};
}
