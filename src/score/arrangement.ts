/**
 * The score's form, read off the timeline: a quiet intro under the hook card, one section per scene with the
 * intensity building scene by scene, a split at the twist (everything after it at full intensity) and the end card.
 */
import {markedSegment, type Timeline} from '../time/timeline';

export interface Section {
  startMs: number;
  endMs: number;
  /** 0..1: which layers play and how hard. */
  intensity: number;
}

export interface Arrangement {
  sections: Section[];
  /** Where the twist-marked beat starts: the riser ends and the hit lands here. */
  twistMs?: number;
  /** Where the end card starts: the bed stops and the sting plays. */
  endCardMs: number;
  totalMs: number;
}

const INTRO_INTENSITY = 0.2;
const FIRST_SCENE_INTENSITY = 0.4;
const LAST_SCENE_INTENSITY = 0.85;
const AFTER_TWIST_INTENSITY = 1;

export function arrange(timeline: Timeline): Arrangement {
  const {segments, totalMs} = timeline;
  const hook = segments.find((s) => s.kind === 'hook');
  const end = segments.find((s) => s.kind === 'end');
  const twist = markedSegment(timeline, 'twist');
  const introEndMs = hook ? hook.startMs + hook.durationMs : 0;
  const endCardMs = end ? end.startMs : totalMs;
  const twistMs = twist?.startMs;

  const sections: Section[] = [];
  const add = (startMs: number, endMs: number, intensity: number) => {
    if (endMs > startMs) sections.push({startMs, endMs, intensity});
  };
  add(0, Math.min(introEndMs, endCardMs), INTRO_INTENSITY);
  const last = Math.max(1, timeline.scenes.length - 1);
  for (const scene of timeline.scenes) {
    const startMs = Math.max(scene.startMs, introEndMs);
    const endMs = Math.min(scene.endMs, endCardMs);
    const building = FIRST_SCENE_INTENSITY + ((LAST_SCENE_INTENSITY - FIRST_SCENE_INTENSITY) * scene.index) / last;
    if (twistMs === undefined || twistMs >= endMs) add(startMs, endMs, building);
    else if (twistMs <= startMs) add(startMs, endMs, AFTER_TWIST_INTENSITY);
    else {
      add(startMs, twistMs, building);
      add(twistMs, endMs, AFTER_TWIST_INTENSITY);
    }
  }
  return {sections, twistMs, endCardMs, totalMs};
}
