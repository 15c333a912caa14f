/**
 * Reading a Spanish premise. compromise reads English only, so Spanish leans on the word lists: articles and
 * possessives open noun phrases, the person and place lists say which are people and places, and the first
 * other noun after the protagonist is the object; what follows it is the odd thing.
 */
import {ABSTRACT_NOUNS, PERSON_WORDS, PLACE_WORDS} from './lexicon';
import type {Parsed} from './parse-en';
import type {Person} from './types';

const OPENERS = new Set(['un', 'una', 'el', 'la', 'los', 'las', 'su', 'sus', 'mi', 'mis', 'del', 'al', 'unos', 'unas']);
const PREPOSITIONS = /^(en|a|al|del|de|con|por|para|sobre|bajo|desde|hasta)$/;

export function parseSpanish(premise: string): Parsed {
  const tokens = premise.split(/\s+/).map((raw) => ({raw, word: raw.toLowerCase().replace(/[^\p{L}\d-]/gu, '')}));
  const firstPerson = /\b(yo|mi|mis|me)\b/i.test(premise);
  const people: (Person & {at: number})[] = [];
  const things: {word: string; at: number}[] = [];
  let place: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const {raw, word} = tokens[i];
    const two = `${word} ${tokens[i + 1]?.word ?? ''} ${tokens[i + 2]?.word ?? ''}`.trim();
    const info = PERSON_WORDS.get(two) ?? PERSON_WORDS.get(word);
    const prev = tokens[i - 1]?.word;
    if (/^\p{Lu}/u.test(raw) && i > 0 && !OPENERS.has(word) && !info) {
      people.push({role: '', name: raw.replace(/[^\p{L}-]/gu, ''), phrase: raw, at: i});
      continue;
    }
    if (info) {
      // "el hijo del director": one person, the son, whose relation is to the director.
      const next = tokens[i + 1]?.word;
      const ownerInfo = next === 'del' || next === 'de' ? PERSON_WORDS.get(tokens[i + 2]?.word ?? '') : undefined;
      const person: Person & {at: number} = {role: word, gender: info.gender, age: info.age, phrase: raw, at: i};
      if (prev === 'su' || prev === 'mi') person.relation = {kind: word, of: 'protagonist'};
      if (ownerInfo) {
        person.relation = {kind: word, of: tokens[i + 2].word};
        i += 2;
      }
      const named = people.find((p) => p.name && !p.role && p.at === i - 1);
      if (named) Object.assign(named, {role: word, gender: info.gender ?? named.gender});
      else people.push(person);
      continue;
    }
    if (PLACE_WORDS[word] && prev && (PREPOSITIONS.test(prev) || OPENERS.has(prev)) && !place) {
      place = word;
      continue;
    }
    if (prev && OPENERS.has(prev) && word.length > 2 && !ABSTRACT_NOUNS.has(word)) things.push({word, at: i});
  }
  const protagonist: Person = firstPerson ? {role: '', phrase: 'yo'} : (people.shift() ?? {role: '', phrase: ''});
  const start = firstPerson ? 0 : ((protagonist as Person & {at?: number}).at ?? 0) + 1;
  const objectAt = things.find((t) => t.at >= start);
  const object = objectAt?.word;
  const rest = (from: number) =>
    tokens
      .slice(from)
      .map((t) => t.raw)
      .join(' ')
      .split(/[,.;!?]/)[0]
      .trim();
  const event = rest(start + 0);
  const incongruity =
    objectAt && objectAt.at + 1 < tokens.length && rest(objectAt.at + 1)
      ? `${tokens[objectAt.at - 1].raw} ${rest(objectAt.at)}`
      : event;
  return {
    firstPerson,
    protagonist,
    others: people.map(({at: _at, ...p}) => p).slice(0, 4),
    object,
    place,
    incongruity,
    event,
  };
}
