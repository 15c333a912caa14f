/**
 * The premise as a situation: protagonist, the other people and how they relate, the object, the place, the odd
 * thing that makes it a story, and its tone. Pure and browser-safe; every writer and the dramaturgy gate read it.
 */
import type {Genre} from '../schema/script';
import {TONE_CUES} from './lexicon';
import {parseEnglish} from './parse-en';
import {parseSpanish} from './parse-es';
import type {PremiseKeys, Situation} from './types';

export type {AgeHint, Gender, Person, PremiseKeys, Situation} from './types';

/** Each tone's weight from the premise's words (and, when given, its audience's). */
export function toneWeights(text: string): Partial<Record<Genre, number>> {
  const weights: Partial<Record<Genre, number>> = {};
  for (const [pattern, genre, weight] of TONE_CUES) {
    const hits = text.match(new RegExp(pattern.source, 'gi'))?.length ?? 0;
    if (hits > 0) weights[genre] = (weights[genre] ?? 0) + weight * Math.min(2, hits);
  }
  return weights;
}

/** The heaviest tone; a premise with no cue is a mystery (something odd happened, or there is no story). */
export function strongestTone(weights: Partial<Record<Genre, number>>): Genre {
  const entries = Object.entries(weights) as [Genre, number][];
  return entries.length === 0 ? 'mystery' : entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Reads a premise in English or Spanish ("es..." tags) into its situation. */
export function parsePremise(premise: string, language: string): Situation {
  // Typographic apostrophes and quotes read as plain ones: "Maya’s" is "Maya's" to the tagger.
  const text = premise
    .replace(/[‘’‚′`´]/g, "'")
    .replace(/[“”„«»″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  const spanish = language.toLowerCase().startsWith('es');
  // A hyphenated compound ("thank-you note") stays one word for the tagger: a non-breaking hyphen, same length.
  const joined = text.replace(/(\w)-(\w)/g, '$1\u2011$2');
  const read = (t: string) =>
    JSON.parse(JSON.stringify(spanish ? parseSpanish(t) : parseEnglish(t)).replace(/\u2011/g, '-')) as ReturnType<
      typeof parseEnglish
    >;
  // "On her wedding day, a bride discovers ...": the story is the main clause; the lead phrase only says where or
  // when (its place is kept when the main clause names none), and is never the object or the deed.
  const lead = spanish ? null : joined.match(/^((?:on|at|in|during|after|before|since)\s[^,]{2,40}),\s+(\S.+)$/i);
  const parsed = lead ? read(lead[2]) : read(joined);
  if (lead && !parsed.place) parsed.place = read(joined).place;
  const tones = toneWeights(text);
  return {premise: text, language, ...parsed, tone: strongestTone(tones), tones};
}

/** Strips articles and possessives: "the passenger list" -> "passenger list". */
const bare = (text: string) =>
  text.replace(/^(the|a|an|her|his|my|their|our|el|la|los|las|un|una|su|mi)\s+/i, '').trim();

/**
 * Plain strings a reader would find in a script true to the premise: the people (names, else role nouns), the
 * object noun and the place noun, and the odd thing. The dramaturgy gate checks the first three appear.
 */
export function premiseKeys(situation: Situation): PremiseKeys {
  const people = [situation.protagonist, ...situation.others]
    // "maid of honour" stays whole; otherwise the last two words ("ferry captain").
    .map((p) => p.name ?? bare(/\s(of|de)\s/.test(p.role) ? p.role : p.role.split(' ').slice(-2).join(' ')))
    .filter((p) => p.length > 0);
  return {
    people: [...new Set(people)],
    object: situation.object ? bare(situation.object) : undefined,
    place: situation.place ? bare(situation.place) : undefined,
    incongruity: situation.incongruity,
  };
}
