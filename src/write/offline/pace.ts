/**
 * Pace choices the offline writer's plan search tries when a cut fails the gate's pace checks: a beat held too
 * long becomes two (something changes every few seconds), and the end card is said short.
 */
import {estimateSpeechMs} from '../../time/words';
import type {Cut} from './plan';
import type {Move} from './moves';

/**
 * How a cut is paced: `split` halves beats that hold too long; `shortEnd` ends on the short end card, which
 * leaves the screen within the gate's four seconds when the pauses are not compressed.
 */
export interface PaceShape {
  split: boolean;
  shortEnd: boolean;
}

export const PACE_SHAPES: PaceShape[] = [
  {split: false, shortEnd: false},
  {split: true, shortEnd: false},
  {split: true, shortEnd: true},
];

/** Speech longer than this leaves too little room for its pause within the gate's four seconds. */
const LONGEST_SPEECH_MS = 2900;

/**
 * Where a text splits into two parts of at least three words: a sentence end, else (lines only) a comma or the
 * word before "and"/"but"; the index of the first part's last word, or -1.
 */
function splitPoint(words: string[], commas: boolean): number {
  const fits = (i: number) => i >= 2 && i <= words.length - 4;
  const middle = words.length / 2;
  // The last word of the first part, found by its own shape or (ahead = 1) by the word after it.
  const nearest = (pattern: RegExp, ahead = 0) =>
    words
      .map((w, i) => i)
      .filter((i) => fits(i - ahead) && pattern.test(words[i]))
      .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
  if (!commas) return nearest(/[.!?…]$/) ?? -1;
  // Before a joining word the first part ends: "I know you forgot… and she read them."
  const joint = nearest(/^(and|but|because|so|y|pero|porque)$/i, 1);
  return nearest(/[.!?…]$/) ?? nearest(/,$/) ?? (joint === undefined ? -1 : joint - 1);
}

/** One move as two when its speech alone would hold the screen too long; the first keeps the plant. */
function halve(move: Move, language: string): Move[] {
  if (estimateSpeechMs(move.text, language) <= LONGEST_SPEECH_MS) return [move];
  const words = move.text.split(/\s+/);
  const at = splitPoint(words, move.who !== 'X');
  if (at < 0) return [move];
  const first = words
    .slice(0, at + 1)
    .join(' ')
    .replace(/,?$/, () => (/[.!?…]$/.test(words[at]) ? '' : '…'));
  const second = words.slice(at + 1).join(' ');
  // The cliffhanger stays the last beat; the twist keeps its start.
  const last = move.marker === 'cliffhanger' ? move.marker : undefined;
  return [
    {...move, text: first, marker: last ? undefined : move.marker},
    {...move, text: second.charAt(0).toUpperCase() + second.slice(1), marker: last, setup: undefined},
  ];
}

/** The cut with its pace shape applied; scene starts move with the beats they start. */
export function paced(cut: Cut, shape: PaceShape, language: string): Cut {
  const moves: Move[] = [];
  const sceneStarts: number[] = [];
  cut.moves.forEach((move, i) => {
    if (cut.sceneStarts.includes(i)) sceneStarts.push(moves.length);
    moves.push(...(shape.split ? halve(move, language) : [move]));
  });
  return {moves, sceneStarts};
}
