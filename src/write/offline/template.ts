/** Reading the beat notation of the genre books (see genres/types.ts) and filling in the placeholders. */
import type {Beat, Emotion} from '../../schema/script';
import {EMOTIONS} from '../../schema/script';
import {capitalise} from './text';

export type Speaker = 'A' | 'B' | 'C' | 'D';

export interface ParsedBeat {
  optional: boolean;
  /** The twist or cliffhanger beat of its block. */
  marked: boolean;
  kind: Beat['kind'];
  /** Who says the line or sends the text; undefined for narration, actions and unknown senders. */
  who?: Speaker;
  emotion?: Emotion;
  text: string;
}

const NOTATION = /^([?!]*)\s*(?:([ABCDX])\s*([:>])|([~*]))\s*(?:\((\w+)\))?\s*(.+)$/s;

export function parseBeat(template: string): ParsedBeat {
  const match = NOTATION.exec(template.trim());
  if (!match) throw new Error(`offline writer: cannot read beat template "${template}"`);
  const [, flags, who, mark, other, emotion, text] = match;
  if (emotion && !(EMOTIONS as readonly string[]).includes(emotion)) {
    throw new Error(`offline writer: unknown emotion "${emotion}" in "${template}"`);
  }
  const kind: Beat['kind'] = other === '~' ? 'narration' : other === '*' ? 'action' : mark === '>' ? 'text' : 'line';
  if (kind === 'line' && who === 'X') throw new Error(`offline writer: a line needs a speaker in "${template}"`);
  return {
    optional: flags.includes('?'),
    marked: flags.includes('!'),
    kind,
    who: who && who !== 'X' ? (who as Speaker) : undefined,
    emotion: emotion as Emotion | undefined,
    text,
  };
}

/** Resolves one placeholder key ("A.they", "obj", "next") to text, or undefined when the story has no such thing. */
export type Lookup = (key: string) => string | undefined;
/** Chooses between the feminine and masculine word for a character: {B|mother|father}. */
export type GenderOf = (speaker: string) => 'f' | 'm' | undefined;

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Fills a template's placeholders; undefined when any of them has no value in this story, so the caller can
 * take another alternative. Keys written with a capital ({Obj}, {A.They}) give a capitalised value.
 */
export function fill(text: string, lookup: Lookup, genderOf: GenderOf): string | undefined {
  let missing = false;
  const filled = text.replace(PLACEHOLDER, (_, body: string) => {
    const value = resolve(body, lookup, genderOf);
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : tidy(filled);
}

function resolve(body: string, lookup: Lookup, genderOf: GenderOf): string | undefined {
  if (body.includes('|')) {
    const [who, feminine, masculine] = body.split('|');
    const gender = genderOf(who);
    return gender === undefined ? undefined : gender === 'f' ? feminine : masculine;
  }
  const [head, tail] = body.split('.');
  // "Obj" and "A.They" ask for a capital; "A", "I_did" are keys that merely start with one.
  const capitalHead = /^[A-Z][a-z]/.test(head);
  const capital = capitalHead || (tail !== undefined && /^[A-Z]/.test(tail));
  const key = (capitalHead ? head.toLowerCase() : head) + (tail !== undefined ? `.${tail.toLowerCase()}` : '');
  const value = lookup(key);
  return value !== undefined && capital ? capitalise(value) : value;
}

/** Capital letters after a sentence ends, even where a placeholder started the sentence in lowercase. */
function tidy(text: string): string {
  // Not after an ellipsis: "Maya... the police are here" trails on. Spanish contracts "de el" and "a el".
  return capitalise(text.replace(/\s+/g, ' ').trim())
    .replace(/((?:^|[^.])[.!?]\s+)([a-z])/g, (_, end: string, letter: string) => end + letter.toUpperCase())
    .replace(/\b([Dd]e|[Aa]) el\b/g, (_, word: string) => `${word[0]}${word[0] === 'D' || word[0] === 'd' ? 'el' : 'l'}`);
}
