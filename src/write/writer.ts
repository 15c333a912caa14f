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
  /** Present for an episode of a series (src/series builds it): the cast, the season and this episode's place. */
  episode?: EpisodeContext;
}

/** What an episode's writer must keep: the series' people and places, its arc, and what came before. */
export interface EpisodeContext {
  series: string;
  episode: number;
  of: number;
  /** The turn this episode takes. */
  turn: string;
  finale: boolean;
  /** The recap that opens it (episodes 2..N). */
  previously?: string;
  /** One line per earlier episode, in order. */
  earlier: string[];
  /** Every beat earlier episodes said (lowercase words, no punctuation): a writer that can leaves them out. */
  spoken?: string[];
  /** Everyone who may appear, with the ids and names they must keep. */
  cast: {id: string; name: string; role: string; description: string}[];
  places: string[];
  mainThread: string;
  /** The finale's end card. */
  resolution: string;
}

export interface Writer {
  readonly name: string;
  write(request: WriteRequest, progress: Progress): Promise<Script>;
}
