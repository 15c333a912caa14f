/** Reading and writing PCM WAV files, the format every audio stage exchanges (float samples in memory). */

export interface PcmAudio {
  sampleRate: number;
  /** One Float32Array per channel, samples in [-1, 1]. */
  channels: Float32Array[];
}

export function durationMs(audio: PcmAudio): number {
  return ((audio.channels[0]?.length ?? 0) / audio.sampleRate) * 1000;
}

/** Decodes 8/16/24/32-bit integer or 32-bit float PCM WAV. */
export function decodeWav(data: Uint8Array): PcmAudio {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tag = (at: number) => String.fromCharCode(data[at], data[at + 1], data[at + 2], data[at + 3]);
  if (data.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    throw new Error('not a WAV file (no RIFF/WAVE header)');
  let format = 0;
  let channelCount = 0;
  let sampleRate = 0;
  let bits = 0;
  let offset = 12;
  while (offset + 8 <= data.length) {
    const id = tag(offset);
    // espeak-ng streams to stdout with an unknown length (0xffffffff): the data chunk then runs to the end.
    let size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = view.getUint16(body, true);
      channelCount = view.getUint16(body + 2, true);
      sampleRate = view.getUint32(body + 4, true);
      bits = view.getUint16(body + 14, true);
      if (format === 0xfffe) format = view.getUint16(body + 24, true); // WAVE_FORMAT_EXTENSIBLE: sub-format
    } else if (id === 'data') {
      if (!channelCount) throw new Error('WAV data chunk before its fmt chunk');
      size = Math.min(size, data.length - body);
      return {sampleRate, channels: deinterleave(view, body, size, format, bits, channelCount)};
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file has no data chunk');
}

function deinterleave(
  view: DataView,
  start: number,
  size: number,
  format: number,
  bits: number,
  channelCount: number,
): Float32Array[] {
  const bytes = bits / 8;
  const frames = Math.floor(size / (bytes * channelCount));
  const channels = Array.from({length: channelCount}, () => new Float32Array(frames));
  const read = sampleReader(view, format, bits);
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < channelCount; c++) channels[c][i] = read(start + (i * channelCount + c) * bytes);
  }
  return channels;
}

function sampleReader(view: DataView, format: number, bits: number): (at: number) => number {
  if (format === 3 && bits === 32) return (at) => view.getFloat32(at, true);
  if (format !== 1) throw new Error(`unsupported WAV format ${format} (${bits}-bit)`);
  switch (bits) {
    case 8:
      return (at) => (view.getUint8(at) - 128) / 128;
    case 16:
      return (at) => view.getInt16(at, true) / 32768;
    case 24:
      return (at) => (view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608;
    case 32:
      return (at) => view.getInt32(at, true) / 2147483648;
    default:
      throw new Error(`unsupported WAV bit depth ${bits}`);
  }
}

/** Encodes 16-bit PCM WAV, clipping samples to [-1, 1]. */
export function encodeWav(audio: PcmAudio): Uint8Array {
  const {sampleRate, channels} = audio;
  const frames = channels[0]?.length ?? 0;
  const blockAlign = channels.length * 2;
  const out = new Uint8Array(44 + frames * blockAlign);
  const view = new DataView(out.buffer);
  const write = (at: number, text: string) => [...text].forEach((ch, i) => (out[at + i] = ch.charCodeAt(0)));
  write(0, 'RIFF');
  view.setUint32(4, 36 + frames * blockAlign, true);
  write(8, 'WAVE');
  write(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, 16, true);
  write(36, 'data');
  view.setUint32(40, frames * blockAlign, true);
  let at = 44;
  for (let i = 0; i < frames; i++) {
    for (const channel of channels) {
      // No Math.* in per-sample loops: under jest's sandbox each global lookup costs ~100x.
      const x = channel[i];
      const s = x > 1 ? 1 : x < -1 ? -1 : x;
      view.setInt16(at, s < 0 ? s * 32768 : s * 32767, true);
      at += 2;
    }
  }
  return out;
}

/** Linear-interpolation resampling; good enough for speech and effects headed for an AAC encoder. */
export function resample(audio: PcmAudio, sampleRate: number): PcmAudio {
  if (audio.sampleRate === sampleRate) return audio;
  const ratio = audio.sampleRate / sampleRate;
  const channels = audio.channels.map((input) => {
    const output = new Float32Array(Math.floor(input.length / ratio));
    const last = input.length - 1;
    for (let i = 0; i < output.length; i++) {
      const x = i * ratio;
      const j = x | 0;
      const f = x - j;
      output[i] = input[j] * (1 - f) + input[j + 1 > last ? last : j + 1] * f;
    }
    return output;
  });
  return {sampleRate, channels};
}
