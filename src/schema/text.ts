/**
 * The one rule for characters that must never reach a caption, a card or a log line: C0 controls (tab and newline
 * excepted), DEL, C1 controls, bidi embeddings/overrides/isolates (they reorder what is shown, "Trojan Source"),
 * a BOM inside text, and lone surrogates. A script is a document the user wrote or edited: such a character is
 * rejected with the field named. A premise is typed or pasted: it is cleaned (stripped), and one with nothing left
 * to write a story from is rejected. Browser-safe: no Node built-ins.
 */
import {UserError} from '../util/errors';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]|\p{Surrogate}/u;

const CONTROL_ALL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]|\p{Surrogate}/gu;
/** A terminal escape sequence (CSI "ESC [ ... letter", OSC "ESC ] ... BEL/ST", or ESC and one character). */

const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]/g;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text field may not hold this text (naming the first bad character), or undefined when it is clean. */
export function controlCharProblem(text: string): string | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  return `contains a control or bidi-override character (${codePoint(match[0])} at position ${match.index + 1}); remove it`;
}

/** The text with escape sequences and every character controlCharProblem rejects removed. */
export function stripControlChars(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_ALL, '');
}

/** Something to write a story from: at least one letter or digit in any script (emoji and punctuation alone are not). */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * A premise as typed, made safe: escape sequences and control characters stripped, runs of white space (newlines
 * included) folded to one space, ends trimmed. Throws a UserError when nothing is left that a story could be written
 * from: empty, only invisible characters, only punctuation or only emoji.
 */
export function cleanPremise(text: string): string {
  const cleaned = stripControlChars(text.normalize('NFC'))
    .replace(/[\s\u200b\u2060]+/gu, ' ')
    .trim();
  if (!cleaned) throw new UserError('premise is empty (or only invisible characters): describe the story in one line');
  if (!MEANINGFUL.test(cleaned)) {
    throw new UserError('premise has no words (only punctuation, symbols or emoji): describe the story in one line');
  }
  return cleaned;
}

/**
 * Text made safe for one line of an error or log message: control characters and line breaks shown as escapes,
 * and cut to `maxChars` (an attacker's huge value must not flood the terminal).
 */
export function oneLine(text: string, maxChars = 1000): string {
  const escaped = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]|\p{Surrogate}/gu,
    (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  const chars = [...escaped];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : escaped;
}

/** Text matched literally inside a RegExp: "Dr. O'Neil (MD)" finds itself, not any character. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
