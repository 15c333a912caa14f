/**
 * An episode made to fit its bible: whatever names and looks the writer gave its people, each is matched to a bible
 * character (by id, then name, then role) and takes that character's id, name, colour, voice and look, and the
 * texts say the bible's names. The series field, the recap and (in the finale) the resolution are set here, by the
 * program, so no writer can get them wrong; checkContinuity (continuity.ts) then verifies the result.
 */
import type {Beat, Character, Script} from '../schema/script';
import {LIMITS} from '../schema/script';
import type {SeriesBible} from '../schema/series';
import {UserError} from '../util/errors';
import type {EpisodeBrief} from './writer';

/** What a role is before its detail: "protagonist, camarera" is a protagonist. */
export const roleKind = (c: Character) => c.role.split(',')[0].trim().toLowerCase();

/** The bible character each of the episode's characters becomes; throws naming one that matches nobody. */
export function matchCast(
  episode: readonly Character[],
  cast: readonly Character[],
  where: string,
): Map<string, Character> {
  const taken = new Set<string>();
  const result = new Map<string, Character>();
  const rules: ((c: Character, b: Character) => boolean)[] = [
    (c, b) => c.id === b.id && roleKind(c) === roleKind(b),
    (c, b) => c.role.toLowerCase() === b.role.toLowerCase(),
    (c, b) => roleKind(c) === roleKind(b),
    (c, b) => c.id === b.id,
    (c, b) => c.name.toLowerCase() === b.name.toLowerCase(),
  ];
  for (const rule of rules) {
    for (const c of episode) {
      if (result.has(c.id)) continue;
      const match = cast.find((b) => !taken.has(b.id) && rule(c, b));
      if (match) {
        result.set(c.id, match);
        taken.add(match.id);
      }
    }
  }
  const stranger = episode.find((c) => !result.has(c.id));
  if (stranger)
    throw new UserError(
      `${where}: ${stranger.name} (${stranger.role}) is not in the series bible (cast: ${cast.map((c) => c.name).join(', ')})`,
    );
  return result;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces whole-word names (so "Maya's" becomes "Claire's", "Mayan" stays). */
function renamer(pairs: [string, string][]): (text: string) => string {
  const changes = pairs.filter(([from, to]) => from !== to);
  if (!changes.length) return (text) => text;
  const to = new Map(changes.map(([from, name]) => [from.toLowerCase(), name]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${changes.map(([from]) => escape(from)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => text.replace(pattern, (found) => to.get(found.toLowerCase()) ?? found);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The recap that opens an episode after the first: the previous episode's cliffhanger in its own words. */
export function recapOf(previous: Script, label: string): string {
  return `${label} ${previous.cliffhanger}`;
}

export function conformEpisode(script: Script, bible: SeriesBible, brief: EpisodeBrief): Script {
  const where = `episode ${brief.episode}`;
  const matched = matchCast(script.characters, bible.cast, where);
  const rename = renamer([...matched].map(([id, b]) => [script.characters.find((c) => c.id === id)!.name, b.name]));
  const beat = (b: Beat): Beat => ({
    ...b,
    text: rename(b.text),
    ...(b.characterId && {characterId: matched.get(b.characterId)?.id ?? b.characterId}),
  });
  let scenes = script.scenes.map((s) => ({...s, visual: rename(s.visual), beats: s.beats.map(beat)}));
  if (brief.finale) {
    // The finale resolves the season's main thread: its last beat says so, in the narrator's voice, on the end card.
    scenes = scenes.map((s) => ({
      ...s,
      beats: s.beats.map((b) =>
        b.marker === 'cliffhanger'
          ? {kind: 'narration' as const, text: bible.resolution, emotion: 'tender' as const, marker: b.marker}
          : b,
      ),
    }));
  }
  const arc = bible.episodes[brief.episode - 1];
  const {series: _old, ...rest} = script;
  return {
    ...rest,
    title: clip(`${bible.title}: ${arc.title}`, LIMITS.titleChars),
    logline: clip(arc.turn, LIMITS.loglineChars),
    // In bible order, so every episode lists its people alike.
    characters: bible.cast.filter((b) => [...matched.values()].some((m) => m.id === b.id)),
    scenes,
    hook: rename(script.hook),
    ...(script.hooks && {hooks: script.hooks.map((h) => ({...h, text: rename(h.text)}))}),
    twist: rename(script.twist),
    cliffhanger: brief.finale ? bible.resolution : rename(script.cliffhanger),
    series: {
      title: bible.title,
      episode: brief.episode,
      of: brief.of,
      ...(brief.previously && {previously: brief.previously}),
    },
  };
}
