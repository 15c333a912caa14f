/**
 * Stage 7, render: the script through a template to an H.264/AAC MP4 (faststart) and a poster still.
 * One browser is opened per render session and shared by composition selection, the video and the poster.
 */
import {
  ensureBrowser,
  openBrowser,
  renderMedia,
  renderStill,
  selectComposition,
  type HeadlessBrowser,
} from '@remotion/renderer';
import type {Script} from '../schema/script';
import {UserError} from '../util/errors';
import {writeFileVia} from '../util/files';
import type {Progress} from '../util/progress';
import {NO_BROWSER_HELP} from './browser';

export interface RenderSession {
  serveUrl: string;
  /** A browser executable, or null for Remotion's own (downloaded when missing). */
  browser: string | null;
  progress: Progress;
}

export interface VideoRequest {
  script: Script;
  template: string;
  /** The template's own props (e.g. chat's theme), beside the script's; defaults fill the rest. */
  templateOptions?: Record<string, unknown>;
  outFile: string;
  /** Render at a fraction of the script's size (tests render small). */
  scale?: number;
  /** Inclusive frame range, for short test renders. */
  frameRange?: [number, number];
  concurrency?: number;
}

export interface RenderStats {
  frames: number;
  seconds: number;
}

/** Opens the browser for a session; a missing browser is a user-facing error, not a stack trace. */
export async function openRenderBrowser(
  session: Omit<RenderSession, 'serveUrl'> & {serveUrl?: string},
): Promise<HeadlessBrowser> {
  try {
    if (!session.browser) {
      // No system browser: Remotion's own, downloaded once for users who are online.
      await ensureBrowser({
        onBrowserDownload: () => ({
          version: null,
          onProgress: ({percent}: {percent: number}) => session.progress('browser download', percent),
        }),
      });
    }
    return await openBrowser('chrome', {browserExecutable: session.browser, logLevel: 'error'});
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new UserError(
      session.browser
        ? `could not start the browser "${session.browser}": ${reason}`
        : `${NO_BROWSER_HELP} (${reason})`,
    );
  }
}

/** What every render call shares: the bundle, the selected composition, the props and the open browser. */
export async function renderTarget(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: Pick<VideoRequest, 'template' | 'script' | 'templateOptions'>,
) {
  const inputProps = {...request.script, ...request.templateOptions};
  const common = {serveUrl: session.serveUrl, inputProps, puppeteerInstance: browser, logLevel: 'error' as const};
  return {...common, composition: await selectComposition({...common, id: request.template})};
}

/** Renders the video to a temporary file beside outFile and renames it into place when complete. */
export async function renderVideo(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: VideoRequest,
): Promise<RenderStats> {
  const target = await renderTarget(session, browser, request);
  const started = Date.now();
  const [first, last] = request.frameRange ?? [0, target.composition.durationInFrames - 1];
  await writeFileVia(request.outFile, (temp) =>
    renderMedia({
      ...target,
      codec: 'h264',
      pixelFormat: 'yuv420p',
      // BT.709, limited range: what phones and platforms assume (without it the JPEG frames give full-range yuvj420p).
      colorSpace: 'bt709',
      audioCodec: 'aac',
      // A silent AAC track when there is no soundtrack yet: platforms expect one.
      enforceAudioTrack: true,
      imageFormat: 'jpeg',
      jpegQuality: 90,
      crf: 20,
      scale: request.scale ?? 1,
      frameRange: request.frameRange ?? null,
      concurrency: request.concurrency ?? null,
      outputLocation: temp,
      overwrite: true,
      onProgress: ({progress}) => session.progress('render', progress),
    }),
  );
  return {frames: last - first + 1, seconds: (Date.now() - started) / 1000};
}

export type StillsRequest = Pick<VideoRequest, 'script' | 'template' | 'templateOptions' | 'scale'>;

/** Renders frames as PNGs (the poster, the gallery's cells), each written then renamed; the composition is selected once. */
export async function renderStills(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: StillsRequest,
  stills: {frame: number; outFile: string}[],
): Promise<void> {
  const target = await renderTarget(session, browser, request);
  for (const still of stills) {
    await writeFileVia(still.outFile, (temp) =>
      renderStill({
        ...target,
        frame: Math.min(still.frame, target.composition.durationInFrames - 1),
        imageFormat: 'png',
        scale: request.scale ?? 1,
        output: temp,
        overwrite: true,
      }),
    );
  }
}
