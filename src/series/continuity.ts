/**
 * Continuity across a series, as a check rather than a hope: every character keeps the bible's id, name, colour,
 * voice and look; nobody speaks who is not in the bible; each episode knows its place and opens on the previous
 * cliffhanger; every episode but the finale ends on a cliffhanger, and the finale resolves the main thread.
 */
import type {Script} from '../schema/script';
import type {SeriesBible} from '../schema/series';
import {stableJson} from '../util/files';
import {recapOf} from './conform';
import {seriesWords} from './words';

/** The problems of episode `index` (0-based) given the episode before it; empty when it keeps continuity. */
export function episodeContinuity(bible: SeriesBible, script: Script, index: number, previous?: Script): string[] {
  const problems: string[] = [];
  const at = `episode ${index + 1}`;
  const cast = new Map(bible.cast.map((c) => [c.id, c]));
  for (const c of script.characters) {
    const b = cast.get(c.id);
    if (!b) {
      problems.push(`${at}: ${c.name} (${c.id}) is not in the bible`);
      continue;
    }
    for (const field of ['name', 'color', 'appearance', 'voice'] as const) {
      if (b[field] !== undefined && stableJson(b[field]) !== stableJson(c[field]))
        problems.push(`${at}: ${c.id}'s ${field} is ${stableJson(c[field])}, the bible says ${stableJson(b[field])}`);
    }
  }
  const speakers = script.scenes.flatMap((s) => s.beats.map((b) => b.characterId).filter((id) => id !== undefined));
  for (const id of new Set(speakers))
    if (!cast.has(id!)) problems.push(`${at}: "${id}" speaks but is not in the bible`);

  const series = script.series;
  if (!series || series.title !== bible.title || series.episode !== index + 1 || series.of !== bible.episodes.length)
    problems.push(
      `${at}: series is ${stableJson(series)}, expected ${bible.title} ${index + 1} of ${bible.episodes.length}`,
    );
  if (previous) {
    const recap = recapOf(previous, seriesWords(bible.language).previously);
    if (series?.previously !== recap) problems.push(`${at}: previously should recap "${previous.cliffhanger}"`);
  }
  const finale = index === bible.episodes.length - 1;
  const cliffBeat = script.scenes.flatMap((s) => s.beats).find((b) => b.marker === 'cliffhanger');
  if (finale && script.cliffhanger !== bible.resolution)
    problems.push(`${at}: the finale ends on "${script.cliffhanger}", not the resolution of the main thread`);
  if (!finale && (!cliffBeat || script.cliffhanger === bible.resolution))
    problems.push(`${at}: does not end on a cliffhanger`);
  return problems;
}

/** Every continuity problem of a whole series, episode by episode. */
export function checkContinuity(bible: SeriesBible, episodes: readonly Script[]): string[] {
  return episodes.flatMap((script, i) => episodeContinuity(bible, script, i, episodes[i - 1]));
}
