/**
 * The draft: the part of a script the model writes. The program fills in the rest (format, duration, language
 * and genre when the user chose them, premise) and never asks for audio, voices or images.
 * Every field is taken from the script schema, so the draft cannot drift from it; the only overrides are where
 * the model needs more than the script requires (an appearance for every character, a hex colour).
 */
import {z} from 'zod';
import {rankHooks} from '../../craft/hook-rubric';
import {keysForPremise} from '../../craft/keys';
import {beat, character, scene, scriptObject, LIMITS} from '../../schema/script';
import type {WriteRequest} from '../writer';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const draftCharacter = character.omit({voice: true}).extend({
  appearance: z
    .string()
    .min(1)
    .max(LIMITS.descriptionChars)
    .describe('How they look, the same in every scene: age, build, hair, face, clothes, one signature detail'),
  // The script's zColor accepts any CSS colour and describes itself with a brand string the model cannot use.
  color: z
    .string()
    .regex(HEX_COLOR, 'must be a hex colour such as "#ff5c8a"')
    .describe('Caption colour as "#rrggbb", different for each character'),
});

const draftScene = scene.omit({image: true}).extend({
  beats: z
    .array(beat.omit({audio: true}))
    .min(1)
    .max(LIMITS.beatsPerScene),
});

const s = scriptObject.shape;

/** Key order is the order the model writes in: the hook, twist and cliffhanger are planned before the scenes. */
const fullDraft = z.object({
  title: s.title,
  logline: s.logline,
  language: s.language.describe('BCP 47 tag of the language the script is written in, e.g. "en" or "pt-BR"'),
  genre: s.genre,
  mood: s.mood,
  hook: s.hook,
  twist: s.twist,
  cliffhanger: s.cliffhanger,
  characters: z.array(draftCharacter).min(1).max(LIMITS.characters),
  scenes: z.array(draftScene).min(1).max(LIMITS.scenes),
});

type FullDraft = z.infer<typeof fullDraft>;
/** What the model returns: genre and language only when the request left them open, other hooks when asked for. */
export type Draft = Omit<FullDraft, 'genre' | 'language'> &
  Partial<Pick<FullDraft, 'genre' | 'language'>> & {otherHooks?: string[]};

/** The draft schema for a request: fields the user already chose are not asked of the model. */
export function draftSchema(request: Pick<WriteRequest, 'genre' | 'language' | 'hooks'>): z.ZodType<Draft> {
  const asked = fullDraft.omit({
    ...(request.genre ? {genre: true} : {}),
    ...(request.language ? {language: true} : {}),
  } as const);
  const others = (request.hooks ?? 1) - 1;
  if (others < 1) return asked as unknown as z.ZodType<Draft>;
  // Placed after the hook, so the model writes its cold opens together.
  const {hook, ...rest} = asked.shape;
  return z.object({
    ...rest,
    hook,
    otherHooks: z.array(s.hook).min(others).max(others).describe(`${others} more cold opens, each a different kind`),
  }) as unknown as z.ZodType<Draft>;
}

/** The premise's key phrases for the hook rubric: the parsed keys, else the premise itself. */
function hookKeys(request: WriteRequest, language: string): string[] {
  const keys = keysForPremise(request.premise, language);
  if (!keys) return [request.premise];
  return [...keys.people, keys.object, keys.place, keys.incongruity].filter((k): k is string => !!k);
}

/** The whole script: the draft plus what the program decides. Validate it with parseScript. */
export function scriptFromDraft(draft: Draft, request: WriteRequest): Record<string, unknown> {
  const {twist, cliffhanger, characters, scenes, title, logline, mood} = draft;
  const language = request.language ?? draft.language;
  // Asked for hooks: every cold open scored on the rubric, the best one becomes the hook.
  const hooks = request.hooks
    ? rankHooks([draft.hook, ...(draft.otherHooks ?? [])], hookKeys(request, language ?? 'en'), language)
    : undefined;
  return {
    title,
    logline,
    premise: request.premise,
    genre: request.genre ?? draft.genre,
    mood,
    language,
    targetDurationSec: request.durationSec,
    format: request.format,
    characters,
    scenes,
    hook: hooks?.[0]?.text ?? draft.hook,
    twist,
    cliffhanger,
    ...(hooks && {hooks}),
    ...(request.platform && {platform: request.platform}),
    ...(request.audience && {audience: request.audience}),
    ...(request.ad && {ad: request.ad}),
  };
}

/** Strict structured output has no optional fields, only nullable ones: a null means "left out". */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}
