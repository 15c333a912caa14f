/** Small helpers on PcmAudio buffers shared by the voices, the score, the effects and the mixer. */
import type {PcmAudio} from './wav';

/** Every stage of the soundtrack works at this rate, the rate of the video's AAC track. */
export const MIX_RATE = 48000;

export const dbToGain = (db: number): number => Math.pow(10, db / 20);
export const gainToDb = (gain: number): number => 20 * Math.log10(gain);

export function msToFrames(ms: number, sampleRate: number): number {
  return Math.round((ms * sampleRate) / 1000);
}

export function frameCount(audio: PcmAudio): number {
  return audio.channels[0]?.length ?? 0;
}

export function silence(frames: number, sampleRate: number, channelCount = 2): PcmAudio {
  return {sampleRate, channels: Array.from({length: channelCount}, () => new Float32Array(frames))};
}

/** The average of all channels: voices are placed in the centre, so only their mono sum matters. */
export function toMono(audio: PcmAudio): Float32Array {
  const {channels} = audio;
  if (channels.length === 1) return channels[0];
  const mono = new Float32Array(frameCount(audio));
  const share = 1 / channels.length;
  for (const channel of channels) for (let i = 0; i < mono.length; i++) mono[i] += channel[i] * share;
  return mono;
}

/** Equal-power pan law: pan -1 is hard left, 0 the centre (both gains 0.707), 1 hard right. */
export function panGains(pan: number): [number, number] {
  const angle = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}

/** Adds a mono signal into a stereo buffer at a frame offset with per-side gains; what falls outside is dropped. */
export function addMono(target: PcmAudio, source: Float32Array, at: number, gainLeft: number, gainRight: number): void {
  const [left, right] = target.channels;
  const from = Math.max(0, -at);
  const to = Math.min(source.length, left.length - at);
  for (let i = from; i < to; i++) {
    left[at + i] += source[i] * gainLeft;
    right[at + i] += source[i] * gainRight;
  }
}

/** Adds a buffer into another of the same rate at a frame offset; a mono source goes to every channel. */
export function addInto(target: PcmAudio, source: PcmAudio, at = 0, gain = 1): void {
  target.channels.forEach((channel, c) => {
    const input = source.channels[Math.min(c, source.channels.length - 1)];
    const from = Math.max(0, -at);
    const to = Math.min(input.length, channel.length - at);
    for (let i = from; i < to; i++) channel[at + i] += input[i] * gain;
  });
}

export function scaleInPlace(audio: PcmAudio, gain: number): void {
  for (const channel of audio.channels) for (let i = 0; i < channel.length; i++) channel[i] *= gain;
}

/** Multiplies every channel by a per-frame gain curve. */
export function applyGainCurve(audio: PcmAudio, curve: Float32Array): void {
  for (const channel of audio.channels) for (let i = 0; i < channel.length; i++) channel[i] *= curve[i];
}

export function peakOf(audio: PcmAudio): number {
  let peak = 0;
  for (const channel of audio.channels) {
    for (let i = 0; i < channel.length; i++)
      peak = channel[i] > peak ? channel[i] : -channel[i] > peak ? -channel[i] : peak;
  }
  return peak;
}

/** Linear fades in and out at the ends, so a cut never clicks. */
export function fadeEnds(audio: PcmAudio, fadeInFrames: number, fadeOutFrames: number): void {
  for (const channel of audio.channels) {
    const n = channel.length;
    const fin = Math.min(fadeInFrames, n);
    for (let i = 0; i < fin; i++) channel[i] *= i / fin;
    const fout = Math.min(fadeOutFrames, n);
    for (let i = 0; i < fout; i++) channel[n - 1 - i] *= i / fout;
  }
}
