/**
 * Where things live. Generated media (voices, music, images) go under public/generated/ so that both the
 * renderer (the bundle links public/) and Studio can load them with staticFile(); scripts refer to them by
 * their path relative to public/. Paid replies (LLM text) are cached under .cache/.
 */
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

/** Cache of replies from paid services; MICRODRAMA_CACHE_DIR moves it (tests point it at a temp dir). */
export function cacheDir(...parts: string[]): string {
  return path.join(process.env.MICRODRAMA_CACHE_DIR ?? path.join(PROJECT_ROOT, '.cache'), ...parts);
}

/** A generated asset: its absolute path on disk and the staticFile() path a script stores. */
export function generatedAsset(kind: string, fileName: string): {file: string; src: string} {
  const src = ['generated', kind, fileName].join('/');
  return {file: path.join(PUBLIC_DIR, src), src};
}

/** The absolute path of a script's media reference (a staticFile() path); undefined for URLs. */
export function publicFile(src: string): string | undefined {
  return /^(https?:|data:)/.test(src) ? undefined : path.join(PUBLIC_DIR, src);
}

/** The sample scripts that ship with the project (Studio shows them; tests and the bench render them). */
export const SAMPLE_DIR = path.join(PUBLIC_DIR, 'samples');
