/** The pieces a story is planned from: one beat as the book writes it, a twist, and a register's book. */
import type {Emotion} from '../../schema/script';
import type {Slot} from './cast';
import type {Terms} from './terms';

export interface Move {
  /** A cast slot speaks a line; N is narration; X is an action on screen. */
  who: Slot | 'N' | 'X';
  text: string;
  emotion?: Emotion;
  setup?: 'twist';
  marker?: 'twist' | 'cliffhanger';
  /** An answer: it stays right after the move before it in its book's list (a shuffle never splits the pair). */
  answers?: true;
  /** The same speaker's next breath of one line (see splitLong): said on, never with a name added. */
  follows?: true;
}

export interface Twist {
  id: string;
  /** The twist card. */
  summary: string;
  /** Beats that plant it, in story order; at least three so two survive the shortest cut. */
  clues: Move[];
  /** The reveal: the first beat is the twist beat. */
  reveal: Move[];
  /** What it costs right after. */
  aftermath: Move[];
  /** The last beat, which the end card follows from. */
  cliff: Move[];
  endCard: string;
  /** The end card in at most four words, for the shortest videos: the cliffhanger beat must still land late. */
  endShort?: string;
  /** A cold open that jumps ahead to the twist moment. */
  flash: string;
}

export interface Book {
  /** Opening exchanges: the first move is the protagonist facing the odd thing. */
  openings: Move[][];
  /** Lines that raise the stakes around the object and people, in any order. */
  stakes: Move[];
  /** Lines used only when a long cut has heard all the stakes: the register's own, said after the situation's. */
  reserve?: Move[];
  /** Lines that push the conflict towards the reveal. */
  push: Move[];
  twists: Twist[];
  /** Cold opens that show the odd thing or ask about it. */
  hooks: string[];
  title: string[];
  logline: string;
}

export type BookWriter = (t: Terms, register: Register) => Book;
export type Register = 'comedy' | 'warm' | 'drama' | 'love' | 'dark';

export const line = (who: Move['who'], text: string, emotion?: Emotion, extra: Partial<Move> = {}): Move => ({
  who,
  text,
  emotion,
  ...extra,
});
export const clue = (who: Move['who'], text: string, emotion: Emotion = 'neutral'): Move => ({
  who,
  text,
  emotion,
  setup: 'twist',
});

/** A reply that must follow the line before it in the book ("Then where?" after "It isn't safe here."). */
export const reply = (who: Move['who'], text: string, emotion?: Emotion): Move => ({who, text, emotion, answers: true});

/** Moves grouped with their replies, so a shuffle keeps every question and its answer adjacent and in order. */
export function exchanges(moves: Move[]): Move[][] {
  const groups: Move[][] = [];
  for (const m of moves) {
    if (m.answers && groups.length > 0) groups[groups.length - 1].push(m);
    else groups.push([m]);
  }
  return groups;
}
