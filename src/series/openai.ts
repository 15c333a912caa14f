/**
 * The LLM series writer: one structured-output request plans the bible (cached by premise, model and options), then
 * every episode goes through the openai writer (src/write/openai: structured output, repairs, its own cache) with
 * the bible and the earlier episodes' summaries in its request, so each episode is cached on its own.
 */
import {promises as fs} from 'node:fs';
import {z} from 'zod';
import {castVoices} from '../cast';
import type {VoicesName} from '../config';
import {callWithRetries, connect, explainApiError} from '../providers/openai';
import {startDeadline} from '../providers/deadline';
import {character, GENRES, LIMITS, SETTINGS, type Script} from '../schema/script';
import {seriesBible} from '../schema/series';
import {formatIssues} from '../schema/validate';
import {UserError} from '../util/errors';
import {hashOf, writeFileAtomic} from '../util/files';
import {cacheDir} from '../util/paths';
import {createOpenAIWriter, type OpenAIWriterOptions} from '../write/openai';
import {strictJsonSchema} from '../write/openai/strict-json-schema';
import {jsonText, replyText} from '../write/openai/reply';
import {withoutNulls} from '../write/openai/draft';
import {episodeContext} from './context';
import type {EpisodeBrief, SeriesRequest, SeriesWriter} from './writer';

/** Change with any change to the bible prompt, so bibles planned from the old one are not reused. */
export const BIBLE_PROMPT_VERSION = 'series-bible-1';

/** What the model plans; the program adds the numbering, the finale flag, the premise, the language and voices. */
const bibleDraft = z.strictObject({
  title: z.string().min(1).max(LIMITS.titleChars),
  logline: z.string().min(1).max(LIMITS.loglineChars),
  genre: z.enum(GENRES),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  cast: z
    .array(character.omit({voice: true}))
    .min(2)
    .max(LIMITS.characters),
  places: z
    .array(z.strictObject({name: z.string().min(1).max(120), setting: z.enum(SETTINGS)}))
    .min(1)
    .max(8),
  mainThread: z.string().min(1).max(LIMITS.cardChars),
  openThreads: z.array(z.string().min(1).max(LIMITS.cardChars)).max(10),
  escalation: z.string().min(1).max(LIMITS.loglineChars),
  resolution: z.string().min(1).max(LIMITS.cardChars),
  episodes: z.array(
    z.strictObject({title: z.string().min(1).max(LIMITS.titleChars), turn: z.string().min(1).max(LIMITS.loglineChars)}),
  ),
});

function biblePrompt(request: SeriesRequest): string {
  return [
    `Plan a season of ${request.episodes} vertical micro-drama episodes of about ${request.durationSec} seconds each.`,
    `Premise: ${request.premise}`,
    request.genre ? `Genre: ${request.genre}.` : `Genre: the one that fits best (${GENRES.join(', ')}).`,
    request.language ? `Language of every text: ${request.language}.` : 'Write in the language of the premise.',
    'The bible fixes the cast for the whole season: 2 to 6 characters with short lowercase ids, names, roles, a',
    'description (gender, age, manner), a concrete appearance and a distinct caption colour "#rrggbb".',
    `"episodes" has exactly ${request.episodes} entries in order: a short title and the turn each one takes. The stakes`,
    'rise every episode ("escalation"); every episode but the last ends on a cliffhanger; the last (the finale)',
    'resolves the main thread, and "resolution" is its end card. "openThreads" are questions kept open along the way.',
  ].join('\n');
}

export interface OpenAISeriesOptions extends Omit<OpenAIWriterOptions, 'artifactsDir'> {
  voices: VoicesName;
}

export function openaiSeriesWriter(options: OpenAISeriesOptions): SeriesWriter {
  const server = connect(options, '--writer openai');
  const {model} = options;
  const writer = createOpenAIWriter(options);

  async function plan(request: SeriesRequest): Promise<z.infer<typeof bibleDraft>> {
    const {premise, durationSec, genre, language, seed, episodes} = request;
    const key = {
      baseURL: server.baseURL,
      model,
      version: BIBLE_PROMPT_VERSION,
      premise,
      durationSec,
      genre,
      language,
      seed,
      episodes,
    };
    const file = cacheDir('openai', `bible-${hashOf(key)}.json`);
    if (options.cache) {
      const cached = await fs.readFile(file, 'utf8').then(
        (t) => bibleDraft.safeParse(JSON.parse(t).draft),
        () => undefined,
      );
      if (cached?.success) return cached.data;
    }
    const deadline = startDeadline(options.deadlineMs ?? 300_000);
    try {
      const completion = await callWithRetries(server, deadline, (signal) =>
        server.client.chat.completions.create(
          {
            model,
            seed,
            messages: [
              {role: 'system', content: 'You are the head writer of a studio that makes vertical micro-drama series.'},
              {role: 'user', content: biblePrompt(request)},
            ],
            response_format: {
              type: 'json_schema',
              json_schema: {name: 'series_bible', strict: true, schema: strictJsonSchema(bibleDraft)},
            },
          },
          {signal},
        ),
      ).catch((error) => {
        throw explainApiError(error, server, model);
      });
      let value: unknown;
      try {
        value = JSON.parse(jsonText(replyText(completion, model)));
      } catch (error) {
        throw new UserError(`the model ${model} sent a series bible that is not JSON (${(error as Error).message})`);
      }
      const parsed = bibleDraft.safeParse(withoutNulls(value));
      if (!parsed.success)
        throw new UserError(
          `the model ${model} sent an unusable series bible: ${formatIssues(parsed.error).slice(0, 3).join('; ')}`,
        );
      if (parsed.data.episodes.length !== episodes)
        throw new UserError(`the model ${model} planned ${parsed.data.episodes.length} episodes, not ${episodes}`);
      await writeFileAtomic(file, `${JSON.stringify({key, draft: parsed.data}, null, 2)}\n`);
      return parsed.data;
    } finally {
      deadline.dispose();
    }
  }

  return {
    name: 'openai',
    async bible(request, progress) {
      progress('series', 0, `planning the season with ${model}`);
      const draft = await plan(request);
      const n = request.episodes;
      let cast = draft.cast;
      if (options.voices !== 'none') {
        // Casting reads a script; the bible's people are cast once here and keep these voices in every episode.
        const probe = {language: draft.language, characters: cast} as unknown as Script;
        cast = castVoices(probe, options.voices).characters;
      }
      const bible = seriesBible.safeParse({
        ...draft,
        premise: request.premise,
        cast,
        episodes: draft.episodes.map((e, i) => ({...e, episode: i + 1, finale: i === n - 1})),
      });
      if (!bible.success) throw new UserError(`series bible: ${formatIssues(bible.error).slice(0, 3).join('; ')}`);
      progress('series', 1, 'season planned');
      return bible.data;
    },
    async episode(request, bible, brief: EpisodeBrief, progress) {
      const {episodes: _n, ...write} = request;
      const episode = episodeContext(bible, brief);
      return writer.write(
        {...write, genre: write.genre ?? bible.genre, language: write.language ?? bible.language, episode},
        progress,
      );
    },
  };
}
