/**
 * Every default and limit a run depends on, defined once: the command line, the writers and (soon) the studio and
 * the queue read them from here. Browser-safe data (no Node), so a web form can show the same ranges and choices.
 * Stages never read these defaults themselves: entry points resolve them into `MakeSettings` and pass them down.
 */
import type {Aspect} from '../schema/format';
import type {Genre, Voice} from '../schema/script';

/** Length of a drama, in seconds. */
export const DURATION_SEC = {min: 15, max: 90, default: 45} as const;
/** Music level under dialogue, 0 (none) to 1 (as loud as the voices between lines). */
export const MUSIC_VOLUME = {min: 0, max: 1, default: 0.35} as const;
/** The story seed: another seed, another story from the same premise. */
export const SEED = {min: 0, max: 2 ** 31 - 1, default: 1} as const;

export const WRITERS = ['offline', 'openai'] as const;
export type WriterName = (typeof WRITERS)[number];

/** A voice provider: who records the lines. */
export type VoiceProviderName = Voice['provider'];
/** `none` skips the voice stage: timing then comes from reading speed. */
export const VOICES = ['offline', 'elevenlabs', 'none'] as const satisfies readonly (VoiceProviderName | 'none')[];
export type VoicesName = (typeof VOICES)[number];

/** Named visual modes; anything else given for visuals is a folder of images. */
export const VISUAL_MODES = ['procedural', 'openai'] as const;
/** Named music modes; anything else given for music is an audio file. */
export const MUSIC_MODES = ['auto', 'none'] as const;

export const DEFAULT_ASPECT: Aspect = '9:16';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** The environment variables an entry point may read (and nothing below it does, except through injection). */
export type Env = Readonly<Record<string, string | undefined>>;

/** The writer when none is asked for: the LLM whenever a key or a server is configured. */
export function defaultWriter(env: Env): WriterName {
  return env.OPENAI_API_KEY || env.OPENAI_BASE_URL ? 'openai' : 'offline';
}

/** The voices when none are asked for: ElevenLabs whenever its key is set. */
export function defaultVoices(env: Env): VoicesName {
  return env.ELEVENLABS_API_KEY ? 'elevenlabs' : 'offline';
}

/** The LLM for the openai writer when none is asked for. */
export function defaultModel(env: Env): string {
  return env.OPENAI_MODEL || DEFAULT_OPENAI_MODEL;
}

/**
 * What to make, fully resolved (every default applied, every value checked): what the command line produces from
 * flags, the studio from a form, and the pipeline consumes.
 */
export interface MakeSettings {
  premise?: string;
  /** Seconds; undefined keeps a given script's own target. */
  durationSec?: number;
  genre?: Genre;
  seed: number;
  template: string;
  /** The template's own props, already checked against its options schema. */
  templateOptions: Record<string, unknown>;
  /** Undefined keeps a given script's own format. */
  aspect?: Aspect;
  dryRun: boolean;
  writer: WriterName;
  /** The LLM for the openai writer. */
  model: string;
  language?: string;
  /** procedural, openai, or the absolute path of a folder of images. */
  visuals: string;
  cache: boolean;
  voices: VoicesName;
  /** auto, none, or the absolute path of an audio file. */
  music: string;
  musicVolume: number;
  /** Whether media in a script may be fetched from http(s) URLs (off unless asked for). */
  remoteMedia: boolean;
}
