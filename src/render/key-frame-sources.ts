/**
 * Frames the held-keyframe renderer must capture besides those it plans from segments and words (holds.ts): a
 * template feature that animates something the timeline does not time (a character's mouth per word, a blink)
 * lists the frames on which its picture changes with a pure function of the script, timeline and the template's
 * resolved options, and is added here. The frames become keyframes (planHolds' `extraKeyFrames`) and are part of
 * each chunk's cache key, relative to its scene, so a change to them re-renders exactly the chunks they fall in.
 */
import type {Script} from '../schema/script';
import {actingKeyFrames} from '../time/acting';
import type {Timeline} from '../time/timeline';

/** Frames of the whole timeline (any order, duplicates allowed) on which a template's picture changes. */
export type KeyFrameSource = (
  script: Script,
  timeline: Timeline,
  options: Record<string, unknown>,
) => readonly number[];

/** The drawn cast (any template with the `cast` option on): mouth shapes, blinks and head turns. */
const drawnCast: KeyFrameSource = (_script, timeline, options) =>
  options.cast === 'on' ? actingKeyFrames(timeline) : [];

/** Every source, asked for every template: each decides from the options whether it applies. */
export const KEY_FRAME_SOURCES: readonly KeyFrameSource[] = [drawnCast];

/** Every extra keyframe of a render of the script with these resolved template options, sorted, no duplicates. */
export function extraKeyFrames(script: Script, timeline: Timeline, options: Record<string, unknown>): number[] {
  const frames = new Set<number>();
  for (const source of KEY_FRAME_SOURCES)
    for (const frame of source(script, timeline, options)) frames.add(Math.round(frame));
  return [...frames].sort((a, b) => a - b);
}
