/**
 * The fast renderer against a plain renderMedia of the same frames, small and short: the same picture (SSIM), no
 * dropped or doubled frames, a re-render after an edit that captures only the changed chunks, and the word starts
 * it skips in segments drawn whole (an action, a text) showing what a plain render shows on them.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {renderChunkedVideo} from '../src/render/chunked';
import {planHolds, shapeOf} from '../src/render/holds';
import {renderVideo} from '../src/render/render';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {templateInfo} from '../src/templates';
import {timeScript} from '../src/time/timeline';
import {probe} from './helpers/probe';
import {renderSessionForTests} from './helpers/render-session';
import {ssimPerFrame} from './helpers/ssim';
import {loadSample} from './helpers/sample';

const rendering = renderSessionForTests('microdrama-chunked-');
const {tmp} = rendering;

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

/** Every render here is at a fifth of the frame's size. */
const scale = 0.2;

/** The range of the cinematic script, chunked and plain; the chunked render's stats. */
async function renderBoth(script: Script, range: [number, number], files: {fast: string; plain: string}) {
  const request = {script, template: 'cinematic', scale, frameRange: range};
  const stats = await renderChunkedVideo(rendering.session, rendering.browser, {...request, outFile: files.fast});
  await renderVideo(rendering.session, rendering.browser, {...request, outFile: files.plain});
  return stats;
}

describe('chunked render of held keyframes', () => {
  const script = sample();
  const timeline = timeScript(script);
  // One second either side of the first scene change: a scene's end, the fade, the next scene's entries.
  const boundary = Math.round((timeline.scenes[1].startMs * timeline.fps) / 1000);
  const range: [number, number] = [boundary - 30, boundary + 29];
  const fast = path.join(tmp, 'fast', 'video.mp4');
  const plain = path.join(tmp, 'plain.mp4');
  let first: Awaited<ReturnType<typeof renderChunkedVideo>>;

  beforeAll(async () => {
    first = await renderBoth(script, range, {fast, plain});
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
    const again = await renderChunkedVideo(rendering.session, rendering.browser, {
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

describe('word starts the renderer skips in segments drawn whole (cinematic: an action, then a text)', () => {
  // The sample's first scene with a text right after its action, so one short range holds both.
  const raw = loadSample();
  raw.scenes[0].beats.splice(2, 0, {kind: 'text', characterId: 'clara', text: 'Where are you? Everyone is waiting.'});
  const script = parseScript(raw, 'sample');
  const timeline = timeScript(script);
  const fps = timeline.fps;
  const shown = timeline.segments.filter(
    (s) => s.sceneIndex === 0 && (shapeOf(s) === 'action' || shapeOf(s) === 'text'),
  );
  const range: [number, number] = [
    Math.round((shown[0].startMs * fps) / 1000),
    Math.round(((shown[1].startMs + shown[1].durationMs) * fps) / 1000) - 1,
  ];
  const {wordByWord} = templateInfo('cinematic')!;
  const planned = new Set(planHolds(timeline, range, {wordByWord}).frames);
  // The frames a word start would have captured that the cinematic plan holds instead.
  const skipped = shown
    .flatMap((s) => s.words.map((w) => Math.ceil((w.startMs * fps) / 1000 - 1e-6)))
    .filter((frame) => frame >= range[0] && frame <= range[1] && !planned.has(frame));
  const fast = path.join(tmp, 'whole', 'video.mp4');
  const plain = path.join(tmp, 'whole-plain.mp4');

  beforeAll(async () => {
    await renderBoth(script, range, {fast, plain});
  }, 600000);

  it('are frames of both an action and a text, each shown as a plain render shows it (SSIM >= 0.98)', () => {
    expect(shown.map(shapeOf)).toEqual(['action', 'text']);
    for (const segment of shown) {
      const [from, to] = [(segment.startMs * fps) / 1000, ((segment.startMs + segment.durationMs) * fps) / 1000];
      expect(skipped.some((frame) => frame >= from && frame < to)).toBe(true);
    }
    const ssim = ssimPerFrame(fast, plain, path.join(tmp, 'ssim.log'));
    expect(ssim).toHaveLength(range[1] - range[0] + 1);
    const atSkipped = skipped.map((frame) => ssim[frame - range[0]]);
    expect(Math.min(...atSkipped)).toBeGreaterThanOrEqual(0.98);
  });
});
