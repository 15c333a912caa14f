/**
 * What a series has already said, so no episode says it again: beat texts compared without case, punctuation and
 * spacing ("Julian, you didn't even look surprised." is "julian you didnt even look surprised").
 */
import type {Script} from '../schema/script';

export const spokenKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every beat's key in a script, once. */
export const spokenIn = (script: Script): string[] => [
  ...new Set(script.scenes.flatMap((s) => s.beats.map((b) => spokenKey(b.text)))),
];
