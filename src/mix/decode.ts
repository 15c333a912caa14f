/**
 * Reading any audio the mix needs at the mix's rate: WAV (what the voice stage writes) is decoded in-process;
 * anything else (the user's MP3, M4A, OGG, FLAC... or a URL) goes through ffmpeg.
 */
import {promises as fs} from 'node:fs';
import {decodeWav, resample, type PcmAudio} from '../audio/wav';
import {UserError} from '../util/errors';
import {runTool} from '../util/run-tool';

const isWav = (head: Uint8Array) =>
  head.length >= 12 &&
  String.fromCharCode(...head.subarray(0, 4)) === 'RIFF' &&
  String.fromCharCode(...head.subarray(8, 12)) === 'WAVE';

/** Decodes a file (or URL) to float PCM at `sampleRate`; with `maxSeconds`, reads no further than that. */
export async function readAudio(
  source: string,
  sampleRate: number,
  options: {channels?: number; maxSeconds?: number} = {},
): Promise<PcmAudio> {
  if (!/^https?:/.test(source)) {
    const data = await fs.readFile(source).catch((error: NodeJS.ErrnoException) => {
      throw new UserError(
        `cannot read audio file ${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      );
    });
    if (isWav(data)) {
      try {
        return resample(decodeWav(data), sampleRate);
      } catch {
        // A WAV flavour decodeWav does not know (ADPCM, A-law...): ffmpeg will.
      }
    }
  }
  return decodeWithFfmpeg(source, sampleRate, options.channels ?? 2, options.maxSeconds);
}

async function decodeWithFfmpeg(
  source: string,
  sampleRate: number,
  channels: number,
  maxSeconds?: number,
): Promise<PcmAudio> {
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-i',
    source,
    ...(maxSeconds ? ['-t', String(maxSeconds)] : []),
    '-vn',
    '-f',
    'f32le',
    '-acodec',
    'pcm_f32le',
    '-ac',
    String(channels),
    '-ar',
    String(sampleRate),
    '-',
  ];
  const stdout = await runTool(
    'ffmpeg',
    args,
    '',
    () => new UserError('ffmpeg is not installed (needed to decode audio); install ffmpeg'),
  ).catch((error: Error) => {
    throw error instanceof UserError ? error : new UserError(`cannot decode audio ${source}: ${error.message}`);
  });
  // Copied into a buffer of its own: a Float32Array view needs 4-byte alignment, which a Node Buffer may lack.
  const samples = new Float32Array(
    new Uint8Array(stdout.subarray(0, stdout.byteLength - (stdout.byteLength % 4))).buffer,
  );
  const frames = Math.floor(samples.length / channels);
  if (frames === 0) throw new UserError(`audio ${source} has no sound in it`);
  const out = Array.from({length: channels}, () => new Float32Array(frames));
  for (let i = 0; i < frames; i++) for (let c = 0; c < channels; c++) out[c][i] = samples[i * channels + c];
  return {sampleRate, channels: out};
}
