/**
 * Synthesiser building blocks: oscillators, a filter, envelopes. The hot loops of the score run through these,
 * so they avoid per-sample allocation and Math.sin (a table lookup is several times faster).
 *
 * Hot loops here and in the rest of the score and mix also avoid globals such as Math.floor or Math.abs: inside
 * a vm context (jest's test environment) every global lookup goes through an interceptor and costs ~100x more.
 */
import type {Random} from './random';

const {tan, PI} = Math;
const TABLE_SIZE = 4096;
const SINE_TABLE = (() => {
  const table = new Float32Array(TABLE_SIZE + 1);
  for (let i = 0; i <= TABLE_SIZE; i++) table[i] = Math.sin((2 * Math.PI * i) / TABLE_SIZE);
  return table;
})();

/**
 * sin(2π·phase) for a phase in cycles (|phase| < 2^31), by table lookup with linear interpolation. The fraction is
 * taken with an int32 truncation: `phase % 1` compiles to a slow fmod call.
 */
export function sine(phase: number): number {
  let cycle = phase - (phase | 0);
  if (cycle < 0) cycle += 1;
  const x = cycle * TABLE_SIZE;
  const i = x | 0;
  return SINE_TABLE[i] + (SINE_TABLE[i + 1] - SINE_TABLE[i]) * (x - i);
}

/** Band-limited sawtooth (PolyBLEP) for a phase in [0, 1) advancing by dt cycles per sample. */
export function saw(phase: number, dt: number): number {
  let value = 2 * phase - 1;
  if (phase < dt) {
    const t = phase / dt;
    value -= t + t - t * t - 1;
  } else if (phase > 1 - dt) {
    const t = (phase - 1) / dt;
    value -= t * t + t + t + 1;
  }
  return value;
}

export const midiToHz = (midi: number): number => 440 * Math.pow(2, (midi - 69) / 12);

/** Per-sample multiplier of an exponential decay with this time constant (to 1/e). */
export const decayPerSample = (seconds: number, rate: number): number => Math.exp(-1 / Math.max(1e-4, seconds * rate));

/**
 * Topology-preserving state-variable filter (Zavalishin): stays stable while its cutoff sweeps, and gives
 * lowpass, bandpass and highpass outputs from one tick.
 */
export class Svf {
  lp = 0;
  bp = 0;
  hp = 0;
  private s1 = 0;
  private s2 = 0;
  private k = 1;
  private a1 = 1;
  private a2 = 0;
  private a3 = 0;

  constructor(private readonly rate: number) {}

  tune(cutoffHz: number, q = 0.707): this {
    const hz = cutoffHz < 10 ? 10 : cutoffHz > this.rate * 0.45 ? this.rate * 0.45 : cutoffHz;
    const g = tan((PI * hz) / this.rate);
    this.k = 1 / q;
    this.a1 = 1 / (1 + g * (g + this.k));
    this.a2 = g * this.a1;
    this.a3 = g * this.a2;
    return this;
  }

  tick(x: number): void {
    const v3 = x - this.s2;
    const v1 = this.a1 * this.s1 + this.a2 * v3;
    const v2 = this.s2 + this.a2 * this.s1 + this.a3 * v3;
    this.s1 = 2 * v1 - this.s1;
    this.s2 = 2 * v2 - this.s2;
    this.lp = v2;
    this.bp = v1;
    this.hp = x - this.k * v1 - v2;
  }
}

export interface Adsr {
  /** Seconds of the linear rise. */
  attack: number;
  /** Time constant (seconds) of the fall toward the sustain level. */
  decay: number;
  sustain: number;
  /** Seconds from note-off to silence (-60 dB). */
  release: number;
}

/**
 * The amplitude of a note held for `holdSeconds`: linear attack, exponential decay toward the sustain level,
 * exponential release after note-off. Its length includes the release tail.
 */
export function envelope(rate: number, holdSeconds: number, shape: Adsr): Float32Array {
  const held = Math.max(1, Math.round(holdSeconds * rate));
  const tail = Math.round(shape.release * rate);
  const out = new Float32Array(held + tail);
  const attack = Math.max(1, Math.round(shape.attack * rate));
  const fall = decayPerSample(shape.decay, rate);
  let over = 1 - shape.sustain; // how far above the sustain level the decay still is
  let level = 0;
  for (let i = 0; i < held; i++) {
    if (i < attack) level = i / attack;
    else {
      level = shape.sustain + over;
      over *= fall;
    }
    out[i] = level;
  }
  const release = decayPerSample(shape.release / 6.9, rate); // 6.9 time constants make -60 dB
  for (let i = held; i < out.length; i++) out[i] = level *= release;
  return out;
}

/** A one-shot percussive envelope: instant rise, exponential fall with this time constant. */
export function strike(rate: number, seconds: number, tau: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  const fall = decayPerSample(tau, rate);
  let level = 1;
  for (let i = 0; i < out.length; i++) {
    out[i] = level;
    level *= fall;
  }
  return out;
}

/** Scales a mono signal in place so its peak is `peak`. */
export function normalisePeak(signal: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (let i = 0; i < signal.length; i++) max = signal[i] > max ? signal[i] : -signal[i] > max ? -signal[i] : max;
  if (max > 0) for (let i = 0; i < signal.length; i++) signal[i] *= peak / max;
  return signal;
}

/** A sine whose pitch falls from `from` to `to` Hz with time constant `sweep`, decaying with `tau`: drums, thuds, booms. */
export function pitchDrop(
  rate: number,
  seconds: number,
  from: number,
  to: number,
  sweep: number,
  tau: number,
): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  const pitchFall = decayPerSample(sweep, rate);
  const ampFall = decayPerSample(tau, rate);
  let excess = from - to;
  let level = 1;
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = sine(phase) * level;
    phase += (to + excess) / rate;
    excess *= pitchFall;
    level *= ampFall;
  }
  return out;
}

/** Filtered white noise with an exponential decay; `kind` picks the filter output. */
export function noiseBurst(
  random: Random,
  rate: number,
  seconds: number,
  tau: number,
  cutoff: number,
  kind: 'lp' | 'bp' | 'hp',
  q = 0.7,
): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  const filter = new Svf(rate).tune(cutoff, q);
  const fall = decayPerSample(tau, rate);
  let level = 1;
  for (let i = 0; i < out.length; i++) {
    filter.tick(random() * 2 - 1);
    out[i] = (kind === 'lp' ? filter.lp : kind === 'bp' ? filter.bp : filter.hp) * level;
    level *= fall;
  }
  return out;
}

/** Adds `b` (scaled, starting `offset` samples in) into `a`; what does not fit is dropped. Returns `a`. */
export function layer(a: Float32Array, b: Float32Array, gain: number, offset = 0): Float32Array {
  const end = Math.min(b.length, a.length - offset);
  for (let i = Math.max(0, -offset); i < end; i++) a[offset + i] += b[i] * gain;
  return a;
}

export function scaled(signal: Float32Array, gain: number): Float32Array {
  for (let i = 0; i < signal.length; i++) signal[i] *= gain;
  return signal;
}
