/**
 * The fast render: the video as scene chunks of held keyframes (holds.ts, chunks.ts), each cached by content hash
 * in a `.chunks` folder beside the output, and the soundtrack's AAC encoded beside the capture (soundtrack-audio.ts,
 * cached there too); both are copied into the MP4 without re-encoding. Against a plain renderMedia it sends a
 * fraction of the frames through Chrome, and after an edit only the changed scenes.
 */
import type {HeadlessBrowser} from '@remotion/renderer';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {isProcessAlive} from '../util/process-alive';
import {templateInfo, templateOptions} from '../templates';
import type {Script} from '../schema/script';
import {timeScript} from '../time/timeline';
import {exists, writeFileAtomic, writeFileVia} from '../util/files';
import {bundleCodeHash} from './bundle';
import {runChunkJob} from './chunk-job';
import {compositionOf} from './composition';
import {concatInput, ffmpeg} from './ffmpeg';
import {planChunks, type ChunkContext} from './chunks';
import type {HoldOptions} from './holds';
import {extraKeyFrames} from './key-frame-sources';
import {renderStills, type RenderSession, type VideoRequest} from './render';
import {AUDIO_PREFIX, encodedSoundtrack} from './soundtrack-audio';

export interface ChunkedRenderStats {
  /** Frames of the output video. */
  frames: number;
  seconds: number;
  /** Frames captured by Chrome in this render (reused chunks capture none). */
  captured: number;
  chunks: number;
  reusedChunks: number;
  /** Whether the poster (when asked for) was the cached still. */
  posterReused?: boolean;
  /** Whether the encoded soundtrack was the cached one (the mix did not change). */
  audioReused: boolean;
  /** Where the render's seconds went, in order (see RenderPhases). */
  phases: RenderPhases;
}

/** Seconds of each phase of a render; a phase with nothing to do takes none. */
export interface RenderPhases {
  /** Planning, and the composition's selection and page load up to the first captured keyframe. */
  setup: number;
  /** From the first captured keyframe to the last. */
  capture: number;
  /** The encoding left after the last capture. */
  encode: number;
  /** Waiting for the soundtrack's AAC, and copying both streams into the MP4. */
  join: number;
  poster: number;
}

/** Share of the render's progress given to the join, the mux and the poster (the chunks take the rest). */
const JOIN_SHARE = 0.04;
/** What encoding one output frame costs, in captured keyframes (measured on a drama at 1080x1920: about 1/8). */
const ENCODE_COST = 0.12;
/**
 * Browser tabs capturing at once (a render request may ask for more). A keyframe costs Chrome about 160 ms of CPU
 * spread over its raster workers, compositor, browser process and page, in turn, so one tab keeps about one core
 * busy and waits on itself the rest of the time; a second tab fills those waits. With Chromium's headless shell,
 * `npm run bench` on 2 cores (load 5 to 8 from other work) measured the whole sample 3.03x faster than a plain
 * render with two tabs against 2.86x with one, and the one-line edit's make 23.7 s against 25.2 s; in three
 * alternating pairs of edit runs two tabs captured 3 s faster and lost 0.7 to 3.3 s of it to encoding left over
 * at the end. (With the full Chromium an earlier bench had measured two tabs at 0.73x a plain render.)
 */
const CAPTURE_TABS = 2;
/** Names a render's folder of captured frames in the chunk folder: `.frames-PID-TIME`. */
const WORK_PREFIX = '.frames-';
const STALE_WORK = /^\.frames-(\d+)-/;
/** A chunk being written (tempPathFor): `.KEY.PID.TIME.tmp.mp4`. */
const STALE_TEMP = /^\.[^.]+\.(\d+)\.\d+\.tmp\./;

/** A cached poster: `poster-KEY.png`. */
const POSTER_PREFIX = 'poster-';

export interface ChunkedVideoRequest extends VideoRequest {
  holds?: HoldOptions;
  /**
   * The soundtrack, when it is still being mixed (the picture does not depend on it; only the last step waits for
   * it); the script's own soundtrack when absent.
   */
  soundtrack?: Promise<Script['soundtrack']>;
  /** A still of one frame (the poster), a PNG, cached beside the chunks by the same key as its frame's picture. */
  poster?: {frame: number; outFile: string};
}

/** Renders `request` through cached scene chunks; the output is written atomically. */
export async function renderChunkedVideo(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: ChunkedVideoRequest,
): Promise<ChunkedRenderStats> {
  const started = Date.now();
  const info = templateInfo(request.template);
  if (!info) throw new Error(`no template named "${request.template}"`);
  const {script} = request;
  const options = templateOptions(info, {...script, ...request.templateOptions});
  const timeline = timeScript(script);
  const range = request.frameRange ?? [0, timeline.durationInFrames - 1];
  const scale = request.scale ?? 1;
  const context = {
    script,
    timeline,
    template: request.template,
    templateOptions: options,
    scale,
    codeHash: await bundleCodeHash(session.serveUrl),
    holds: request.holds,
    extraKeyFrames: extraKeyFrames({script, timeline, template: request.template, options}),
    wordByWord: info.wordByWord,
  };
  const chunks = planChunks(context, range);
  const chunkDir = path.join(path.dirname(request.outFile), '.chunks');
  await fs.mkdir(chunkDir, {recursive: true});
  await removeStaleWork(chunkDir);
  const fileOf = (key: string) => path.join(chunkDir, `${key}.mp4`);
  const durationSec = (range[1] - range[0] + 1) / timeline.fps;
  const offsetSec = range[0] / timeline.fps;
  // The audio is encoded beside the capture; a failure is reported after it (at the join), not unhandled.
  const audio = Promise.resolve(request.soundtrack ?? script.soundtrack).then((soundtrack) =>
    encodedSoundtrack(soundtrack, {offsetSec, durationSec}, chunkDir),
  );
  audio.catch(() => undefined);
  const missing = [];
  for (const chunk of chunks) if (!(await exists(fileOf(chunk.key)))) missing.push(chunk);

  // Progress counts captured keyframes and encoded output frames, weighted by what each costs; the join, the mux
  // and the poster take the last few percent.
  const toCapture = missing.reduce((sum, chunk) => sum + chunk.frames.length, 0);
  const toEncode = missing.reduce((sum, chunk) => sum + chunk.range[1] - chunk.range[0] + 1, 0);
  const work = toCapture + ENCODE_COST * toEncode;
  let captured = 0;
  let encoded = 0;
  const marks = {first: started, last: started, chunks: started, joined: started};
  const report = () =>
    session.progress('render', ((captured + ENCODE_COST * encoded) / Math.max(1, work)) * (1 - JOIN_SHARE));
  session.progress(
    'render',
    0,
    `${toCapture} frames to capture, ${chunks.length - missing.length} of ${chunks.length} chunks reused`,
  );
  if (missing.length > 0) {
    await runChunkJob(
      {
        serveUrl: session.serveUrl,
        composition: compositionOf(info, {...script, ...request.templateOptions}),
        inputProps: {...script, ...request.templateOptions},
        scale,
        concurrency: request.concurrency ?? CAPTURE_TABS,
        chunks: missing.map((chunk) => ({frames: chunk.frames, holds: chunk.holds, outFile: fileOf(chunk.key)})),
        workDir: path.join(chunkDir, `${WORK_PREFIX}${process.pid}-${Date.now()}`),
      },
      browser,
      {
        onFrame: () => {
          captured += 1;
          if (captured === 1) marks.first = Date.now();
          marks.last = Date.now();
          report();
        },
        onEncoded: (frames) => {
          encoded += frames;
          report();
        },
      },
    );
  }
  marks.chunks = Date.now();
  if (captured === 0) Object.assign(marks, {first: marks.chunks, last: marks.chunks});

  const list = path.join(chunkDir, `.join-${process.pid}.txt`);
  await writeFileAtomic(list, chunks.map((chunk) => `file '${fileOf(chunk.key)}'\n`).join(''));
  const track = await audio;
  try {
    // Both streams are copied: the chunks share one encoding, and the audio was encoded beside the capture.
    await writeFileVia(request.outFile, (temp) =>
      ffmpeg(
        [
          ...concatInput(list),
          ...['-i', track.file, '-map', '0:v:0', '-map', '1:a:0', '-c', 'copy', '-t', String(durationSec)],
          ...['-movflags', '+faststart', '-f', 'mp4', '-y', temp],
        ],
        'joins its chunks',
      ),
    );
  } finally {
    await fs.rm(list, {force: true});
  }
  marks.joined = Date.now();
  const poster = request.poster && (await cachedPoster(session, browser, request, context, chunkDir));
  const seconds = (from: number, to: number) => (to - from) / 1000;
  session.progress('render', 1);
  await pruneChunks(
    chunkDir,
    new Set([...chunks.map((chunk) => `${chunk.key}.mp4`), track.name, ...(poster ? [poster.name] : [])]),
  );
  return {
    frames: range[1] - range[0] + 1,
    seconds: (Date.now() - started) / 1000,
    captured,
    chunks: chunks.length,
    reusedChunks: chunks.length - missing.length,
    posterReused: poster?.reused,
    audioReused: track.reused,
    phases: {
      setup: seconds(started, marks.first),
      capture: seconds(marks.first, marks.last),
      encode: seconds(marks.last, marks.chunks),
      join: seconds(marks.chunks, marks.joined),
      poster: seconds(marks.joined, Date.now()),
    },
  };
}

/**
 * The poster: a PNG still of its frame, rendered only when no cached still has the same key, the key of a chunk of
 * that one frame (so it changes exactly when that frame's picture may).
 */
async function cachedPoster(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: ChunkedVideoRequest,
  context: ChunkContext,
  chunkDir: string,
): Promise<{name: string; reused: boolean}> {
  const {frame, outFile} = request.poster!;
  const last = context.timeline.durationInFrames - 1;
  const at = Math.max(0, Math.min(frame, last));
  const name = `${POSTER_PREFIX}${planChunks(context, [at, at])[0].key}.png`;
  const cached = path.join(chunkDir, name);
  const reused = await exists(cached);
  if (!reused) await renderStills(session, browser, request, [{frame: at, outFile: cached}]);
  await writeFileVia(outFile, (temp) => fs.copyFile(cached, temp));
  return {name, reused};
}

/** Work folders and temporary chunks left by renders that were killed (their process is gone). */
async function removeStaleWork(chunkDir: string): Promise<void> {
  for (const name of await fs.readdir(chunkDir)) {
    const pid = (STALE_WORK.exec(name) ?? STALE_TEMP.exec(name))?.[1];
    if (pid && Number(pid) !== process.pid && !isProcessAlive(Number(pid)))
      await fs.rm(path.join(chunkDir, name), {recursive: true, force: true});
  }
}

/**
 * Drops chunks, audio tracks and posters this render did not use, so the cache holds one video's worth (an edit
 * keeps its unchanged scenes).
 */
async function pruneChunks(chunkDir: string, used: Set<string>): Promise<void> {
  for (const name of await fs.readdir(chunkDir)) {
    const cached =
      name.endsWith('.mp4') ||
      (name.startsWith(AUDIO_PREFIX) && name.endsWith('.m4a')) ||
      (name.startsWith(POSTER_PREFIX) && name.endsWith('.png'));
    if (cached && !used.has(name)) await fs.rm(path.join(chunkDir, name), {force: true});
  }
}
