/**
 * Deterministic randomness: the same script must give the same soundtrack, byte for byte, so every random choice
 * in the score and the effects comes from a seeded generator, never from Math.random.
 */

// A module-level copy: noise calls this per sample, and a global lookup is slow in a vm context (see dsp.ts).
const imul = Math.imul;

/** Returns numbers in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a of the parts joined; a seed that changes when any part does. */
export function seedFrom(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: tiny, fast and well enough distributed for musical choices and noise. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** Uniform in [low, high). */
export function between(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}
