/**
 * A small library of synthesised sound effects for the moments the script describes: a message arriving, a phone,
 * a door, a slap, breaking glass, footsteps, a heartbeat, a gunshot, a thud, a car, thunder, a clock, a camera.
 * Each is mono and peaks at its own level, set by ear relative to dialogue at DIALOGUE_LUFS.
 */
import {decayPerSample, layer, noiseBurst, normalisePeak, pitchDrop, sine, Svf} from './dsp';
import {between, type Random} from './random';

type Synth = (random: Random, rate: number) => Float32Array;

const seconds = (rate: number, s: number) => new Float32Array(Math.round(s * rate));
const at = (rate: number, s: number) => Math.round(s * rate);

/** A struck metal partial: a sine with a fast decay (chimes, glass shards). */
function ping(rate: number, hz: number, tau: number): Float32Array {
  const out = seconds(rate, tau * 7);
  const fall = decayPerSample(tau, rate);
  const step = hz / rate;
  for (let i = 0, level = 1; i < out.length; i++, level *= fall) out[i] = sine(step * i) * level;
  return out;
}

/** Two bright chime notes: the sound of a message arriving. */
const message: Synth = (_random, rate) => {
  const out = seconds(rate, 1);
  for (const [time, hz] of [
    [0, 1568],
    [0.11, 2093],
  ]) {
    layer(out, ping(rate, hz, 0.18), 1, at(rate, time));
    layer(out, ping(rate, hz * 2.76, 0.05), 0.25, at(rate, time)); // a bell's inharmonic overtone
  }
  return out;
};

/** A phone vibrating on a table: two rattling buzzes. */
const buzz: Synth = (random, rate) => {
  const out = seconds(rate, 1);
  const filter = new Svf(rate).tune(900, 2);
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const on = t < 0.35 || (t > 0.5 && t < 0.85) ? 1 : 0;
    const motor = sine(t * 150) + 0.5 * sine(t * 300) + 0.3 * (random() * 2 - 1);
    filter.tick(motor * (0.6 + 0.4 * sine(t * 32)));
    out[i] = filter.bp * on;
  }
  return out;
};

/** A ringtone: two tones trilling at 20 Hz, twice. */
const ring: Synth = (_random, rate) => {
  const out = seconds(rate, 2.2);
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const on = t % 1.2 < 0.8 ? 1 : 0;
    const hz = ((t * 40) | 0) & 1 ? 1300 : 1000;
    out[i] = sine(t * hz) * on * 0.5;
  }
  return out;
};

/** A knuckle on wood: a short thump and a woody ring, three times. */
const knock: Synth = (random, rate) => {
  const out = seconds(rate, 0.8);
  for (const time of [0, 0.2, 0.4]) {
    layer(out, noiseBurst(random, rate, 0.08, 0.012, 1200, 'lp'), 1, at(rate, time));
    layer(out, pitchDrop(rate, 0.15, 260, 190, 0.02, 0.04), 0.6, at(rate, time));
  }
  return out;
};

/** A door shutting: the latch click and a soft thud of the frame. */
const door: Synth = (random, rate) => {
  const out = seconds(rate, 0.8);
  layer(out, noiseBurst(random, rate, 0.03, 0.004, 3000, 'hp'), 0.6);
  layer(out, pitchDrop(rate, 0.5, 110, 70, 0.05, 0.09), 0.8, at(rate, 0.02));
  layer(out, noiseBurst(random, rate, 0.2, 0.04, 900, 'lp'), 0.6, at(rate, 0.02));
  return out;
};

/** A door slammed: a heavy boom of the frame and a rattle. */
const slam: Synth = (random, rate) => {
  const out = seconds(rate, 1.2);
  layer(out, pitchDrop(rate, 1, 100, 48, 0.06, 0.18), 1);
  layer(out, noiseBurst(random, rate, 0.4, 0.06, 2000, 'lp'), 0.9);
  layer(out, noiseBurst(random, rate, 0.3, 0.08, 3200, 'bp', 3), 0.35, at(rate, 0.03));
  return out;
};

/** A hand on a cheek: a crisp, bright smack. */
const slap: Synth = (random, rate) => {
  const out = noiseBurst(random, rate, 0.25, 0.025, 1500, 'hp');
  layer(out, noiseBurst(random, rate, 0.1, 0.012, 700, 'bp', 1.5), 0.8);
  return out;
};

/** Glass breaking: a crack, then shards, densest at first, each a short high ping. */
const glass: Synth = (random, rate) => {
  const out = seconds(rate, 1.4);
  layer(out, noiseBurst(random, rate, 0.15, 0.015, 2500, 'hp'), 1);
  for (let i = 0; i < 45; i++) {
    const time = 0.6 * Math.pow(random(), 2); // squared: most shards fall early
    layer(
      out,
      ping(rate, between(random, 2500, 9000), between(random, 0.02, 0.09)),
      between(random, 0.1, 0.35),
      at(rate, time),
    );
  }
  return out;
};

/** Footsteps: four heel strikes, alternately left and right of centre in time. */
const footsteps: Synth = (random, rate) => {
  const out = seconds(rate, 2.2);
  for (let step = 0; step < 4; step++) {
    const time = step * 0.5 + between(random, -0.03, 0.03) + 0.03;
    layer(out, pitchDrop(rate, 0.12, 120, 70, 0.02, 0.03), 0.8, at(rate, time));
    layer(out, noiseBurst(random, rate, 0.1, 0.025, 700, 'lp'), 0.9, at(rate, time));
    layer(out, noiseBurst(random, rate, 0.12, 0.04, 2500, 'bp', 1.2), 0.15, at(rate, time + 0.02));
  }
  return out;
};

/** A heartbeat: lub-dub, three times. */
const heartbeat: Synth = (_random, rate) => {
  const out = seconds(rate, 2.6);
  for (let beat = 0; beat < 3; beat++) {
    layer(out, pitchDrop(rate, 0.3, 75, 45, 0.03, 0.07), 1, at(rate, beat * 0.85));
    layer(out, pitchDrop(rate, 0.3, 65, 42, 0.03, 0.06), 0.7, at(rate, beat * 0.85 + 0.26));
  }
  return out;
};

/** A gunshot: a sharp crack, a low boom and the room's long echo. */
const gunshot: Synth = (random, rate) => {
  const out = seconds(rate, 2);
  layer(out, noiseBurst(random, rate, 0.1, 0.01, 6000, 'lp'), 1);
  layer(out, pitchDrop(rate, 0.6, 140, 40, 0.03, 0.15), 0.9);
  layer(out, noiseBurst(random, rate, 2, 0.45, 1200, 'lp'), 0.3, at(rate, 0.01));
  return out;
};

/** A body or a heavy thing falling: a dull, low thud. */
const thud: Synth = (random, rate) => {
  const out = pitchDrop(rate, 0.8, 100, 40, 0.04, 0.12);
  layer(out, noiseBurst(random, rate, 0.3, 0.06, 400, 'lp'), 1.2);
  return out;
};

/** A car passing: an engine whose pitch drops as it goes by (Doppler), swelling and fading, with tyre roar. */
const car: Synth = (random, rate) => {
  const out = seconds(rate, 3);
  const engine = new Svf(rate).tune(700, 0.8);
  const tyres = new Svf(rate).tune(900, 0.6);
  let phase = 0;
  let closeness = 0;
  let doppler = 1;
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    if ((i & 63) === 0) {
      closeness = Math.exp(-Math.pow((t - 1.4) / 0.6, 2)); // nearest at 1.4 s
      doppler = 1 + 0.08 * Math.tanh((1.4 - t) * 3);
    }
    phase += (48 * doppler) / rate;
    let harmonics = 0;
    for (let k = 1; k <= 6; k++) harmonics += sine(phase * k) / k;
    engine.tick(harmonics);
    tyres.tick(random() * 2 - 1);
    out[i] = (engine.lp + tyres.bp * 0.5) * (0.1 + closeness);
  }
  return out;
};

/** Thunder: a crack and a long rumble that rolls in loudness. */
const thunder: Synth = (random, rate) => {
  const out = noiseBurst(random, rate, 3.5, 1.1, 180, 'lp', 0.6);
  for (let i = 0; i < out.length; i++) out[i] *= 0.6 + 0.4 * sine((i / rate) * 2.3);
  layer(out, noiseBurst(random, rate, 0.4, 0.08, 2500, 'lp'), 0.25);
  return out;
};

/** A clock: tick, tock, six times. */
const clock: Synth = (_random, rate) => {
  const out = seconds(rate, 3.1);
  for (let i = 0; i < 6; i++)
    layer(out, pitchDrop(rate, 0.06, i % 2 ? 1700 : 2100, i % 2 ? 1650 : 2000, 1, 0.008), 1, at(rate, i * 0.5));
  return out;
};

/** A camera shutter: two clicks, a fraction of a second apart. */
const camera: Synth = (random, rate) => {
  const out = seconds(rate, 0.3);
  layer(out, noiseBurst(random, rate, 0.03, 0.003, 3500, 'hp'), 1);
  layer(out, noiseBurst(random, rate, 0.04, 0.005, 2500, 'hp'), 0.8, at(rate, 0.07));
  return out;
};

interface Effect {
  synth: Synth;
  /** Peak level in dBFS in the effects stem. */
  peakDb: number;
}

export const EFFECTS = {
  message: {synth: message, peakDb: -9},
  buzz: {synth: buzz, peakDb: -9},
  ring: {synth: ring, peakDb: -12},
  knock: {synth: knock, peakDb: -6},
  door: {synth: door, peakDb: -6},
  slam: {synth: slam, peakDb: -3},
  slap: {synth: slap, peakDb: -4},
  glass: {synth: glass, peakDb: -5},
  footsteps: {synth: footsteps, peakDb: -8},
  heartbeat: {synth: heartbeat, peakDb: -3},
  gunshot: {synth: gunshot, peakDb: -2},
  thud: {synth: thud, peakDb: -4},
  car: {synth: car, peakDb: -8},
  thunder: {synth: thunder, peakDb: -5},
  clock: {synth: clock, peakDb: -12},
  camera: {synth: camera, peakDb: -10},
} satisfies Record<string, Effect>;

export type EffectName = keyof typeof EFFECTS;

/** The effect as a mono signal at its level. */
export function renderEffect(name: EffectName, random: Random, rate: number): Float32Array {
  const effect: Effect = EFFECTS[name];
  return normalisePeak(effect.synth(random, rate), Math.pow(10, effect.peakDb / 20));
}
