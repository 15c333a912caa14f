/** Small timing curves the primitives share, all in ms so they don't depend on the frame rate. */
import {Easing, interpolate} from 'remotion';

const clamp = {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'} as const;

/** 0 → 1 over the first inMs, 1 → 0 over the last outMs of a span. */
export function fadeInOut(localMs: number, durationMs: number, inMs = 200, outMs = 200): number {
  const fadeIn = interpolate(localMs, [0, inMs], [0, 1], clamp);
  const fadeOut = interpolate(localMs, [durationMs - outMs, durationMs], [1, 0], clamp);
  return Math.min(fadeIn, fadeOut);
}

/** 1 → 0 over the last outMs of a span, for things that must be fully there on their first frame. */
export function fadeOut(localMs: number, durationMs: number, outMs = 200): number {
  return interpolate(localMs, [durationMs - outMs, durationMs], [1, 0], clamp);
}

/** 0 → 1 with an ease-out, for entrances. */
export function enter(localMs: number, ms = 300): number {
  return interpolate(localMs, [0, ms], [0, 1], {...clamp, easing: Easing.out(Easing.cubic)});
}

/** A quick overshoot-and-settle: 1 at rest, peaking at 1 + amount just after the hit. */
export function punch(localMs: number, amount: number, ms = 450): number {
  if (localMs < 0 || localMs > ms) return 1;
  const p = localMs / ms;
  return 1 + amount * Math.sin(Math.PI * Math.min(1, p * 2.5)) * (1 - p) + amount * 0.35 * p * (1 - p);
}

/** A hard shake that dies out over `ms`: an x/y offset in px, deterministic (a sum of sines, no randomness). */
export function shake(localMs: number, amount: number, ms = 420): {x: number; y: number} {
  if (localMs < 0 || localMs > ms) return {x: 0, y: 0};
  const decay = 1 - localMs / ms;
  return {x: amount * decay * Math.sin(localMs / 17), y: amount * decay * 0.6 * Math.sin(localMs / 23 + 1.3)};
}
