/**
 * Frames the held-keyframe renderer must capture besides those it plans from segments and words (holds.ts): a
 * template feature that animates something the timeline does not time (a character's mouth per word, a blink, a
 * message card's typing dots, the chat's typing and receipts) lists the frames on which its picture changes with a
 * pure function of the script, timeline, template and the template's resolved options, and is added here. The
 * frames become keyframes (planHolds' `extraKeyFrames`) and are part of each chunk's cache key, relative to its
 * scene, so a change to them re-renders exactly the chunks they fall in. Each source reads the durations its
 * components draw with (src/time/motion.ts, chat-thread.ts, acting.ts), so the two cannot disagree.
 */
import type {Script} from '../schema/script';
import {actingKeyFrames} from '../time/acting';
import {buildThread, landingMs} from '../time/chat-thread';
import {MESSAGE_CARD_MOTION, TWIST_MOTION} from '../time/motion';
import {markedSegment, type Timeline} from '../time/timeline';
import {frameAt} from './holds';

/** What a source reads: the script, its timeline, the template's name and its resolved options. */
export interface KeyFrameContext {
  script: Script;
  timeline: Timeline;
  template: string;
  options: Record<string, unknown>;
}

/** Frames of the whole timeline (any order, duplicates allowed) on which a template's picture changes. */
export type KeyFrameSource = (context: KeyFrameContext) => readonly number[];

/** Every frame that shows a time from `fromMs` up to `toMs`, and the first at or after `toMs` (the settled look). */
function framesOver(fromMs: number, toMs: number, fps: number): number[] {
  const frames = [];
  for (let frame = frameAt(fromMs, fps); frame <= frameAt(toMs, fps); frame++) frames.push(frame);
  return frames;
}

/** The drawn cast (any template with the `cast` option on): mouth shapes, blinks and head turns. */
const drawnCast: KeyFrameSource = ({timeline, options}) => (options.cast === 'on' ? actingKeyFrames(timeline) : []);

/** The templates that show a text beat as a message card (their SegmentLayer / BeatContent). */
const MESSAGE_CARD_TEMPLATES = new Set(['cinematic', 'storytime']);

/**
 * A text beat's message card: typing dots pulse from the segment's start, then the bubble pops in; the segment's
 * entry covers only the first quarter second of that, at every frame.
 */
const messageCard: KeyFrameSource = ({timeline, template}) => {
  if (!MESSAGE_CARD_TEMPLATES.has(template)) return [];
  const {typingMs, popMs} = MESSAGE_CARD_MOTION;
  return timeline.segments
    .filter((segment) => segment.beat?.kind === 'text')
    .flatMap((segment) => framesOver(segment.startMs, segment.startMs + typingMs + popMs, timeline.fps));
};

/**
 * The twist (every template draws its grade): the camera's punch and the thread's shake after its start, and the
 * colour shift fading out before its end, longer than a segment's entry and exit.
 */
const twist: KeyFrameSource = ({timeline}) => {
  const segment = markedSegment(timeline, 'twist');
  if (!segment) return [];
  const endMs = segment.startMs + segment.durationMs;
  return [
    ...framesOver(segment.startMs, segment.startMs + TWIST_MOTION.hitMs, timeline.fps),
    ...framesOver(endMs - TWIST_MOTION.fadeMs, endMs, timeline.fps),
  ];
};

/**
 * The chat thread: while a message is being typed (over the end of the segment before it) the dots pulse or my
 * draft grows letter by letter, and the thread scrolls to make room; an entry that lands pops, scrolls and swells
 * the sender's avatar; a receipt turns to "Seen" on a frame of its own.
 */
const chatThread: KeyFrameSource = ({script, timeline, template}) => {
  if (template !== 'chat') return [];
  const {fps} = timeline;
  return buildThread(script, timeline).entries.flatMap((entry) => [
    ...(entry.typingFromMs === undefined ? [] : framesOver(entry.typingFromMs, entry.appearMs, fps)),
    ...framesOver(entry.appearMs, entry.appearMs + landingMs(entry), fps),
    ...(entry.seenMs === undefined ? [] : [frameAt(entry.seenMs, fps)]),
  ]);
};

/** Every source, asked for every template: each decides from the template and its options whether it applies. */
export const KEY_FRAME_SOURCES: readonly KeyFrameSource[] = [drawnCast, messageCard, twist, chatThread];

/** Every extra keyframe of a render of the script by this template with these resolved options, sorted, no duplicates. */
export function extraKeyFrames(context: KeyFrameContext): number[] {
  const frames = new Set<number>();
  for (const source of KEY_FRAME_SOURCES) for (const frame of source(context)) frames.add(Math.round(frame));
  return [...frames].sort((a, b) => a - b);
}
