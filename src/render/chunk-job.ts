/**
 * A job of video chunks: the keyframes of all of them captured by Chrome in one renderFrames call (one page load,
 * one composition selection, however many chunks), each chunk encoded by ffmpeg piece by piece as soon as a
 * piece's last keyframe is in (piece-encode.ts), while Chrome captures the next. Self-contained (serve URL, composition, props, keyframes, outputs), so
 * a queue worker on another machine could run a job of one chunk with nothing else.
 */
import {renderFrames, selectComposition, type HeadlessBrowser} from '@remotion/renderer';
import type {VideoConfig} from 'remotion';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {writeFileVia} from '../util/files';
import {encodePiece, jpegOf, joinPieces, piecesOf} from './piece-encode';

export interface ChunkOutput {
  /** Keyframes in order, and how many output frames each stands for. */
  frames: number[];
  holds: number[];
  /** An MP4 with the video stream only; written atomically. */
  outFile: string;
}

export interface ChunkJob {
  serveUrl: string;
  /** The composition id (the template's name), or the composition itself when the caller worked it out. */
  composition: string | VideoConfig;
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
  /** A piece of a chunk was encoded: `frames` output frames of it. */
  onEncoded(frames: number): void;
}

const PAGE_TIMEOUT_MS = 120_000;

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
  const composition =
    typeof job.composition === 'string' ? await selectComposition({...common, id: job.composition}) : job.composition;
  /** Every piece of every chunk, with the chunk it belongs to and where it is encoded to. */
  const pieces = job.chunks.flatMap((chunk, c) => {
    const split = piecesOf(chunk);
    return split.map((piece, p) => ({
      ...piece,
      chunk,
      outFile: split.length === 1 ? undefined : path.join(job.workDir, `chunk-${c}-${p}.mp4`),
      last: p === split.length - 1,
    }));
  });
  const pieceOf = new Map<number, (typeof pieces)[number]>();
  for (const piece of pieces) for (const frame of piece.frames) pieceOf.set(frame, piece);
  const waitingFor = new Map(pieces.map((piece) => [piece, piece.frames.length]));
  // Encodes run one at a time, in order, beside the captures; the first failure is kept and rethrown.
  let encoding = Promise.resolve();
  let failure: unknown;
  const encode = (piece: (typeof pieces)[number]) => {
    encoding = encoding
      .then(async () => {
        if (failure) return;
        const {chunk} = piece;
        // A chunk of one piece is encoded straight to its file; the pieces of a longer one are joined after its last.
        if (!piece.outFile)
          await writeFileVia(chunk.outFile, (temp) => encodePiece(piece, job.workDir, composition.fps, temp));
        else await encodePiece(piece, job.workDir, composition.fps, piece.outFile);
        if (piece.last) {
          const own = pieces.filter((p) => p.chunk === chunk && p.outFile).map((p) => p.outFile!);
          if (own.length > 0) await joinPieces(own, job.workDir, chunk.outFile);
        }
        progress.onEncoded(piece.holds.reduce((a, b) => a + b, 0));
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
        const piece = pieceOf.get(frame)!;
        const left = waitingFor.get(piece)! - 1;
        waitingFor.set(piece, left);
        if (left === 0) encode(piece);
      },
    });
    const short = pieces.find((piece) => waitingFor.get(piece)! > 0);
    if (short)
      throw new Error(
        `the renderer returned ${short.frames.length - waitingFor.get(short)!} of ${short.frames.length} frames of a chunk piece`,
      );
  } catch (error) {
    failure ??= error;
  } finally {
    await encoding;
    await fs.rm(job.workDir, {recursive: true, force: true});
  }
  if (failure) throw failure;
}
