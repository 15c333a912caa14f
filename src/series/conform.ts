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
import {genderOf, regender} from './pronouns';
import {principals} from './principals';
import {spokenKey} from './spoken';
import {seriesWords} from './words';
import type {EpisodeBrief} from './writer';
import {escapeRegExp} from '../schema/text';

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

/** Replaces whole-word names (so "Maya's" becomes "Claire's", "Mayan" stays). */
function renamer(pairs: [string, string][]): (text: string) => string {
  const changes = pairs.filter(([from, to]) => from !== to);
  if (!changes.length) return (text) => text;
  const to = new Map(changes.map(([from, name]) => [from.toLowerCase(), name]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${changes.map(([from]) => escapeRegExp(from)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => text.replace(pattern, (found) => to.get(found.toLowerCase()) ?? found);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The recap that opens an episode after the first: the previous episode's cliffhanger in its own words, the beat
 * itself (who said it and what) when it has one, else the script's cliffhanger line.
 */
export function recapOf(previous: Script, label: string): string {
  const beat = previous.scenes.flatMap((s) => s.beats).find((b) => b.marker === 'cliffhanger');
  const speaker = beat?.characterId && previous.characters.find((c) => c.id === beat.characterId)?.name;
  const words = !beat ? previous.cliffhanger : speaker ? `${speaker}: “${beat.text}”` : beat.text;
  return clip(`${label} ${words}`, LIMITS.cardChars + 20);
}

/**
 * A hook, twist or cliffhanger beat that repeats an earlier episode, said anew: the lead opens (hook), the rival
 * turns it (twist) and leaves it hanging (cliffhanger), in the first of the series' fresh lines not said yet.
 */
function freshMarker(b: Beat, lead: Character, rival: Character, spoken: Set<string>, language: string): Beat {
  const kind = b.marker === 'hook' ? 'hook' : b.marker === 'twist' ? 'twist' : 'cliffhanger';
  const speaker = kind === 'hook' ? lead : rival;
  const texts = seriesWords(language).fresh[kind].map((say) => say(lead.name, rival.name));
  const text = texts.find((t) => !spoken.has(spokenKey(t)));
  if (!text) return b;
  spoken.add(spokenKey(text));
  const {audio: _audio, ...rest} = b;
  return {...rest, kind: 'line', characterId: speaker.id, text};
}

export function conformEpisode(script: Script, bible: SeriesBible, brief: EpisodeBrief): Script {
  const where = `episode ${brief.episode}`;
  const matched = matchCast(script.characters, bible.cast, where);
  const rename = renamer([...matched].map(([id, b]) => [script.characters.find((c) => c.id === id)!.name, b.name]));
  // People whose gender the recasting changed: beats that name them (or that they act in) take their pronouns.
  const regendered = script.characters.flatMap((c) => {
    const to = genderOf(matched.get(c.id)!);
    return to && genderOf(c) !== undefined && genderOf(c) !== to ? [{name: c.name, to}] : [];
  });
  const pronouns = (text: string) => {
    const named = regendered.filter((r) =>
      new RegExp(`(?<![\\p{L}])${escapeRegExp(r.name)}(?![\\p{L}])`, 'iu').test(text),
    );
    return named.length === 1 ? regender(text, named[0].to) : text;
  };
  const beat = (b: Beat): Beat => ({
    ...b,
    text: rename(b.kind === 'line' ? b.text : pronouns(b.text)),
    ...(b.characterId && {characterId: matched.get(b.characterId)?.id ?? b.characterId}),
  });
  // What earlier episodes already said is not said again: a repeated beat that marks nothing is dropped, a
  // repeated hook, twist or cliffhanger is said anew (freshMarker).
  const spoken = new Set(brief.spoken ?? []);
  const [lead, rival] = principals(bible.cast);
  // The hook, twist and cliffhanger said anew, so the script's own fields say what its beats say.
  const renewed = new Map<string, string>();
  let scenes = script.scenes.map((s) => {
    const beats = s.beats.map(beat).map((b) => {
      if (!b.marker || !spoken.has(spokenKey(b.text))) return b;
      const said = freshMarker(b, lead, rival, spoken, bible.language);
      renewed.set(b.marker, said.text);
      return said;
    });
    return {...s, visual: rename(s.visual), beats: beats.filter((b) => b.marker || !spoken.has(spokenKey(b.text)))};
  });
  // A scene left with nothing new to say goes, unless nothing else would be left.
  scenes = scenes.some((s) => s.beats.length) ? scenes.filter((s) => s.beats.length) : script.scenes;
  if (brief.finale) {
    // The finale resolves the season's main thread in the lead's own words, said to the rival's face.
    const line = seriesWords(bible.language).resolutionLine(rival.name);
    scenes = scenes.map((s) => ({
      ...s,
      beats: s.beats.map((b) =>
        b.marker === 'cliffhanger'
          ? {kind: 'line' as const, characterId: lead.id, text: line, emotion: 'tender' as const, marker: b.marker}
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
    // In bible order, so every episode lists its people alike; a marker said anew may give the rival a line.
    characters: bible.cast.filter(
      (b) =>
        [...matched.values()].some((m) => m.id === b.id) ||
        (brief.finale && b.id === principals(bible.cast)[0].id) ||
        scenes.some((s) => s.beats.some((x) => x.characterId === b.id)),
    ),
    scenes,
    hook: renewed.get('hook') ?? rename(script.hook),
    ...(script.hooks && {hooks: script.hooks.map((h) => ({...h, text: rename(h.text)}))}),
    twist: renewed.get('twist') ?? rename(script.twist),
    cliffhanger: brief.finale ? bible.resolution : (renewed.get('cliffhanger') ?? rename(script.cliffhanger)),
    series: {
      title: bible.title,
      episode: brief.episode,
      of: brief.of,
      ...(brief.previously && {previously: brief.previously}),
    },
  };
}
