/**
 * The premise keys the gate checks for: the people, the object, the place and the incongruity of a premise, read
 * by the same premise parser the offline writer builds its story from (src/premise), so every writer is held to one
 * reading of the premise. Pure and browser-safe.
 */
import {parsePremise, premiseKeys} from '../premise';
import {baseLanguage} from '../time/words';
import type {PremiseKeys} from './gate';

export type {PremiseKeys} from './gate';

/** The languages src/premise reads; for others the gate skips its premise checks rather than guess. */
const READABLE = new Set(['en', 'es']);

/** The keys of a premise, or undefined when there is nothing to read (another language, no people or things). */
export function keysForPremise(premise: string, language: string): PremiseKeys | undefined {
  if (!READABLE.has(baseLanguage(language)) || !premise.trim()) return undefined;
  const keys = premiseKeys(parsePremise(premise, language));
  return keys.people.length === 0 && !keys.object && !keys.place ? undefined : keys;
}
