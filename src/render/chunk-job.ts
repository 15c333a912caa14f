/**
 * A job of video chunks: the keyframes of all of them captured by Chrome in one renderFrames call (one page load,
 * one composition selection, however many chunks), each chunk encoded by ffmpeg as soon as its last keyframe is
 * in, while Chrome captures the next chunk. Self-contained (serve URL, composition, props, keyframes, outputs), so
 * a queue worker on another machine could run a job of one chunk with nothing else.
 */
import {renderFrames, selectComposition, type HeadlessBrowser} from '@remotion/renderer';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic, writeFileVia} from '../util/files';
import {runTool} from '../util/run-tool';

export interface ChunkOutput {
  /** Keyframes in order, and how many output frames each stands for. */
  frames: number[];
  holds: number[];
  /** An MP4 with the video stream only; written atomically. */
  outFile: string;
}

export interface ChunkJob {
  serveUrl: string;
  /** The composition id: the template's name. */
  composition: string;
  inputProps: Record<string, unknown>;
  scale: number;
  /** Frames captured in parallel (browser tabs); Remotion's default when null. */
  concurrency: number | null;
  /** In video order, their frames disjoint. */
  chunks: ChunkOutput[];
  /** A folder for the captured JPEGs while their chunk waits to be encoded; created, and removed when done. */
  workDir: string;
}

export interface ChunkJobProgress {
  /** A keyframe was captured. */
  onFrame(): void;
  /** A chunk was encoded and is in place. */
  onChunk(chunk: ChunkOutput): void;
}

/**
 * The encoding every chunk shares, so chunks join without re-encoding: what renderMedia uses for the plain render
 * (x264 CRF 20, yuv420p, BT.709 limited range, converted the same way), with a faster preset: held frames cost
 * the encoder almost nothing, so its speed matters only where the picture moves.
 */
const TO_BT709 =
  'zscale=matrix=709:range=limited:primariesin=709:primaries=709:transferin=709:transfer=709,format=yuv420p';
const X264 = [
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-crf',
  '20',
  '-pix_fmt',
  'yuv420p',
  '-colorspace:v',
  'bt709',
  '-color_primaries:v',
  'bt709',
  '-color_trc:v',
  'bt709',
  '-color_range',
  'tv',
];

const PAGE_TIMEOUT_MS = 120_000;

const jpegOf = (workDir: string, frame: number) => path.join(workDir, `${frame}.jpg`);

/**
 * Encodes a chunk from its captured JPEGs: the concat demuxer shows each keyframe for its hold, and the fps filter
 * repeats the converted picture, so a held keyframe is decoded and converted once, not once per frame it stands
 * for (half the encoder's CPU on a drama). The last keyframe is listed twice, as the concat demuxer needs to give
 * it its duration; -frames:v cuts the output to the chunk's exact length.
 */
async function encodeChunk(chunk: ChunkOutput, workDir: string, fps: number): Promise<void> {
  const lines = ['ffconcat version 1.0'];
  chunk.frames.forEach((frame, i) =>
    lines.push(`file '${jpegOf(workDir, frame)}'`, `duration ${chunk.holds[i] / fps}`),
  );
  lines.push(`file '${jpegOf(workDir, chunk.frames[chunk.frames.length - 1])}'`);
  const list = path.join(workDir, `${chunk.frames[0]}.ffconcat`);
  await writeFileAtomic(list, `${lines.join('\n')}\n`);
  const length = chunk.holds.reduce((a, b) => a + b, 0);
  await writeFileVia(chunk.outFile, (temp) =>
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
        '-vf',
        `${TO_BT709},fps=${fps}`,
        ...X264,
        '-frames:v',
        String(length),
        '-an',
        '-f',
        'mp4',
        '-y',
        temp,
      ],
      '',
      () => new Error('ffmpeg is not installed: the renderer encodes its chunks with it'),
    ),
  );
  await Promise.all([list, ...chunk.frames.map((frame) => jpegOf(workDir, frame))].map((f) => fs.rm(f, {force: true})));
}

/** Renders the job's chunks; each is in place when the promise resolves. */
export async function runChunkJob(job: ChunkJob, browser: HeadlessBrowser, progress: ChunkJobProgress): Promise<void> {
  const common = {
    serveUrl: job.serveUrl,
    inputProps: job.inputProps,
    puppeteerInstance: browser,
    logLevel: 'error' as const,
    // Remotion's 30 s for a page to load is too little on a busy shared machine.
    timeoutInMilliseconds: PAGE_TIMEOUT_MS,
  };
  const composition = await selectComposition({...common, id: job.composition});
  const chunkOf = new Map<number, ChunkOutput>();
  for (const chunk of job.chunks) for (const frame of chunk.frames) chunkOf.set(frame, chunk);
  const waitingFor = new Map(job.chunks.map((chunk) => [chunk, chunk.frames.length]));
  // Encodes run one at a time, in order, beside the captures; the first failure is kept and rethrown.
  let encoding = Promise.resolve();
  let failure: unknown;
  const encode = (chunk: ChunkOutput) => {
    encoding = encoding
      .then(async () => {
        if (failure) return;
        await encodeChunk(chunk, job.workDir, composition.fps);
        progress.onChunk(chunk);
      })
      .catch((error) => void (failure ??= error));
  };
  await fs.mkdir(job.workDir, {recursive: true});
  try {
    await renderFrames({
      ...common,
      composition,
      frames: job.chunks.flatMap((chunk) => chunk.frames),
      imageFormat: 'jpeg',
      jpegQuality: 90,
      scale: job.scale,
      concurrency: job.concurrency,
      outputDir: null,
      onStart: () => undefined,
      onFrameUpdate: () => progress.onFrame(),
      onFrameBuffer: async (buffer, frame) => {
        await fs.writeFile(jpegOf(job.workDir, frame), buffer);
        const chunk = chunkOf.get(frame)!;
        const left = waitingFor.get(chunk)! - 1;
        waitingFor.set(chunk, left);
        if (left === 0) encode(chunk);
      },
    });
    const short = job.chunks.find((chunk) => waitingFor.get(chunk)! > 0);
    if (short)
      throw new Error(
        `the renderer returned ${short.frames.length - waitingFor.get(short)!} of ${short.frames.length} frames of a chunk`,
      );
  } catch (error) {
    failure ??= error;
  } finally {
    await encoding;
    await fs.rm(job.workDir, {recursive: true, force: true});
  }
  if (failure) throw failure;
}
