/** The objects the story turns on: the premise's own first, the genre's usual ones when it has none. */
import type {ObjectFact} from './extract';
import {OBJECTS} from './lexicon/objects';
import type {Gender, ObjectEntry, ObjectKind} from './lexicon/types';
import type {StoryLanguage} from './phrases';
import type {Rng} from './random';

export interface Prop {
  /** With its article or owner: "the patient's chart", "Mark's phone". */
  phrase: string;
  noun: string;
  detail: string;
  /** How someone examines it: "reads", "studies". */
  look: string;
  /** Grammatical gender, in languages that have one ("la carta"). */
  gender?: Gender;
  /** The object in English, for the scene's visual description (read by image stages, not shown). */
  seen: string;
  fromPremise: boolean;
}

const LOOK: Record<ObjectKind, string> = {document: 'reads', jewel: 'studies', device: 'checks', key: 'turns over', picture: 'stares at', thing: 'studies'};

function fromFact(fact: ObjectFact): Prop {
  // A named owner ("Mark's") needs no article; an owner by role ("patient's") keeps "the".
  const owner = fact.owner ? (/^\p{Lu}/u.test(fact.owner) ? `${fact.owner} ` : `the ${fact.owner.toLowerCase()} `) : 'the ';
  const phrase = `${owner}${fact.noun}`;
  return {phrase, noun: fact.noun, detail: fact.entry.detail, look: LOOK[fact.entry.kind], seen: phrase, fromPremise: true};
}

function fromEntry(entry: ObjectEntry, language: StoryLanguage, fromPremise: boolean): Prop {
  if (language === 'es') {
    const {noun, gender, detail, look} = entry.es;
    return {phrase: `${gender === 'f' ? 'la' : 'el'} ${noun}`, noun, detail, look, gender, seen: `the ${entry.noun}`, fromPremise};
  }
  return {phrase: `the ${entry.noun}`, noun: entry.noun, detail: entry.detail, look: LOOK[entry.kind], seen: `the ${entry.noun}`, fromPremise};
}

/** The key object and a second one, different from it, named in the story's language. */
export function chooseProps(facts: ObjectFact[], genreObjects: string[], rng: Rng, language: StoryLanguage): [Prop, Prop] {
  const unique = facts.filter((f, i) => facts.findIndex((g) => g.entry.id === f.entry.id && (language !== 'en' || g.noun.toLowerCase() === f.noun.toLowerCase())) === i);
  // English keeps the premise's own words ("the patient's chart"); other languages use the lexicon's.
  const premiseProps = unique.map((f) => (language === 'en' ? fromFact(f) : fromEntry(f.entry, language, true)));
  const usedIds = new Set(unique.map((f) => f.entry.id));
  const genreProps = rng.shuffle(genreObjects.filter((id) => !usedIds.has(id))).map((id) => fromEntry(OBJECTS.find((o) => o.id === id)!, language, false));
  const [first, second] = [...premiseProps, ...genreProps];
  return [first, second];
}
