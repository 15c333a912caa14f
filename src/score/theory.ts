/** Just enough music theory for the score: chords as intervals, voiced near a centre note for smooth motion. */

export type Quality = 'maj' | 'min' | 'dim' | 'sus4' | 'maj7' | 'min7' | 'dom7' | 'add9';

const INTERVALS: Record<Quality, readonly number[]> = {
  maj: [0, 4, 7],
  min: [0, 3, 7],
  dim: [0, 3, 6],
  sus4: [0, 5, 7],
  maj7: [0, 4, 7, 11],
  min7: [0, 3, 7, 10],
  dom7: [0, 4, 7, 10],
  add9: [0, 4, 7, 14],
};

export interface Chord {
  /** Semitones above the key's tonic. */
  root: number;
  quality: Quality;
}

export const SCALES = {
  major: [0, 2, 4, 5, 7, 9, 11],
  minor: [0, 2, 3, 5, 7, 8, 10],
  harmonicMinor: [0, 2, 3, 5, 7, 8, 11],
} as const;

/** MIDI notes of the chord with each tone in the octave nearest `centre` (so successive chords move little). */
export function voiceChord(tonic: number, chord: Chord, centre: number): number[] {
  return INTERVALS[chord.quality]
    .map((interval) => {
      const pitch = tonic + chord.root + interval;
      return pitch + 12 * Math.round((centre - pitch) / 12);
    })
    .sort((a, b) => a - b);
}

/** The chord's tones in root position from `root`, repeated up `octaves` octaves: material for arpeggios. */
export function chordLadder(root: number, chord: Chord, octaves: number): number[] {
  const tones = INTERVALS[chord.quality].filter((i) => i < 12);
  const ladder: number[] = [];
  for (let o = 0; o < octaves; o++) for (const i of tones) ladder.push(root + chord.root + i + 12 * o);
  return ladder;
}

/** The scale degree nearest to a MIDI note (for melodies that must stay in key). */
export function snapToScale(tonic: number, scale: readonly number[], midi: number): number {
  const offset = (((midi - tonic) % 12) + 12) % 12;
  let best = scale[0];
  for (const degree of scale) if (Math.abs(degree - offset) < Math.abs(best - offset)) best = degree;
  return midi - offset + best;
}
