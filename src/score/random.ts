/**
 * Deterministic randomness: the same script must give the same soundtrack, byte for byte, so every random choice
 * in the score and the effects comes from a seeded generator, never from Math.random.
 */

import {fnv1a, mulberry32} from '../util/random';

/** Returns numbers in [0, 1). */
export type Random = () => number;

/** A seed that changes when any part does. */
export function seedFrom(...parts: (string | number)[]): number {
  return fnv1a(parts.join('\u0000'));
}

export const seededRandom: (seed: number) => Random = mulberry32;

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** Uniform in [low, high). */
export function between(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}
