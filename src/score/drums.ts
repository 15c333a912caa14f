/**
 * Percussion for the score: each a few lines of noise, pitch sweeps and decays. `hz` tunes the ones with a pitch
 * (woodblock, toms); the rest ignore it.
 */
import {layer, noiseBurst, pitchDrop, scaled} from './dsp';
import type {Instrument} from './note';

const kick: Instrument = (note, random, rate) =>
  scaled(
    layer(pitchDrop(rate, 0.5, 160, 45, 0.03, 0.14), noiseBurst(random, rate, 0.01, 0.002, 3000, 'lp'), 0.3),
    note.velocity,
  );

const snare: Instrument = (note, random, rate) =>
  scaled(
    layer(pitchDrop(rate, 0.35, 240, 180, 0.02, 0.05), noiseBurst(random, rate, 0.35, 0.09, 1800, 'hp'), 0.9),
    note.velocity * 0.8,
  );

const hat: Instrument = (note, random, rate) =>
  scaled(noiseBurst(random, rate, 0.12, 0.022, 7500, 'hp'), note.velocity * 0.7);

const shaker: Instrument = (note, random, rate) => {
  const out = noiseBurst(random, rate, 0.15, 0.045, 5500, 'bp', 1.5);
  const rise = Math.round(0.015 * rate);
  for (let i = 0; i < rise; i++) out[i] *= i / rise;
  return scaled(out, note.velocity * 0.9);
};

/** The tick of a clock or a ticking bomb: a click with a faint pitched ring. */
const tick: Instrument = (note, random, rate) =>
  scaled(
    layer(noiseBurst(random, rate, 0.05, 0.005, 4000, 'hp'), pitchDrop(rate, 0.05, 2300, 2200, 1, 0.008), 0.5),
    note.velocity * 0.8,
  );

const woodblock: Instrument = (note, _random, rate) =>
  scaled(
    layer(
      pitchDrop(rate, 0.15, note.hz * 1.05, note.hz, 0.01, 0.035),
      pitchDrop(rate, 0.15, note.hz * 2.8, note.hz * 2.7, 1, 0.015),
      0.4,
    ),
    note.velocity,
  );

const tom: Instrument = (note, random, rate) =>
  scaled(
    layer(
      pitchDrop(rate, 0.8, note.hz * 1.6, note.hz, 0.05, 0.25),
      noiseBurst(random, rate, 0.05, 0.01, 1500, 'lp'),
      0.3,
    ),
    note.velocity,
  );

const timpani: Instrument = (note, random, rate) =>
  scaled(
    layer(pitchDrop(rate, 2, note.hz * 1.1, note.hz, 0.04, 0.7), noiseBurst(random, rate, 0.08, 0.02, 800, 'lp'), 0.4),
    note.velocity,
  );

const crash: Instrument = (note, random, rate) => {
  const out = noiseBurst(random, rate, 2.5, 0.8, 4500, 'hp');
  layer(out, noiseBurst(random, rate, 2.5, 0.3, 9000, 'bp', 2), 0.5);
  return scaled(out, note.velocity * 0.6);
};

/** A cinematic boom: a sub-bass drop with a dark noise bloom. */
const boom: Instrument = (note, random, rate) =>
  scaled(
    layer(pitchDrop(rate, 3, 95, 32, 0.12, 0.9), noiseBurst(random, rate, 1.5, 0.25, 300, 'lp'), 1.2),
    note.velocity,
  );

export const PERCUSSION = {kick, snare, hat, shaker, tick, woodblock, tom, timpani, crash, boom};
