/**
 * The premise keys the gate checks for: the people, the object, the place and the incongruity of a premise, read
 * by the same premise parser the offline writer builds its story from (src/premise), so every writer is held to one
 * reading of the premise. Pure and browser-safe.
 */
import {parsePremise, premiseKeys, type Situation} from '../premise';
import {baseLanguage} from '../time/words';
import type {PremiseKeys} from './gate';
import {stem, textWords} from './terms';

export type {PremiseKeys} from './gate';

/** The languages src/premise reads; for others the gate skips its premise checks rather than guess. */
const READABLE = new Set(['en', 'es']);

/** The keys of a premise, or undefined when there is nothing to read (another language, no people or things). */
export function keysForPremise(premise: string, language: string): PremiseKeys | undefined {
  if (!READABLE.has(baseLanguage(language)) || !premise.trim()) return undefined;
  return keysForSituation(parsePremise(premise, language));
}

/** The keys of a premise already read into its situation (the offline writer's own reading: parsed once per run). */
export function keysForSituation(situation: Situation): PremiseKeys | undefined {
  const premise = situation.premise;
  if (!premise.trim()) return undefined;
  const keys = premiseKeys(situation);
  // The parser also infers what a premise implies (a wedding cake suggests a reception) for staging; a script is
  // held only to what the premise itself says, so a key must share a word with it.
  // Plain stems, not content stems: a key word may be a stop word of the other language ("son" is Spanish for "are").
  const said = new Set(textWords(premise).map(stem));
  const inPremise = (key: string | undefined) =>
    key && textWords(key).some((w) => stem(w).length >= 3 && said.has(stem(w))) ? key : undefined;
  const people = keys.people.filter((p) => inPremise(p));
  const object = inPremise(keys.object);
  const place = inPremise(keys.place);
  if (people.length === 0 && !object && !place) return undefined;
  return {
    people,
    ...(object && {object}),
    ...(place && {place}),
    ...(keys.incongruity && {incongruity: keys.incongruity}),
  };
}
