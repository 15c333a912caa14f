/**
 * Frames the held-keyframe renderer must capture besides those it plans from segments and words (holds.ts): a
 * template that animates something the timeline does not time (a character's mouth per word, a blink) lists the
 * frames on which its picture changes with a pure function of the script and timeline, and adds it here. The
 * frames become keyframes (planHolds' `extraKeyFrames`) and are part of each chunk's cache key, relative to its
 * scene, so a change to them re-renders exactly the chunks they fall in.
 */
import type {Script} from '../schema/script';
import type {Timeline} from '../time/timeline';

/** Frames of the whole timeline (any order, duplicates allowed) on which a template's picture changes. */
export type KeyFrameSource = (script: Script, timeline: Timeline) => readonly number[];

/** Per template name, the sources of its extra keyframes. */
export const KEY_FRAME_SOURCES: Record<string, readonly KeyFrameSource[]> = {};

/** Every extra keyframe of a template's render of the script, sorted and without duplicates. */
export function extraKeyFrames(template: string, script: Script, timeline: Timeline): number[] {
  const frames = new Set<number>();
  for (const source of KEY_FRAME_SOURCES[template] ?? [])
    for (const frame of source(script, timeline)) frames.add(Math.round(frame));
  return [...frames].sort((a, b) => a - b);
}
