/**
 * Length: the word budget the prompt gives the model, and the check that the script it wrote fits the target
 * duration when timed by the same timeline the video uses.
 */
import type {Script} from '../../schema/script';
import {timeScript, TIMING} from '../../time/timeline';

/** Spoken words per second of an unhurried dramatic read, pauses between lines included. */
export const WORDS_PER_SECOND = 2.5;
/** How far off the target a script may run before it goes back to the model: pauses stretch to absorb less. */
export const LENGTH_TOLERANCE = 0.15;

/** Seconds the hook and end cards hold the screen whatever their words. */
const CARD_SECONDS = (TIMING.minHookMs + TIMING.minEndMs) / 1000;

/** About how many words the whole script (beats and cards) should have for a duration. */
export function wordBudget(durationSec: number): number {
  return Math.max(10, Math.round(WORDS_PER_SECOND * (durationSec - CARD_SECONDS)));
}

/** A problem for the model when the script runs far from its target, else undefined. */
export function lengthProblem(script: Script): string | undefined {
  const targetMs = script.targetDurationSec * 1000;
  const timeline = timeScript(script);
  const offMs = timeline.totalMs - targetMs;
  if (Math.abs(offMs) <= targetMs * LENGTH_TOLERANCE) return undefined;
  // The fitted total has already stretched or squeezed the pauses; the words to change follow the natural length.
  const words = Math.max(1, Math.round((Math.abs(timeline.naturalMs - targetMs) / 1000) * WORDS_PER_SECOND));
  const runs = Math.round(timeline.naturalMs / 1000);
  return offMs > 0
    ? `length: the script runs about ${runs} s read aloud, the target is ${script.targetDurationSec} s; cut about ${words} words (fewer or shorter beats)`
    : `length: the script runs about ${runs} s read aloud, the target is ${script.targetDurationSec} s; add about ${words} words (more beats or scenes)`;
}
