import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {HeadlessBrowser} from '@remotion/renderer';
import {getBundle} from '../../src/render/bundle';
import {findSystemBrowser} from '../../src/render/browser';
import {openRenderBrowser, type RenderSession} from '../../src/render/render';
import {silentProgress} from '../../src/util/progress';

/**
 * A render session for a test file: the bundle and one browser opened before its tests and closed after them, and
 * a temporary folder removed with it. Read `session` and `browser` inside tests (they are set in beforeAll).
 */
export function renderSessionForTests(prefix: string): {tmp: string; session: RenderSession; browser: HeadlessBrowser} {
  const tmp = mkdtempSync(path.join(os.tmpdir(), prefix));
  const shared = {tmp} as {tmp: string; session: RenderSession; browser: HeadlessBrowser};
  beforeAll(async () => {
    shared.session = {serveUrl: await getBundle(), browser: findSystemBrowser() ?? null, progress: silentProgress};
    shared.browser = await openRenderBrowser(shared.session);
  }, 300000);
  afterAll(async () => {
    await shared.browser?.close({silent: true});
    rmSync(tmp, {recursive: true, force: true});
  });
  return shared;
}
