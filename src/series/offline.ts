/**
 * The offline series writer: the offline writer (src/write/offline) writes every episode from the premise with a
 * seed of its own, so each episode takes another turn; the bible's cast is the union of the people those episodes
 * need (the first episode's names win), with voices cast once. The season's arc and its finale come from the
 * bible's words (words.ts). conform.ts then gives every episode the bible's people.
 */
import {castVoices} from '../cast';
import type {VoicesName} from '../config';
import type {Character, Script} from '../schema/script';
import {LIMITS} from '../schema/script';
import {seriesBible, type SeriesBible} from '../schema/series';
import {writeOffline} from '../write/offline';
import {roleKind} from './conform';
import {principals} from './principals';
import {spokenKey} from './spoken';
import type {EpisodeBrief, SeriesRequest, SeriesWriter} from './writer';
import {seriesWords} from './words';

/** Episode n is written with seed + n - 1: the same premise, another story step. */
export const episodeSeed = (request: SeriesRequest, episode: number) => request.seed + episode - 1;

/** Seeds tried per episode beyond its own, so one that says least of what was said before can be chosen. */
const RETRIES = 6;
/** Far enough apart that the retries of one episode are not another episode's own seed. */
const RETRY_STRIDE = 1000;

function draft(request: SeriesRequest, episode: number, retry = 0): Script {
  const {episodes: _episodes, ...write} = request;
  return writeOffline({...write, seed: episodeSeed(request, episode) + retry * RETRY_STRIDE});
}

/** How much of a draft the earlier episodes already said: a repeated hook, twist or cliffhanger weighs most. */
function repeats(script: Script, spoken: ReadonlySet<string>): number {
  const beats = script.scenes.flatMap((s) => s.beats).filter((b) => spoken.has(spokenKey(b.text)));
  return beats.reduce((sum, b) => sum + (b.marker ? 3 : 1), 0);
}

/**
 * The episode's own draft, or the first of a few other seeds' drafts that repeats less of the earlier episodes
 * and needs no one outside the bible.
 */
function freshDraft(request: SeriesRequest, bible: SeriesBible, brief: EpisodeBrief): Script {
  const spoken = new Set(brief.spoken ?? []);
  let best = draft(request, brief.episode);
  let score = repeats(best, spoken);
  for (let retry = 1; retry <= RETRIES && score > 0; retry++) {
    const candidate = draft(request, brief.episode, retry);
    const fits = candidate.characters.every((c) => bible.cast.some((b) => roleKind(b) === roleKind(c)));
    const candidateScore = repeats(candidate, spoken);
    if (fits && candidateScore < score) [best, score] = [candidate, candidateScore];
  }
  return best;
}

/**
 * The series' title: the lead's calling ("The Night-Shift Nurse") when the role names one, since a title made for
 * one episode's twist ("Ivy and the Ivy") names none of the season; else the first episode's title.
 */
function titleOf(first: Script, lead: Character, fromCalling: (calling: string) => string): string {
  const calling = lead.role.split(',').slice(1).join(',').trim();
  const title = calling ? fromCalling(calling) : first.title;
  return title.length <= LIMITS.titleChars ? title : first.title;
}

/** The season built around a cast: each episode's turn, threads, escalation and resolution. */
export function planSeason(
  first: Script,
  cast: Character[],
  request: SeriesRequest,
): Omit<SeriesBible, 'cast' | 'premise' | 'genre' | 'language'> {
  const words = seriesWords(first.language);
  const [lead, rival, ally] = principals(cast).map((c) => c.name);
  const n = request.episodes;
  return {
    title: titleOf(first, principals(cast)[0], words.seriesTitle),
    logline: first.logline,
    places: [
      ...new Map(
        first.scenes.map((s) => [s.location, {name: s.location, ...(s.setting && {setting: s.setting})}]),
      ).values(),
    ],
    mainThread: words.mainThread(lead),
    openThreads: words.openThreads(lead, rival, ally),
    escalation: words.escalation(lead),
    resolution: words.resolution(lead, rival).slice(0, LIMITS.cardChars),
    episodes: Array.from({length: n}, (_, i) => {
      const turn =
        i === 0
          ? words.firstTurn(lead)
          : i === n - 1
            ? words.finaleTurn(lead, rival)
            : words.middleTurns[(i - 1) % words.middleTurns.length](lead, rival, ally);
      return {episode: i + 1, title: words.episode(i + 1), turn, finale: i === n - 1};
    }),
  };
}

export function offlineSeriesWriter(voices: VoicesName): SeriesWriter {
  return {
    name: 'offline',
    async bible(request, progress) {
      progress('series', 0, 'planning the season');
      const drafts = Array.from({length: request.episodes}, (_, i) => draft(request, i + 1));
      const first = drafts[0];
      // Every role any episode needs, under the name it has in the first episode that has it.
      const byRole = new Map<string, Character>();
      for (const c of drafts.flatMap((d) => d.characters)) if (!byRole.has(roleKind(c))) byRole.set(roleKind(c), c);
      let cast = [...byRole.values()].slice(0, LIMITS.characters);
      const ids = new Set<string>();
      cast = cast.map((c) => {
        let id = c.id;
        for (let k = 2; ids.has(id); k++) id = `${c.id}${k}`;
        ids.add(id);
        return {...c, id};
      });
      if (voices !== 'none') cast = castVoices({...first, characters: cast}, voices).characters;
      const bible = seriesBible.parse({
        ...planSeason(first, cast, request),
        premise: first.premise ?? request.premise,
        genre: first.genre,
        language: first.language,
        cast,
      });
      progress('series', 1, 'season planned');
      return bible;
    },
    async episode(request, bible, brief: EpisodeBrief, progress) {
      progress('write', 0, `offline, episode ${brief.episode}`);
      const script = freshDraft(request, bible, brief);
      progress('write', 1, `offline, episode ${brief.episode}`);
      return script;
    },
  };
}
