/** Stage 1, write the script: a Writer turns a premise into a checked Script. */
import type {Format, Genre, Script} from '../schema/script';
import type {Progress} from '../util/progress';

export interface WriteRequest {
  premise: string;
  /** Seconds, 15 to 90; the script's targetDurationSec. */
  durationSec: number;
  /** Omitted: the writer picks one that fits the premise. */
  genre?: Genre;
  seed: number;
  /** BCP 47 tag for the script and captions; omitted: the premise's own language (offline: "en" unless detected). */
  language?: string;
  format: Format;
}

export interface Writer {
  readonly name: string;
  write(request: WriteRequest, progress: Progress): Promise<Script>;
}
