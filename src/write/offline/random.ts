/**
 * A seeded pseudo-random generator, so the offline writer is a pure function of its request:
 * the same premise, seed and options always give the same script, on every machine.
 */

/** 32-bit FNV-1a hash of a string; spreads similar seeds/premises far apart. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

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

/** mulberry32: tiny, fast and good enough for picking phrases. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
    fork: (label) => createRng(hashString(`${seed}:${label}`)),
  };
}

/** The generator for a request: every input that changes the story is part of the seed. */
export function rngFor(...parts: (string | number | undefined)[]): Rng {
  return createRng(hashString(parts.map((p) => String(p ?? '')).join('\u241f')));
}
