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
/** Adjectives that may stand between an article and its noun: "su propio hijo", "una vieja carta". */
const BEFORE_NOUN = new Set([
  'propio',
  'propia',
  'nuevo',
  'nueva',
  'viejo',
  'vieja',
  'pequeño',
  'pequeña',
  'gran',
  'mismo',
  'misma',
  'otro',
  'otra',
  'último',
  'última',
  'primer',
  'primera',
]);
/** The article says the noun's gender and number: "una carta" is feminine, "los perros" plural. */
const ARTICLE_FORM: Record<string, {gender: 'f' | 'm'; plural: boolean}> = {
  un: {gender: 'm', plural: false},
  el: {gender: 'm', plural: false},
  del: {gender: 'm', plural: false},
  al: {gender: 'm', plural: false},
  una: {gender: 'f', plural: false},
  la: {gender: 'f', plural: false},
  unos: {gender: 'm', plural: true},
  los: {gender: 'm', plural: true},
  unas: {gender: 'f', plural: true},
  las: {gender: 'f', plural: true},
};
/** A Spanish plural's singular, for looking a person word up: "vecinos" -> "vecino". */
const singularEs = (word: string) =>
  /[^aeiou]es$/.test(word) ? word.slice(0, -2) : /s$/.test(word) ? word.slice(0, -1) : word;

export function parseSpanish(premise: string): Parsed {
  const tokens = premise.split(/\s+/).map((raw) => ({raw, word: raw.toLowerCase().replace(/[^\p{L}\d-]/gu, '')}));
  const firstPerson = /\b(yo|mi|mis|me)\b/i.test(premise);
  const people: (Person & {at: number})[] = [];
  const things: {word: string; at: number; form?: {gender: 'f' | 'm'; plural: boolean}}[] = [];
  let place: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const {raw, word} = tokens[i];
    const two = `${word} ${tokens[i + 1]?.word ?? ''} ${tokens[i + 2]?.word ?? ''}`.trim();
    const info = PERSON_WORDS.get(two) ?? PERSON_WORDS.get(word) ?? PERSON_WORDS.get(singularEs(word));
    const prev = tokens[i - 1]?.word;
    if (BEFORE_NOUN.has(word)) continue;
    if (/^\p{Lu}/u.test(raw) && i > 0 && !OPENERS.has(word) && !info) {
      people.push({role: '', name: raw.replace(/[^\p{L}-]/gu, ''), phrase: raw, at: i});
      continue;
    }
    if (info) {
      // "el hijo del director": one person, the son, whose relation is to the director.
      const next = tokens[i + 1]?.word;
      const ownerInfo = next === 'del' || next === 'de' ? PERSON_WORDS.get(tokens[i + 2]?.word ?? '') : undefined;
      const role = PERSON_WORDS.has(word) ? word : singularEs(word);
      const person: Person & {at: number} = {role, gender: info.gender, age: info.age, phrase: raw, at: i};
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
    // The noun after an article, or after an adjective that follows one ("su propio coche").
    const opener = prev && BEFORE_NOUN.has(prev) ? tokens[i - 2]?.word : prev;
    if (opener && OPENERS.has(opener) && word.length > 2 && !ABSTRACT_NOUNS.has(word))
      things.push({word, at: i, form: ARTICLE_FORM[opener]});
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
  // "Una enfermera de noche recibe ...": a "de ..." complement of the protagonist is not the deed.
  let from = start;
  while (tokens[from] && /^(de|del)$/.test(tokens[from].word) && from < (objectAt?.at ?? tokens.length) - 1) from += 2;
  const event = rest(from);
  const incongruity =
    objectAt && objectAt.at + 1 < tokens.length && rest(objectAt.at + 1)
      ? `${tokens[objectAt.at - 1].raw} ${rest(objectAt.at)}`
      : event;
  return {
    firstPerson,
    protagonist,
    others: people.map(({at: _at, ...p}) => p).slice(0, 4),
    object,
    ...(objectAt?.form && {objectGender: objectAt.form.gender, ...(objectAt.form.plural && {objectPlural: true})}),
    place,
    incongruity,
    event,
  };
}
