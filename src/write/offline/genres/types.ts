/**
 * What a genre brings to the offline writer: its story skeletons, lines, twists and cliffhangers.
 *
 * Beats are written in a small notation so the data reads like a script:
 *   "A: (angry) Where did you get {obj}?"   a line by character A (B, C, D likewise), with an emotion
 *   "B> Don't open it."                     a text message sent by B ("X>" for an unknown sender)
 *   "~ (cold) Nobody believed her."          narration
 *   "* {A} slides {obj} across the table."  an action
 * A leading "?" makes a beat optional (added only when the duration needs more); a leading "!" marks the twist
 * beat of a twist and the cliffhanger beat of a cliffhanger. An array gives alternatives; the seed picks one
 * among those whose placeholders can be filled (so lines about C drop out of a story without a C). An
 * alternative that is itself an array is a sequence kept together: a line and the answer that only fits it.
 *
 * Placeholders (see template.ts): {A} a name; {A.they} {A.them} {A.their} {A.themself} pronouns, capitalised as
 * {A.They}; {A.who} "the patient" / "Maya's husband"; {B.call} what A calls B to their face ("Mom", else the name);
 * {B.here} where the scene is, unless B belongs there; {A|mother|father} a word by gender; {obj} "the letter",
 * {obj.noun} "letter", {obj.detail} "the handwriting", {obj.look} "reads"; {obj2} a second object; {here} "at the
 * hospital"; {next} where the next scene happens ("on the roof"); {org} a company or place name; {years} "three
 * years"; {I_did} / {you_did} / {A_did} the protagonist's action in the premise retold ("I found my name on a
 * chart"), {I_found} the same only when it is a discovery (found, learned...); {you_did_it} / {I_did_it} /
 * {B_did_it} / {about_it} the counterpart's ("you stole my husband" said to them, "I stole your husband" by
 * them, narrated, and "my sister stole my husband" told to someone else).
 * A capitalised key ({Obj}, {Years}) capitalises the result. {obj|la|el} chooses by an object's grammatical gender
 * (Spanish), as {B|her|him} does by a character's.
 */
import type {Genre, Mood} from '../../../schema/script';
import type {Kin} from '../lexicon/types';

/** One beat, or alternatives: each alternative one beat or a sequence of beats (a line and its answer). */
export type BeatTemplate = string | readonly (string | readonly string[])[];

/** The jobs a scene can do in the story, in the order they usually come. */
export const SCENE_FUNCTIONS = ['open', 'confront', 'confide', 'search', 'pressure', 'reveal', 'end'] as const;
export type SceneFunction = (typeof SCENE_FUNCTIONS)[number];
export type MiddleFunction = Exclude<SceneFunction, 'open' | 'reveal' | 'end'>;

export interface Twist {
  /** `script.twist`: the twist in one sentence. */
  summary: string;
  /** What kind of twist it is, for cliffhangers that would contradict it ("ally-betrays"). */
  tag?: string;
  beats: BeatTemplate[];
  /** The twist does not work when B or C is this kind of relative ("I'm your real mother" to her own mother). */
  avoidKin?: Partial<Record<'B' | 'C', Kin[]>>;
  /** The twist makes B or C the protagonist's parent, so that character is aged to fit. */
  revealsParent?: 'B' | 'C';
}

export interface Cliffhanger {
  beats: BeatTemplate[];
  /** Twist tags this cliffhanger cannot follow. */
  avoid?: string[];
  /** The question the end card asks; a "Part 2" tease is added. */
  card: string;
}

export interface GenreBook {
  genre: Genre;
  /** The first mood is the usual one; the others come up by seed. */
  moods: Mood[];
  /** Words in a premise that point to this genre, with their weight. */
  keywords: Record<string, number>;
  /** Words a script of this genre is bound to use (what makes it sound like this genre). */
  signature: string[];
  /** Role ids (lexicon/roles.ts) for B and C when the premise has fewer people. */
  counterparts: string[];
  allies: string[];
  /** What B and C are to the story when the premise only gives a name ("the love interest"). */
  counterpartTitle: string;
  allyTitle: string;
  /** Object and place ids to use when the premise has none, in order of preference. */
  objects: string[];
  places: string[];
  titles: string[];
  /** Hook cards for when the premise itself cannot be the hook (another language, or no usable sentence). */
  hooks: string[];
  /** Ends the logline after the premise: "but the truth points to someone she trusts." */
  loglines: string[];
  /** Story skeletons: the middle scenes in the order they play, the first ones kept for short videos. */
  patterns: MiddleFunction[][];
  scenes: Record<SceneFunction, BeatTemplate[]>;
  twists: Twist[];
  cliffhangers: Cliffhanger[];
}

/** The parts of a genre book written in words: what a translation provides (genres/es/). */
export type GenreText = Pick<GenreBook, 'signature' | 'titles' | 'hooks' | 'loglines' | 'scenes' | 'twists' | 'cliffhangers'>;
