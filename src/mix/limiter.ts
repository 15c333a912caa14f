/**
 * A look-ahead true-peak limiter, computed offline as a gain curve: for every frame the gain that keeps its true
 * peak under the ceiling, then a minimum over ±lookahead (so the gain is already down when a peak arrives), a
 * moving average over the same span (a smooth ramp that never rises above any gain it covers, so no peak
 * escapes), and a slower release back up.
 */
import {decayPerSample} from '../score/dsp';

export interface LimiterSettings {
  /** Linear ceiling for the true peak. */
  ceiling: number;
  lookaheadMs: number;
  releaseMs: number;
}

/** Minimum over [i - radius, i + radius] for every i, in O(n) with a monotonic queue. */
function slidingMinimum(values: Float32Array, radius: number): Float32Array {
  const n = values.length;
  const out = new Float32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n + radius; i++) {
    if (i < n) {
      while (tail > head && values[queue[tail - 1]] >= values[i]) tail--;
      queue[tail++] = i;
    }
    const centre = i - radius;
    if (centre < 0) continue;
    while (queue[head] < centre - radius) head++;
    out[centre] = values[queue[head]];
  }
  return out;
}

/**
 * Mean over [i - radius, i + radius]. Beyond the ends it repeats the edge value, which (being a minimum over a
 * window that reaches i) is still no higher than the gain frame i needs.
 */
function slidingMean(values: Float32Array, radius: number): Float32Array {
  const n = values.length;
  const out = new Float32Array(n);
  const at = (i: number) => values[i < 0 ? 0 : i >= n ? n - 1 : i];
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += at(i);
  const width = 2 * radius + 1;
  for (let i = 0; i < n; i++) {
    out[i] = sum / width;
    sum += at(i + radius + 1) - at(i - radius);
  }
  return out;
}

/** The gain curve for a signal with this true-peak envelope after a makeup gain. */
export function limiterGain(
  peaks: Float32Array,
  makeup: number,
  settings: LimiterSettings,
  rate: number,
): Float32Array {
  const radius = Math.max(1, Math.round((settings.lookaheadMs / 1000) * rate));
  const needed = new Float32Array(peaks.length);
  for (let i = 0; i < peaks.length; i++) {
    const peak = peaks[i] * makeup;
    needed[i] = peak > settings.ceiling ? settings.ceiling / peak : 1;
  }
  const ramped = slidingMean(slidingMinimum(needed, radius), radius);
  // Release: recover toward the ramped gain slowly, but follow it down at once so the guarantee holds.
  const recover = 1 - decayPerSample(settings.releaseMs / 1000, rate);
  let gain = 1;
  for (let i = 0; i < ramped.length; i++) {
    gain = ramped[i] < gain ? ramped[i] : gain + (ramped[i] - gain) * recover;
    ramped[i] = gain;
  }
  return ramped;
}
