/** An accent colour per genre, for the cards and the narrator's highlighted word. */
import type {Genre} from '../../src/schema/script';

export const GENRE_ACCENT: Record<Genre, string> = {
  romance: '#ff5c8a',
  revenge: '#ff3b3b',
  mystery: '#a78bfa',
  family: '#ffb74d',
  workplace: '#4fc3f7',
  thriller: '#ffd54f',
  comedy: '#7cf29c',
  heartwarming: '#ffa07a',
};

/** The narrator has no character colour: a warm gold reads on every background. */
export const NARRATOR_COLOR = '#ffe08a';
