/**
 * Encoding captured keyframes into a chunk: in pieces of about PIECE_FRAMES output frames (whole holds), each as
 * soon as its keyframes are captured, so the encoder works beside the capture and only the last piece is left when
 * Chrome is done (a scene of 400 frames encoded in one go after its capture took 17 s at a load of 8 on 2 cores).
 * The pieces of a chunk are joined without re-encoding. The split is a function of the chunk's holds alone, so a
 * chunk's bytes do not depend on the render it was made in.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic, writeFileVia} from '../util/files';
import {concatInput, ffmpeg} from './ffmpeg';

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

/** Output frames per piece (at least; whole holds): two seconds at 30 fps. */
const PIECE_FRAMES = 60;

/** Where a captured keyframe waits for its piece's encode. */
export const jpegOf = (workDir: string, frame: number) => path.join(workDir, `${frame}.jpg`);

/** A run of a chunk's keyframes and how many output frames each stands for. */
export interface Piece {
  frames: number[];
  holds: number[];
}

/** The chunk's keyframes in runs whose holds sum to at least PIECE_FRAMES (the last run may be shorter). */
export function piecesOf(chunk: Piece): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece = {frames: [], holds: []};
  let length = 0;
  chunk.frames.forEach((frame, i) => {
    current.frames.push(frame);
    current.holds.push(chunk.holds[i]);
    length += chunk.holds[i];
    if (length >= PIECE_FRAMES && i < chunk.frames.length - 1) {
      pieces.push(current);
      current = {frames: [], holds: []};
      length = 0;
    }
  });
  pieces.push(current);
  return pieces;
}

/**
 * Encodes a piece from its captured JPEGs into `outFile`: the concat demuxer shows each keyframe for its hold, and
 * the fps filter repeats the converted picture, so a held keyframe is decoded and converted once, not once per
 * frame it stands for (half the encoder's CPU on a drama). The last keyframe is listed twice, as the concat demuxer
 * needs to give it its duration; -frames:v cuts the output to the piece's exact length.
 */
export async function encodePiece(piece: Piece, workDir: string, fps: number, outFile: string): Promise<void> {
  const lines = ['ffconcat version 1.0'];
  // Each JPEG is read at the video's frame rate: the stream takes its time base from the first file, and the
  // image reader's default of 25 fps put keyframes on 40 ms ticks, so two 1-frame holds could land on one tick and
  // the fps filter dropped one of them, showing every later frame of the piece a frame early.
  const file = (frame: number) => [`file '${jpegOf(workDir, frame)}'`, `option framerate ${fps}`];
  piece.frames.forEach((frame, i) => lines.push(...file(frame), `duration ${piece.holds[i] / fps}`));
  lines.push(...file(piece.frames[piece.frames.length - 1]));
  const list = path.join(workDir, `${piece.frames[0]}.ffconcat`);
  await writeFileAtomic(list, `${lines.join('\n')}\n`);
  const length = piece.holds.reduce((a, b) => a + b, 0);
  await ffmpeg(
    [
      ...concatInput(list),
      ...['-vf', `${TO_BT709},fps=${fps}`, ...X264],
      ...['-frames:v', String(length), '-an', '-f', 'mp4', '-y', outFile],
    ],
    'encodes its chunks',
  );
  await Promise.all([list, ...piece.frames.map((frame) => jpegOf(workDir, frame))].map((f) => fs.rm(f, {force: true})));
}

/** Joins a chunk's encoded pieces, in order, into its file without re-encoding; the pieces are removed. */
export async function joinPieces(files: string[], workDir: string, outFile: string): Promise<void> {
  const list = path.join(workDir, `${path.basename(files[0])}.join.txt`);
  await writeFileAtomic(list, files.map((file) => `file '${file}'\n`).join(''));
  await writeFileVia(outFile, (temp) =>
    ffmpeg([...concatInput(list), '-c', 'copy', '-f', 'mp4', '-y', temp], 'joins its chunks'),
  );
  await Promise.all([list, ...files].map((f) => fs.rm(f, {force: true})));
}
