/**
 * How long each stage of a run took, read off its progress reports: a stage runs from its first report to the next
 * stage's first report (the last one until `seconds()` is called), so the stages add up to the whole run.
 */
import type {Progress} from './progress';

export interface StageTimes {
  /** Passes every report on to the wrapped Progress, noting when each stage first reported. */
  progress: Progress;
  /** Stages in the order they started, with their seconds; `startup` is the process's time before the first report. */
  seconds(): [string, number][];
}

export function timeStages(progress: Progress, processStartMs = performance.timeOrigin): StageTimes {
  const starts: [string, number][] = [['startup', processStartMs]];
  return {
    progress: (stage, fraction, detail) => {
      if (!starts.some(([name]) => name === stage)) starts.push([stage, Date.now()]);
      progress(stage, fraction, detail);
    },
    seconds: () => {
      const end = Date.now();
      return starts.map(([stage, start], i) => [stage, ((starts[i + 1]?.[1] ?? end) - start) / 1000]);
    },
  };
}
