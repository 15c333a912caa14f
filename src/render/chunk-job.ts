/**
 * One chunk of video: its keyframes captured by Chrome and streamed, each repeated for its hold, into an x264
 * encoder, so capture and encoding run side by side. Self-contained (serve URL, composition, props, keyframes,
 * output), so a queue worker on another machine could run it with nothing else.
 */
import {renderFrames, selectComposition, type HeadlessBrowser} from '@remotion/renderer';
import {spawn} from 'node:child_process';
import {writeFileVia} from '../util/files';

export interface ChunkJob {
  serveUrl: string;
  /** The composition id: the template's name. */
  composition: string;
  inputProps: Record<string, unknown>;
  scale: number;
  /** Keyframes in order, and how many output frames each stands for. */
  frames: number[];
  holds: number[];
  /** An MP4 with the video stream only; written atomically. */
  outFile: string;
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

/**
 * An ffmpeg that encodes the JPEG frames written to its stdin at `fps` into `outFile`. A held keyframe is written
 * once per frame it stands for (x264 encodes a repeat for almost nothing; timestamps in a setpts expression would
 * save the repeated decode, but ffmpeg's expression parser fails on a chunk's worth of terms).
 */
function startEncoder(fps: number, outFile: string) {
  const child = spawn(
    'ffmpeg',
    [
      '-v',
      'error',
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-framerate',
      String(fps),
      '-i',
      '-',
      '-vf',
      TO_BT709,
      ...X264,
      '-an',
      '-f',
      'mp4',
      '-y',
      outFile,
    ],
    {stdio: ['pipe', 'ignore', 'pipe']},
  );
  const errors: Buffer[] = [];
  child.stderr.on('data', (data: Buffer) => errors.push(data));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`ffmpeg could not encode a chunk: ${Buffer.concat(errors).toString().trim()}`)),
    );
  });
  child.stdin.on('error', () => undefined); // an encoder that fails closes stdin; `done` says why
  const write = (data: Buffer) =>
    new Promise<void>((resolve) => (child.stdin.write(data) ? resolve() : child.stdin.once('drain', resolve)));
  return {write, end: () => child.stdin.end(), done, kill: () => child.kill('SIGKILL')};
}

/**
 * Renders a chunk: one renderFrames call for its keyframes; each frame's JPEG goes to the encoder as soon as every
 * frame before it has, repeated for its hold. `onFrame` is called per captured keyframe (for progress).
 */
export async function runChunkJob(
  job: ChunkJob,
  browser: HeadlessBrowser,
  onFrame: () => void = () => undefined,
): Promise<void> {
  const common = {
    serveUrl: job.serveUrl,
    inputProps: job.inputProps,
    puppeteerInstance: browser,
    logLevel: 'error' as const,
  };
  const composition = await selectComposition({...common, id: job.composition});
  await writeFileVia(job.outFile, async (temp) => {
    const holdOf = new Map(job.frames.map((frame, i) => [frame, job.holds[i]]));
    const encoder = startEncoder(composition.fps, temp);
    // Frames may arrive out of order when captured in parallel: each waits for the ones before it.
    const waiting = new Map<number, Buffer>();
    let next = 0;
    let flushing = Promise.resolve();
    const flush = async () => {
      while (next < job.frames.length && waiting.has(job.frames[next])) {
        const frame = job.frames[next];
        const buffer = waiting.get(frame)!;
        waiting.delete(frame);
        next += 1;
        for (let i = 0; i < holdOf.get(frame)!; i += 1) await encoder.write(buffer);
      }
    };
    try {
      await renderFrames({
        ...common,
        composition,
        frames: job.frames,
        imageFormat: 'jpeg',
        jpegQuality: 90,
        scale: job.scale,
        outputDir: null,
        onStart: () => undefined,
        onFrameUpdate: () => onFrame(),
        onFrameBuffer: (buffer, frame) => {
          waiting.set(frame, buffer);
          flushing = flushing.then(flush);
          return flushing;
        },
      });
      await flushing;
      if (next < job.frames.length)
        throw new Error(`the renderer returned ${next} of ${job.frames.length} frames of a chunk`);
      encoder.end();
      await encoder.done;
    } catch (error) {
      encoder.kill();
      await encoder.done.catch(() => undefined);
      throw error;
    }
  });
}
