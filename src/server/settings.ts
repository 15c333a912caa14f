/**
 * What the studio's requests carry, as zod schemas: the new-drama form, the project settings, script edits and
 * render options. Unknown keys are refused (a typo is an error, not ignored). The OpenAPI document is built from
 * these same schemas.
 */
import {z} from 'zod';
import {ASPECTS, type Aspect} from '../schema/format';
import {BEAT_KINDS, EMOTIONS, GENRES, LIMITS, SETTINGS, TIMES_OF_DAY} from '../schema/script';
import {TEMPLATE_NAMES} from '../templates';

const aspects = Object.keys(ASPECTS) as [Aspect, ...Aspect[]];
const templateName = z
  .string()
  .refine((name) => TEMPLATE_NAMES.includes(name), {message: `must be one of ${TEMPLATE_NAMES.join(', ')}`});
const uploadHash = z.string().regex(/^[a-f0-9]{64}$/, 'must be the hash of an upload');

/** Music: a score from the mood, none, or an uploaded audio file by its hash. */
export const musicChoice = z.union([z.enum(['auto', 'none']), z.object({upload: uploadHash}).strict()]);

/** The settings' fields without defaults: a change names only what it changes. */
const settingsFields = {
  genre: z.enum(GENRES).describe('Omitted: chosen from the premise'),
  durationSec: z.number().int().min(15).max(90),
  template: templateName,
  templateOptions: z.record(z.string(), z.unknown()),
  aspect: z.enum(aspects),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"'),
  voices: z.enum(['offline', 'elevenlabs']),
  music: musicChoice,
  musicVolume: z.number().min(0).max(1),
  writer: z.enum(['offline', 'openai']),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
};

/** How a project is made; everything but the premise can change later. */
export const projectSettings = z
  .object({
    genre: settingsFields.genre.optional(),
    durationSec: settingsFields.durationSec.default(45),
    template: settingsFields.template.default('cinematic'),
    templateOptions: settingsFields.templateOptions.default({}),
    aspect: settingsFields.aspect.default('9:16'),
    language: settingsFields.language.optional(),
    voices: settingsFields.voices.default('offline'),
    music: settingsFields.music.default('auto'),
    musicVolume: settingsFields.musicVolume.default(0.35),
    writer: settingsFields.writer.default('offline'),
    seed: settingsFields.seed.default(1),
  })
  .strict();
export type ProjectSettings = z.output<typeof projectSettings>;

export const newProject = projectSettings
  .extend({
    premise: z
      .string()
      .trim()
      .min(1, 'write a premise: one sentence about who wants what, and what stands in the way')
      .max(LIMITS.premiseChars),
  })
  .strict();
export type NewProject = z.output<typeof newProject>;

/** Settings that change after writing: template, aspect, music, voices (each applied at once). */
export const settingsPatch = z
  .object({
    template: settingsFields.template,
    templateOptions: settingsFields.templateOptions,
    aspect: settingsFields.aspect,
    music: settingsFields.music,
    musicVolume: settingsFields.musicVolume,
    voices: settingsFields.voices,
  })
  .partial()
  .strict();

export const beatPatch = z
  .object({
    text: z.string().trim().min(1, 'a beat needs some words').max(LIMITS.beatChars),
    emotion: z.enum(EMOTIONS).nullable(),
    kind: z.enum(BEAT_KINDS),
    characterId: z.string().max(32).nullable(),
  })
  .partial()
  .strict();

export const scenePatch = z
  .object({
    location: z.string().trim().min(1).max(120),
    setting: z.enum(SETTINGS).nullable().describe('The procedural style of the scene'),
    timeOfDay: z.enum(TIMES_OF_DAY),
    image: uploadHash
      .nullable()
      .describe("An uploaded image (by hash) as the scene's picture; null for the procedural style"),
  })
  .partial()
  .strict();

export const characterPatch = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.nameChars),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #ff3366'),
  })
  .partial()
  .strict();

export const regenerateRequest = z
  .object({
    scope: z.enum(['script', 'scene', 'beat']),
    scene: z.number().int().min(0).optional(),
    beat: z.number().int().min(0).optional(),
  })
  .strict();

export const renderRequest = z
  .object({
    scale: z
      .number()
      .min(0.1)
      .max(1)
      .default(1)
      .describe('Render smaller (0.25 = a quarter of the size) for a quick look'),
    frames: z
      .tuple([z.number().int().min(0), z.number().int().min(0)])
      .optional()
      .describe('Render only these frames (first, last)'),
  })
  .strict();
