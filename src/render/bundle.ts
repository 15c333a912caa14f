/** Bundling the compositions with webpack: slow cold (~26 s), fast warm, so done once per process. */
import {bundle} from '@remotion/bundler';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {hashBytes} from '../util/files';
import {PROJECT_ROOT} from '../util/paths';
import type {Progress} from '../util/progress';

export const ENTRY_POINT = path.join(PROJECT_ROOT, 'compositions', 'index.ts');

let pending: Promise<string> | undefined;

/**
 * The bundle is a ~65 MB folder in the temp directory: removed when the process exits, after a failure too (an
 * 'exit' listener runs on errors and process.exit; interrupts are re-raised after the removal).
 */
export function removeAtExit(dir: string): void {
  const remove = () => rmSync(dir, {recursive: true, force: true});
  process.once('exit', remove);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      remove();
      process.kill(process.pid, signal);
    });
  }
}

/** The serve URL of the bundle, built on first use and shared by every later render in this process. */
export function getBundle(progress?: Progress): Promise<string> {
  pending ??= bundle({
    entryPoint: ENTRY_POINT,
    // Linked, not copied: media generated after bundling (voices, music, images) is served at once.
    symlinkPublicDir: true,
    publicDir: path.join(PROJECT_ROOT, 'public'),
    onProgress: (percent) => progress?.('bundle', percent / 100),
  }).then(
    (dir) => {
      removeAtExit(dir);
      return dir;
    },
    (error) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

const codeHashes = new Map<string, string>();

/**
 * A hash of the bundle's code (its JavaScript files), part of every chunk's cache key so that a change to any
 * composition re-renders. A serve URL that is not a local folder hashes as itself.
 */
export function bundleCodeHash(serveUrl: string): string {
  let hash = codeHashes.get(serveUrl);
  if (hash) return hash;
  let files: string[] = [];
  try {
    files = readdirSync(serveUrl)
      .filter((name) => name.endsWith('.js') && statSync(path.join(serveUrl, name)).isFile())
      .sort();
  } catch {
    // A remote serve URL: its address is all we know of its code.
  }
  const parts = files.map((name) => `${name}:${hashBytes(readFileSync(path.join(serveUrl, name)))}`);
  hash = hashBytes(files.length ? parts.join('\n') : serveUrl, 16);
  codeHashes.set(serveUrl, hash);
  return hash;
}
