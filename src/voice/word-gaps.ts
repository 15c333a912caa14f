/**
 * Measuring where words begin and end in synthesised speech, from the waveform.
 *
 * espeak-ng can add a pause between words (`-g`) and changes nothing else: the same phonemes at the same
 * durations. So the line is rendered twice, once as played (a short word gap) and once as a probe (a long one),
 * and the silent stretches of both are compared in order: a stretch that grows in the probe is a pause between
 * words; one that stays the same (a stop consonant's closure, silence inside a word) is not. No threshold on
 * pause length has to tell the two apart, and the boundaries are found in the very samples that are played.
 */
import {wordWeightMs} from '../time/words';
import type {SpokenGrouping} from './espeak';

/** A span of samples, `end` exclusive. */
export interface Run {
  start: number;
  end: number;
}

const length = (run: Run) => run.end - run.start;

/** Stretches of at least `minSamples` whose samples are all at most `threshold` in magnitude. */
export function silentRuns(samples: Float32Array, threshold: number, minSamples: number): Run[] {
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i <= samples.length; i++) {
    const quiet = i < samples.length && Math.abs(samples[i]) <= threshold;
    if (quiet && start < 0) start = i;
    if (!quiet && start >= 0) {
      if (i - start >= minSamples) runs.push({start, end: i});
      start = -1;
    }
  }
  return runs;
}

/** The span from the first to the last sample louder than `threshold`; empty (0, 0) for silence. */
export function speechSpan(samples: Float32Array, threshold: number): Run {
  let start = 0;
  while (start < samples.length && Math.abs(samples[start]) <= threshold) start++;
  let end = samples.length;
  while (end > start && Math.abs(samples[end - 1]) <= threshold) end--;
  return start < end ? {start, end} : {start: 0, end: 0};
}

interface Growth {
  /** The stretch in the played render; zero-length where the played render has no silence there at all. */
  played: Run;
  grew: number;
}

/** Pairs the probe's silent runs with the played render's, in order, tracking how far the probe has drifted. */
function pairRuns(playedRuns: Run[], probeRuns: Run[], tolerance: number, minGrowth: number): Growth[] {
  const growths: Growth[] = [];
  let drift = 0;
  let next = 0;
  for (const probe of probeRuns) {
    const expected = probe.start - drift;
    while (next < playedRuns.length && playedRuns[next].end < expected - tolerance) next++;
    const match =
      next < playedRuns.length && Math.abs(playedRuns[next].start - expected) <= tolerance
        ? playedRuns[next++]
        : undefined;
    const played = match ?? {start: expected, end: expected};
    const grew = length(probe) - length(played);
    if (grew >= minGrowth) growths.push({played, grew});
    // Re-anchor on every run the two renders share, so a sample of jitter never accumulates.
    if (match || grew >= minGrowth) drift = probe.end - played.end;
  }
  return growths;
}

export interface WordGaps {
  /** Pauses between words inside the speech, in played samples, in order. */
  gaps: Run[];
  /** The speech itself: leading and trailing silence excluded. */
  speech: Run;
  /** The grown pauses account for all the extra length of the probe: every word gap was found. */
  complete: boolean;
  /** The loudest a sample counted as silent when finding them. */
  threshold: number;
}

// Quiet enough to be a pause: espeak-ng's pauses are digital silence, but some variants add faint noise.
const THRESHOLDS = [0, 2e-4, 1e-3, 4e-3];

/** Word gaps in `played`, found by comparing it with `probe` (see the top of this file). */
export function findWordGaps(played: Float32Array, probe: Float32Array, sampleRate: number): WordGaps {
  const minSamples = Math.round(sampleRate * 0.002);
  const tolerance = Math.round(sampleRate * 0.006);
  const extra = probe.length - played.length;
  let best: WordGaps | undefined;
  let bestMissing = Infinity;
  for (const threshold of THRESHOLDS) {
    const playedRuns = silentRuns(played, threshold, minSamples);
    const probeRuns = silentRuns(probe, threshold, minSamples);
    const speech = speechSpan(played, threshold);
    const inside = (run: Run) => run.start > speech.start && run.end < speech.end;
    // Every word gap grows by the same amount; anything growing by less than a third of that is a wobble.
    // (Measured inside the speech: the silence after the last word may grow by any amount.)
    const grown = pairRuns(playedRuns, probeRuns, tolerance, minSamples).filter((g) => inside(g.played));
    const largest = Math.max(0, ...grown.map((g) => g.grew));
    const growths = pairRuns(playedRuns, probeRuns, tolerance, Math.max(minSamples, largest / 3));
    const gaps = growths.map((g) => g.played).filter(inside);
    const missing = Math.abs(extra - growths.reduce((sum, g) => sum + g.grew, 0));
    const result = {gaps, speech, complete: missing <= tolerance, threshold};
    if (result.complete) return result;
    if (missing < bestMissing) [best, bestMissing] = [result, missing];
  }
  return best!;
}

/**
 * The span of each caption word, given how espeak-ng groups them (see SpokenGrouping); undefined when the pauses
 * found do not match that grouping. A spoken word shared by several caption words ("from the") is divided
 * between them by their expected length: the one boundary not measured.
 */
export function captionSpans(found: WordGaps, words: string[], grouping: SpokenGrouping): Run[] | undefined {
  const {gaps, speech} = found;
  const {counts, shared} = grouping;
  // Caption word j says spoken words first[j] .. first[j] + counts[j] - 1.
  const first: number[] = [];
  let next = 0;
  counts.forEach((count, j) => {
    first.push(next);
    next += count - (shared[j] ?? 0);
  });
  if (next !== gaps.length + 1) return undefined;
  const spoken = (k: number): Run => ({
    start: k === 0 ? speech.start : gaps[k - 1].end,
    end: k === next - 1 ? speech.end : gaps[k].start,
  });

  // The part of spoken word k that caption word j says.
  const part = (j: number, k: number): Run => {
    const sharers = words.map((_, i) => i).filter((i) => counts[i] > 0 && first[i] <= k && k < first[i] + counts[i]);
    const weights = sharers.map((i) => wordWeightMs(words[i]));
    const total = weights.reduce((a, b) => a + b, 0);
    const before = weights.slice(0, sharers.indexOf(j)).reduce((a, b) => a + b, 0);
    const {start, end} = spoken(k);
    const at = (w: number) => Math.round(start + ((end - start) * w) / total);
    return {start: at(before), end: at(before + weights[sharers.indexOf(j)])};
  };
  return words.map((_, j) => {
    // A caption word espeak-ng does not say (a lone dash) sits, zero-length, where the next word starts.
    if (counts[j] === 0) {
      const at = first[j] < next ? spoken(first[j]).start : speech.end;
      return {start: at, end: at};
    }
    return {start: part(j, first[j]).start, end: part(j, first[j] + counts[j] - 1).end};
  });
}
