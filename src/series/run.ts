/**
 * Making a series: the bible first (kept in `<out>/series.json`, so a rerun plans nothing again), then each episode
 * in order into `<out>/epNN/` as a complete make output. Each episode is written from its brief, conformed to the
 * bible and checked for continuity before anything is voiced or rendered; a finished episode (its done marker
 * matches) is reused, so rerunning the same series redoes only what did not finish.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {PipelineOptions} from '../pipeline';
import {formatFor} from '../schema/format';
import type {Script} from '../schema/script';
import {seriesBible, SERIES_SCHEMA_ID, type SeriesBible} from '../schema/series';
import {cleanPremise} from '../schema/text';
import {formatIssues, parseScript} from '../schema/validate';
import {UserError} from '../util/errors';
import {hashOf, writeFileAtomic} from '../util/files';
import {makeKey, makeOnce} from '../queue/make-once';
import {conformEpisode, recapOf} from './conform';
import {episodeContinuity} from './continuity';
import {spokenIn} from './spoken';
import type {EpisodeBrief, SeriesRequest, SeriesWriter} from './writer';
import {seriesWords} from './words';

export interface SeriesOptions extends Omit<PipelineOptions, 'script'> {
  episodes: number;
  writerFor: (options: SeriesOptions) => SeriesWriter;
}

export interface EpisodeReport {
  episode: number;
  folder: string;
  reused: boolean;
  seconds: number;
}

export interface SeriesResult {
  bible: SeriesBible;
  file: string;
  episodes: EpisodeReport[];
}

export const episodeFolder = (n: number) => `ep${String(n).padStart(2, '0')}`;

async function readBible(file: string): Promise<SeriesBible | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = seriesBible.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UserError(`${file} is not a valid series bible: ${formatIssues(parsed.error)[0]}`);
  return parsed.data;
}

async function saveBible(file: string, bible: SeriesBible): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify({$schema: SERIES_SCHEMA_ID, ...bible}, null, 2)}\n`);
}

function requestOf(options: SeriesOptions): SeriesRequest {
  return {
    premise: cleanPremise(options.premise ?? ''),
    durationSec: options.durationSec!,
    genre: options.genre,
    seed: options.seed,
    language: options.language,
    format: formatFor(options.aspect ?? '9:16'),
    hooks: options.hooks,
    audience: options.audience,
    platform: options.platform,
    episodes: options.episodes,
  };
}

/** The bible in series.json when it was planned for this premise and length, else a new one (saved at once). */
async function bibleFor(options: SeriesOptions, request: SeriesRequest, writer: SeriesWriter, file: string) {
  const saved = await readBible(file);
  if (saved && saved.premise === request.premise && saved.episodes.length === request.episodes) return saved;
  if (saved)
    throw new UserError(
      `--out: ${path.dirname(file)} holds another series ("${saved.premise}", ${saved.episodes.length} episodes); choose another folder`,
    );
  const bible = await writer.bible(request, options.progress);
  await saveBible(file, bible);
  return bible;
}

/** Makes every episode not yet made, in order; returns what each cost and whether it was reused. */
export async function runSeries(options: SeriesOptions): Promise<SeriesResult> {
  const request = requestOf(options);
  const writer = options.writerFor(options);
  const file = path.join(options.outDir, 'series.json');
  let bible = await bibleFor(options, request, writer, file);
  // The plan the episodes are keyed by: the bible without what the episodes themselves add to it.
  const {$schema: _schema, ...planned} = bible;
  const plan = hashOf({
    ...planned,
    episodes: bible.episodes.map(({summary: _s, cliffhanger: _c, folder: _f, ...e}) => e),
  });
  const words = seriesWords(bible.language);
  const reports: EpisodeReport[] = [];
  let previous: Script | undefined;
  const spoken = new Set<string>();
  for (const arc of bible.episodes) {
    const folder = episodeFolder(arc.episode);
    const outDir = path.join(options.outDir, folder);
    const brief: EpisodeBrief = {
      episode: arc.episode,
      of: bible.episodes.length,
      turn: arc.turn,
      finale: arc.finale,
      ...(previous && {previously: recapOf(previous, words.previously)}),
      earlier: bible.episodes.slice(0, arc.episode - 1).map((e) => e.summary ?? e.turn),
      spoken: [...spoken],
    };
    const {writerFor: _w, episodes: _n, ...pipeline} = options;
    const key = makeKey({
      ...pipeline,
      plan,
      episode: arc.episode,
      previously: brief.previously,
      spoken: hashOf(brief.spoken),
    });
    const write = async (): Promise<Script> => {
      const written = await writer.episode(request, bible, brief, options.progress);
      const script = parseScript(conformEpisode(written, bible, brief), `episode ${arc.episode}`);
      const problems = episodeContinuity(bible, script, arc.episode - 1, previous);
      if (problems.length) throw new UserError(`continuity: ${problems.join('; ')}`);
      return script;
    };
    options.progress(
      'series',
      (arc.episode - 1) / bible.episodes.length,
      `episode ${arc.episode} of ${bible.episodes.length}`,
    );
    const made = await makeOnce({...pipeline, outDir}, key, {prepare: write});
    const script = parseScript(JSON.parse(await fs.readFile(path.join(outDir, 'script.json'), 'utf8')), folder);
    reports.push({episode: arc.episode, folder, reused: made.reused, seconds: made.marker.seconds});
    // What the episode ended on goes into the bible: the next brief recaps it, the LLM reads the summary.
    bible = {
      ...bible,
      episodes: bible.episodes.map((e) =>
        e.episode === arc.episode
          ? {...e, folder, summary: `${script.logline} ${script.twist}`.slice(0, 480), cliffhanger: script.cliffhanger}
          : e,
      ),
    };
    await saveBible(file, bible);
    previous = script;
    for (const key of spokenIn(script)) spoken.add(key);
  }
  options.progress('series', 1, `${bible.episodes.length} episodes`);
  return {bible, file, episodes: reports};
}
