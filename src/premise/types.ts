/** The situation a premise describes: who, what, where, and the odd thing that makes it a story. */
import type {Genre} from '../schema/script';

export type Gender = 'f' | 'm';
/** How a person's age follows from the protagonist's. */
export type AgeHint = 'same' | 'older' | 'much-older' | 'old' | 'younger' | 'child' | 'teen' | 'adult';

export interface Person {
  /** The role noun as a reader would find it in the script: "ferry captain", "son", "maid of honour". */
  role: string;
  /** A proper name when the premise gives one. */
  name?: string;
  gender?: Gender;
  /** The person's relation, as the premise says it: "daughter" (to the protagonist), "son" of "the CEO". */
  relation?: {kind: string; of: 'protagonist' | string};
  /** The phrase as written: "the CEO's son", "the woman he likes". */
  phrase: string;
  age?: AgeHint;
  /** An age the premise states ("Marcus, 45,"). */
  years?: number;
  /** What the premise says they did before, told of the protagonist in the third person: "stood her up ten years ago". */
  history?: string;
  /** Missing, dead or late in the premise ("her late husband's handwriting"): present only through their things. */
  absent?: boolean;
}

export interface Situation {
  premise: string;
  language: string;
  /** The premise is told by an "I". */
  firstPerson: boolean;
  protagonist: Person;
  /** Everyone else the premise names, each once (a possessor of a person is a relation, not a person). */
  others: Person[];
  /** The object the story turns on: "passenger list", "chart", "parrots" (plural when the premise says so). */
  object?: string;
  /** The object is plural ("notes", "parrots"); Spanish also records its grammatical gender from its article. */
  objectPlural?: boolean;
  objectGender?: Gender;
  /** Where it happens: "ferry", "corner". */
  place?: string;
  /** The odd thing itself, told about the protagonist in the third person: "her daughter's name on a 1962 passenger list". */
  incongruity?: string;
  /** What the protagonist does in the premise, third person: "finds her daughter's name on ...". */
  event?: string;
  /** The premise's subject is plural ("Two sisters enter ..."): the protagonist and the first other act together. */
  together?: boolean;
  tone: Genre;
  /** Every tone's weight, for audiences and seeds that lean elsewhere. */
  tones: Partial<Record<Genre, number>>;
}

export interface PremiseKeys {
  people: string[];
  object?: string;
  place?: string;
  incongruity?: string;
}
