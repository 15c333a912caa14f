/**
 * The premise keys the gate checks for: the people, the object, the place and the incongruity of a premise.
 *
 * This is the ONE adapter between the gate and premise parsing: when the premise parser (src/premise) lands, this
 * file's body becomes `premiseKeys(parsePremise(premise, language))` and every caller keeps working. Until then it
 * reads the premise itself with compromise: noun phrases split at verbs and prepositions, people by compromise's
 * person and occupation tags (plus the family and social roles it does not tag), the place by the kinds of place the
 * procedural backgrounds know, the object as the first other thing, the incongruity as what the premise says about it.
 * Pure and browser-safe.
 */
import nlp from 'compromise';
import type {PremiseKeys} from './gate';
import {inferSetting} from '../schema/settings';
import {baseLanguage} from '../time/words';

export type {PremiseKeys} from './gate';

/** People nouns compromise does not tag as #Actor (it knows occupations, not most relations). */
const PEOPLE = new Set(
  `mother mom mum father dad parent sister brother sibling twin son daughter child kid baby grandmother grandma granny
  grandfather grandpa grandson granddaughter aunt uncle cousin niece nephew wife husband fiancé fiancée fiance fiancee
  ex bride groom boyfriend girlfriend partner spouse widow widower friend bestie neighbour neighbor roommate rival
  stranger owner boss intern assistant nurse patient doctor ceo heir heiress maid captain passenger tenant landlord
  landlady teacher student coach fan customer guest host waiter waitress chef driver detective officer cop thief spy
  janitor priest keeper woman man girl boy lady gentleman king queen prince princess billionaire millionaire influencer
  baker butcher photographer magician walker prodigy florist planner lawyer judge pilot soldier farmer fisherman sailor
  singer rapper dancer actor actress writer painter barista bartender cashier clerk mechanic plumber firefighter
  paramedic surgeon dentist vet librarian professor principal nanny babysitter housekeeper butler gardener tailor
  designer model journalist reporter streamer gamer athlete boxer player referee manager employee worker colleague
  coworker secretary receptionist accountant banker investor founder inventor scientist programmer engineer architect
  hacker witness suspect prisoner inmate guard bodyguard agent lifeguard tourist traveler traveller mayor senator
  president bridesmaid officiant teen teenager toddler stepmother stepfather stepsister stepbrother orphan newlywed
  couple family`.split(/\s+/),
);
/** Agent nouns compromise may not know ("pianist", "comedian"): these endings name people (but "list", "playlist"). */
const PERSON_ENDING = /^(?!.*list$).{3,}(ist|ian)$/;

/** Possessive pronouns: compromise sometimes tags "my" as a noun, but it only says whose. */
const POSSESSIVE_PRONOUNS = /^(my|your|his|her|its|our|their)$/i;

/** Prepositions that put what follows in a place: "at" always ("at the office party", "at his rap battle"), the
 * others when a place follows ("in an abandoned warehouse", but not "in every photo"). */
const AT = /^(at)$/i;
const PLACE_PREPOSITIONS = /^(in|inside|into|outside|behind|under|near|across|through)$/i;

/** Prepositions compromise sometimes tags as something else ("feuding over a hedge"). */
const PREPOSITIONS = /^(over|under|about|across|through|behind|between|against|during|inside|outside|toward|towards|without)$/i;

/** Places the procedural settings do not cover but premises often name. */
const MORE_PLACES = /\b(street|road|square|market|city|town|bridge|corner|alley|farm|ranch|village|island|ferry|ship|boat|court|gym|arena|stadium|store|shop|salon|mall|prison|museum|theat(er|re)|funeral|battle|contest|competition|show)\b/i;

/** Things a premise names that no camera can point at; an object phrase built on them gives way to the next one. */
const ABSTRACT_HEADS = new Set('name names truth secret life time day night year week month thing something nothing way past future plan news idea'.split(' '));

interface Term {
  text: string;
  tags: string[];
  /** Lower case, without punctuation. */
  normal: string;
}

interface Phrase {
  terms: Term[];
  /** The preposition the phrase follows, if any ("at" for "at the office party"). */
  after?: string;
  /** Whether a verb came before it in its sentence (so it is an object or a place, not the subject). */
  afterVerb: boolean;
}

const has = (term: Term, tag: string) => term.tags.includes(tag);
const isPronoun = (term: Term) => has(term, 'Pronoun') || POSSESSIVE_PRONOUNS.test(term.normal);
const isPossessive = (term: Term) => !isPronoun(term) && (has(term, 'Possessive') || /['’]s$/.test(term.text));
const isNoun = (term: Term) => has(term, 'Noun') && !isPronoun(term);
const bare = (term: Term) => term.normal.replace(/['’]s$/, '');

function isPersonTerm(term: Term): boolean {
  if (isPronoun(term)) return false;
  // "ex-fiancé" is a fiancé: the last part of a hyphenated word decides.
  const word = bare(term).split('-').pop()!;
  const singular = word.replace(/s$/, '');
  return has(term, 'Person') || has(term, 'Actor') || PEOPLE.has(word) || PEOPLE.has(singular) || (isNoun(term) && PERSON_ENDING.test(singular));
}

/** The head noun: the last noun before any "of" ("the maid of honour" is a maid). */
function headOf(terms: Term[]): Term {
  const of = terms.findIndex((t) => t.normal === 'of');
  const before = of > 0 ? terms.slice(0, of) : terms;
  return [...before].reverse().find(isNoun) ?? before[before.length - 1];
}

/** Splits the premise into noun phrases at verbs, prepositions (but "of"), conjunctions and punctuation. */
function phrases(premise: string): Phrase[] {
  const sentences = nlp(premise).json() as {terms: {text: string; tags: string[]; normal: string; post?: string}[]}[];
  const list: Phrase[] = [];
  let current: Term[] = [];
  let after: string | undefined;
  let afterVerb = false;
  const close = () => {
    while (current.length && current[current.length - 1].normal === 'of') current.pop();
    if (current.some(isNoun)) list.push({terms: current, after, afterVerb});
    current = [];
  };
  for (const sentence of sentences) {
    for (const raw of sentence.terms) {
      const term: Term = {text: raw.text, tags: raw.tags, normal: raw.normal.replace(/[^\p{L}\p{N}'’-]/gu, '')};
      // compromise misreads a noun after an article and adjectives as a verb now and then ("a bloody key").
      const nounSlot = current.length > 0 && has(current[0], 'Determiner') && !current.some(isNoun);
      const joinsOf = term.normal === 'of' && current.some(isNoun);
      if (PREPOSITIONS.test(term.normal)) term.tags = ['Preposition'];
      const breaks = !joinsOf && (has(term, 'Preposition') || has(term, 'Conjunction') || (has(term, 'Verb') && !nounSlot) ||
        (has(term, 'Pronoun') && !POSSESSIVE_PRONOUNS.test(term.normal)));
      if (breaks) {
        close();
        after = has(term, 'Preposition') ? term.normal : undefined;
        if (has(term, 'Verb')) afterVerb = true;
        continue;
      }
      current.push(nounSlot && has(term, 'Verb') ? {...term, tags: ['Noun']} : term);
      // Punctuation after a word ends its phrase: "The CEO, the intern" are two people.
      if (raw.post && /[,;:.!?()—–&]/.test(raw.post)) {
        close();
        after = undefined;
      }
    }
    close();
    afterVerb = false;
  }
  return list;
}

/** Whether a phrase names a kind of place (the procedural settings' words, and a few more). */
const isPlace = (text: string) => inferSetting(text) !== 'street' || MORE_PLACES.test(text);

/** A name compromise does not know: one or two capitalised words without an article that are not a place ("Maya"). */
const isName = (terms: Term[]) =>
  terms.length <= 2 && terms.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !has(t, 'Place') && !has(t, 'Determiner') && !isPronoun(t)) &&
  !isPlace(phraseText(terms));

const phraseText = (terms: Term[]) => terms.map((t) => t.text).join(' ').replace(/[,;:.!?]+$/, '');
const isTime = (terms: Term[]) => terms.some((t) => has(t, 'Date') || has(t, 'Duration') || has(t, 'Time'));

/** What the premise says about its object right after naming it: "dated tomorrow", "is empty for a year". */
function incongruityAfter(premise: string, object: string): string | undefined {
  const at = premise.toLowerCase().indexOf(object.toLowerCase());
  if (at < 0) return undefined;
  const rest = premise.slice(at + object.length).trim();
  const terms = (nlp(rest.split(/[,;.!?]/)[0]).json() as {terms: {text: string; tags: string[]}[]}[])[0]?.terms ?? [];
  if (terms.length === 0) return undefined;
  // A participle, an adjective or "is/are ..." describes the object: that description is the incongruity.
  const describes = terms[0].tags.some((t) => ['PastTense', 'Participle', 'Adjective', 'Copula', 'Gerund'].includes(t));
  if (!describes) return undefined;
  // It ends where the sentence's own verb starts: "addressed to the missing brother | arrives at the farm".
  const end = terms.findIndex((t, i) => i > 0 && t.tags.includes('PresentTense'));
  return terms.slice(0, end > 0 ? Math.min(end, 6) : 6).map((t) => t.text).join(' ');
}

/**
 * The premise's keys for the dramaturgy gate, or undefined when the premise cannot be read (a language compromise
 * does not read, or no noun at all): the gate then skips its premise checks rather than guess.
 */
export function keysForPremise(premise: string, language: string): PremiseKeys | undefined {
  if (baseLanguage(language) !== 'en' || !premise.trim()) return undefined;
  const people: string[] = [];
  const things: {text: string; abstract: boolean}[] = [];
  let place: string | undefined;
  for (const phrase of phrases(premise)) {
    const {terms} = phrase;
    const head = headOf(terms);
    if (isPersonTerm(head) || isName(terms)) {
      people.push(phraseText(terms));
      continue;
    }
    // "her grandson's rap battle": the possessor is a person of the premise even though the phrase is a thing.
    terms.slice(0, terms.indexOf(head)).forEach((t, i) => {
      if (isPossessive(t) && isPersonTerm(t)) people.push(phraseText(terms.slice(0, i + 1)).replace(/['’]s$/, ''));
    });
    if (isTime(terms)) continue;
    const text = phraseText(terms);
    // A place follows "at", "in" and the like; "on the wedding cake" is a thing, though a wedding suggests a church.
    if (!place && phrase.after && (AT.test(phrase.after) || (PLACE_PREPOSITIONS.test(phrase.after) && isPlace(text)))) place = text;
    else things.push({text, abstract: ABSTRACT_HEADS.has(bare(head))});
  }
  // The object: the first concrete thing ("a patient's chart" over "her own name"), else the first thing at all.
  const object = (things.find((t) => !t.abstract) ?? things[0])?.text;
  const distinct = [...new Map(people.map((p) => [p.toLowerCase(), p])).values()];
  if (distinct.length === 0 && !object && !place) return undefined;
  const incongruity = object ? incongruityAfter(premise, object) : undefined;
  return {people: distinct, ...(object ? {object} : {}), ...(place ? {place} : {}), ...(incongruity ? {incongruity} : {})};
}
