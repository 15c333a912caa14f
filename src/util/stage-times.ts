/**
 * How long each stage of a run took, read off its progress reports: from a stage's first report to its last.
 * Stages may overlap (the renderer's bundle and browser start beside the voices and the mix), so the spans need
 * not add up to the run; `startup` is the process's time before the first report.
 */
import type {Progress} from './progress';

export interface StageTimes {
  /** Passes every report on to the wrapped Progress, noting when each stage reported. */
  progress: Progress;
  /** Stages in the order they started, with their seconds. */
  seconds(): [string, number][];
}

export function timeStages(progress: Progress, processStartMs = performance.timeOrigin): StageTimes {
  const spans = new Map<string, {first: number; last: number}>();
  return {
    progress: (stage, fraction, detail) => {
      const now = Date.now();
      const span = spans.get(stage);
      if (span) span.last = now;
      else spans.set(stage, {first: now, last: now});
      progress(stage, fraction, detail);
    },
    seconds: () => {
      const firstReport = [...spans.values()][0]?.first ?? Date.now();
      return [
        ['startup', (firstReport - processStartMs) / 1000],
        ...[...spans].map(([stage, {first, last}]): [string, number] => [stage, (last - first) / 1000]),
      ];
    },
  };
}
