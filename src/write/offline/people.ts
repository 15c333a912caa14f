/**
 * The people in a premise: roles ("a nurse", "her husband"), names ("Lena"), and the two joined when they are
 * the same person ("her husband Mark", "Maya, a nurse,", "the groom is her brother").
 */
import {findAll, type WordMatch} from './match';
import {genderOfName} from './lexicon/names';
import {OBJECTS} from './lexicon/objects';
import {PLACES} from './lexicon/places';
import {ROLES} from './lexicon/roles';
import {NOT_NAMES} from './lexicon/stopwords';
import type {Gender, RoleEntry} from './lexicon/types';
import {isDeterminer, isEnglish, OWNERS, PLACE_PREPOSITIONS, tokensBefore} from './premise-tokens';

export interface PersonFact {
  start: number;
  end: number;
  name?: string;
  role?: RoleEntry;
  /** The English word the premise used for the role ("ex-fiancé"). */
  roleWord?: string;
  gender?: Gender;
  /** A relative or partner of the protagonist: "her husband", "my sister". */
  owned: boolean;
  /** What the premise reveals this person also is: "the groom is her brother". */
  also?: RoleEntry;
  alsoWord?: string;
  /** The "I" of a first-person premise. */
  narrator: boolean;
}

// Role words that are ordinary words too ("a star", "she is a model"; "girl" in "girl power"): only after "a"/"the".
const AMBIGUOUS_ROLE = new Set(['girl', 'boy']);
const AMBIGUOUS_ROLE_WORDS = new Set(['star', 'model', 'cook', 'agent', 'driver', 'caller', 'passenger', 'officer', 'director', 'editor', 'idol', 'tenant', 'rival', 'ex', 'partner at work', 'bride', 'groom']);

export function roleMatches(text: string, language: string | undefined): WordMatch<RoleEntry>[] {
  return findAll(text, ROLES, !isEnglish(language)).filter((m) => {
    if (m.alias) return true;
    const needsDeterminer = AMBIGUOUS_ROLE.has(m.entry.id) || AMBIGUOUS_ROLE_WORDS.has(m.word);
    return !needsDeterminer || tokensBefore(text, m.start, 2).some(isDeterminer);
  });
}

export interface NameMatch {
  name: string;
  start: number;
  end: number;
  possessive: boolean;
  /** "in Paris": a place, not a person. */
  place: boolean;
}

const NAME_RUN = /(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*){0,2}/gu;
const LEXICON_WORDS = new Set(
  [...ROLES, ...OBJECTS, ...PLACES].flatMap((e) => e.words.map((w) => w.split(/[:=]/)[0].toLowerCase())).filter((w) => !w.includes(' ')),
);
const isLexiconWord = (word: string) => LEXICON_WORDS.has(word.toLowerCase()) || LEXICON_WORDS.has(word.toLowerCase().replace(/e?s$/, ''));

/** Capitalised words that look like names of people (or of places, after "in"/"at"). */
export function nameMatches(text: string, language: string | undefined): NameMatch[] {
  const found: NameMatch[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    let start = m.index;
    // Drop sentence openers and role words in front ("When Lena", "Nurse Maya").
    while (words.length > 0 && (NOT_NAMES.has(words[0].toLowerCase()) || isLexiconWord(words[0]))) start += words.shift()!.length + 1;
    const placeWord = words.length > 1 && PLACES.some((p) => p.words.includes(words[words.length - 1].toLowerCase()));
    while (!placeWord && words.length > 0 && (NOT_NAMES.has(words[words.length - 1].toLowerCase()) || isLexiconWord(words[words.length - 1]))) words.pop();
    if (words.length === 0) continue;
    let name = words.join(' ');
    const possessive = /['’]s$/.test(name);
    name = name.replace(/['’]s$/, '');
    if (NOT_NAMES.has(name.toLowerCase()) || name.length > 40) continue;
    // German capitalises every noun: only names we know count there.
    if (language === 'de' && !genderOfName(name)) continue;
    const before = tokensBefore(text, start, 1)[0];
    found.push({name, start, end: start + name.length, possessive, place: placeWord || PLACE_PREPOSITIONS.has(before ?? '')});
  }
  return found;
}

/** Roles and names of the same person joined: "her husband Mark", "Maya, a nurse,". */
export function people(text: string, roles: WordMatch<RoleEntry>[], names: NameMatch[]): PersonFact[] {
  const persons: PersonFact[] = roles.flatMap((m) => {
    const fixed = m.suffix === 'f' || m.suffix === 'm' ? m.suffix : m.entry.gender;
    const person: PersonFact = {
      start: m.start,
      end: m.end,
      role: m.entry,
      roleWord: m.alias ? undefined : m.word,
      gender: fixed,
      owned: OWNERS.has(tokensBefore(text, m.start, 1)[0] ?? ''),
      narrator: false,
    };
    // "Twin sisters swap lives": a plural relative is two people, the second one the first one's.
    const plural = !m.alias && m.end - m.start > m.word.length;
    return plural && m.entry.kin ? [person, {...person, start: m.start + 0.5, owned: true}] : [person];
  });
  for (const n of names.filter((n) => !n.place)) {
    const after = persons.find((p) => p.name === undefined && /^,?\s+(?:(?:a|an|the|her|his|their)\s+)?(?:[\p{L}-]+\s+)?$/u.test(text.slice(n.end + (n.possessive ? 2 : 0), p.start)) && p.start > n.end && !n.possessive);
    const before = persons.find((p) => p.name === undefined && /^,?\s+$/.test(text.slice(p.end, n.start)) && p.end <= n.start);
    const same = persons.find((p) => p.name?.split(' ')[0] === n.name.split(' ')[0]);
    const target = same ?? before ?? after;
    if (target) {
      target.name ??= n.name;
      target.gender ??= genderOfName(n.name);
      target.start = Math.min(target.start, n.start);
      target.end = Math.max(target.end, n.end);
    } else {
      persons.push({start: n.start, end: n.end, name: n.name, gender: genderOfName(n.name), owned: false, narrator: false});
    }
  }
  // One person per role: "the groom ... the groom" is the same man; "the groom is her brother" is one man too.
  const unique: PersonFact[] = [];
  for (const p of persons.sort((a, b) => a.start - b.start)) {
    if (p.role && !p.name && Number.isInteger(p.start) && unique.some((u) => u.role?.id === p.role!.id && u.owned === p.owned)) continue;
    const previous = unique[unique.length - 1];
    if (previous && p.role && !p.name && IS_ALSO.test(text.slice(previous.end, p.start))) {
      previous.also = p.role;
      previous.alsoWord = p.roleWord;
      previous.gender ??= p.gender;
      continue;
    }
    unique.push(p);
  }
  return unique;
}

const IS_ALSO = /^\s+(?:is|was)\s+(?:really\s+|actually\s+|secretly\s+)?(?:her|his|my|their)\s+(?:own\s+|long-lost\s+|real\s+)?$/i;
// "her late husband", "her dead mother", "the husband who died": people the story can mention but not cast.
const GONE_BEFORE = /\b(?:late|dead|deceased|murdered|missing)\s+$/i;
const GONE_AFTER = /^\s*(?:who|that)\s+(?:died|was killed|passed away|vanished|disappeared)\b|^['’]s\s+(?:funeral|grave|ghost|death)\b/i;

/** Whether the premise says this person is dead or gone (a widow's husband too). */
export function isGone(text: string, person: PersonFact, roles: WordMatch<RoleEntry>[]): boolean {
  if (person.start < 0) return false;
  if (GONE_BEFORE.test(text.slice(0, person.start)) || GONE_AFTER.test(text.slice(person.end))) return true;
  const widowed = roles.some((r) => r.entry.id === 'widow') || /\bfuneral\b/i.test(text);
  return widowed && person.owned && person.role?.kin === 'spouse';
}
