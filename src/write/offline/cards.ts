/** The words around the scenes: the hook card, the title, the logline, the twist summary and the end card. */
import {LIMITS} from '../../schema/script';
import {estimateSpeechMs} from '../../time/words';
import {genderLookup, storyLookup, type Story} from './context';
import type {GenreBook} from './genres/types';
import {PHRASES} from './phrases';
import {retellPredicate} from './predicate';
import type {Rng} from './random';
import {fill} from './template';
import {capitalise, sentence, truncate} from './text';

/** The templates of a list that can be filled for this story, in a seeded order. */
function fillable(templates: string[], story: Story, rng: Rng): string[] {
  const lookup = storyLookup(story, -1);
  return rng.shuffle(templates).flatMap((t) => fill(t, lookup, genderLookup(story)) ?? []);
}
const firstFillable = (templates: string[], story: Story, rng: Rng): string | undefined => fillable(templates, story, rng)[0];

/** "I fired my assistant, who then blackmailed me" -> "I fired my assistant": the main clause alone. */
const mainClause = (text: string) => text.split(/,\s|\s(?:who|which|and then|but|while|because)\s/)[0];

/**
 * Hook cards from the most specific to the most generic: the premise retold by the protagonist ("I found my
 * own name on a patient's chart."), its main clause, the premise as written (when the story is in its
 * language), the genre's hooks. chooseHook takes the first one short enough for the duration.
 */
export function hookCandidates(book: GenreBook, story: Story, premise: string | undefined, rng: Rng): string[] {
  const candidates: string[] = [];
  const protagonist = story.cast[0];
  const predicate = story.predicate;
  if (predicate) {
    const view = predicate.actor === 'protagonist' ? 'I' : 'about';
    const told = retellPredicate(predicate, protagonist.gender, view, story.cast[1]?.name ?? protagonist.name);
    candidates.push(sentence(capitalise(told)), sentence(capitalise(mainClause(told))));
  }
  if (premise) candidates.push(sentence(capitalise(premise.split(/(?<=[.!?…])\s/)[0])));
  candidates.push(...fillable(book.hooks, story, rng));
  if (premise) candidates.push(sentence(truncate(premise, 90)));
  return [...new Set(candidates.map((c) => truncate(c, LIMITS.cardChars)))];
}

/** The first hook card short enough to say in the opening seconds of this duration (else the shortest). */
export function chooseHook(candidates: string[], durationSec: number): string {
  const maxMs = durationSec <= 20 ? 3200 : durationSec <= 40 ? 4800 : 6500;
  const speech = (c: string) => estimateSpeechMs(c, 'en');
  return candidates.find((c) => speech(c) <= maxMs) ?? candidates.reduce((a, b) => (speech(b) < speech(a) ? b : a));
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by']);
/** "The wrong wedding ring" -> "The Wrong Wedding Ring". */
const titleCase = (text: string) => text.replace(/[\p{L}']+/gu, (word, at: number) => (at > 0 && SMALL_WORDS.has(word) ? word : capitalise(word)));

export function writeTitle(book: GenreBook, story: Story, rng: Rng): string {
  const phrases = PHRASES[story.language];
  const title = firstFillable(book.titles, story, rng) ?? firstFillable([phrases.fallbackTitle], story, rng)!;
  return truncate(phrases.titleCase ? titleCase(title) : title, LIMITS.titleChars);
}

export function writeLogline(book: GenreBook, story: Story, premise: string | undefined, rng: Rng): string {
  const protagonist = story.cast[0];
  const tail = firstFillable(book.loglines, story, rng) ?? '';
  const lowerTail = tail.charAt(0).toLowerCase() + tail.slice(1);
  let logline: string;
  const actor = story.predicate?.actor === 'counterpart' ? story.cast[1] : protagonist;
  if (story.predicate && actor) logline = `${capitalise(retellPredicate(story.predicate, protagonist.gender, 'named', actor.name, protagonist.name))}, ${lowerTail}`;
  // The premise as written may say "I" or "she": the tail then starts its own sentence.
  else if (premise) logline = `${sentence(premise)} ${capitalise(tail.replace(PHRASES[story.language].conjunctions, ''))}`;
  else logline = `${firstFillable([PHRASES[story.language].loglineOpening], story, rng)} ${lowerTail}`;
  return truncate(sentence(logline.replace(/[\s,]+$/, '')), LIMITS.loglineChars);
}

/** A card template filled for this story; one that cannot be filled is a bug in the genre data, not a card. */
function fillCard(template: string, story: Story): string {
  const text = fill(template, storyLookup(story, -1), genderLookup(story));
  if (text === undefined) throw new Error(`offline writer: cannot fill "${template}" for this story`);
  return text;
}

export function writeTwistSummary(summary: string, story: Story): string {
  return truncate(sentence(fillCard(summary, story)), LIMITS.cardChars);
}

export function writeEndCard(card: string, story: Story, rng: Rng, brief: boolean): string {
  const question = fillCard(card, story);
  const partTwo = PHRASES[story.language].partTwo;
  return truncate(`${question} ${brief ? partTwo[0] : rng.pick(partTwo)}`, LIMITS.cardChars);
}
