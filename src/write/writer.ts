/** Stage 1, write the script: a Writer turns a premise into a checked Script. */
import type {AdBrief, Format, Genre, Platform, Script} from '../schema/script';
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
  /** How many different cold opens to write and rank (1-5); the best becomes the hook. Omitted: the writer's default (offline: three). */
  hooks?: number;
  /** Who the drama is for, in the user's words: shapes genre, tone and vocabulary. */
  audience?: string;
  /** The platform it is shaped for. */
  platform?: Platform;
  /** Present for an advertisement: the product resolves the conflict, the end card carries the call to action. */
  ad?: AdBrief;
}

export interface Writer {
  readonly name: string;
  write(request: WriteRequest, progress: Progress): Promise<Script>;
}
