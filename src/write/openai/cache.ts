/**
 * Cache of written drafts: the same server, model, prompt version, premise, options and seed give the same
 * script without a request (a paid call, and a slow one on a local model). The draft is stored, not the script,
 * so the program's own fields (format) always come from the current request.
 */
import {promises as fs} from 'node:fs';
import {hashOf, writeFileAtomic} from '../../util/files';
import {cacheDir} from '../../util/paths';
import type {WriteRequest} from '../writer';
import {PROMPT_VERSION} from './prompt';

export interface DraftCacheKey {
  baseURL: string;
  model: string;
  promptVersion: string;
  premise: string;
  durationSec: number;
  genre?: string;
  language?: string;
  seed: number;
  hooks?: number;
  audience?: string;
  platform?: string;
  ad?: WriteRequest['ad'];
  /** An episode is cached by its place in its series and everything it was told. */
  episode?: WriteRequest['episode'];
}

export function draftCacheKey(baseURL: string, model: string, request: WriteRequest): DraftCacheKey {
  const {premise, durationSec, genre, language, seed, hooks, audience, platform, ad, episode} = request;
  return {
    baseURL,
    model,
    promptVersion: PROMPT_VERSION,
    premise,
    durationSec,
    genre,
    language,
    seed,
    hooks,
    audience,
    platform,
    ad,
    episode,
  };
}

export function draftCacheFile(key: DraftCacheKey): string {
  return cacheDir('openai', `${hashOf(key)}.json`);
}

/** The cached draft, or undefined when there is none or it cannot be read (then it is simply written again). */
export async function readCachedDraft(file: string): Promise<unknown> {
  try {
    return (JSON.parse(await fs.readFile(file, 'utf8')) as {draft?: unknown}).draft;
  } catch {
    return undefined;
  }
}

export async function writeCachedDraft(file: string, key: DraftCacheKey, draft: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify({key, draft}, null, 2)}\n`);
}
