/**
 * One noun phrase of an English premise read into its parts: the head noun a script can name ("gossip podcast"),
 * its possessor ("town"), and whether it is a person, with the gender and age the words imply.
 */
import nlp from 'compromise';
import {ageOfPhrase, YEAR_OLD} from './age-en';
import {ABSTRACT_NOUNS, PERSON_WORDS} from './lexicon';
import {singularWord, tagEnglish} from './tag-en';
import type {AgeHint, Gender} from './types';

export interface Phrase {
  text: string;
  start: number;
  end: number;
  /** Words of the head noun, without determiners, numbers, possessives or adjectives: "passenger list". */
  head: string;
  /** The possessor when the phrase is "X's Y": "CEO", "daughter"; a possessive pronoun is "her"/"his"/"my"... */
  owner?: string;
  /** The phrase up to its possessor: "her missing sister's" in "her missing sister's bracelet". */
  ownerText?: string;
  person?: {gender?: Gender; age?: AgeHint; plural: boolean};
  name?: string;
  /** "the groom is her ex-fiancé": what the person is said to be (head and possessor), one person, not two. */
  copula?: {head: string; owner?: string};
  /** An age the premise states: "Marcus, 45,", "her 12-year-old daughter". */
  years?: number;
  /** What the premise says this person did before: "stood her up ten years ago". */
  history?: string;
  /** A relative clause the premise tells of this person: "who owns the restaurant", "she babysits". */
  clause?: string;
}

/** Words compromise tags as people by their "-ist" ending that are things. */
const NOT_PEOPLE = new Set([
  'wrist',
  'fist',
  'list',
  'mist',
  'twist',
  'playlist',
  'checklist',
  'wishlist',
  'waitlist',
  'setlist',
  'gist',
]);
export const POSSESSIVE_PRONOUN = /^(my|her|his|their|our|your|its)$/i;
/** Words that describe a person or thing rather than name it, whatever compromise tags them. */
const DESCRIBING =
  /^(same|old|new|long[-\u2011]lost|estranged|missing|strange|other|rival|little|big|young|own|shy|nervous|overworked|aging|ageing|teenage|elderly|retired|late|dead|deceased|lonely|grumpy|tiny|single|secret|real|fake|favou?rite|perfect|huge|giant|small|cheap)$/i;

/** What a possessive makes a person: "her first love", "my crush", "his date", "her high school sweetheart". */
const BELOVED = /\b((?:first |true |old |secret |high school )?(?:love|crush|sweetheart|date))$/i;

/** A noun phrase's last word in the singular, the rest as written: "food truck owners" -> "food truck owner". */
export function singular(text: string): string {
  const words = text.toLowerCase().split(' ');
  const last = words.pop()!;
  // "in-laws" -> "in-law": only the last part of a hyphenated word takes the number.
  const parts = last.split(/([-\u2011])/);
  parts[parts.length - 1] = singularWord(parts[parts.length - 1]);
  return [...words, parts.join('')].join(' ');
}

/** A person noun by the lexicon or compromise's tags; multi-word roles first. */
export function personInfo(head: string): Phrase['person'] {
  const lower = head.toLowerCase().replace(/\u2011/g, '-');
  const last = lower.split(' ').pop()!;
  const one = singular(last);
  const entry = PERSON_WORDS.get(lower) ?? PERSON_WORDS.get(one) ?? PERSON_WORDS.get(last);
  const plural = one !== last && !lower.endsWith('ss');
  const twin = /\btwin\b/.test(lower) ? {age: 'same' as AgeHint} : {};
  if (entry) return {...entry, ...twin, plural};
  if (nlp(last).has('(#Actor|#Person)') && !ABSTRACT_NOUNS.has(one) && !NOT_PEOPLE.has(one)) return {plural};
  // "a 70-year-old" is a person the premise names only by age.
  if (YEAR_OLD.test(last)) return {plural};
  return undefined;
}

/** A phrase without the punctuation around it. */
export const clean = (text: string) =>
  text
    .replace(/[,.;:!?"]+$/g, '')
    .replace(/^[,;:\s]+/, '')
    .trim();

interface Word {
  /** The premise's own spelling. */
  said: string;
  tags: Set<string>;
  /** The tagger's spelling: "towns'" where the premise says "town's". */
  tagged: string;
}

/** Adjectives by their form: "famous", "beautiful", "priceless", "expensive", "popular", "foolish", "haunted". */
const ADJECTIVE_FORM = /(ous|ful|less|ive|able|ible|ular|ish|\w{3,}ed)$/i;

/**
 * A word before the noun that describes rather than names: "the most popular gossip podcast" is a gossip podcast,
 * "the grumpiest judge" a judge, "the new intern" an intern. An adjective that may also be a noun stays ("a patient
 * chart"), and so does any adjective before a plural that modifies another noun ("a missing persons list").
 */
function describes(words: Word[], i: number, lastIsPerson: boolean): boolean {
  const {said, tags} = words[i];
  const next = words[i + 1]?.tags;
  const compound = next?.has('Plural') && !next.has('Possessive') && words[i + 2]?.tags.has('Noun');
  if (compound && !lastIsPerson) return false;
  if (DESCRIBING.test(said)) return true;
  // "a struggling single mother": an "-ing" word before a person and another word describes them, unless the
  // words are one role ("wedding planner"); right before the person it may name them ("wedding photographer").
  const role = words
    .slice(i)
    .map((w) => w.said.toLowerCase())
    .join(' ');
  const describingIng = lastIsPerson && i < words.length - 2 && /ing$/i.test(said) && !PERSON_WORDS.has(singular(role));
  const adjective = tags.has('Adjective') || tags.has('PastTense') || describingIng;
  if (!adjective) return false;
  const graded = tags.has('Superlative') || tags.has('Comparative') || !!words[i - 1]?.tags.has('Adverb');
  return lastIsPerson || graded || (tags.has('Adjective') && ADJECTIVE_FORM.test(said));
}

/** A word of the premise with the tags compromise gave it in the premise's context. */
export interface TaggedWord {
  start: number;
  end: number;
  tags: string[];
  /** The tagger's spelling: "towns'" where the premise says "town's". */
  text: string;
}

/** Every word of a tagged premise with its offsets. */
export function taggedWords(doc: ReturnType<typeof tagEnglish>): TaggedWord[] {
  return (
    doc.terms().json({offset: true}) as {
      text: string;
      offset: {start: number; length: number};
      terms: {tags: string[]}[];
    }[]
  ).map((t) => ({
    start: t.offset.start,
    end: t.offset.start + t.offset.length,
    tags: t.terms[0].tags,
    text: t.text,
  }));
}

/**
 * Reads the noun phrase at a span of the premise, with the tags its words have in the premise (alone, "a missing
 * persons list" reads as "a missing persons" that lists).
 */
export function analyse(premise: string, span: {start: number; end: number}, tagged: TaggedWord[]): Phrase {
  const raw = premise.slice(span.start, span.end);
  const start = span.start;
  const text = clean(raw);
  const words: Word[] = tagged
    // A word's offsets take in the punctuation around it: "nurse," and "\"best\" ".
    .filter((t) => t.start >= span.start && t.start < span.end)
    .map((t) => ({
      said: premise
        .slice(t.start, t.end)
        .trim()
        .replace(/^["(]+|[,.;:!?")]+$/g, ''),
      tags: new Set(t.tags),
      tagged: t.text,
    }));
  const lastIsPerson = !!personInfo(words[words.length - 1]?.said ?? '');
  let owner: string | undefined;
  let ownerText: string | undefined;
  let pronounOwner: string | undefined;
  let ageWord: string | undefined;
  const head: string[] = [];
  let ended = false;
  words.forEach((w, i) => {
    const {said: word, tags} = w;
    // "a suitcase full of cash": an adjective after the noun ends its name, unless a noun follows it.
    const nounAfter = words.slice(i + 1).some((x) => x.tags.has('Noun') && !x.tags.has('Pronoun'));
    if (ended || (head.length > 0 && tags.has('Adjective') && !tags.has('Noun') && !nounAfter)) {
      ended = true;
      return;
    }
    // "her test tomorrow" is the test: a time word is no part of a thing's name.
    if (tags.has('Determiner') || tags.has('Value') || tags.has('Adverb') || (tags.has('Date') && head.length > 0))
      return;
    // "her 12-year-old daughter" is a daughter whose age the premise states.
    if (YEAR_OLD.test(word)) {
      ageWord = word;
      return;
    }
    if (POSSESSIVE_PRONOUN.test(word)) {
      owner = pronounOwner = word.toLowerCase();
      return;
    }
    if (/'s?$/.test(word) && (tags.has('Possessive') || /'$/.test(w.tagged))) {
      owner = [...head, word.replace(/'s?$/, '')].join(' ');
      ownerText = words
        .slice(0, i + 1)
        .map((x) => x.said)
        .join(' ');
      head.length = 0;
      return;
    }
    if (head.length === 0 && describes(words, i, lastIsPerson)) return;
    head.push(word);
  });
  // "her husband's": the possessive stands for the person it names.
  if (head.length === 0 && owner && !POSSESSIVE_PRONOUN.test(owner) && personInfo(owner)) {
    head.push(owner);
    owner = pronounOwner;
    ownerText = undefined;
  }
  // "A 70-year-old enters ...": the age is all the premise calls them.
  if (head.length === 0 && ageWord) head.push(ageWord);
  const whole = head.join(' ') || text;
  // A title before a name: "Grandpa Joe", "Coach Rivera" is Joe, whose role is grandpa.
  const titled = whole.match(/^(.+?)\s+([A-Z][a-z]+)$/);
  const lone = words.length === 1 && /^[A-Z]/.test(text) && tagEnglish(text).has('(#Person|#FirstName)');
  const name = lone ? text : titled && personInfo(titled[1]) ? titled[2] : undefined;
  // "her first love", "my crush", "his date": a feeling someone has is a person once it is theirs.
  const beloved = pronounOwner ? text.match(BELOVED)?.[1].toLowerCase() : undefined;
  const role = beloved ?? (titled && name ? titled[1] : whole);
  // "the regular who tips her": "who" says its noun is a person, whatever the word.
  const person =
    personInfo(role) ?? (beloved || /^\s*,?\s*who\b/i.test(premise.slice(span.end)) ? {plural: false} : undefined);
  // The age is the person's own, not their possessor's: "her elderly aunt's nephew" is not old.
  const {age, years} = ageOfPhrase(ownerText ? text.slice(ownerText.length) : text);
  return {
    text,
    start,
    end: start + raw.length,
    head: lone ? whole : role,
    owner,
    ...(ownerText && {ownerText}),
    person: person ? {...person, ...(age && {age})} : name ? {plural: false} : undefined,
    name,
    ...(person && years !== undefined && {years}),
  };
}
