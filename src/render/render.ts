/**
 * Stage 7, render: the script through a template to an H.264/AAC MP4 (faststart) and a poster still.
 * One browser is opened per render session and shared by composition selection, the video and the poster.
 */
import {ensureBrowser, openBrowser, renderMedia, renderStill, selectComposition, type HeadlessBrowser} from '@remotion/renderer';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {Script} from '../schema/script';
import {UserError} from '../util/errors';
import {tempPathFor} from '../util/files';
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
export async function openRenderBrowser(session: RenderSession): Promise<HeadlessBrowser> {
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
    return await openBrowser('chrome', {browserExecutable: session.browser, chromiumOptions: {gl: 'swangle'}});
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new UserError(session.browser ? `could not start the browser "${session.browser}": ${reason}` : `${NO_BROWSER_HELP} (${reason})`);
  }
}

async function selectTemplate(session: RenderSession, browser: HeadlessBrowser, template: string, script: Script) {
  return selectComposition({
    serveUrl: session.serveUrl,
    id: template,
    inputProps: script,
    puppeteerInstance: browser,
    logLevel: 'error',
  });
}

/** Renders the video to a temporary file beside outFile and renames it into place when complete. */
export async function renderVideo(session: RenderSession, browser: HeadlessBrowser, request: VideoRequest): Promise<RenderStats> {
  const composition = await selectTemplate(session, browser, request.template, request.script);
  const temp = tempPathFor(request.outFile);
  const started = Date.now();
  const [first, last] = request.frameRange ?? [0, composition.durationInFrames - 1];
  try {
    await renderMedia({
      serveUrl: session.serveUrl,
      composition,
      inputProps: request.script,
      puppeteerInstance: browser,
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
      logLevel: 'error',
      onProgress: ({progress}) => session.progress('render', progress),
    });
    await fs.rename(temp, request.outFile);
  } finally {
    await fs.rm(temp, {force: true});
  }
  return {frames: last - first + 1, seconds: (Date.now() - started) / 1000};
}

/** Renders one frame as a PNG (the poster), written then renamed. */
export async function renderPoster(
  session: RenderSession,
  browser: HeadlessBrowser,
  request: {script: Script; template: string; outFile: string; frame: number; scale?: number},
): Promise<void> {
  const composition = await selectTemplate(session, browser, request.template, request.script);
  const temp = tempPathFor(request.outFile);
  try {
    await renderStill({
      serveUrl: session.serveUrl,
      composition,
      inputProps: request.script,
      puppeteerInstance: browser,
      frame: Math.min(request.frame, composition.durationInFrames - 1),
      imageFormat: 'png',
      scale: request.scale ?? 1,
      output: temp,
      overwrite: true,
      logLevel: 'error',
    });
    await fs.mkdir(path.dirname(request.outFile), {recursive: true});
    await fs.rename(temp, request.outFile);
  } finally {
    await fs.rm(temp, {force: true});
  }
}
