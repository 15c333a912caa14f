/**
 * What an episode's writer is told about its series (src/write/writer.ts EpisodeContext): the bible's people,
 * places and arc, and the brief's place in it. Both series writers build it here, so they read the same season.
 */
import type {SeriesBible} from '../schema/series';
import type {EpisodeContext} from '../write/writer';
import type {EpisodeBrief} from './writer';

export function episodeContext(bible: SeriesBible, brief: EpisodeBrief): EpisodeContext {
  return {
    series: bible.title,
    episode: brief.episode,
    of: brief.of,
    turn: brief.turn,
    finale: brief.finale,
    ...(brief.previously && {previously: brief.previously}),
    earlier: brief.earlier,
    cast: bible.cast.map(({id, name, role, description}) => ({id, name, role, description})),
    places: bible.places.map((p) => p.name),
    mainThread: bible.mainThread,
    resolution: bible.resolution,
  };
}
