/**
 * The fast render: the video as scene chunks of held keyframes (holds.ts, chunks.ts), each cached by content hash
 * in a `.chunks` folder beside the output, joined without re-encoding and muxed with the soundtrack once. Against
 * a plain renderMedia it sends a fraction of the frames through Chrome, and after an edit only the changed scenes.
 */
import type {HeadlessBrowser} from '@remotion/renderer';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {templateInfo, templateOptions} from '../templates';
import {timeScript} from '../time/timeline';
import {exists, writeFileAtomic, writeFileVia} from '../util/files';
import {PUBLIC_DIR} from '../util/paths';
import {runTool} from '../util/run-tool';
import {bundleCodeHash} from './bundle';
import {runChunkJob} from './chunk-job';
import {planChunks} from './chunks';
import type {HoldOptions} from './holds';
import type {RenderSession, VideoRequest} from './render';

export interface ChunkedRenderStats {
  /** Frames of the output video. */
  frames: number;
  seconds: number;
  /** Frames captured by Chrome in this render (reused chunks capture none). */
  captured: number;
  chunks: number;
  reusedChunks: number;
}

/** Share of the render's progress given to the join and mux (the captures take the rest). */
const JOIN_SHARE = 0.04;

const ffmpegMissing = () => new Error('ffmpeg is not installed: the renderer joins its chunks with it');

/** The soundtrack as ffmpeg input arguments: the mixed file, or silence (platforms expect an audio track). */
function audioInput(soundtrack: {src: string} | undefined): string[] {
  if (!soundtrack) return ['-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo'];
  return [
    '-i',
    /^(https?:|data:)/.test(soundtrack.src)
      ? soundtrack.src
      : path.join(PUBLIC_DIR, soundtrack.src.replace(/^\/+/, '')),
  ];
}

/** Renders `request` through cached scene chunks; the output is written atomically. */
export async function renderChunkedVideo(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: VideoRequest & {holds?: HoldOptions},
): Promise<ChunkedRenderStats> {
  const started = Date.now();
  const info = templateInfo(request.template);
  if (!info) throw new Error(`no template named "${request.template}"`);
  const {script} = request;
  const options = templateOptions(info, {...script, ...request.templateOptions});
  const timeline = timeScript(script);
  const range = request.frameRange ?? [0, timeline.durationInFrames - 1];
  const scale = request.scale ?? 1;
  const chunks = planChunks(
    {
      script,
      timeline,
      template: request.template,
      templateOptions: options,
      scale,
      codeHash: bundleCodeHash(session.serveUrl),
      holds: request.holds,
    },
    range,
  );
  const chunkDir = path.join(path.dirname(request.outFile), '.chunks');
  const fileOf = (key: string) => path.join(chunkDir, `${key}.mp4`);
  const missing = [];
  for (const chunk of chunks) if (!(await exists(fileOf(chunk.key)))) missing.push(chunk);

  // Progress counts captured frames, the bulk of the work; the join and mux take the last few percent.
  const toCapture = missing.reduce((sum, chunk) => sum + chunk.frames.length, 0);
  let captured = 0;
  session.progress(
    'render',
    0,
    `${toCapture} frames to capture, ${chunks.length - missing.length} of ${chunks.length} scenes reused`,
  );
  for (const chunk of missing) {
    await runChunkJob(
      {
        serveUrl: session.serveUrl,
        composition: request.template,
        inputProps: {...script, ...request.templateOptions},
        scale,
        frames: chunk.frames,
        holds: chunk.holds,
        outFile: fileOf(chunk.key),
      },
      browser,
      () => {
        captured += 1;
        session.progress('render', (captured / Math.max(1, toCapture)) * (1 - JOIN_SHARE));
      },
    );
  }

  const list = path.join(chunkDir, `.join-${process.pid}.txt`);
  await writeFileAtomic(list, chunks.map((chunk) => `file '${fileOf(chunk.key)}'\n`).join(''));
  const durationSec = (range[1] - range[0] + 1) / timeline.fps;
  const offsetSec = range[0] / timeline.fps;
  try {
    await writeFileVia(request.outFile, (temp) =>
      runTool(
        'ffmpeg',
        [
          '-v',
          'error',
          '-f',
          'concat',
          '-safe',
          '0',
          '-i',
          list,
          ...(script.soundtrack ? ['-ss', String(offsetSec)] : []),
          ...audioInput(script.soundtrack),
          '-map',
          '0:v:0',
          '-map',
          '1:a:0',
          '-c:v',
          'copy',
          '-c:a',
          'aac',
          '-b:a',
          '320k',
          '-ar',
          '48000',
          '-ac',
          '2',
          '-af',
          'apad',
          '-t',
          String(durationSec),
          '-movflags',
          '+faststart',
          '-f',
          'mp4',
          '-y',
          temp,
        ],
        '',
        ffmpegMissing,
      ),
    );
  } finally {
    await fs.rm(list, {force: true});
  }
  session.progress('render', 1);
  await pruneChunks(chunkDir, new Set(chunks.map((chunk) => `${chunk.key}.mp4`)));
  return {
    frames: range[1] - range[0] + 1,
    seconds: (Date.now() - started) / 1000,
    captured,
    chunks: chunks.length,
    reusedChunks: chunks.length - missing.length,
  };
}

/** Drops chunks this render did not use, so the cache holds one video's worth (an edit keeps its unchanged scenes). */
async function pruneChunks(chunkDir: string, used: Set<string>): Promise<void> {
  for (const name of await fs.readdir(chunkDir)) {
    if (name.endsWith('.mp4') && !used.has(name)) await fs.rm(path.join(chunkDir, name), {force: true});
  }
}
