/** Bundling the compositions with webpack: slow cold (~26 s), fast warm, so done once per process. */
import {bundle} from '@remotion/bundler';
import path from 'node:path';
import {PROJECT_ROOT} from '../util/paths';
import type {Progress} from '../util/progress';

export const ENTRY_POINT = path.join(PROJECT_ROOT, 'compositions', 'index.ts');

let pending: Promise<string> | undefined;

/** The serve URL of the bundle, built on first use and shared by every later render in this process. */
export function getBundle(progress?: Progress): Promise<string> {
  pending ??= bundle({
    entryPoint: ENTRY_POINT,
    // Linked, not copied: media generated after bundling (voices, music, images) is served at once.
    symlinkPublicDir: true,
    publicDir: path.join(PROJECT_ROOT, 'public'),
    onProgress: (percent) => progress?.('bundle', percent / 100),
  }).catch((error) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
