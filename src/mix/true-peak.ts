/**
 * True peak, as ITU-R BS.1770-4 Annex 2 describes it: the signal's peak after 4x oversampling, which catches the
 * overs between samples that a DAC (or an AAC decoder) reconstructs. The interpolator is a windowed-sinc
 * polyphase filter, 12 taps per phase.
 */
import type {PcmAudio} from '../audio/wav';

const PHASES = 4;
const HALF = 6; // taps either side of the interpolated point

/** taps[p][k]: weight of sample n - HALF + 1 + k for the point n + p / PHASES (phases 1..3; phase 0 is the sample). */
const TAPS: Float64Array[] = Array.from({length: PHASES}, (_, p) => {
  const taps = new Float64Array(2 * HALF);
  for (let k = 0; k < taps.length; k++) {
    const t = k - HALF + 1 - p / PHASES; // distance of the tap from the interpolated point, in samples
    const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    const window = 0.42 + 0.5 * Math.cos((Math.PI * t) / HALF) + 0.08 * Math.cos((2 * Math.PI * t) / HALF); // Blackman
    taps[k] = sinc * window;
  }
  const dc = taps.reduce((a, b) => a + b, 0);
  return taps.map((w) => w / dc);
});

/**
 * For every frame, the largest absolute value of any channel at the sample and at the three points oversampling
 * puts between it and the next: the per-frame true-peak envelope a limiter needs.
 */
export function truePeakEnvelope(audio: PcmAudio): Float32Array {
  const frames = audio.channels[0]?.length ?? 0;
  const envelope = new Float32Array(frames);
  const [t1, t2, t3] = [TAPS[1], TAPS[2], TAPS[3]];
  for (const x of audio.channels) {
    for (let n = 0; n < frames; n++) {
      let peak = x[n] < 0 ? -x[n] : x[n];
      const from = n - HALF + 1;
      let y1 = 0,
        y2 = 0,
        y3 = 0;
      if (from >= 0 && from + 2 * HALF <= frames) {
        for (let k = 0; k < 2 * HALF; k++) {
          const s = x[from + k];
          y1 += t1[k] * s;
          y2 += t2[k] * s;
          y3 += t3[k] * s;
        }
      } else {
        for (let k = 0; k < 2 * HALF; k++) {
          const s = x[from + k] ?? 0; // beyond the ends the signal is silent
          y1 += t1[k] * s;
          y2 += t2[k] * s;
          y3 += t3[k] * s;
        }
      }
      // Written out rather than Math.max/abs: see the note on globals in score/dsp.ts.
      if (y1 < 0) y1 = -y1;
      if (y2 < 0) y2 = -y2;
      if (y3 < 0) y3 = -y3;
      if (y1 > peak) peak = y1;
      if (y2 > peak) peak = y2;
      if (y3 > peak) peak = y3;
      if (peak > envelope[n]) envelope[n] = peak;
    }
  }
  return envelope;
}
