/**
 * The frames worth looking at in a render: the hook card, a line in the middle, the twist and the end card, each
 * taken once its entrance animations and transitions have settled. Plain data (no React): the poster, the gallery
 * and the layout tests pick their frames with it.
 */
import type {Script} from '../schema/script';
import {markedSegment, timeScript, type Segment, type Timeline} from './timeline';

export const KEY_MOMENTS = ['hook', 'middle', 'twist', 'end'] as const;
export type KeyMoment = (typeof KEY_MOMENTS)[number];

/** Entrances (cards, bubbles, kinetic words, slides) are done by then. */
const SETTLE_MS = 520;

/** A frame inside a segment, `at` of the way through it but never before its entrances settle or after it ends. */
export function settledFrame(timeline: Timeline, segment: Segment, at = 0.7): number {
  const frameMs = 1000 / timeline.fps;
  const ms = segment.startMs + Math.min(segment.durationMs - frameMs, Math.max(SETTLE_MS, segment.durationMs * at));
  return Math.max(0, Math.min(timeline.durationInFrames - 1, Math.floor(ms / frameMs)));
}

/** The beat segment nearest the middle of the video, preferring a character's line. */
function middleSegment(timeline: Timeline): Segment {
  const beats = timeline.segments.filter((s) => s.kind === 'beat');
  const lines = beats.filter((s) => s.beat?.kind === 'line');
  const pool = lines.length > 0 ? lines : beats.length > 0 ? beats : timeline.segments;
  const middle = timeline.totalMs / 2;
  const distance = (s: Segment) => Math.abs(s.startMs + s.durationMs / 2 - middle);
  return pool.reduce((best, s) => (distance(s) < distance(best) ? s : best));
}

export function keyFrames(script: Script): Record<KeyMoment, number> {
  const timeline = timeScript(script);
  const {segments} = timeline;
  const twist = markedSegment(timeline, 'twist') ?? segments[Math.floor(segments.length * 0.75)];
  return {
    hook: settledFrame(timeline, segments[0], 0.65),
    middle: settledFrame(timeline, middleSegment(timeline)),
    twist: settledFrame(timeline, twist),
    end: settledFrame(timeline, segments[segments.length - 1], 0.9),
  };
}
