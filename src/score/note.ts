/** What every instrument of the synthesiser is: a function from a note to a mono signal that includes its tail. */
import type {Random} from './random';

export interface NoteSpec {
  hz: number;
  /** How long the note is held; the returned signal runs on through the release. */
  seconds: number;
  /** 0..1 */
  velocity: number;
  /** 0..1: filter opening and upper partials. */
  brightness: number;
}

export type Instrument = (note: NoteSpec, random: Random, rate: number) => Float32Array;
