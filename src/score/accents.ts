/** The score's dramatic punctuation: a riser into the twist, a hit on it, and phrases such as the end-card sting. */
import {addMono} from '../audio/pcm';
import {midiToHz, saw, Svf} from './dsp';
import {play, type Buses} from './performer';
import type {Random} from './random';
import type {PhraseNote, Style} from './styles';

const RISER_FROM_DB = -30;

/**
 * Noise swept up through a bandpass with two sawtooths gliding up an octave, growing steadily louder (a straight
 * line in dB), so the energy keeps climbing to the very last sample before the hit.
 */
export function riser(seconds: number, fromHz: number, rate: number, random: Random): Float32Array {
  const sawAt = saw; // local copy: an imported function costs a getter call per use
  const out = new Float32Array(Math.round(seconds * rate));
  const noiseFilter = new Svf(rate);
  const toneFilter = new Svf(rate);
  // Pitch and level climb exponentially: constant ratios per sample.
  const glide = Math.pow(2, 1 / out.length);
  const swell = Math.pow(10, -RISER_FROM_DB / 20 / out.length);
  let hz = fromHz;
  let level = Math.pow(10, RISER_FROM_DB / 20);
  let phaseA = 0;
  let phaseB = 0.5;
  for (let i = 0; i < out.length; i++) {
    if ((i & 63) === 0) {
      const progress = i / out.length;
      noiseFilter.tune(300 * Math.pow(7000 / 300, progress), 1.6);
      toneFilter.tune(400 * Math.pow(12, progress), 0.8);
    }
    phaseA += hz / rate;
    phaseB += (hz * 1.007) / rate;
    if (phaseA >= 1) phaseA -= 1;
    if (phaseB >= 1) phaseB -= 1;
    noiseFilter.tick(random() * 2 - 1);
    toneFilter.tick(sawAt(phaseA, hz / rate) + sawAt(phaseB, (hz * 1.007) / rate));
    out[i] = (noiseFilter.bp * 0.9 + toneFilter.lp * 0.25) * level;
    hz *= glide;
    level *= swell;
  }
  return out;
}

export function playRiser(buses: Buses, endSeconds: number, seconds: number, style: Style, random: Random): void {
  const signal = riser(seconds, midiToHz(style.tonic - 12), buses.dry.sampleRate, random);
  const at = Math.round((endSeconds - seconds) * buses.dry.sampleRate);
  addMono(buses.dry, signal, at, 0.45, 0.45);
  addMono(buses.wet, signal, at, 0.2, 0.2);
}

/** The hit on the twist: a boom, a crash, a snare crack and the tonic in low brass. */
export const HIT: readonly PhraseNote[] = [
  {at: 0, instrument: 'boom', offset: 0, hold: 0.1, velocity: 1},
  {at: 0, instrument: 'crash', offset: 0, hold: 0.1, velocity: 0.8},
  {at: 0, instrument: 'snare', offset: 0, hold: 0.1, velocity: 0.6},
  {at: 0, instrument: 'brass', offset: -24, hold: 0.7, velocity: 0.8},
  {at: 0, instrument: 'brass', offset: -12, hold: 0.7, velocity: 0.7},
];

/** Plays a phrase whose notes are placed relative to `atSeconds` and pitched relative to the style's tonic. */
export function playPhrase(
  buses: Buses,
  phrase: readonly PhraseNote[],
  atSeconds: number,
  style: Style,
  random: Random,
): void {
  for (const note of phrase) {
    play(
      buses,
      {
        instrument: note.instrument,
        hz: midiToHz(style.tonic + note.offset),
        atSeconds: atSeconds + note.at,
        holdSeconds: note.hold,
        velocity: note.velocity,
        brightness: style.brightness,
        pan: 0,
        send: 0.5,
      },
      random,
    );
  }
}
