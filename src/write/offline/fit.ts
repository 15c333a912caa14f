/**
 * Fitting a plot to the requested duration: optional beats join in rank order until the script's natural
 * length (timeScript's estimate before it flexes pauses) is as close to the target as it gets, with the twist
 * kept in the final third. The timeline then flexes the rest, so the total lands within ±10%.
 */
import type {Script} from '../../schema/script';
import {markedSegment, timeScript, type Timeline} from '../../time/timeline';
import type {PlannedBeat, Plot} from './plot';

export interface Fitted {
  script: Script;
  timeline: Timeline;
  /** How far the natural length is from the target, as a fraction of it. */
  miss: number;
  /** Within ±10% of the target, twist in the last third. */
  ok: boolean;
  /** The twist even starts in the last third. */
  strict: boolean;
}

/**
 * Whether the twist falls in the last third of the time the beats take: its middle must (a 15-second video
 * has room for little more than the twist and the cliffhanger line after it), its start should.
 */
export function twistPlacement(timeline: Timeline): {inLastThird: boolean; startsInLastThird: boolean} {
  const beats = timeline.segments.filter((s) => s.kind === 'beat');
  const twist = markedSegment(timeline, 'twist');
  if (!twist || beats.length === 0) return {inLastThird: false, startsInLastThird: false};
  const start = beats[0].startMs;
  const lastThird = start + ((beats[beats.length - 1].startMs + beats[beats.length - 1].durationMs - start) * 2) / 3;
  return {inLastThird: twist.startMs + twist.durationMs / 2 >= lastThird, startsInLastThird: twist.startMs >= lastThird};
}

/** Optional beats in the order they join the script: by rank, then by place in the story. */
export function joinOrder(plot: Plot): PlannedBeat[] {
  const all = plot.scenes.flatMap((s) => s.beats).filter((b) => b.optional);
  return all.map((beat, index) => ({beat, index})).sort((a, b) => a.beat.rank - b.beat.rank || a.index - b.index).map((x) => x.beat);
}

export function fitPlot(plot: Plot, build: (include: (beat: PlannedBeat) => boolean) => Script, targetSec: number): Fitted {
  const order = joinOrder(plot);
  const targetMs = targetSec * 1000;
  let best: Fitted | undefined;
  for (let count = 0; count <= order.length; count++) {
    const chosen = new Set(order.slice(0, count));
    const script = build((beat) => chosen.has(beat));
    const timeline = timeScript(script);
    const miss = (timeline.naturalMs - targetMs) / targetMs;
    const placement = twistPlacement(timeline);
    const fitted = {script, timeline, miss, ok: timeline.fitsTarget && placement.inLastThird, strict: placement.startsInLastThird};
    if (!best || better(fitted, best)) best = fitted;
    // Each added beat makes it longer: once well past the target there is nothing better to find.
    if (miss > 0.25) break;
  }
  return best!;
}

/** A fit that meets the rules beats one that does not, a late twist an earlier one; then the closer length wins. */
export function better(a: Fitted, b: Fitted): boolean {
  if (a.ok !== b.ok) return a.ok;
  if (a.strict !== b.strict) return a.strict;
  return Math.abs(a.miss) < Math.abs(b.miss);
}
