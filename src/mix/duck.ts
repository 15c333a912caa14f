/**
 * Ducking: the music's gain follows the dialogue like a sidechain compressor's. A gate on the dialogue's short-term
 * level (held across the gaps between words) sets a target of DUCK.depthDb under speech and 0 dB elsewhere; the
 * gain moves toward it with a fast attack and a slow release. The mix is offline, so the gate looks ahead and the
 * music is already down when the first syllable arrives.
 */
import type {PcmAudio} from '../audio/wav';
import {decayPerSample} from '../score/dsp';
import {dbToGain, toMono} from '../audio/pcm';

export const DUCK = {
  depthDb: -12,
  /** Short-term level (dBFS) above which the dialogue counts as speaking. */
  gateDb: -45,
  hopMs: 5,
  /** Gaps between words shorter than this keep the music down: no pumping within a line. */
  holdMs: 250,
  lookaheadMs: 80,
  /** Time constants of the gain's fall and rise. */
  attackMs: 40,
  releaseMs: 300,
} as const;

/** Per-frame linear gain for the music under this dialogue. */
export function duckingGain(dialogue: PcmAudio): Float32Array {
  const mono = toMono(dialogue);
  const rate = dialogue.sampleRate;
  const hop = Math.max(1, Math.round((DUCK.hopMs / 1000) * rate));
  const hops = Math.ceil(mono.length / hop);
  const gateLevel = dbToGain(DUCK.gateDb);

  // 1. Where is someone speaking? RMS per hop against the gate.
  const speaking = new Uint8Array(hops);
  for (let h = 0; h < hops; h++) {
    let energy = 0;
    const end = Math.min(mono.length, (h + 1) * hop);
    for (let i = h * hop; i < end; i++) energy += mono[i] * mono[i];
    speaking[h] = Math.sqrt(energy / (end - h * hop)) > gateLevel ? 1 : 0;
  }

  // 2. Duck from `lookahead` before any speech until `hold` after it.
  const ahead = Math.round(DUCK.lookaheadMs / DUCK.hopMs);
  const hold = Math.round(DUCK.holdMs / DUCK.hopMs);
  const ducked = new Uint8Array(hops);
  for (let h = hops - 1, untilSpeech = Infinity; h >= 0; h--) {
    untilSpeech = speaking[h] ? 0 : untilSpeech + 1;
    if (untilSpeech <= ahead) ducked[h] = 1;
  }
  for (let h = 0, sinceSpeech = Infinity; h < hops; h++) {
    sinceSpeech = speaking[h] ? 0 : sinceSpeech + 1;
    if (sinceSpeech <= hold) ducked[h] = 1;
  }

  // 3. Smooth it (in dB, so attack and release sound even) and spread it over the frames.
  const attack = decayPerSample(DUCK.attackMs / 1000, rate / hop);
  const release = decayPerSample(DUCK.releaseMs / 1000, rate / hop);
  const gain = new Float32Array(mono.length);
  let db = 0;
  let previous = 1;
  for (let h = 0; h < hops; h++) {
    const target = ducked[h] ? DUCK.depthDb : 0;
    db = target + (db - target) * (target < db ? attack : release);
    const next = dbToGain(db);
    const end = Math.min(mono.length, (h + 1) * hop);
    for (let i = h * hop; i < end; i++) gain[i] = previous + ((next - previous) * (i - h * hop + 1)) / hop;
    previous = next;
  }
  return gain;
}
