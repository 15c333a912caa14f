/**
 * A real render through the pipeline the CLI runs (write, cast, voice, mix, visualise, time, render), small and
 * short to stay fast, read back with ffprobe.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {runPipeline, type PipelineResult} from '../src/pipeline';
import {findSystemBrowser} from '../src/render/browser';
import {silentProgress} from '../src/util/progress';
import {probe, topLevelBoxes} from './helpers/probe';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-render-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('render through the pipeline', () => {
  let result: PipelineResult;
  const warnings: string[] = [];

  beforeAll(async () => {
    result = await runPipeline({
      premise: 'A night nurse finds her own name on a patient chart',
      durationSec: 20,
      seed: 7,
      template: 'cinematic',
      aspect: '9:16',
      outDir: tmp,
      dryRun: false,
      browser: findSystemBrowser() ?? null,
      writer: 'offline',
      visuals: 'procedural',
      cache: true,
      voices: 'offline',
      music: 'auto',
      musicVolume: 0.35,
      env: {},
      progress: silentProgress,
      warn: (message) => warnings.push(message),
      // 270x480, the first two seconds: the hook card with its voice and music.
      renderScale: 0.25,
      frameRange: [0, 59],
    });
  }, 300000);

  it('writes an H.264 yuv420p MP4 with an AAC track, 30 fps, faststart', () => {
    const info = probe(result.files.video!);
    expect(info).toMatchObject({width: 270, height: 480, fps: 30, videoCodec: 'h264', pixelFormat: 'yuv420p', audioCodec: 'aac'});
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
