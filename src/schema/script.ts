/**
 * The script: the one document every stage reads and writes, and the props of every template.
 * This file is the single source of truth; the JSON Schema in public/script.schema.json is exported from it
 * (`npm run schema`) and Studio's props editor reads it directly.
 */
import {z} from 'zod';
import {zColor} from '@remotion/zod-types';
import {checkScript} from './checks';
import {mediaRefProblem} from './media-ref';
import {controlCharProblem, oneLine} from './text';

export const GENRES = [
  'romance',
  'revenge',
  'mystery',
  'family',
  'workplace',
  'thriller',
  'comedy',
  'heartwarming',
] as const;
export const MOODS = ['tension', 'romance', 'mystery', 'sad', 'comedy', 'triumph'] as const;
export const BEAT_KINDS = ['line', 'narration', 'action', 'text'] as const;
export const TIMES_OF_DAY = ['dawn', 'morning', 'day', 'afternoon', 'dusk', 'evening', 'night'] as const;
/** Settings the procedural backgrounds know how to paint; `location` stays free text. */
export const SETTINGS = [
  'street',
  'office',
  'cafe',
  'home',
  'bedroom',
  'kitchen',
  'hospital',
  'rooftop',
  'car',
  'bar',
  'restaurant',
  'park',
  'beach',
  'school',
  'church',
  'hotel',
  'party',
  'station',
  'forest',
  'warehouse',
] as const;
export const EMOTIONS = [
  'neutral',
  'happy',
  'tender',
  'sad',
  'angry',
  'afraid',
  'surprised',
  'cold',
  'desperate',
  'smug',
  'shocked',
] as const;
export const MARKERS = ['hook', 'twist', 'cliffhanger'] as const;
/** What a planted beat sets up: the twist or the cliffhanger it later pays off. */
export const PAYOFFS = ['twist', 'cliffhanger'] as const;
/** Platforms a drama can be shaped for: length bounds, safe zones and caption style. */
export const PLATFORMS = ['tiktok', 'reels', 'shorts'] as const;

export const LIMITS = {
  titleChars: 80,
  loglineChars: 240,
  premiseChars: 300,
  beatChars: 280,
  cardChars: 160,
  nameChars: 40,
  descriptionChars: 400,
  characters: 6,
  scenes: 8,
  beatsPerScene: 16,
} as const;

/** A key the schema does not know is an error naming it, never silently dropped (a typo would lose the field). */
function unknownKeys(where = '') {
  return {
    error: (issue: {code?: string; keys?: readonly string[]}) => {
      if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
      const keys = issue.keys.slice(0, 5).map((key) => JSON.stringify(oneLine(key, 40)));
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys.join(', ')}${more}${where}`;
    },
  };
}

/** An object of the script: strict, so an unknown (misspelt) key is reported rather than dropped. */
const object = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape, unknownKeys());

/** Free text: any characters but control and bidi-override ones (src/schema/text.ts). */
const text = () =>
  z.string().superRefine((value, ctx) => {
    const problem = controlCharProblem(value);
    if (problem) ctx.addIssue({code: 'custom', message: problem});
  });

/** A media reference: a file under public/ or an http(s) URL (src/schema/media-ref.ts; src/media/ checks the disk). */
const mediaRef = () =>
  z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      const problem = controlCharProblem(value) ?? mediaRefProblem(value);
      if (problem) ctx.addIssue({code: 'custom', message: problem});
    });

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be lowercase letters, digits, "-" or "_" (at most 32)');

/** A word as it is spoken: times are relative to the start of its audio clip. */
export const spokenWord = object({
  text: text().min(1),
  startMs: z.number().min(0),
  endMs: z.number().min(0),
});

/** Audio for one spoken segment (a beat, the hook or the end card), written by the voice stage. */
export const spokenAudio = object({
  src: mediaRef().describe('Path under public/ (for staticFile) or an http(s) URL'),
  durationMs: z.number().positive(),
  words: z.array(spokenWord),
});

export const voice = object({
  provider: z.enum(['offline', 'elevenlabs']),
  id: text().min(1).describe('espeak-ng voice+variant (e.g. "en-us+f3") or an ElevenLabs voice id'),
  pitch: z.number().int().min(0).max(99).optional().describe('espeak-ng pitch, 0-99'),
  rate: z.number().int().min(80).max(400).optional().describe('espeak-ng words per minute'),
});

export const character = object({
  id,
  name: text().min(1).max(LIMITS.nameChars),
  role: text().min(1).max(60).describe('e.g. protagonist, antagonist, love interest, ally'),
  description: text().max(LIMITS.descriptionChars).describe('Who they are: gender, age, manner'),
  appearance: text().max(LIMITS.descriptionChars).optional().describe('How they look, for consistent visuals'),
  color: zColor(),
  voice: voice.optional(),
});

export const beat = object({
  kind: z
    .enum(BEAT_KINDS)
    .describe('line: spoken by a character; narration: voice-over; action: what happens; text: a message on screen'),
  characterId: id.optional().describe('Who speaks a line, or who sends a text'),
  text: text().min(1).max(LIMITS.beatChars),
  emotion: z.enum(EMOTIONS).optional(),
  marker: z.enum(MARKERS).optional().describe('Marks the beat that is the hook, the twist or the cliffhanger'),
  setup: z.enum(PAYOFFS).optional().describe('This beat plants what the twist (or the cliffhanger) later pays off'),
  audio: spokenAudio.optional(),
});

export const scene = object({
  id,
  location: text().min(1).max(120),
  setting: z
    .enum(SETTINGS)
    .optional()
    .describe('Kind of place, for procedural art; inferred from location when absent'),
  timeOfDay: z.enum(TIMES_OF_DAY),
  visual: text().max(LIMITS.descriptionChars).describe('What the camera sees'),
  image: mediaRef().optional().describe('Scene image: path under public/ or http(s) URL'),
  beats: z.array(beat).min(1).max(LIMITS.beatsPerScene),
});

/** One written cold open and how it scored on the hook rubric (src/craft/hook-rubric.ts). */
export const hookVariant = object({
  text: text().min(1).max(LIMITS.cardChars),
  score: z.number().min(0).max(1),
  reasons: z.array(text().max(120)).max(10),
});

/** An advertisement's brief: the product resolves the drama's conflict; the end card carries the call to action. */
export const adBrief = object({
  brand: text().min(1).max(60),
  product: text().min(1).max(120),
  cta: text().min(1).max(80).describe('The call to action on the end card'),
  logo: mediaRef().optional().describe('Logo image: path under public/'),
  url: text().max(200).optional(),
});

/** An episode's place in its series; `previously` opens episodes 2..N with the last episode's cliffhanger. */
export const seriesRef = object({
  title: text().min(1).max(LIMITS.titleChars),
  episode: z.number().int().min(1),
  of: z.number().int().min(1),
  previously: text()
    .max(LIMITS.cardChars + 20)
    .optional()
    .describe("The recap that picks up the previous episode's cliffhanger"),
});

export const format = object({
  width: z.number().int().min(144).max(3840).multipleOf(2),
  height: z.number().int().min(144).max(3840).multipleOf(2),
  fps: z.number().int().min(10).max(60),
});

export const scriptObject = z.strictObject(
  {
    $schema: z.string().max(400).optional().describe('The JSON Schema this file follows, so editors can check it'),
    title: text().min(1).max(LIMITS.titleChars),
    logline: text().max(LIMITS.loglineChars),
    premise: text().max(LIMITS.premiseChars).optional(),
    genre: z.enum(GENRES),
    mood: z.enum(MOODS),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"'),
    targetDurationSec: z.number().min(5).max(180).describe('Duration the timing aims for'),
    format,
    characters: z.array(character).min(1).max(LIMITS.characters),
    narrator: object({voice: voice.optional()}).optional(),
    scenes: z.array(scene).min(1).max(LIMITS.scenes),
    hook: text().min(1).max(LIMITS.cardChars).describe('Shown (and spoken) in the first seconds'),
    twist: text().min(1).max(LIMITS.cardChars),
    cliffhanger: text().min(1).max(LIMITS.cardChars).describe('Shown on the end card'),
    hooks: z
      .array(hookVariant)
      .max(10)
      .optional()
      .describe('Every cold open that was written, best first; the first is the hook'),
    platform: z.enum(PLATFORMS).optional().describe('The platform the drama is shaped for'),
    audience: text().max(200).optional().describe('Who the drama is for'),
    ad: adBrief.optional().describe('Present when the drama is an advertisement'),
    series: seriesRef.optional().describe('Present when the drama is an episode of a series (see series.json)'),
    cardAudio: object({hook: spokenAudio.optional(), cliffhanger: spokenAudio.optional()}).optional(),
    soundtrack: object({src: mediaRef(), durationMs: z.number().positive()})
      .optional()
      .describe('The mixed dialogue, music and effects for the whole timeline'),
    timing: object({flexScale: z.number().positive(), speechScale: z.number().positive()})
      .optional()
      .describe(
        'How pauses and estimated speech were scaled to meet the target; kept so an edit re-times only the edited lines',
      ),
  },
  unknownKeys(' at the top level'),
);

/** The full schema with the cross-field checks; use this one everywhere a script enters the program. */
export const scriptSchema = scriptObject.superRefine(checkScript);

export type Script = z.infer<typeof scriptObject>;
export type Scene = z.infer<typeof scene>;
export type Beat = z.infer<typeof beat>;
export type Character = z.infer<typeof character>;
export type Voice = z.infer<typeof voice>;
export type SpokenAudio = z.infer<typeof spokenAudio>;
export type SpokenWord = z.infer<typeof spokenWord>;
export type Genre = (typeof GENRES)[number];
export type Mood = (typeof MOODS)[number];
export type Setting = (typeof SETTINGS)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export type Emotion = (typeof EMOTIONS)[number];
export type Marker = (typeof MARKERS)[number];
export type Payoff = (typeof PAYOFFS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type HookVariant = z.infer<typeof hookVariant>;
export type AdBrief = z.infer<typeof adBrief>;
export type Format = z.infer<typeof format>;
export type SeriesRef = z.infer<typeof seriesRef>;
