/** Choosing a genre from the premise when the request leaves it out: keyword scores, the seed breaks ties. */
import {GENRES, type Genre} from '../../schema/script';
import type {PremiseFacts} from './extract';
import {GENRE_BOOKS} from './genres';
import type {GenreHints} from './lexicon/types';
import type {Rng} from './random';

const SPACELESS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function keywordHits(lower: string, keyword: string): number {
  if (SPACELESS.test(keyword)) return lower.split(keyword).length - 1;
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (lower.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
}

/** Each genre's score for this premise: its keywords plus the hints of the people, places and objects found. */
export function genreScores(facts: PremiseFacts): Record<Genre, number> {
  const lower = facts.text.toLowerCase();
  const hints: (GenreHints | undefined)[] = [
    ...facts.people.map((p) => p.role?.genres),
    ...facts.people.map((p) => p.also?.genres),
    ...facts.places.map((p) => p.entry?.genres),
    ...facts.objects.map((o) => o.entry.genres),
  ];
  const scores = {} as Record<Genre, number>;
  for (const genre of GENRES) {
    const keywords = Object.entries(GENRE_BOOKS[genre].keywords).reduce((sum, [word, weight]) => sum + weight * keywordHits(lower, word), 0);
    // Hints count half: a lexicon word is often a keyword too ("company"), and one word should not decide alone.
    scores[genre] = keywords + hints.reduce((sum, h) => sum + (h?.[genre] ?? 0), 0) / 2;
  }
  return scores;
}

export function inferGenre(facts: PremiseFacts, rng: Rng): Genre {
  const scores = genreScores(facts);
  const best = Math.max(...Object.values(scores));
  return rng.pick(GENRES.filter((g) => scores[g] === best));
}
