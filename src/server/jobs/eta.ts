/**
 * One overall percentage and an ETA from the pipeline's per-stage progress reports. Each stage has a share of the
 * whole (rendering the frames dominates); the ETA extrapolates from the time spent so far.
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
    const elapsed = (now() - started) / 1000;
    const etaSec = best > 0.03 && elapsed > 1 ? Math.round((elapsed * (1 - best)) / best) : null;
    return {stage, progress: best, etaSec};
  };
}
