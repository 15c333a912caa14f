/**
 * Re-rendering an edit through the whole pipeline, small and short: a one-line change re-renders only the chunks of
 * the edited scene, keeps the poster (its frame did not change), reuses the bundle without building, and the new
 * video has every frame, the very frames a full render of the edited script has. A change of template re-renders
 * everything. And the composition the renderer works out itself (to skip a page load) is the browser's.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DEFAULT_OPENAI_MODEL} from '../src/config';
import {runPipeline, type PipelineOptions, type PipelineResult} from '../src/pipeline';
import {selectComposition} from '@remotion/renderer';
import {findSystemBrowser} from '../src/render/browser';
import {compositionOf} from '../src/render/composition';
import {openRenderBrowser} from '../src/render/render';
import {formatFor} from '../src/schema/format';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {TEMPLATES} from '../src/templates';
import {timeScript} from '../src/time/timeline';
import {silentProgress} from '../src/util/progress';
import {testServeUrl} from './helpers/bundle';
import {probe} from './helpers/probe';
import {loadSample} from './helpers/sample';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-edit-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

const outDir = path.join(tmp, 'out');
/** Every progress report of every run in this file (the bundle is looked up once per process). */
const reports: [string, number, string | undefined][] = [];

/** The script through every stage but the voices and the music (not what this test is about), small and short. */
function make(script: Script, options: Partial<PipelineOptions> = {}): Promise<PipelineResult> {
  const timeline = timeScript(script);
  const boundary = Math.round((timeline.scenes[1].startMs * timeline.fps) / 1000);
  return runPipeline({
    script,
    seed: 1,
    template: 'cinematic',
    templateOptions: {},
    outDir,
    dryRun: false,
    browser: findSystemBrowser() ?? null,
    writer: 'offline',
    model: DEFAULT_OPENAI_MODEL,
    visuals: 'procedural',
    cache: true,
    voices: 'none',
    music: 'none',
    musicVolume: 0.35,
    remoteMedia: false,
    env: {},
    progress: (stage, fraction, detail) => reports.push([stage, fraction, detail]),
    warn: () => undefined,
    renderScale: 0.2,
    // The hook (the poster's frame) and one second either side of the first scene change.
    frameRange: [0, boundary + 29],
    ...options,
  });
}

/** The MD5 of every decoded frame of a video's picture, in order. */
const frameHashes = (file: string) =>
  execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:v:0', '-f', 'framemd5', '-'], {encoding: 'utf8'})
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(',').at(-1)!.trim());

describe('an edit re-rendered through the pipeline', () => {
  const script = parseScript(loadSample(), 'sample');
  let first: PipelineResult;
  let edited: PipelineResult;
  let saved: Script;

  beforeAll(async () => {
    first = await make(script);
    // As a user edits the saved script.json: its pinned timing keeps every other segment's length.
    saved = JSON.parse(readFileSync(first.files.script, 'utf8'));
    saved.scenes[1].beats[0].text = 'Nobody told me the groom had a twin.';
    edited = await make(saved);
  }, 900000);

  it('reuses the bundle the test setup built: found in the cache, never built (no webpack progress)', () => {
    const bundle = reports.filter(([stage]) => stage === 'bundle');
    expect(bundle).toEqual([['bundle', 1, 'cached']]);
  });

  it('re-renders only the edited scene and keeps the poster', () => {
    expect(first.render!.reusedChunks).toBe(0);
    expect(first.render!.posterReused).toBe(false);
    expect(edited.render!.chunks).toBe(first.render!.chunks);
    // Scene 0 is reused; the edited scene 1's chunks (its fade-in and its body) are captured again.
    expect(edited.render!.reusedChunks).toBe(first.render!.chunks - 2);
    expect(edited.render!.captured).toBeLessThan(first.render!.captured);
    expect(edited.render!.posterReused).toBe(true);
  });

  it('writes a whole video of the new script: the frame count and captions follow the edit', () => {
    const info = probe(edited.files.video!);
    expect(info).toMatchObject({width: 216, height: 384, videoCodec: 'h264', audioCodec: 'aac'});
    expect(info.durationSec).toBeCloseTo(edited.render!.frames / 30, 1);
    // Captions are paged a few words a cue: the cues' texts, joined, say the new line.
    const said = readFileSync(edited.files.srt, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !/^\d+$|-->/.test(line))
      .join(' ');
    expect(said).toContain('Nobody told me the groom had a twin.');
  });

  it('shows the very frames of a full render of the edited script', async () => {
    const edit = frameHashes(edited.files.video!);
    const full = await make(saved, {outDir: path.join(tmp, 'full')});
    expect(full.render!.reusedChunks).toBe(0);
    expect(frameHashes(full.files.video!)).toEqual(edit);
  }, 600000);

  it('a change of template re-renders every chunk', async () => {
    const storytime = await make(edited.script, {template: 'storytime'});
    expect(storytime.render!.reusedChunks).toBe(0);
  }, 600000);
});

describe('the composition a chunked render works out without the browser', () => {
  it('is the one selectComposition gives, for every template and aspect', async () => {
    const session = {serveUrl: await testServeUrl(), browser: findSystemBrowser() ?? null, progress: silentProgress};
    const browser = await openRenderBrowser(session);
    try {
      for (const template of TEMPLATES) {
        for (const aspect of template.aspects) {
          const inputProps = {...parseScript({...loadSample(), format: formatFor(aspect)}, 'sample')};
          const selected = await selectComposition({
            serveUrl: session.serveUrl,
            id: template.name,
            inputProps,
            puppeteerInstance: browser,
            logLevel: 'error',
          });
          const mine = compositionOf(template, inputProps);
          const {defaultProps: _selectedDefaults, ...expected} = selected;
          const {defaultProps: _mine, ...actual} = mine;
          expect({template: template.name, aspect, ...JSON.parse(JSON.stringify(actual))}).toEqual({
            template: template.name,
            aspect,
            ...expected,
          });
        }
      }
    } finally {
      await browser.close({silent: true});
    }
  }, 300000);
});
