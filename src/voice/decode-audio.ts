/**
 * ElevenLabs audio in the output formats the provider accepts, decoded to PCM so the mixer always gets WAV:
 * `pcm_<rate>` (raw 16-bit little-endian mono, wrapped here), `wav_<rate>`, and `mp3_<rate>_<kbps>` (decoded by
 * ffmpeg).
 */
import {decodeWav, type PcmAudio} from '../audio/wav';
import {UserError} from '../util/errors';
import {runTool} from '../util/run-tool';

export const OUTPUT_FORMAT = /^(pcm|wav|mp3)_(\d+)(?:_\d+)?$/;

/** Raw signed 16-bit little-endian mono samples, as ElevenLabs' pcm_* formats send them. */
export function pcm16(bytes: Uint8Array, sampleRate: number): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Float32Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true) / 32768;
  return {sampleRate, channels: [samples]};
}

export async function decodeAudio(bytes: Uint8Array, outputFormat: string): Promise<PcmAudio> {
  const match = OUTPUT_FORMAT.exec(outputFormat);
  if (!match)
    throw new UserError(`unsupported output format ${JSON.stringify(outputFormat)}: use pcm_*, wav_* or mp3_*`);
  const [, codec, rate] = match;
  if (codec === 'pcm') return pcm16(bytes, Number(rate));
  if (codec === 'wav') return decodeWav(bytes);
  return pcm16(await ffmpegToPcm(bytes, Number(rate)), Number(rate));
}

/** ffmpeg decodes to raw PCM on stdout (a WAV header written to a pipe cannot carry its length). */
function ffmpegToPcm(bytes: Uint8Array, sampleRate: number): Promise<Buffer> {
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-i',
    'pipe:0',
    '-f',
    's16le',
    '-acodec',
    'pcm_s16le',
    '-ac',
    '1',
    '-ar',
    String(sampleRate),
    'pipe:1',
  ];
  return runTool(
    'ffmpeg',
    args,
    bytes,
    () => new UserError('ffmpeg is needed to decode MP3 voices; install it, or use a pcm_* output format'),
  );
}
