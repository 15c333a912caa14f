/**
 * A real render through the pipeline the CLI runs (write, cast, voice, mix, visualise, time, render), small and
 * short to stay fast, read back with ffprobe.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DEFAULT_OPENAI_MODEL} from '../src/config';
import {runPipeline, type PipelineOptions, type PipelineResult} from '../src/pipeline';
import {findSystemBrowser} from '../src/render/browser';
import {silentProgress} from '../src/util/progress';
import {decodeAudioTrack, ffmpegLoudness, onsetMs} from './helpers/audio';
import {testServeUrl} from './helpers/bundle';
import {probe, topLevelBoxes} from './helpers/probe';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-render-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

const warnings: string[] = [];

/** The CLI's defaults for an offline run of a fixed premise, rendered small and short. */
async function render(outDir: string, options: Partial<PipelineOptions>): Promise<PipelineResult> {
  return runPipeline({
    premise: 'A night nurse finds her own name on a patient chart',
    durationSec: 20,
    seed: 7,
    template: 'cinematic',
    aspect: '9:16',
    outDir,
    dryRun: false,
    browser: findSystemBrowser() ?? null,
    writer: 'offline',
    model: DEFAULT_OPENAI_MODEL,
    visuals: 'procedural',
    cache: true,
    voices: 'offline',
    music: 'auto',
    musicVolume: 0.35,
    remoteMedia: false,
    serveUrl: await testServeUrl(),
    env: {},
    progress: silentProgress,
    warn: (message) => warnings.push(message),
    ...options,
  });
}

describe('render through the pipeline', () => {
  let result: PipelineResult;

  beforeAll(async () => {
    // 270x480, the first two seconds: the hook card with its voice and music.
    result = await render(path.join(tmp, 'full'), {renderScale: 0.25, frameRange: [0, 59]});
  }, 300000);

  it('writes an H.264 yuv420p MP4 with an AAC track, 30 fps, faststart', () => {
    const info = probe(result.files.video!);
    expect(info).toMatchObject({
      width: 270,
      height: 480,
      fps: 30,
      videoCodec: 'h264',
      pixelFormat: 'yuv420p',
      audioCodec: 'aac',
    });
    expect(info.durationSec).toBeGreaterThan(1.9);
    expect(info.durationSec).toBeLessThan(2.2);
    const boxes = topLevelBoxes(result.files.video!);
    expect(boxes.indexOf('moov')).toBeGreaterThan(-1);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
  });

  it('writes the poster, the script and the captions beside it', () => {
    const png = readFileSync(result.files.poster!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(270);
    expect(png.readUInt32BE(20)).toBe(480);
    const saved = JSON.parse(readFileSync(result.files.script, 'utf8'));
    expect(saved.title).toBe(result.script.title);
    expect(saved.soundtrack.src).toMatch(/^generated\//);
    expect(readFileSync(result.files.srt, 'utf8')).toMatch(/^1\n00:00:00,\d{3} --> /);
    expect(warnings).toEqual([]);
  });
});

describe('the rendered soundtrack', () => {
  let result: PipelineResult;

  beforeAll(async () => {
    // Tiny frames: this is about the sound. No music, so the first sound is the first word.
    result = await render(path.join(tmp, 'voice-only'), {music: 'none', renderScale: 0.1, frameRange: [0, 89]});
  }, 300000);

  it('starts speaking when the first caption appears', () => {
    const firstCue = /^1\n00:00:(\d\d),(\d{3}) -->/.exec(readFileSync(result.files.srt, 'utf8'))!;
    const captionMs = Number(firstCue[1]) * 1000 + Number(firstCue[2]);
    const speechMs = onsetMs(decodeAudioTrack(result.files.video!))!;
    expect(speechMs).toBeDefined();
    expect(Math.abs(speechMs - captionMs)).toBeLessThan(60);
  });

  it('keeps the loudness of the mix through the AAC encode', () => {
    const soundtrack = path.join(__dirname, '..', 'public', result.script.soundtrack!.src);
    const range = {fromSec: 0, toSec: 3};
    const mixed = ffmpegLoudness(soundtrack, range);
    const encoded = ffmpegLoudness(result.files.video!, range);
    expect(Math.abs(encoded.integrated - mixed.integrated)).toBeLessThan(0.5);
    expect(encoded.truePeak).toBeLessThan(-1);
    // The whole mix is mastered to the platforms' -14 LUFS.
    expect(Math.abs(ffmpegLoudness(soundtrack).integrated - -14)).toBeLessThanOrEqual(1);
  });
});
