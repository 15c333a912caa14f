/**
 * Turns a style's layers into notes, bar by bar over a section: the progression restarts at every section so
 * each scene opens on the tonic, and notes are cut at the section's end so the music follows the picture.
 */
import {midiToHz} from './dsp';
import type {Section} from './arrangement';
import {play, type Buses} from './performer';
import {between, type Random} from './random';
import type {Layer, Style} from './styles';
import {chordLadder, snapToScale, voiceChord, type Chord} from './theory';

/** A note of one bar, in beats from the bar's start. */
interface BarNote {
  beat: number;
  midi: number;
  /** Beats. */
  hold: number;
  velocity: number;
  pan: number;
}

/** Writes one bar of a layer over a chord; some layers (melodies, arpeggios) carry state from bar to bar. */
type BarWriter = (chord: Chord) => BarNote[];

/** Panning of the percussion, as a drummer would set it. */
const DRUM_PAN: Partial<Record<string, number>> = {hat: 0.35, shaker: 0.4, tick: -0.3, woodblock: -0.35};

function chordWriter(layer: Extract<Layer, {type: 'chord'}>, style: Style): BarWriter {
  const hits = layer.hits ?? [0];
  const hold = layer.hold ?? style.beatsPerBar;
  return (chord) => {
    const tones = voiceChord(style.tonic, chord, style.tonic + 12 * layer.octave + 3);
    return hits.flatMap((beat) =>
      tones.map((midi, i) => ({
        beat,
        midi,
        hold,
        velocity: 1 / Math.sqrt(tones.length),
        pan: tones.length > 1 ? -0.4 + (0.8 * i) / (tones.length - 1) : 0,
      })),
    );
  };
}

function arpWriter(layer: Extract<Layer, {type: 'arp'}>, style: Style, random: Random): BarWriter {
  let step = 0;
  return (chord) => {
    const ladder = chordLadder(style.tonic + 12 * layer.octave, chord, 2);
    const notes: BarNote[] = [];
    for (let beat = 0; beat < style.beatsPerBar - 1e-9; beat += layer.step, step++) {
      const cycle = 2 * ladder.length - 2;
      const index =
        layer.order === 'up'
          ? step % ladder.length
          : layer.order === 'updown'
            ? Math.min(step % cycle, cycle - (step % cycle))
            : Math.floor(random() * ladder.length);
      notes.push({
        beat,
        midi: ladder[index],
        hold: layer.hold,
        velocity: between(random, 0.75, 1),
        pan: step % 2 ? 0.3 : -0.3,
      });
    }
    return notes;
  };
}

function bassWriter(layer: Extract<Layer, {type: 'bass'}>, style: Style): BarWriter {
  return (chord) => {
    // Keep the root within a fourth of the tonic so the bass never leaps an octave between chords.
    const root = chord.root > 6 ? chord.root - 12 : chord.root;
    return layer.steps.map((s) => ({
      beat: s.beat,
      midi: style.tonic + 12 * layer.octave + root + s.interval,
      hold: s.length,
      velocity: 1,
      pan: 0,
    }));
  };
}

function drumWriter(layer: Extract<Layer, {type: 'drum'}>, style: Style, random: Random): BarWriter {
  const stepBeats = style.beatsPerBar / layer.pattern.length;
  const pan = DRUM_PAN[layer.instrument] ?? 0;
  return () =>
    [...layer.pattern].flatMap((symbol, i) =>
      symbol === '.'
        ? []
        : [
            {
              beat: i * stepBeats,
              midi: 0,
              hold: stepBeats,
              velocity: (symbol === 'x' ? 1 : 0.55) * between(random, 0.9, 1),
              pan,
            },
          ],
    );
}

/** A seeded tune: chord tones on the strong beats, steps of the scale between, resting as often as density says. */
function melodyWriter(layer: Extract<Layer, {type: 'melody'}>, style: Style, random: Random): BarWriter {
  const home = style.tonic + 12 * layer.octave;
  let previous = home + 7;
  return (chord) => {
    const notes: BarNote[] = [];
    const tones = chordLadder(home - 12, chord, 3);
    for (let beat = 0; beat < style.beatsPerBar; beat += 1) {
      const strong = beat % 2 === 0;
      if (random() > (strong ? layer.density : layer.density * 0.6)) continue;
      const midi = strong
        ? tones.reduce(
            (best, t) => (Math.abs(t - previous) < Math.abs(best - previous) && t !== previous ? t : best),
            tones[0],
          )
        : snapToScale(style.tonic, style.scale, previous + (random() < 0.5 ? -2 : 2));
      // Drift back toward home so the tune never wanders out of its register.
      previous = Math.abs(midi - home) > 9 ? midi + Math.sign(home - midi) * 5 : midi;
      notes.push({beat, midi, hold: layer.hold, velocity: between(random, 0.8, 1), pan: 0.15});
    }
    return notes;
  };
}

function writerFor(layer: Layer, style: Style, random: Random): BarWriter {
  switch (layer.type) {
    case 'chord':
      return chordWriter(layer, style);
    case 'arp':
      return arpWriter(layer, style, random);
    case 'bass':
      return bassWriter(layer, style);
    case 'drum':
      return drumWriter(layer, style, random);
    case 'melody':
      return melodyWriter(layer, style, random);
  }
}

export function playLayer(buses: Buses, layer: Layer, section: Section, style: Style, random: Random): void {
  const beatSeconds = 60 / style.tempo;
  const barSeconds = beatSeconds * style.beatsPerBar;
  const startSeconds = section.startMs / 1000;
  const endSeconds = section.endMs / 1000;
  const loudness = layer.gain * (0.7 + 0.3 * section.intensity);
  const brightness = Math.min(1, style.brightness + 0.2 * section.intensity);
  const write = writerFor(layer, style, random);
  for (let bar = 0; startSeconds + bar * barSeconds < endSeconds; bar++) {
    const barStart = startSeconds + bar * barSeconds;
    for (const note of write(style.progression[bar % style.progression.length])) {
      const atSeconds = barStart + note.beat * beatSeconds;
      if (atSeconds >= endSeconds) continue;
      play(
        buses,
        {
          instrument: layer.instrument,
          hz: layer.type === 'drum' ? (layer.hz ?? 0) : midiToHz(note.midi),
          atSeconds,
          holdSeconds: Math.min(note.hold * beatSeconds, endSeconds - atSeconds),
          velocity: loudness * note.velocity,
          brightness,
          pan: note.pan,
          send: layer.send,
        },
        random,
      );
    }
  }
}
