/**
 * The drawn cast without rendering: looks read from the script's appearance, the acting as key frames of the
 * timeline (a mouth shape per word, blinks, who is on stage), and the hold plan capturing exactly those frames.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {lookOf} from '../compositions/primitives/cast/appearance';
import {placeFigures} from '../compositions/primitives/cast/staging';
import {planHolds} from '../src/render/holds';
import type {Script} from '../src/schema/script';
import {actingOf, faceAt, visemesOf} from '../src/time/acting';
import {markedSegment, timeScript} from '../src/time/timeline';
import {templateInfo, templateOptions} from '../src/templates';

const load = (name: string): Script =>
  JSON.parse(readFileSync(path.join(__dirname, '..', 'public', 'samples', `${name}.json`), 'utf8'));

describe('a look from the appearance', () => {
  const wedding = load('wrong-wedding');
  const look = (id: string) => lookOf(wedding.characters.find((c) => c.id === id)!);

  it('reads hair, clothes, items and gender from the words', () => {
    const lena = look('lena'); // "dark curly hair, navy blazer, headset"; "A woman in her late twenties..."
    expect(lena.gender).toBe('female');
    expect(lena.hair.style).toBe('curly');
    expect(lena.top.kind).toBe('blazer');
    expect(lena.top.color).toBe('#1f2b4d');
    expect(lena.items).toContain('headset');
    const omar = look('omar'); // "tall, grey suit, loosened tie"
    expect(omar.gender).toBe('male');
    expect(omar.top).toEqual({kind: 'suit', color: '#9a9ca3'});
    expect(omar.items).toContain('tie');
    const clara = look('clara'); // "blonde bob, white silk dress"
    expect(clara.hair).toEqual({style: 'bob', color: '#e2c074'});
    expect(clara.top).toEqual({kind: 'dress', color: '#f1efe9'});
  });

  it('is the same every time and differs between characters it says nothing about', () => {
    const bare = (id: string) => lookOf({id, description: 'A stress-test character', color: '#ff5c8a'});
    expect(bare('max')).toEqual(bare('max'));
    const many = ['max', 'bart', 'li', 'zoe', 'olu', 'ana'].map((id) => JSON.stringify(bare(id)));
    expect(new Set(many).size).toBeGreaterThan(3);
  });

  it('ages and greys an older character', () => {
    const grace = lookOf(load('last-will').characters.find((c) => c.id === 'grace')!); // "grey hair, pearl earrings"
    expect(grace.age).toBe('older');
    expect(grace.items).toEqual(expect.arrayContaining(['pearls', 'earrings']));
  });
});

describe('acting', () => {
  const script = load('wrong-wedding');
  const timeline = timeScript(script);
  const acting = actingOf(timeline);

  it('gives words mouth shapes from their letters', () => {
    expect(visemesOf('Maybe')).toEqual(['press', 'open']);
    expect(visemesOf('you')).toEqual(['round']);
    expect(visemesOf('need')).toEqual(['wide']);
    expect(visemesOf('結婚')).toHaveLength(1);
  });

  it("moves the speaker's mouth on each word and closes it in the pauses, the listener's never", () => {
    const index = timeline.segments.findIndex(
      (s, i) => acting.staging[i]?.shot === 'two' && acting.staging[i]?.speaker && s.words.length > 3,
    );
    const segment = timeline.segments[index];
    const {speaker, cast} = acting.staging[index]!;
    const listener = cast.find((id) => id !== speaker)!;
    const frameOf = (ms: number) => Math.ceil((ms * timeline.fps) / 1000 - 1e-6);
    const first = segment.words[0];
    expect(faceAt(acting, speaker!, frameOf(first.startMs)).mouth).toBe(visemesOf(first.text)[0]);
    expect(faceAt(acting, speaker!, frameOf(first.startMs) - 1).mouth).toBe('rest');
    const last = segment.words[segment.words.length - 1];
    expect(faceAt(acting, speaker!, frameOf(last.endMs)).mouth).toBe('rest');
    const frames = [...Array(frameOf(segment.startMs + segment.durationMs) - frameOf(segment.startMs)).keys()];
    expect(new Set(frames.map((f) => faceAt(acting, listener, f + frameOf(segment.startMs)).mouth))).toEqual(
      new Set(['rest']),
    );
  });

  it('blinks every figure, briefly, on a key frame', () => {
    for (const [id, track] of Object.entries(acting.tracks)) {
      const closes = track.filter((c, i) => c.eyesClosed && !track[i - 1]?.eyesClosed);
      expect(closes.length).toBeGreaterThan(2);
      for (const close of closes) {
        const reopen = track.find((c) => c.frame > close.frame && !c.eyesClosed)!;
        expect(reopen.frame - close.frame).toBeLessThanOrEqual(6);
      }
      expect(id).toMatch(/^[a-z]/);
    }
  });

  it('stages two-shots in dialogue scenes and closes in on the twist', () => {
    const twist = timeline.segments.indexOf(markedSegment(timeline, 'twist')!);
    expect(acting.staging[twist]).toMatchObject({shot: 'close', cast: [timeline.segments[twist].characterId]});
    expect(acting.staging.filter((s) => s?.shot === 'two').length).toBeGreaterThan(3);
    expect(acting.staging[0]).toBeUndefined(); // the hook card
    expect(acting.staging[timeline.segments.length - 1]).toBeUndefined(); // the end card
  });

  it('is what the hold plan captures: every change of a face is a captured frame', () => {
    const range: [number, number] = [0, timeline.durationInFrames - 1];
    // With the cinematic template's rule: texts' and actions' words are not captured, every mouth still is.
    const {wordByWord} = templateInfo('cinematic')!;
    const plan = planHolds(timeline, range, {extraKeyFrames: acting.keyFrames, wordByWord});
    const captured = new Set(plan.frames);
    expect(acting.keyFrames.every((f) => captured.has(f))).toBe(true);
    // Word-level acting: a few key frames per word at most, not one per frame.
    const words = timeline.segments.reduce((n, s) => n + s.words.length, 0);
    expect(acting.keyFrames.length).toBeLessThan(words * 2);
    const without = planHolds(timeline, range, {wordByWord}).frames.length;
    expect(plan.frames.length / without).toBeLessThan(1.2);
  });

  it("places a two-shot side by side in a wide stage and the close-up past the stage's bottom", () => {
    const stage = {left: 0, top: 40, width: 1920, height: 500};
    const [a, b] = placeFigures(stage, 'two', ['lena', 'omar'], 'omar');
    expect(a.box.left + a.box.width).toBeLessThanOrEqual(b.box.left + b.box.width / 2);
    expect(b.front).toBe(true);
    expect(a.facing).toBeGreaterThan(0);
    const [close] = placeFigures(stage, 'close', ['lena'], 'lena');
    expect(close.box.top + close.box.height).toBeGreaterThan(stage.top + stage.height);
  });
});

describe('the cast option', () => {
  const cinematic = templateInfo('cinematic')!;
  it('is on by default for cinematic, off with --set cast=off, and checked', () => {
    expect(templateOptions(cinematic, {})).toEqual({cast: 'on'});
    expect(templateOptions(cinematic, {cast: 'off'})).toEqual({cast: 'off'});
    expect(() => templateOptions(cinematic, {cast: 'maybe'})).toThrow(/cast/);
  });
});
