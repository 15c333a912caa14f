/**
 * One overall percentage and an ETA from the pipeline's per-stage progress reports. Each stage has a share of the
 * whole (rendering the frames dominates); the ETA extrapolates from the time spent so far. The studio's render jobs
 * and the queue's jobs report progress this way, so a percentage means the same wherever it is shown.
 */
const STAGE_SHARES: Record<string, number> = {
  write: 0.01,
  voices: 0.08,
  mix: 0.08,
  visualise: 0.04,
  bundle: 0.14,
  render: 0.6,
  poster: 0.05,
};
const ORDER = Object.keys(STAGE_SHARES);

export interface Estimate {
  stage: string;
  progress: number;
  etaSec: number | null;
}

const etaOf = (elapsedSec: number, progress: number) =>
  progress > 0.03 && elapsedSec > 1 ? Math.round((elapsedSec * (1 - progress)) / progress) : null;

export function createEstimator(now: () => number = Date.now) {
  const started = now();
  let best = 0;
  return (stage: string, fraction: number): Estimate => {
    const index = ORDER.indexOf(stage);
    if (index >= 0) {
      const before = ORDER.slice(0, index).reduce((sum, s) => sum + STAGE_SHARES[s], 0);
      // Progress never goes backwards, whatever order the reports arrive in.
      best = Math.max(best, Math.min(0.999, before + STAGE_SHARES[stage] * Math.min(1, Math.max(0, fraction))));
    }
    return {stage, progress: best, etaSec: etaOf((now() - started) / 1000, best)};
  };
}

/** The stage a series reports as it moves to its next episode (src/series/run.ts): fraction = episodes done / all. */
export const SERIES_STAGE = 'series';

/**
 * Overall progress of a job made of `parts` videos made one after another (a series' episodes; 1 for a single
 * make): each part is estimated as above, and the SERIES_STAGE report says which part is under way.
 */
export function createJobEstimator(parts = 1, now: () => number = Date.now) {
  const started = now();
  let part = 0;
  let estimate = createEstimator(now);
  return (stage: string, fraction: number): Estimate => {
    if (stage === SERIES_STAGE) {
      const next = Math.min(parts - 1, Math.max(0, Math.floor(fraction * parts)));
      if (next > part) {
        part = next;
        estimate = createEstimator(now);
      }
    }
    const within = estimate(stage, fraction);
    if (parts === 1) return within;
    const progress = (part + within.progress) / parts;
    return {stage, progress, etaSec: etaOf((now() - started) / 1000, progress)};
  };
}
