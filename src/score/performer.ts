/**
 * Plays notes into the score's two buses: dry, and the reverb send. Every instrument, layer, accent and sting
 * goes through `play`.
 */
import type {PcmAudio} from '../audio/wav';
import {panGains} from '../audio/pcm';
import {INSTRUMENTS, type InstrumentName} from './orchestra';
import type {Random} from './random';

export interface Buses {
  dry: PcmAudio;
  /** Fed to the reverb, then added to dry. */
  wet: PcmAudio;
}

export interface Played {
  instrument: InstrumentName;
  hz: number;
  atSeconds: number;
  holdSeconds: number;
  velocity: number;
  brightness: number;
  /** -1 left .. 1 right */
  pan: number;
  /** Reverb send, 0..1. */
  send: number;
}

export function play(buses: Buses, note: Played, random: Random): void {
  const rate = buses.dry.sampleRate;
  const signal = INSTRUMENTS[note.instrument](
    {hz: note.hz, seconds: note.holdSeconds, velocity: note.velocity, brightness: note.brightness},
    random,
    rate,
  );
  const [left, right] = panGains(note.pan);
  const at = Math.round(note.atSeconds * rate);
  // One pass for both buses: the score places tens of thousands of notes, and this loop is a third of its time.
  const [dryLeft, dryRight] = buses.dry.channels;
  const [wetLeft, wetRight] = buses.wet.channels;
  const sendLeft = left * note.send;
  const sendRight = right * note.send;
  const end = Math.min(signal.length, dryLeft.length - at);
  for (let i = Math.max(0, -at); i < end; i++) {
    const x = signal[i];
    dryLeft[at + i] += x * left;
    dryRight[at + i] += x * right;
    wetLeft[at + i] += x * sendLeft;
    wetRight[at + i] += x * sendRight;
  }
}
