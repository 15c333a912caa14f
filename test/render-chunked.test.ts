/**
 * The fast renderer against a plain renderMedia of the same frames, small and short: the same picture (SSIM), no
 * dropped or doubled frames, and a re-render after an edit that captures only the changed chunks.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {HeadlessBrowser} from '@remotion/renderer';
import {getBundle} from '../src/render/bundle';
import {findSystemBrowser} from '../src/render/browser';
import {renderChunkedVideo} from '../src/render/chunked';
import {openRenderBrowser, renderVideo, type RenderSession} from '../src/render/render';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {timeScript} from '../src/time/timeline';
import {silentProgress} from '../src/util/progress';
import {probe} from './helpers/probe';
import {loadSample} from './helpers/sample';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-chunked-'));
let session: RenderSession;
let browser: HeadlessBrowser;

beforeAll(async () => {
  session = {serveUrl: await getBundle(), browser: findSystemBrowser() ?? null, progress: silentProgress};
  browser = await openRenderBrowser(session);
}, 300000);
afterAll(async () => {
  await browser?.close({silent: true});
  rmSync(tmp, {recursive: true, force: true});
});

/** The sample with its timing pinned, as the pipeline saves it. */
function sample(): Script {
  const script = parseScript(loadSample(), 'sample');
  return {...script, timing: timeScript(script).timing};
}

/** Frames decoded from a video, counted by ffprobe. */
function frameCount(file: string): number {
  const out = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-count_frames',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=nb_read_frames',
      '-of',
      'csv=p=0',
      file,
    ],
    {encoding: 'utf8'},
  );
  return Number(out.trim());
}

/** The mean SSIM of two videos of the same size (ffmpeg's ssim filter, "All", printed on stderr). */
function ssimOf(a: string, b: string): number {
  const result = spawnSync(
    'ffmpeg',
    ['-v', 'info', '-nostats', '-i', a, '-i', b, '-lavfi', '[0:v][1:v]ssim', '-f', 'null', '-'],
    {encoding: 'utf8'},
  );
  const match = /All:([\d.]+)/.exec(result.stderr);
  if (!match) throw new Error(`no SSIM from ffmpeg: ${result.stderr.slice(-500)}`);
  return Number(match[1]);
}

describe('chunked render of held keyframes', () => {
  const script = sample();
  const timeline = timeScript(script);
  // One second either side of the first scene change: a scene's end, the fade, the next scene's entries.
  const boundary = Math.round((timeline.scenes[1].startMs * timeline.fps) / 1000);
  const range: [number, number] = [boundary - 30, boundary + 29];
  const scale = 0.2;
  const fast = path.join(tmp, 'fast', 'video.mp4');
  const plain = path.join(tmp, 'plain.mp4');
  let first: Awaited<ReturnType<typeof renderChunkedVideo>>;

  beforeAll(async () => {
    first = await renderChunkedVideo(session, browser, {
      script,
      template: 'cinematic',
      outFile: fast,
      scale,
      frameRange: range,
    });
    await renderVideo(session, browser, {script, template: 'cinematic', outFile: plain, scale, frameRange: range});
  }, 600000);

  it('has every frame of the range once: frame count and duration match the timeline', () => {
    expect(frameCount(fast)).toBe(60);
    const info = probe(fast);
    expect(info).toMatchObject({
      width: 216,
      height: 384,
      fps: 30,
      videoCodec: 'h264',
      pixelFormat: 'yuv420p',
      audioCodec: 'aac',
    });
    expect(info.durationSec).toBeCloseTo(2, 1);
  });

  it('captured fewer frames than it wrote, over the chunks of both scenes', () => {
    expect(first.chunks).toBe(3); // the end of scene 0, scene 1's fade-in, the rest of scene 1
    expect(first.captured).toBeLessThan(60);
    expect(first.reusedChunks).toBe(0);
  });

  it('shows the same picture as a plain render (SSIM >= 0.97)', () => {
    expect(frameCount(plain)).toBe(60);
    expect(ssimOf(fast, plain)).toBeGreaterThanOrEqual(0.97);
  });

  it('after an edit in the second scene, re-renders only its chunks and shows the new line', async () => {
    const edited: Script = JSON.parse(JSON.stringify(script));
    edited.scenes[1].beats[0].text = 'Nobody told me the groom had a twin.';
    delete edited.scenes[1].beats[0].audio;
    const again = await renderChunkedVideo(session, browser, {
      script: edited,
      template: 'cinematic',
      outFile: fast,
      scale,
      frameRange: range,
    });
    expect(again.reusedChunks).toBe(1);
    expect(again.captured).toBeLessThan(first.captured);
    expect(frameCount(fast)).toBe(60);
    // The first second (scene 0, unchanged) is the same picture; the second (the new line) differs from before.
    expect(readdirSync(path.join(tmp, 'fast', '.chunks')).filter((f) => f.endsWith('.mp4'))).toHaveLength(3);
    const firstHalf = (file: string, out: string) =>
      execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-t', '1', '-an', '-y', out]);
    firstHalf(fast, path.join(tmp, 'a.mp4'));
    firstHalf(plain, path.join(tmp, 'b.mp4'));
    expect(ssimOf(path.join(tmp, 'a.mp4'), path.join(tmp, 'b.mp4'))).toBeGreaterThanOrEqual(0.97);
  }, 600000);
});
