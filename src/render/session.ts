/**
 * The renderer's set-up, started early: finding (or building) the bundle and launching the browser take seconds
 * that need nothing from the voices, the mix or the visuals, so the pipeline starts them beside those stages.
 *
 * Lifecycle: `start()` begins both (idempotent); `ready()` waits for them (starting them if need be); `close()`
 * closes the browser if one was launched, whatever happened meanwhile, and is safe to call more than once or
 * without a start. A failure to bundle or launch is reported by `ready()`, not as an unhandled rejection.
 */
import type {HeadlessBrowser} from '@remotion/renderer';
import type {Progress} from '../util/progress';
import {getBundle} from './bundle';
import {openRenderBrowser, type RenderSession} from './render';

export interface EarlyRenderer {
  start(): void;
  ready(): Promise<{session: RenderSession; browser: HeadlessBrowser}>;
  close(): Promise<void>;
}

export function earlyRenderer(options: {serveUrl?: string; browser: string | null; progress: Progress}): EarlyRenderer {
  const {progress} = options;
  let started: Promise<{session: RenderSession; browser: HeadlessBrowser}> | undefined;
  let browser: Promise<HeadlessBrowser> | undefined;
  const start = () => {
    if (started) return;
    const serveUrl = options.serveUrl ? Promise.resolve(options.serveUrl) : getBundle(progress);
    progress('browser', 0);
    browser = openRenderBrowser(options).then((opened) => {
      progress('browser', 1);
      return opened;
    });
    started = Promise.all([serveUrl, browser]).then(([url, opened]) => ({
      session: {serveUrl: url, browser: options.browser, progress},
      browser: opened,
    }));
    started.catch(() => undefined); // reported by ready()
  };
  return {
    start,
    ready: () => {
      start();
      return started!;
    },
    close: async () => {
      const opened = await browser?.catch(() => undefined);
      await opened?.close({silent: true});
    },
  };
}
