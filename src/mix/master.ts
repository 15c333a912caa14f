/**
 * The last step of the mix: bring the whole track to the loudness short-video platforms normalise to
 * (-14 LUFS integrated) with its true peak held under the ceiling by the limiter. Limiting lowers the loudness a
 * little, so the makeup gain is corrected and the limiter rerun until both hold; the true-peak envelope is
 * computed once, since scaling a signal scales its true peaks.
 */
import type {PcmAudio} from '../audio/wav';
import {Svf} from '../score/dsp';
import {integratedLoudness} from './loudness';
import {limiterGain} from './limiter';
import {dbToGain, frameCount, silence} from '../audio/pcm';
import {truePeakEnvelope} from './true-peak';

export const MASTER = {
  targetLufs: -14,
  /** -1 dBTP is the usual limit; half a dB more leaves room for the AAC encoder's overshoot. */
  ceilingDbtp: -1.5,
  /**
   * The programme is band-limited here first. The AAC encoder drops this band anyway, and near Nyquist a 4x
   * interpolator underestimates overs (cymbals and noise measured 0.6 dB over by ffmpeg without it).
   */
  bandLimitHz: 18000,
  lookaheadMs: 3,
  releaseMs: 80,
  /** Loudness within this of the target is done. */
  toleranceLu: 0.1,
  maxPasses: 5,
} as const;

export interface Mastered {
  audio: PcmAudio;
  /** Integrated loudness of the result (LUFS). */
  loudness: number;
}

/** An 8th-order Butterworth lowpass, in place: four state-variable sections with the Butterworth Qs. */
function bandLimit(audio: PcmAudio, hz: number): void {
  const order = 8;
  const qs = Array.from({length: order / 2}, (_, k) => 1 / (2 * Math.cos((Math.PI * (2 * k + 1)) / (2 * order))));
  for (const channel of audio.channels) {
    for (const q of qs) {
      const section = new Svf(audio.sampleRate).tune(hz, q);
      for (let i = 0; i < channel.length; i++) {
        section.tick(channel[i]);
        channel[i] = section.lp;
      }
    }
  }
}

/** Masters the mix (which it band-limits in place) to MASTER.targetLufs under MASTER.ceilingDbtp. */
export function masterTrack(audio: PcmAudio): Mastered {
  bandLimit(audio, MASTER.bandLimitHz);
  const measured = integratedLoudness(audio);
  if (!Number.isFinite(measured)) return {audio, loudness: measured};
  const peaks = truePeakEnvelope(audio);
  const settings = {
    ceiling: dbToGain(MASTER.ceilingDbtp),
    lookaheadMs: MASTER.lookaheadMs,
    releaseMs: MASTER.releaseMs,
  };
  const out = silence(frameCount(audio), audio.sampleRate, audio.channels.length);
  // Makeup in dB; after the first pass the next guess uses the slope seen so far (limiting makes each dB of
  // makeup worth less than a dB of loudness), which converges in two or three passes.
  let makeupDb = MASTER.targetLufs - measured;
  let slope = 1;
  let previous: {makeupDb: number; loudness: number} | undefined;
  let loudness = measured;
  for (let pass = 0; pass < MASTER.maxPasses; pass++) {
    const makeup = dbToGain(makeupDb);
    const gain = limiterGain(peaks, makeup, settings, audio.sampleRate);
    audio.channels.forEach((input, c) => {
      const output = out.channels[c];
      for (let i = 0; i < input.length; i++) output[i] = input[i] * makeup * gain[i];
    });
    loudness = integratedLoudness(out);
    if (Math.abs(loudness - MASTER.targetLufs) < MASTER.toleranceLu) break;
    if (previous && makeupDb !== previous.makeupDb) {
      slope = Math.min(1, Math.max(0.2, (loudness - previous.loudness) / (makeupDb - previous.makeupDb)));
    }
    previous = {makeupDb, loudness};
    makeupDb += (MASTER.targetLufs - loudness) / slope;
  }
  return {audio: out, loudness};
}
