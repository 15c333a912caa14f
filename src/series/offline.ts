/**
 * The offline series writer. In English the season is one story told forward: the first episode is the premise's
 * story as the offline writer tells it, and every later one is written with its episode context
 * (src/write/offline/episode.ts): it opens on the last cliffhanger, takes a twist no earlier episode took, names
 * the stakes of its turn and ends on a new cliffhanger, with the same people (the same seed casts them). The bible's
 * turns are planned from what the first episode's story is. A language the offline writer cannot continue a story in
 * (Spanish) retells the premise with another seed per episode, the draft that repeats least of the earlier ones
 * chosen. conform.ts then gives every episode the bible's people.
 */
import {castVoices} from '../cast';
import type {VoicesName} from '../config';
import type {Character, Script} from '../schema/script';
import {LIMITS} from '../schema/script';
import {seriesBible, type SeriesBible} from '../schema/series';
import {offlineStage, writeOffline} from '../write/offline';
import {firstAuthor, seasonTurns, tellsForward} from '../write/offline/episode';
import {episodeContext} from './context';
import {roleKind} from './conform';
import {principals} from './principals';
import {spokenKey} from './spoken';
import type {EpisodeBrief, SeriesRequest, SeriesWriter} from './writer';
import {seriesWords} from './words';

/** A retold episode n is written with seed + n - 1: the same premise, another telling. */
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
  story?: {turns: string[]; mainThread: string; resolution: string},
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
    mainThread: story?.mainThread ?? words.mainThread(lead),
    openThreads: words.openThreads(lead, rival, ally),
    escalation: words.escalation(lead),
    resolution: (story?.resolution ?? words.resolution(lead, rival)).slice(0, LIMITS.cardChars),
    episodes: Array.from({length: n}, (_, i) => {
      const turn =
        story?.turns[i] ??
        (i === 0
          ? words.firstTurn(lead)
          : i === n - 1
            ? words.finaleTurn(lead, rival)
            : words.middleTurns[(i - 1) % words.middleTurns.length](lead, rival, ally));
      return {episode: i + 1, title: words.episode(i + 1), turn, finale: i === n - 1};
    }),
  };
}

/** The premise as the offline writer reads it: situation, cast, terms, register and book. */
type Stage = ReturnType<typeof offlineStage>;

/** Every person the story is told with, the lead first and the first twist's author next (the season's rival). */
function forwardCast(stage: Stage, first: Script): Character[] {
  const author = firstAuthor(stage.t, stage.book, first.twist);
  const rank = (c: Character) => (c.id === stage.cast[0].id ? 0 : c.name === author ? 1 : 2);
  return [...stage.characters].sort((a, b) => rank(a) - rank(b)).slice(0, LIMITS.characters);
}

/** The turns and main thread of a season told forward, from the first episode's own twist and the bible's rival. */
function forwardSeason(stage: Stage, first: Script, cast: Character[], episodes: number) {
  return seasonTurns(stage.t, stage.register, stage.book, first, episodes, principals(cast)[1].name);
}

/** Every role any retold episode needs, under the name it has in the first episode that has it, ids kept apart. */
function retoldCast(request: SeriesRequest): Character[] {
  const drafts = Array.from({length: request.episodes}, (_, i) => draft(request, i + 1));
  const byRole = new Map<string, Character>();
  for (const c of drafts.flatMap((d) => d.characters)) if (!byRole.has(roleKind(c))) byRole.set(roleKind(c), c);
  const ids = new Set<string>();
  return [...byRole.values()].slice(0, LIMITS.characters).map((c) => {
    let id = c.id;
    for (let k = 2; ids.has(id); k++) id = `${c.id}${k}`;
    ids.add(id);
    return {...c, id};
  });
}

export function offlineSeriesWriter(voices: VoicesName): SeriesWriter {
  return {
    name: 'offline',
    async bible(request, progress) {
      progress('series', 0, 'planning the season');
      const {episodes: _episodes, ...write} = request;
      const first = draft(request, 1);
      const stage = tellsForward(first.language) ? offlineStage(write) : undefined;
      // Told forward, the season has the first story's people, every one of them (a later episode may need one the
      // first left out), the first twist's author next to the lead; retold, every role any telling needs.
      let cast = stage ? forwardCast(stage, first) : retoldCast(request);
      if (voices !== 'none') cast = castVoices({...first, characters: cast}, voices).characters;
      const story = stage ? forwardSeason(stage, first, cast, request.episodes) : undefined;
      const bible = seriesBible.parse({
        ...planSeason(first, cast, request, story),
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
      const {episodes: _episodes, ...write} = request;
      const script = tellsForward(bible.language)
        ? writeOffline({...write, episode: {...episodeContext(bible, brief), spoken: brief.spoken ?? []}})
        : freshDraft(request, bible, brief);
      progress('write', 1, `offline, episode ${brief.episode}`);
      return script;
    },
  };
}
