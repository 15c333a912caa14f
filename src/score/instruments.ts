/**
 * The pitched instruments: subtractive (detuned sawtooths through a swept lowpass) for pads, strings, brass and
 * basses; Karplus-Strong for plucks; additive partials for a piano-like tone; FM for bells.
 */
import {decayPerSample, envelope, saw, sine, Svf, type Adsr} from './dsp';
import type {Instrument} from './note';

interface Subtractive {
  /** Detune in cents of each sawtooth. */
  detune: readonly number[];
  /** Level of a sine an octave below, for weight. */
  sub: number;
  shape: Adsr;
  /** Cutoff as a multiple of the note's frequency, at medium brightness. */
  cutoff: number;
  /** Extra cutoff (multiple of the frequency) at the envelope's peak: the bite of brass, the pluck of a bass. */
  sweep: number;
  q: number;
  /** Vibrato depth in cents at 5 Hz. */
  vibrato: number;
}

function subtractive(preset: Subtractive): Instrument {
  return (note, random, rate) => {
    const [sawAt, sineAt] = [saw, sine]; // local copies: an imported function costs a getter call per use
    const env = envelope(rate, note.seconds, preset.shape);
    const out = new Float32Array(env.length);
    const count = preset.detune.length;
    const steps = Float64Array.from(preset.detune, (cents) => (note.hz * Math.pow(2, cents / 1200)) / rate);
    const phases = Float64Array.from(preset.detune, () => random());
    const subStep = note.hz / 2 / rate;
    const vibratoDepth = Math.pow(2, preset.vibrato / 1200) - 1;
    const vibratoStep = 5 / rate;
    const baseCutoff = note.hz * preset.cutoff * (0.5 + note.brightness);
    const filter = new Svf(rate);
    let subPhase = 0;
    let vibratoPhase = random();
    let wobble = 1;
    for (let i = 0; i < out.length; i++) {
      // Filter and vibrato move slowly: updating them every 64 samples keeps tan() and sin() out of the inner loop.
      if ((i & 63) === 0) {
        filter.tune(baseCutoff + note.hz * preset.sweep * env[i], preset.q);
        wobble = 1 + vibratoDepth * sineAt(vibratoPhase);
        vibratoPhase += vibratoStep * 64;
      }
      let sum = 0;
      for (let j = 0; j < count; j++) {
        sum += sawAt(phases[j], steps[j]);
        phases[j] += steps[j] * wobble;
        if (phases[j] >= 1) phases[j] -= 1;
      }
      sum /= count;
      if (preset.sub > 0) {
        sum += preset.sub * sineAt(subPhase);
        subPhase += subStep;
      }
      filter.tick(sum);
      out[i] = filter.lp * env[i] * note.velocity;
    }
    return out;
  };
}

const pad = subtractive({
  detune: [-7, 0, 7],
  sub: 0,
  shape: {attack: 0.8, decay: 2, sustain: 0.85, release: 1.5},
  cutoff: 4.5,
  sweep: 1.5,
  q: 0.7,
  vibrato: 0,
});
const darkPad = subtractive({
  detune: [-11, 3, 9],
  sub: 0.2,
  shape: {attack: 1.2, decay: 3, sustain: 0.9, release: 2},
  cutoff: 2.6,
  sweep: 1,
  q: 0.9,
  vibrato: 0,
});
const strings = subtractive({
  detune: [-6, -2, 3, 8],
  sub: 0,
  shape: {attack: 0.35, decay: 1, sustain: 0.9, release: 0.8},
  cutoff: 4,
  sweep: 1,
  q: 0.7,
  vibrato: 12,
});
const brass = subtractive({
  detune: [-4, 4],
  sub: 0.2,
  shape: {attack: 0.05, decay: 0.3, sustain: 0.7, release: 0.25},
  cutoff: 2,
  sweep: 6,
  q: 1.2,
  vibrato: 5,
});
const bass = subtractive({
  detune: [0],
  sub: 0.8,
  shape: {attack: 0.005, decay: 0.25, sustain: 0.6, release: 0.12},
  cutoff: 2.5,
  sweep: 5,
  q: 1,
  vibrato: 0,
});
const pulseBass = subtractive({
  detune: [0, 6],
  sub: 0.5,
  shape: {attack: 0.003, decay: 0.1, sustain: 0.35, release: 0.06},
  cutoff: 2,
  sweep: 10,
  q: 2,
  vibrato: 0,
});
const cello = subtractive({
  detune: [-3, 3],
  sub: 0.3,
  shape: {attack: 0.25, decay: 1, sustain: 0.85, release: 0.5},
  cutoff: 3,
  sweep: 1,
  q: 0.8,
  vibrato: 10,
});
const tuba = subtractive({
  detune: [0],
  sub: 0.4,
  shape: {attack: 0.02, decay: 0.15, sustain: 0.5, release: 0.08},
  cutoff: 1.5,
  sweep: 4,
  q: 0.9,
  vibrato: 0,
});

/** Karplus-Strong: a burst of noise circulating in a delay line one period long, softened on every pass. */
const pluck: Instrument = (note, random, rate) => {
  const period = rate / note.hz;
  const held = Math.round(Math.min(note.seconds, 2.5) * rate);
  const damp = Math.round(0.3 * rate);
  const out = new Float32Array(held + damp);
  const ringSeconds = 1.6 * Math.sqrt(220 / note.hz);
  const feedback = Math.pow(10, -3 / (ringSeconds * note.hz)); // -60 dB after ringSeconds
  const smoothing = 0.15 + 0.75 * note.brightness;
  const read = (x: number) => {
    if (x < 0) return 0;
    const i = x | 0;
    return out[i] + (out[i + 1] - out[i]) * (x - i);
  };
  let excitation = 0;
  for (let i = 0; i < out.length; i++) {
    excitation = i < period ? excitation + (random() * 2 - 1 - excitation) * smoothing : 0;
    const at = i - period;
    out[i] = excitation + feedback * 0.5 * (read(at + 0.5) + read(at - 0.5));
  }
  const release = decayPerSample(0.05, rate);
  let level = note.velocity;
  for (let i = 0; i < out.length; i++) {
    if (i >= held) level *= release;
    out[i] *= level;
  }
  return out;
};

/** Piano-like: slightly stretched partials, the upper ones dying sooner, a felt-hammer thump, dampers on release. */
const piano: Instrument = (note, random, rate) => {
  const ring = 2.2 * Math.sqrt(261 / note.hz);
  const held = Math.round(Math.min(note.seconds, ring * 2) * rate);
  const out = new Float32Array(held + Math.round(0.25 * rate));
  const damper = decayPerSample(0.06, rate);
  const tilt = 1.7 - 0.8 * note.brightness;
  for (let k = 1; k <= 6; k++) {
    const hz = k * note.hz * Math.sqrt(1 + 0.0004 * k * k);
    if (hz > rate * 0.4) break;
    const w = (2 * Math.PI * hz) / rate;
    // A sine by recursion: two multiplies per sample and no table; exact enough for a few seconds.
    const c = 2 * Math.cos(w);
    let y1 = 0;
    let y2 = -Math.sin(w);
    let level = note.velocity / Math.pow(k, tilt);
    const fall = decayPerSample(ring / (1 + 0.6 * (k - 1)), rate);
    // A partial stops once it is 80 dB down: the upper ones die long before the note does.
    const inaudible = level * 1e-4;
    for (let i = 0; i < out.length && level > inaudible; i++) {
      const y = c * y1 - y2;
      y2 = y1;
      y1 = y;
      out[i] += y * level;
      level *= i < held ? fall : damper;
    }
  }
  const thump = Math.round(0.008 * rate);
  let smooth = 0;
  for (let i = 0; i < thump; i++) {
    smooth += (random() * 2 - 1 - smooth) * 0.2;
    out[i] += smooth * 0.15 * note.velocity * (1 - i / thump);
  }
  const attack = Math.round(0.002 * rate);
  for (let i = 0; i < attack; i++) out[i] *= i / attack;
  return out;
};

/** FM bell: an inharmonic modulator whose depth fades faster than the tone, so the strike is bright and the ring pure. */
const bell: Instrument = (note, random, rate) => {
  const sineAt = sine; // local copy: an imported function costs a getter call per use
  const out = new Float32Array(Math.round(Math.min(note.seconds + 2.5, 4) * rate));
  const carrierStep = note.hz / rate;
  const modulatorStep = (note.hz * 3.5) / rate;
  const indexFall = decayPerSample(0.5, rate);
  const ampFall = decayPerSample(1.2, rate);
  let index = 1.5 + 3 * note.brightness;
  let level = note.velocity;
  let carrier = random();
  let modulator = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = sineAt(carrier + index * sineAt(modulator) * 0.159) * level;
    carrier += carrierStep;
    modulator += modulatorStep;
    index *= indexFall;
    level *= ampFall;
  }
  const attack = Math.round(0.003 * rate);
  for (let i = 0; i < attack; i++) out[i] *= i / attack;
  return out;
};

export const PITCHED = {pad, darkPad, strings, brass, bass, pulseBass, cello, tuba, pluck, piano, bell};
