/**
 * Deterministic randomness for the stages that must give the same output for the same input (the offline writer,
 * the score): a string hash for seeds and a seeded generator, never Math.random.
 */

// A module-level copy: the score calls the generator per sample, and a global lookup is slow in a vm context.
const imul = Math.imul;

/** 32-bit FNV-1a of a string: spreads similar seeds and texts far apart. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: tiny, fast and well enough distributed for phrases, musical choices and noise. Numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
