/**
 * A seeded pseudo-random generator, so the offline writer is a pure function of its request:
 * the same premise, seed and options always give the same script, on every machine.
 */

import {fnv1a, mulberry32} from '../../util/random';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  chance(probability: number): boolean;
  /** An independent generator for one part of the story, so adding a choice elsewhere does not reshuffle this part. */
  fork(label: string): Rng;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[int(items.length)];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    chance: (probability) => next() < probability,
    fork: (label) => createRng(fnv1a(`${seed}:${label}`)),
  };
}

/** The generator for a request: every input that changes the story is part of the seed. */
export function rngFor(...parts: (string | number | undefined)[]): Rng {
  return createRng(fnv1a(parts.map((p) => String(p ?? '')).join('\u241f')));
}
