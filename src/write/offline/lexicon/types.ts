/** Shapes of the lexicon data: the people, places and objects a premise can mention. */
import type {Genre, Setting, TimeOfDay} from '../../../schema/script';

export type Gender = 'f' | 'm';
export type GenreHints = Partial<Record<Genre, number>>;

/** How a relative's age follows from the protagonist's. */
export type Kin = 'parent' | 'grandparent' | 'child' | 'sibling' | 'spouse' | 'partner' | 'ex' | 'in-law' | 'relative';

export interface RoleEntry {
  id: string;
  /** English words that name the role, singular (the plural with "s" matches too); "word:f" fixes a gender. */
  words: string[];
  /** Words in other languages; "word:f" or "word:m" fixes the gender that word implies. */
  aliases?: string[];
  gender?: Gender;
  /** Age range in years, for roles that are not relatives. */
  age?: [number, number];
  kin?: Kin;
  /** The role as a character sheet says it: "nurse", "husband"; `maleTitle` where English marks the gender. */
  title: string;
  maleTitle?: string;
  /** A description phrase: "a night-shift nurse who notices everything". */
  about: string;
  /** Clothes that say the role at a glance, for the appearance. */
  wear?: string;
  /** Id of the place this role belongs to (a nurse works in a hospital). */
  place?: string;
  genres?: GenreHints;
  /** A menace ("a stalker"): when a premise starts with one, the story belongs to the "her" they threaten. */
  threat?: boolean;
}

export interface PlaceEntry {
  id: string;
  words: string[];
  aliases?: string[];
  setting: Setting;
  /** Location lines for scenes set here; {name} is a made-up proper name from `names`. */
  labels: string[];
  /** Proper names to make the place specific: "Mercy General". */
  names?: string[];
  /** The place in a sentence, with its preposition: "at the hospital"; `esAt` in Spanish ("en el hospital"). */
  at: string;
  esAt: string;
  /** What the camera sees. */
  visual: string;
  /** Places a story that starts here plausibly moves to. */
  related: string[];
  times?: TimeOfDay[];
  genres?: GenreHints;
}

/** What a character does to look at an object; decides verbs in lines ("reads the letter", "turns the ring over"). */
export type ObjectKind = 'document' | 'jewel' | 'device' | 'key' | 'picture' | 'thing';

export interface ObjectEntry {
  id: string;
  /** English words; "word=noun" names the object differently from the word ("text=phone"). */
  words: string[];
  aliases?: string[];
  kind: ObjectKind;
  /** The noun as lines use it, without article: "letter". */
  noun: string;
  /** The telling detail of this object: "the handwriting". */
  detail: string;
  /** The object in Spanish: noun, grammatical gender, telling detail, and the verb for looking at it. */
  es: {noun: string; gender: Gender; detail: string; look: string};
  genres?: GenreHints;
}
