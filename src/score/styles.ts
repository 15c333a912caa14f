/**
 * The six moods as musical styles: key, tempo, chord progression and a band of layers that enter as a section's
 * intensity grows. The genre then colours a style (transposition, tempo, brightness) so a romance thriller and a
 * romance family drama do not sound the same.
 */
import type {Genre, Mood} from '../schema/script';
import type {InstrumentName} from './orchestra';
import {SCALES, type Chord} from './theory';

interface LayerBase {
  instrument: InstrumentName;
  /** The section intensity (0..1) from which the layer plays. */
  enter: number;
  gain: number;
  /** Reverb send, 0..1. */
  send: number;
}

export interface BassStep {
  /** Beat within the bar. */
  beat: number;
  /** Length in beats. */
  length: number;
  /** Semitones above the chord's root. */
  interval: number;
}

export type Layer =
  /** Held chords, or stabs on the given beats of every bar. */
  | (LayerBase & {type: 'chord'; octave: number; hits?: readonly number[]; hold?: number})
  /** Broken chords: one chord tone every `step` beats. */
  | (LayerBase & {type: 'arp'; octave: number; step: number; order: 'up' | 'updown' | 'random'; hold: number})
  | (LayerBase & {type: 'bass'; octave: number; steps: readonly BassStep[]})
  /** 16 steps per bar: "x" a hit, "o" a soft hit, "." a rest. */
  | (LayerBase & {type: 'drum'; pattern: string; hz?: number})
  /** A seeded tune in the key: chord tones on strong beats, steps between. */
  | (LayerBase & {type: 'melody'; octave: number; density: number; hold: number});

export interface PhraseNote {
  /** Seconds after the cue. */
  at: number;
  instrument: InstrumentName;
  /** Semitones above the tonic; percussion ignores it unless tuned. */
  offset: number;
  hold: number;
  velocity: number;
}

export interface Style {
  /** MIDI note of the tonic, near middle C. */
  tonic: number;
  scale: readonly number[];
  tempo: number;
  beatsPerBar: number;
  /** One chord per bar, repeated. */
  progression: readonly Chord[];
  layers: readonly Layer[];
  /** 0..1: filter openings and piano hardness. */
  brightness: number;
  /** Played on the end card. */
  sting: readonly PhraseNote[];
}

const eighths = (interval = 0): BassStep[] => Array.from({length: 8}, (_, i) => ({beat: i / 2, length: 0.4, interval}));
const note = (at: number, instrument: InstrumentName, offset: number, hold: number, velocity = 0.9): PhraseNote => ({
  at,
  instrument,
  offset,
  hold,
  velocity,
});

const STYLES: Record<Mood, Style> = {
  // D minor, a pulsing low ostinato and a ticking clock over i-i-VI-bII (the Neapolitan darkens it).
  tension: {
    tonic: 62,
    scale: SCALES.minor,
    tempo: 96,
    beatsPerBar: 4,
    brightness: 0.35,
    progression: [
      {root: 0, quality: 'min'},
      {root: 0, quality: 'min'},
      {root: 8, quality: 'maj'},
      {root: 1, quality: 'maj'},
    ],
    layers: [
      {type: 'chord', instrument: 'darkPad', octave: -1, enter: 0, gain: 0.5, send: 0.5},
      {type: 'bass', instrument: 'pulseBass', octave: -3, steps: eighths(), enter: 0.3, gain: 0.7, send: 0.05},
      {type: 'drum', instrument: 'tick', pattern: 'x.o.x.o.x.o.x.o.', enter: 0.45, gain: 0.35, send: 0.2},
      {type: 'drum', instrument: 'kick', pattern: 'x..x......x.....', enter: 0.6, gain: 0.8, send: 0.1},
      {
        type: 'arp',
        instrument: 'pluck',
        octave: 0,
        step: 0.25,
        order: 'up',
        hold: 0.2,
        enter: 0.75,
        gain: 0.3,
        send: 0.35,
      },
    ],
    sting: [
      note(0, 'boom', 0, 0.1, 1),
      note(0, 'brass', -24, 1.6),
      note(0, 'brass', -23, 1.6),
      note(0, 'brass', -18, 1.6, 0.7),
      note(0.05, 'crash', 0, 0.1, 0.6),
    ],
  },
  // F major, warm pads and a rolling piano over the I-V-vi-IV of every love theme.
  romance: {
    tonic: 65,
    scale: SCALES.major,
    tempo: 74,
    beatsPerBar: 4,
    brightness: 0.6,
    progression: [
      {root: 0, quality: 'maj'},
      {root: 7, quality: 'maj'},
      {root: 9, quality: 'min'},
      {root: 5, quality: 'maj'},
    ],
    layers: [
      {type: 'chord', instrument: 'pad', octave: -1, enter: 0, gain: 0.4, send: 0.6},
      {
        type: 'arp',
        instrument: 'piano',
        octave: -1,
        step: 0.5,
        order: 'updown',
        hold: 1.5,
        enter: 0.3,
        gain: 0.55,
        send: 0.5,
      },
      {
        type: 'bass',
        instrument: 'bass',
        octave: -3,
        steps: [
          {beat: 0, length: 1.8, interval: 0},
          {beat: 2, length: 1.8, interval: 7},
        ],
        enter: 0.45,
        gain: 0.5,
        send: 0.1,
      },
      {type: 'melody', instrument: 'piano', octave: 1, density: 0.45, hold: 1, enter: 0.65, gain: 0.45, send: 0.6},
      {type: 'drum', instrument: 'shaker', pattern: '..o...x...o...x.', enter: 0.8, gain: 0.25, send: 0.3},
    ],
    sting: [0, 4, 7, 11, 14].flatMap((offset, i) => [
      note(i * 0.09, 'bell', offset + 12, 2, 0.5),
      note(i * 0.09, 'piano', offset, 2.5, 0.7),
    ]),
  },
  // E harmonic minor with the flat second: sparse bells, a drone and a tick-tock in the dark.
  mystery: {
    tonic: 64,
    scale: SCALES.harmonicMinor,
    tempo: 84,
    beatsPerBar: 4,
    brightness: 0.45,
    progression: [
      {root: 0, quality: 'min'},
      {root: 1, quality: 'maj'},
      {root: 5, quality: 'min'},
      {root: 7, quality: 'maj'},
    ],
    layers: [
      {type: 'chord', instrument: 'darkPad', octave: 0, enter: 0, gain: 0.45, send: 0.7},
      {
        type: 'bass',
        instrument: 'cello',
        octave: -2,
        steps: [{beat: 0, length: 3.8, interval: 0}],
        enter: 0.2,
        gain: 0.5,
        send: 0.3,
      },
      {
        type: 'arp',
        instrument: 'bell',
        octave: 1,
        step: 1.5,
        order: 'random',
        hold: 0.5,
        enter: 0.35,
        gain: 0.3,
        send: 0.7,
      },
      {type: 'drum', instrument: 'woodblock', hz: 900, pattern: 'x.......o.......', enter: 0.5, gain: 0.35, send: 0.4},
      {
        type: 'arp',
        instrument: 'pluck',
        octave: 0,
        step: 0.5,
        order: 'random',
        hold: 0.4,
        enter: 0.7,
        gain: 0.3,
        send: 0.5,
      },
    ],
    sting: [
      note(0, 'boom', 0, 0.1, 0.7),
      note(0, 'bell', 12, 2, 0.7),
      note(0.25, 'bell', 18, 2, 0.6),
      note(0.5, 'bell', 23, 2, 0.5),
      note(0, 'darkPad', -12, 2.5, 0.8),
      note(0, 'darkPad', -6, 2.5, 0.6),
    ],
  },
  // A minor, slow: a broken-chord piano and strings over i-VI-III-VII.
  sad: {
    tonic: 57,
    scale: SCALES.minor,
    tempo: 64,
    beatsPerBar: 4,
    brightness: 0.4,
    progression: [
      {root: 0, quality: 'min'},
      {root: 8, quality: 'maj'},
      {root: 3, quality: 'maj'},
      {root: 10, quality: 'maj'},
    ],
    layers: [
      {type: 'arp', instrument: 'piano', octave: 0, step: 0.5, order: 'up', hold: 2, enter: 0, gain: 0.55, send: 0.6},
      {type: 'chord', instrument: 'strings', octave: 0, enter: 0.3, gain: 0.35, send: 0.6},
      {
        type: 'bass',
        instrument: 'cello',
        octave: -2,
        steps: [{beat: 0, length: 3.8, interval: 0}],
        enter: 0.5,
        gain: 0.45,
        send: 0.3,
      },
      {type: 'melody', instrument: 'piano', octave: 1, density: 0.35, hold: 1.5, enter: 0.7, gain: 0.45, send: 0.6},
    ],
    sting: [
      note(0, 'piano', -12, 3, 0.8),
      note(0.12, 'piano', 0, 3, 0.6),
      note(0.24, 'piano', 3, 3, 0.6),
      note(0.36, 'piano', 7, 3, 0.6),
      note(0, 'strings', 0, 2.5, 0.6),
    ],
  },
  // C major, bouncy: oom-pah tuba, offbeat plucks, a woodblock and a pizzicato tune.
  comedy: {
    tonic: 60,
    scale: SCALES.major,
    tempo: 126,
    beatsPerBar: 4,
    brightness: 0.7,
    progression: [
      {root: 0, quality: 'maj'},
      {root: 9, quality: 'min'},
      {root: 5, quality: 'maj'},
      {root: 7, quality: 'dom7'},
    ],
    layers: [
      {
        type: 'bass',
        instrument: 'tuba',
        octave: -2,
        steps: [
          {beat: 0, length: 0.5, interval: 0},
          {beat: 2, length: 0.5, interval: 7},
        ],
        enter: 0,
        gain: 0.6,
        send: 0.1,
      },
      {type: 'chord', instrument: 'pluck', octave: 0, hits: [1, 3], hold: 0.25, enter: 0, gain: 0.45, send: 0.2},
      {type: 'drum', instrument: 'woodblock', hz: 1100, pattern: '....x.......x..o', enter: 0.3, gain: 0.35, send: 0.2},
      {type: 'melody', instrument: 'pluck', octave: 1, density: 0.6, hold: 0.25, enter: 0.45, gain: 0.45, send: 0.25},
      {type: 'drum', instrument: 'hat', pattern: 'x.o.x.o.x.o.x.o.', enter: 0.6, gain: 0.25, send: 0.1},
      {type: 'drum', instrument: 'kick', pattern: 'x.......x.......', enter: 0.7, gain: 0.6, send: 0.05},
    ],
    // Ba-dum-tss.
    sting: [
      note(0, 'tom', -5, 0.1, 0.8),
      note(0.17, 'tom', -12, 0.1, 0.8),
      note(0.36, 'kick', 0, 0.1, 0.9),
      note(0.36, 'crash', 0, 0.1, 0.8),
    ],
  },
  // B-flat major, heroic: strings, brass stabs and drums over I-bVI-bVII-I.
  triumph: {
    tonic: 58,
    scale: SCALES.major,
    tempo: 112,
    beatsPerBar: 4,
    brightness: 0.65,
    progression: [
      {root: 0, quality: 'maj'},
      {root: 8, quality: 'maj'},
      {root: 10, quality: 'maj'},
      {root: 0, quality: 'maj'},
    ],
    layers: [
      {type: 'chord', instrument: 'strings', octave: 0, enter: 0, gain: 0.45, send: 0.5},
      {type: 'bass', instrument: 'pulseBass', octave: -2, steps: eighths(), enter: 0.3, gain: 0.55, send: 0.05},
      {type: 'chord', instrument: 'brass', octave: 0, hits: [0, 1.5, 3], hold: 0.45, enter: 0.5, gain: 0.35, send: 0.4},
      {type: 'drum', instrument: 'kick', pattern: 'x...x...x...x...', enter: 0.55, gain: 0.7, send: 0.1},
      {type: 'drum', instrument: 'snare', pattern: '....x.......x...', enter: 0.65, gain: 0.5, send: 0.3},
      {type: 'drum', instrument: 'timpani', hz: 58, pattern: 'x.....x.x.......', enter: 0.8, gain: 0.5, send: 0.3},
      {
        type: 'arp',
        instrument: 'pluck',
        octave: 1,
        step: 0.25,
        order: 'updown',
        hold: 0.2,
        enter: 0.85,
        gain: 0.25,
        send: 0.3,
      },
    ],
    sting: [
      note(0, 'brass', 0, 0.15),
      note(0.16, 'brass', 0, 0.15),
      note(0.32, 'brass', 0, 0.15),
      note(0.48, 'brass', 7, 1.8),
      note(0.48, 'brass', 4, 1.8),
      note(0.48, 'brass', 12, 1.8),
      note(0.48, 'timpani', -24, 0.1, 1),
      note(0.48, 'crash', 0, 0.1, 0.8),
    ],
  },
};

interface Colour {
  transpose: number;
  tempo: number;
  brightness: number;
}

const GENRE_COLOUR: Record<Genre, Colour> = {
  romance: {transpose: 0, tempo: 1, brightness: 0.05},
  revenge: {transpose: -2, tempo: 1.04, brightness: -0.1},
  mystery: {transpose: -1, tempo: 0.96, brightness: -0.05},
  family: {transpose: 2, tempo: 0.98, brightness: 0.1},
  workplace: {transpose: 1, tempo: 1.03, brightness: 0},
  thriller: {transpose: -3, tempo: 1.06, brightness: -0.1},
  comedy: {transpose: 3, tempo: 1.08, brightness: 0.15},
  heartwarming: {transpose: 2, tempo: 0.97, brightness: 0.12},
};

export function styleFor(mood: Mood, genre: Genre): Style {
  const style = STYLES[mood];
  const colour = GENRE_COLOUR[genre];
  return {
    ...style,
    tonic: style.tonic + colour.transpose,
    tempo: style.tempo * colour.tempo,
    brightness: Math.min(1, Math.max(0, style.brightness + colour.brightness)),
  };
}
