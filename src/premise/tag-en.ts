/**
 * compromise's tagging of an English premise, with the lexicon's person words and the corrections a one-line
 * premise needs: compromise reads a plural subject with its verb ("Twin brothers swap places", "Triplet sisters
 * inherit a bakery") as one long noun, and a compound after a plural ("a missing persons list") as a verb.
 */
import nlp from 'compromise';
import {PERSON_WORDS} from './lexicon';

type Doc = ReturnType<typeof nlp>;

/** The premise's person words are nouns: "an overworked intern" is not a verb. */
const LEXICON: Record<string, string> = Object.fromEntries(
  [...PERSON_WORDS.keys()].filter((w) => /^[a-z]+$/.test(w)).map((w) => [w, 'Actor']),
);

/**
 * The text as compromise should tag it. compromise reads "town's wedding" as "town is wedding"; the plural
 * possessive form ("towns' wedding") has the same length, so offsets still point into the premise, and it tags
 * as a possessive.
 */
const taggable = (text: string) => text.replace(/(\w)'s\b/g, "$1s'");

/** A noun's singular, by compromise, after an article so that a lone word reads as a noun: "twins" -> "twin". */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  return (
    nlp(`the ${lower}`)
      .nouns()
      .toSingular()
      .text()
      .replace(/^the\s+/i, '') || lower
  );
}

/** A person noun of the lexicon, singular or plural: "brothers", "twins". */
const isPersonWord = (word: string) => PERSON_WORDS.has(word.toLowerCase()) || PERSON_WORDS.has(singularWord(word));

/** A word that reads as a verb after a pronoun: "they swap", "she outshines" (not "they places", "she bakery"). */
const verbAfter = (pronoun: 'they' | 'she', word: string) => nlp(`${pronoun} ${word}`).terms().eq(1).has('#Verb');
const verbAfterThey = (word: string) => verbAfter('they', word);

interface Term {
  text: string;
  tags: Set<string>;
}

/** What each correction may read and change. */
interface Retag {
  terms: Term[];
  /** Retags the term at an index, dropping one tag for another. */
  set: (index: number, drop: string, add: string) => void;
}

/**
 * Around a plural person noun: a word before it that compromise took for a verb describes them ("Twin
 * brothers"); a word after it that compromise took for a noun is their verb when it reads as one ("sisters
 * inherit a bakery"), and a plural after that verb is its object ("swap places").
 */
function pluralSubject({terms, set}: Retag, i: number): void {
  if (!(terms[i].tags.has('Plural') && !terms[i].tags.has('Possessive') && isPersonWord(terms[i].text))) return;
  const before = terms[i - 1];
  if (before && before.tags.has('Verb') && !before.tags.has('Copula')) set(i - 1, 'Verb', 'Noun');
  const next = terms[i + 1];
  if (!next || !next.tags.has('Noun') || next.tags.has('Possessive') || isPersonWord(next.text)) return;
  if (!verbAfterThey(next.text)) return;
  set(i + 1, 'Noun', 'PresentTense');
  const after = terms[i + 2];
  if (after && after.tags.has('PresentTense') && /s$/.test(after.text)) set(i + 2, 'Verb', 'Plural');
}

/**
 * A singular person's verb that compromise took for a plural noun: "A 45-year-old intern outshines the CEO's
 * nephew". A plural right after a singular person noun, followed by an article, a possessive or a pronoun, that
 * reads as a verb after "she", is the verb.
 */
function singularSubject({terms, set}: Retag, i: number): void {
  const [here, next, after] = [terms[i], terms[i + 1], terms[i + 2]];
  if (!next || !after || here.tags.has('Plural') || here.tags.has('Possessive')) return;
  // "A mother of three wins the lottery": a person's "of" and a number come between them and their verb.
  const ofNumber = here.tags.has('Value') && /^of$/i.test(terms[i - 1]?.text ?? '') && !!terms[i - 2];
  const person = ofNumber ? terms[i - 2] : here;
  if (!isPersonWord(person.text) && !person.tags.has('Actor')) return;
  if (!next.tags.has('Plural') || next.tags.has('Verb') || isPersonWord(next.text)) return;
  if (!(after.tags.has('Determiner') || after.tags.has('Possessive') || after.tags.has('Pronoun'))) return;
  if (verbAfter('she', next.text)) set(i + 1, 'Noun', 'PresentTense');
}

/**
 * The verb of a plural subject after a clause about them: in "Two neighbours feuding over a hedge discover they
 * matched", compromise reads "discover" as a noun of "a hedge discover". A bare noun right after another noun,
 * followed by a pronoun, "that" or an article, that reads as a verb after "they", is the verb, when a plural
 * person came before it and no finite verb since.
 */
function verbAfterClause({terms, set}: Retag, i: number): void {
  const [prev, here, next] = [terms[i - 1], terms[i], terms[i + 1]];
  if (!prev || !next || !prev.tags.has('Noun') || !here.tags.has('Noun') || here.tags.has('Plural')) return;
  if (here.tags.has('Possessive') || isPersonWord(here.text)) return;
  if (!(next.tags.has('Pronoun') || next.tags.has('Determiner') || /^that$/i.test(next.text))) return;
  const subject = terms.findIndex((t) => t.tags.has('Plural') && isPersonWord(t.text));
  if (subject < 0 || subject >= i - 1) return;
  const finite = terms
    .slice(subject + 1, i)
    .some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle'));
  if (!finite && verbAfterThey(here.text)) set(i, 'Noun', 'PresentTense');
}

/**
 * A compound noun in a prepositional phrase: compromise reads "list" in "on a missing persons list" and "boat" in
 * "over their father's fishing boat" as verbs. A bare verb form right after a noun in a prepositional phrase, after the sentence's own verb, and followed by
 * nothing a verb would take (the end, a preposition, a conjunction) is the compound's head noun.
 */
function pluralCompound({terms, set}: Retag, i: number): void {
  const [prev, here, next] = [terms[i - 1], terms[i], terms[i + 1]];
  if (!prev || !here.tags.has('Infinitive') || !prev.tags.has('Noun') || prev.tags.has('Pronoun')) return;
  if (next && !next.tags.has('Preposition') && !next.tags.has('Conjunction') && !/[,.;!?]$/.test(here.text)) return;
  let preposition = i - 2;
  // compromise tags some prepositions otherwise ("over" as an adjective).
  const isPreposition = (t: Term) => t.tags.has('Preposition') || /^(over|across|behind|inside|near)$/i.test(t.text);
  while (preposition >= 0 && !isPreposition(terms[preposition])) preposition--;
  if (preposition < 0 || !terms.slice(0, preposition).some((t) => t.tags.has('Verb'))) return;
  if (terms.slice(preposition + 1, i - 1).some((t) => t.tags.has('Verb'))) return;
  set(i, 'Verb', 'Singular');
}

/**
 * Someone only a relative clause names: "the regular who tips her", "a local who knows". compromise reads the
 * word as an adjective; after an article and before "who" it is a noun (a person, since "who" says so).
 */
function nounBeforeWho({terms, set}: Retag, i: number): void {
  const [prev, here, next] = [terms[i - 1], terms[i], terms[i + 1]];
  if (!prev || !next || !prev.tags.has('Determiner') || !/^who$/i.test(next.text)) return;
  if (here.tags.has('Adjective') && !here.tags.has('Noun')) set(i, 'Adjective', 'Singular');
}

/** Verbs after which an object takes a bare infinitive: "watches himself walk past", "makes him cry". */
const BARE_INFINITIVE_VERB = /^(watch|see|saw|hear|heard|feel|felt|make|made|let|help|notice|spot)\w*$/i;
/** Object pronouns: never possessive, so the word after them is no noun of theirs. */
const OBJECT_PRONOUN = /^(him|them|me|us|himself|herself|themselves|myself|ourselves|yourself)$/i;

/**
 * The verb after a perceived or caused person: compromise reads "walk" in "watches himself walk past the camera"
 * as a noun. A noun right after an object pronoun that follows a verb of perceiving or causing, and that reads
 * as a verb after "they", is that verb.
 */
function bareInfinitive({terms, set}: Retag, i: number): void {
  const [verb, pronoun, here] = [terms[i - 2], terms[i - 1], terms[i]];
  if (!verb || !pronoun || !BARE_INFINITIVE_VERB.test(verb.text) || !OBJECT_PRONOUN.test(pronoun.text)) return;
  if (!here.tags.has('Noun') || here.tags.has('Verb') || !verbAfterThey(here.text)) return;
  set(i, 'Noun', 'Infinitive');
  // "walk past the camera": the word after the verb is its preposition, not a noun.
  if (terms[i + 1]?.tags.has('Noun') && /^(past|by|away|around|across|through|along)$/i.test(terms[i + 1].text))
    set(i + 1, 'Noun', 'Preposition');
}

/**
 * Words that describe a noun, which compromise reads otherwise: the "-ing" noun after a possessor ("her maid of
 * honour's earring" is no verb), and a past participle between an article and its noun ("a divorced father").
 */
function describedNoun({terms, set}: Retag, i: number): void {
  const [prev, here, next] = [terms[i - 1], terms[i], terms[i + 1]];
  if (!prev) return;
  const possessor = prev.tags.has('Possessive') && !prev.tags.has('Pronoun');
  if (possessor && here.tags.has('Gerund') && (!next || !next.tags.has('Determiner'))) set(i, 'Verb', 'Singular');
  const participle = here.tags.has('PastTense') && !here.tags.has('Noun');
  if (prev.tags.has('Determiner') && participle && next?.tags.has('Noun') && !next.tags.has('Pronoun'))
    set(i, 'Verb', 'Adjective');
}

/**
 * A plural compound after a verb's object: compromise reads "messages" in "receiving text messages from" as a verb.
 * A present-tense "-s" word right after a bare noun that is itself right after a verb, followed by a preposition,
 * is the compound's plural head.
 */
function pluralAfterNoun({terms, set}: Retag, i: number): void {
  const [verb, prev, here, next] = [terms[i - 2], terms[i - 1], terms[i], terms[i + 1]];
  if (!verb || !prev || !next || !verb.tags.has('Verb') || !prev.tags.has('Noun') || prev.tags.has('Pronoun')) return;
  if (prev.tags.has('Possessive') || !here.tags.has('PresentTense') || !/s$/i.test(here.text)) return;
  if (next.tags.has('Preposition') && !isPersonWord(prev.text)) set(i, 'Verb', 'Plural');
}

/**
 * The verb after a name and its age: in "Lily, 28, inherits a farm" compromise reads "inherits" as a plural noun.
 * After a capitalised opening word and a number set off by commas, a word that reads as a verb after "she" is one.
 */
function verbAfterAge({terms, set}: Retag, i: number): void {
  if (i !== 2 || !/^[A-Z][a-z]+$/.test(terms[0].text) || !/^\d{1,3}$/.test(terms[1].text)) return;
  const here = terms[i];
  if (here.tags.has('Noun') && !here.tags.has('Verb') && verbAfter('she', here.text)) set(i, 'Noun', 'PresentTense');
}

/** compromise's reading of an English text, corrected for a premise's plural subjects and compounds. */
export function tagEnglish(text: string): Doc {
  const doc = nlp(taggable(text), LEXICON);
  const view = doc.terms();
  const terms: Term[] = (view.json() as {terms: {text: string; tags: string[]}[]}[]).map((t) => ({
    text: t.terms[0].text,
    tags: new Set(t.terms[0].tags),
  }));
  let changed = false;
  // compromise keeps a chunk it has already given: a word retagged as an adjective would stay in its verb chunk.
  const chunked = (doc as unknown as {docs: {chunk?: string}[][]}).docs.flat();
  const set = (index: number, drop: string, add: string) => {
    view.eq(index).unTag(drop).tag(add);
    delete chunked[index].chunk;
    terms[index].tags.delete(drop);
    terms[index].tags.add(add);
    changed = true;
  };
  for (let i = 0; i < terms.length; i++) {
    pluralSubject({terms, set}, i);
    singularSubject({terms, set}, i);
    verbAfterClause({terms, set}, i);
    pluralCompound({terms, set}, i);
    nounBeforeWho({terms, set}, i);
    bareInfinitive({terms, set}, i);
    describedNoun({terms, set}, i);
    pluralAfterNoun({terms, set}, i);
    verbAfterAge({terms, set}, i);
  }
  if (changed) doc.compute('chunks');
  return doc;
}
