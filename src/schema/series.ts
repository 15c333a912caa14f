/**
 * The series bible: what every episode of a series shares (title, cast with fixed voices, colours and looks, places)
 * and the season's plan (each episode's turn, the open threads, the finale that resolves the main thread). It is the
 * single source of truth for `<out>/series.json`; public/series.schema.json is exported from it (`npm run schema`).
 * Each episode's script.json points back with its `series` field (src/schema/script.ts).
 */
import {z} from 'zod';
import {character, GENRES, LIMITS, SETTINGS} from './script';

/** Episodes a series may have: enough for a season of micro dramas, few enough to plan in one bible. */
export const EPISODES = {min: 2, max: 30} as const;

const line = (max: number) => z.string().min(1).max(max);

/** One episode in the season's plan: the turn it takes and, once made, what it ended on. */
export const arcEpisode = z.strictObject({
  episode: z.number().int().min(1).max(EPISODES.max),
  title: line(LIMITS.titleChars),
  turn: line(LIMITS.loglineChars).describe('What changes in this episode: the step the season takes'),
  finale: z.boolean().describe('The last episode: it resolves the main thread instead of ending on a cliffhanger'),
  summary: z
    .string()
    .max(LIMITS.loglineChars * 2)
    .optional()
    .describe('What happened, once the episode is written'),
  cliffhanger: z.string().max(LIMITS.cardChars).optional().describe('Its end card, once the episode is written'),
  folder: z.string().max(40).optional().describe('Its output folder under the series folder, e.g. "ep01"'),
});

export const seriesBible = z
  .strictObject({
    $schema: z.string().max(400).optional(),
    title: line(LIMITS.titleChars),
    logline: line(LIMITS.loglineChars),
    premise: line(LIMITS.premiseChars),
    genre: z.enum(GENRES),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
    cast: z
      .array(character)
      .min(1)
      .max(LIMITS.characters)
      .describe('Every character who may appear, with the id, name, colour, voice and look they keep in every episode'),
    places: z
      .array(z.strictObject({name: line(120), setting: z.enum(SETTINGS).optional()}))
      .min(1)
      .max(LIMITS.scenes * 2),
    mainThread: line(LIMITS.cardChars).describe('The question the season answers in its finale'),
    openThreads: z.array(line(LIMITS.cardChars)).max(10).describe('Questions kept open across episodes'),
    escalation: line(LIMITS.loglineChars).describe('How the stakes rise towards the finale'),
    resolution: line(LIMITS.cardChars).describe("The finale's end card: the main thread resolved"),
    episodes: z.array(arcEpisode).min(EPISODES.min).max(EPISODES.max),
  })
  .superRefine((bible, ctx) => {
    bible.episodes.forEach((e, i) => {
      if (e.episode !== i + 1)
        ctx.addIssue({code: 'custom', path: ['episodes', i, 'episode'], message: `must be ${i + 1}`});
      if (e.finale !== (i === bible.episodes.length - 1))
        ctx.addIssue({code: 'custom', path: ['episodes', i, 'finale'], message: 'only the last episode is the finale'});
    });
    const ids = bible.cast.map((c) => c.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({code: 'custom', path: ['cast', i, 'id'], message: `"${id}" twice`});
    });
  });

export type SeriesBible = z.infer<typeof seriesBible>;
export type ArcEpisode = z.infer<typeof arcEpisode>;

export const SERIES_SCHEMA_ID = 'https://microdrama.dev/series.schema.json';

/** The bible's JSON Schema, for editors and as the LLM's structured output. */
export function seriesJsonSchema(): Record<string, unknown> {
  return {
    $id: SERIES_SCHEMA_ID,
    title: 'microdrama series bible',
    ...(z.toJSONSchema(seriesBible, {target: 'draft-2020-12', io: 'input', unrepresentable: 'any'}) as object),
  };
}
