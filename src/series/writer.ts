/**
 * How a series is written: a SeriesWriter plans the bible once, then writes each episode from the bible and an
 * episode brief. The brief is built here (src/series/brief.ts), so both writers see the same plan and the same
 * recap, and the program (not the model) enforces the cast afterwards (src/series/conform.ts).
 */
import type {SeriesBible} from '../schema/series';
import type {Script} from '../schema/script';
import type {Progress} from '../util/progress';
import type {WriteRequest} from '../write/writer';

/** What a series is asked for: a make request (premise, length, seed, format...) and how many episodes. */
export interface SeriesRequest extends WriteRequest {
  episodes: number;
}

/** One episode's assignment: its place in the season and what the earlier episodes left it. */
export interface EpisodeBrief {
  episode: number;
  of: number;
  /** The turn this episode takes (from the bible's arc). */
  turn: string;
  finale: boolean;
  /** The one-line recap that opens episodes 2..N: the previous episode's cliffhanger, in its words. */
  previously?: string;
  /** What each earlier episode did, in order (the LLM reads them; the offline writer needs only the recap). */
  earlier: string[];
  /** Every beat the earlier episodes said (spoken.ts keys): a writer avoids them, conform drops the repeats left. */
  spoken?: string[];
}

export interface SeriesWriter {
  readonly name: string;
  /** Plans the season: cast, places, the arc and its finale. */
  bible(request: SeriesRequest, progress: Progress): Promise<SeriesBible>;
  /** Writes one episode; the result is conformed to the bible and checked by the caller. */
  episode(request: SeriesRequest, bible: SeriesBible, brief: EpisodeBrief, progress: Progress): Promise<Script>;
}
