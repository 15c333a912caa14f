/**
 * Reading a premise: who is in it (names and roles), where it happens, which objects matter, and what the
 * protagonist does (the sentence the story can retell). Everything here is a guess from keywords; whatever is
 * not found is invented later from the genre.
 */
import {findAll, overlaps, type WordMatch} from './match';
import {OBJECTS} from './lexicon/objects';
import {PLACES} from './lexicon/places';
import type {Gender, ObjectEntry, PlaceEntry} from './lexicon/types';
import {isGone, nameMatches, people, roleMatches, type PersonFact} from './people';
import {findPredicate, type Predicate} from './predicate';
import {isDeterminer, isEnglish, OWNERS, tokensBefore} from './premise-tokens';

export type {PersonFact} from './people';

export interface ObjectFact {
  entry: ObjectEntry;
  /** The noun as the premise says it: "chart", "engagement ring". */
  noun: string;
  /** Words before the noun that make it specific: "the patient's", "an anonymous". */
  owner?: string;
  start: number;
}

export interface PlaceFact {
  entry?: PlaceEntry;
  /** A proper name from the premise: "Paris", "Mercy Hospital". */
  name?: string;
  start: number;
}

export interface PremiseFacts {
  text: string;
  /** People in order of appearance; the protagonist first. */
  people: PersonFact[];
  places: PlaceFact[];
  objects: ObjectFact[];
  predicate?: Predicate;
  firstPerson: boolean;
}

function objectMatches(text: string, language: string | undefined): WordMatch<ObjectEntry>[] {
  return findAll(text, OBJECTS, !isEnglish(language)).filter((m) => {
    if (m.alias) return true;
    const [before, last] = tokensBefore(text, m.start, 2);
    // "will", "watch", "call" are verbs too: the word right before must make them a thing.
    return isDeterminer(last) || (isDeterminer(before) && !/^(he|she|they|i|you|we|it|will|would|can|to)$/.test(last ?? ''));
  });
}

// "She wakes up...": a premise whose subject is a pronoun.
const PRONOUN_SUBJECT = /^(?:[^,.!?]{1,60},\s*)?(she|he)\b/i;

// Premises told by their protagonist: "My sister stole my husband", "Mi hermana me robó el marido".
const FIRST_PERSON: Record<string, RegExp> = {
  en: /\b(I|I'm|I've|I'd)\b|\b(me|my|myself|mine)\b/i,
  es: /(?<![\p{L}])(yo|mi|mis|me|conmigo)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(je|j'|moi|mon|ma|mes|me)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(ich|mein|meine|meinen|mich|mir)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(eu|meu|minha|meus|minhas)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(io|mio|mia|miei|mie)(?![\p{L}])/iu,
};

export function extractFacts(text: string, language: string | undefined): PremiseFacts {
  const english = isEnglish(language);
  const roles = roleMatches(text, language);
  const objects = objectMatches(text, language);
  const places = findAll(text, PLACES, !isEnglish(language)).filter((m) => ![...roles, ...objects].some((o) => overlaps(o, m)));
  const names = /^(zh|ja|ko|ar|ru|he|hi|el|th)$/.test(language ?? '') ? [] : nameMatches(text, language).filter((n) => ![...roles, ...objects].some((o) => overlaps(o, n)));

  const persons = people(text, roles, names).filter((p) => !isGone(text, p, roles));
  const firstPerson = (FIRST_PERSON[language ?? 'en'] ?? /$^/).test(english ? text.replace(/\bI\.?\s?D\b/g, '') : text);
  const first = persons[0];
  const pronounSubject = english ? PRONOUN_SUBJECT.exec(text) : null;
  if (pronounSubject && (!first || first.start > pronounSubject.index)) {
    // "He wakes up next to a stranger...": the pronoun is the protagonist, and the sentence is theirs.
    const start = pronounSubject.index + pronounSubject[0].length - pronounSubject[1].length;
    persons.unshift({start, end: start + pronounSubject[1].length, owned: false, narrator: false, gender: /^she$/i.test(pronounSubject[1]) ? 'f' : 'm'});
  } else if (firstPerson) {
    persons.unshift({start: -1, end: -1, owned: false, narrator: true});
  } else if (first?.owned) {
    // "Her husband leaves her...": the protagonist is the "her", who has no mention of her own.
    const owner = tokensBefore(text, first.start, 1)[0];
    persons.unshift({start: -1, end: -1, owned: false, narrator: false, gender: owner === 'his' ? 'm' : owner === 'her' ? 'f' : undefined});
  } else if (first?.role?.threat && !first.name) {
    // "A stalker sends her photos": the story is hers, not the stalker's.
    const victim = pronounGender(text, first.end);
    if (victim) persons.unshift({start: -1, end: -1, owned: false, narrator: false, gender: victim});
  }
  const protagonist = persons[0];
  if (protagonist && !protagonist.gender) protagonist.gender = pronounGender(text, protagonist.end);

  const placeFacts: PlaceFact[] = [
    ...places.map((m) => ({entry: m.entry, start: m.start})),
    ...names.filter((n) => n.place).map((n) => ({name: n.name, start: n.start, entry: places.find((m) => overlaps(m, n))?.entry})),
  ].sort((a, b) => a.start - b.start);

  return {
    text,
    people: persons.slice(0, 4),
    places: placeFacts,
    objects: objects.map((m) => objectFact(text, m)),
    predicate: english && protagonist ? predicateOf(text, persons, firstPerson) : undefined,
    firstPerson,
  };
}

/** What the protagonist does, or failing that what the person the premise starts with does to them. */
function predicateOf(text: string, persons: PersonFact[], firstPerson: boolean): Predicate | undefined {
  const person = firstPerson ? 'first' : 'third';
  const [protagonist, counterpart] = persons;
  const own = findPredicate(text, protagonist, 'protagonist', person);
  if (own || protagonist.start >= 0 || !counterpart) return own;
  return findPredicate(text, counterpart, 'counterpart', person);
}

/** Which gender the premise's pronouns give the protagonist: the first "she/her" or "he/his" after the subject. */
function pronounGender(text: string, from: number): Gender | undefined {
  const match = /\b(she|her|herself|hers|he|him|his|himself)\b/i.exec(text.slice(Math.max(0, from)));
  if (!match) return undefined;
  return /^(she|her|herself|hers)$/i.test(match[1]) ? 'f' : 'm';
}

function objectFact(text: string, m: WordMatch<ObjectEntry>): ObjectFact {
  const noun = m.alias ? m.entry.noun : (m.suffix ?? text.slice(m.start, m.start + m.word.length));
  // "a patient's chart": keep the owner that makes the object specific; "her"/"his" would be ambiguous in a line.
  const before = /(\S+\s+)?([\p{L}-]+['’]s)\s+$/u.exec(text.slice(0, m.start));
  // "her husband's phone" would be wrong in anyone's mouth but the narrator's: it is just "the phone".
  const owned = before?.[1] && OWNERS.has(before[1].trim().toLowerCase());
  const owner = before && !m.suffix && !owned ? before[2].replace(/’/g, "'") : undefined;
  return {entry: m.entry, noun, owner, start: m.start};
}
