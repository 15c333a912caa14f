/**
 * Writing one block of beat templates for this story: picking among the alternatives that can be filled,
 * keeping sequences (a line and its answer) together, and ranking the optional beats.
 */
import type {Beat, Emotion} from '../../schema/script';
import {genderLookup, storyLookup, type Story} from './context';
import type {BeatTemplate} from './genres/types';
import type {Rng} from './random';
import {fill, parseBeat, type Speaker} from './template';

export interface PlannedBeat {
  kind: Beat['kind'];
  who?: Speaker;
  emotion?: Emotion;
  text: string;
  marker?: NonNullable<Beat['marker']>;
  optional: boolean;
  /** Optional beats join the script in order of rank, lowest first. */
  rank: number;
}

const ECHO = /\{(I_did|I_found|you_did|A_did|I_did_it|you_did_it|B_did_it|about_it)\}/;

/** Lines retelling the premise join early; dialogue joins before narration, actions and texts (lines are most of a drama). */
const rankBias = (kind: Beat['kind'], template: BeatTemplate) =>
  (ECHO.test(typeof template === 'string' ? template : template.flat().join(' ')) ? -0.5 : 0) + (kind === 'line' ? 0 : 0.4);

export interface RealiseOptions {
  /** Added to the rank of every optional beat: later parts of the story fill in later. */
  rankOffset: number;
  /** A short video: take the shortest alternative of each beat. */
  brief?: boolean;
  /** The marker for the "!" beat of a twist or cliffhanger block. */
  marker?: 'twist' | 'cliffhanger';
}

/**
 * Turns templates into beats for one scene: picks among alternatives that can be filled in this story.
 * Returns undefined when a core beat cannot be written (the scene does not suit this cast).
 */
export function realise(templates: readonly BeatTemplate[], story: Story, scene: number, rng: Rng, options: RealiseOptions): PlannedBeat[] | undefined {
  const genderOf = genderLookup(story);
  const beats: PlannedBeat[] = [];
  let optionalIndex = 0;
  for (const template of templates) {
    // Each alternative is one beat or a sequence of beats (a line and its answer) that stand or fall together.
    const alternatives = (typeof template === 'string' ? [[template]] : template.map((a) => (typeof a === 'string' ? [a] : a))).map((seq) => seq.map(parseBeat));
    const written = alternatives.flatMap((sequence) => {
      const filled = sequence
        .filter((b) => !b.who || story.cast.some((c) => c.slot === b.who))
        .map((b) => ({...b, text: fill(b.text, storyLookup(story, scene, b.who), genderOf)}));
      const kept = filled.filter((b): b is typeof b & {text: string} => b.text !== undefined);
      // A sequence whose core beat cannot be written is no alternative; its optional beats may drop out alone.
      return sequence.filter((b) => !b.optional || b.marked).length === kept.filter((b) => !b.optional || b.marked).length && kept.length > 0 ? [kept] : [];
    });
    const required = alternatives.some((seq) => seq.some((b) => !b.optional || b.marked));
    if (written.length === 0) {
      if (required) return undefined;
      continue;
    }
    const coreLength = (seq: {text: string; optional: boolean}[]) => seq.filter((b) => !b.optional).reduce((n, b) => n + b.text.length, 0);
    const chosen = options.brief ? written.reduce((a, b) => (coreLength(b) < coreLength(a) ? b : a)) : rng.pick(written);
    for (const beat of chosen) {
      const optional = beat.optional && !beat.marked;
      beats.push({
        kind: beat.kind,
        who: beat.who,
        emotion: beat.emotion,
        text: beat.text,
        marker: beat.marked ? options.marker : undefined,
        optional,
        rank: optional ? optionalIndex++ + options.rankOffset + rankBias(beat.kind, template) : 0,
      });
    }
  }
  return beats;
}

/** Whether a twist or cliffhanger block can be written for this cast at all. */
export const fits = (block: {beats: BeatTemplate[]}, story: Story, rng: Rng) => realise(block.beats, story, -1, rng, {rankOffset: 0, marker: 'twist'}) !== undefined;

/** Whether a block of templates gives character `slot` a line or a mention. */
export const usesSlot = (texts: readonly BeatTemplate[], slot: Speaker) =>
  texts.some((t) => (typeof t === 'string' ? [t] : t.flat()).some((x) => new RegExp(`\\{${slot}[.|}]|^[?!]*\\s*${slot}[:>]`).test(x)));
