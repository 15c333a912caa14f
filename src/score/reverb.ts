/**
 * A small Schroeder/Freeverb-style reverb for the score's send bus: four damped combs in parallel and two
 * allpasses in series per side, with different delay lengths left and right for width.
 */
import type {PcmAudio} from '../audio/wav';

const COMBS = [1116, 1188, 1277, 1356]; // Freeverb's tunings at 44.1 kHz
const ALLPASSES = [556, 441];
const STEREO_SPREAD = 23;
/** Freeverb's fixed input gain, doubled for four combs instead of eight. */
const INPUT_GAIN = 0.03;

export interface ReverbSettings {
  /** 0..1: longer tails. */
  size: number;
  /** 0..1: darker tails. */
  damping: number;
}

/** One damped feedback comb over the whole signal, added into `sum`. (A pass per filter keeps each loop tight.) */
function comb(input: Float32Array, sum: Float32Array, length: number, feedback: number, damp: number): void {
  const buffer = new Float32Array(length);
  let index = 0;
  let store = 0;
  for (let i = 0; i < input.length; i++) {
    const y = buffer[index];
    store = y * (1 - damp) + store * damp;
    buffer[index] = input[i] + store * feedback;
    if (++index === length) index = 0;
    sum[i] += y;
  }
}

/** Schroeder allpass, in place: smears the combs' echoes into a dense tail. */
function allpass(signal: Float32Array, length: number): void {
  const buffer = new Float32Array(length);
  let index = 0;
  for (let i = 0; i < signal.length; i++) {
    const delayed = buffer[index];
    buffer[index] = signal[i] + delayed * 0.5;
    if (++index === length) index = 0;
    signal[i] = delayed - signal[i];
  }
}

function reverberate(
  input: Float32Array,
  output: Float32Array,
  rate: number,
  spread: number,
  settings: ReverbSettings,
): void {
  const scale = rate / 44100;
  const tail = new Float32Array(input.length);
  for (const n of COMBS)
    comb(input, tail, Math.round((n + spread) * scale), 0.7 + 0.28 * settings.size, settings.damping * 0.4);
  for (const n of ALLPASSES) allpass(tail, Math.round((n + spread) * scale));
  for (let i = 0; i < output.length; i++) output[i] += tail[i] * INPUT_GAIN;
}

/** Adds the reverberated send bus into the output bus. */
export function addReverb(send: PcmAudio, output: PcmAudio, settings: ReverbSettings): void {
  const mono = new Float32Array(send.channels[0].length);
  for (const channel of send.channels) for (let i = 0; i < mono.length; i++) mono[i] += channel[i] * 0.5;
  output.channels.forEach((channel, c) => reverberate(mono, channel, send.sampleRate, c * STEREO_SPREAD, settings));
}
