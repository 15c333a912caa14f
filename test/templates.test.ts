/**
 * The pure parts of the templates: the registry data and its schemas, the chat's conversation model, clock and
 * geometry, the storytime emphasis and type measure, emotions, colours and the key frames. (The rendered layouts
 * are measured in templates-layout.test.ts.)
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {chatGeometry} from '../compositions/chat/geometry';
import {clockAt} from '../src/time/chat-clock';
import {buildThread, typingAt} from '../src/time/chat-thread';
import {KEY_MOMENTS, keyFrames} from '../src/time/key-frames';
import {emphasisedWords} from '../compositions/primitives/captions/emphasis';
import {luminance, mix, readableOn} from '../compositions/primitives/color';
import {segmentEmotions} from '../compositions/primitives/emotion';
import {designUnit, safeZone, shapeOf, type Box, type Layout} from '../compositions/primitives/layout';
import {typeMeasure} from '../compositions/storytime/type-measure';
import {templateInfo, TEMPLATE_NAMES, TEMPLATES, templateOptions, templateSchema} from '../src/templates';
import {ASPECTS, type Aspect} from '../src/schema/format';
import {scriptObject, type Script} from '../src/schema/script';
import {timeScript} from '../src/time/timeline';

const load = (file: string): Script => JSON.parse(readFileSync(path.join(__dirname, '..', file), 'utf8'));
const SAMPLE = 'public/samples/wrong-wedding.json';

function layoutFor(aspect: Aspect): Layout {
  const {width, height} = ASPECTS[aspect];
  return {
    width,
    height,
    safe: safeZone(width, height),
    unit: designUnit(width, height),
    landscape: width > height,
    shape: shapeOf(width, height),
  };
}

const within = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.left + inner.width <= outer.left + outer.width + 0.5 &&
  inner.top + inner.height <= outer.top + outer.height + 0.5;

describe('registry data', () => {
  it('lists chat, storytime and cinematic for every aspect', () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual(['chat', 'cinematic', 'storytime']);
    for (const template of TEMPLATES) expect([...template.aspects].sort()).toEqual(Object.keys(ASPECTS).sort());
  });

  it("fills in each template's options from their defaults, and rejects a bad one", () => {
    const script = load(SAMPLE);
    expect(templateOptions(templateInfo('chat')!, script)).toEqual({theme: 'dark'});
    expect(templateOptions(templateInfo('chat')!, {...script, theme: 'light'})).toEqual({theme: 'light'});
    expect(templateOptions(templateInfo('storytime')!, script)).toEqual({uppercase: false});
    expect(() => templateOptions(templateInfo('chat')!, {...script, theme: 'blue'})).toThrow(/theme/);
  });

  it.each(TEMPLATE_NAMES)("gives %s a schema Studio can edit, with the script's checks", (name) => {
    const schema = templateSchema(templateInfo(name)!) as any;
    // A plain object (the checks are added to it, not wrapped around it) whose script fields are the script
    // schema's own nodes (test/compositions.test.ts walks those), plus options Studio has editors for.
    expect(schema._zod.def.type).toBe('object');
    const shape = schema._zod.def.shape;
    for (const [key, node] of Object.entries(scriptObject.shape)) expect(shape[key]).toBe(node);
    for (const key of Object.keys(shape).filter((k) => !(k in scriptObject.shape))) {
      const def = shape[key]._zod.def;
      expect(['default', 'optional']).toContain(def.type);
      expect(['enum', 'boolean', 'string', 'number']).toContain(def.innerType._zod.def.type);
    }
    const script = load(SAMPLE);
    expect(schema.safeParse({...script, measure: true}).success).toBe(true);
    const broken = {...script, scenes: [{...script.scenes[0], beats: [{kind: 'line', text: 'Hi'}]}]};
    expect(schema.safeParse(broken).error?.issues[0].path).toEqual(['scenes', 0, 'beats', 0, 'characterId']);
  });
});

describe('chat conversation', () => {
  const script = load(SAMPLE);
  const timeline = timeScript(script);
  const thread = buildThread(script, timeline);

  it('has the first character as me, a separator per scene, and a message per line and text', () => {
    expect(thread.me.id).toBe('lena');
    expect(thread.entries.filter((e) => e.kind === 'separator')).toHaveLength(script.scenes.length);
    const beats = script.scenes.flatMap((s) => s.beats);
    expect(thread.entries.filter((e) => e.kind === 'message')).toHaveLength(
      beats.filter((b) => b.kind === 'line' || b.kind === 'text').length,
    );
    expect(thread.entries.filter((e) => e.kind === 'system').map((e) => e.text)).toEqual(
      beats.filter((b) => b.kind === 'narration').map((b) => b.text),
    );
    expect(thread.entries.filter((e) => e.kind === 'status').map((e) => e.text)).toEqual(
      beats.filter((b) => b.kind === 'action').map((b) => b.text),
    );
    expect(thread.entries.filter((e) => e.kind === 'message' && e.mine).every((e) => e.sender?.id === 'lena')).toBe(
      true,
    );
  });

  it('shows typing before a message lands, and marks my messages seen before the reply', () => {
    const message = thread.entries.find((e) => e.kind === 'message' && e.typingFromMs !== undefined)!;
    expect(message.typingFromMs!).toBeLessThan(message.appearMs);
    expect(typingAt(thread.entries, (message.typingFromMs! + message.appearMs) / 2)).toBe(message);
    expect(typingAt(thread.entries, message.appearMs)).not.toBe(message);
    for (const [i, entry] of thread.entries.entries()) {
      if (!entry.mine) continue;
      expect(entry.seenMs!).toBeGreaterThan(entry.appearMs);
      const reply = thread.entries.slice(i + 1).find((e) => e.kind === 'message' && !e.mine);
      if (reply) expect(entry.seenMs!).toBeLessThanOrEqual(reply.typingFromMs ?? reply.appearMs);
    }
  });

  it('names senders in a group chat above the first of their messages in a row', () => {
    const named = thread.entries.filter((e) => e.showName);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((e) => !e.mine)).toBe(true);
    const twoPeople: Script = {
      ...script,
      characters: script.characters.slice(0, 2),
      scenes: [{...script.scenes[0], beats: script.scenes[0].beats.filter((b) => b.characterId !== 'clara')}],
    };
    const duo = buildThread(twoPeople, timeScript(twoPeople));
    expect(duo.entries.some((e) => e.showName)).toBe(false);
  });

  it('keeps the clock running forwards across scenes', () => {
    const times = script.scenes.flatMap((scene, s) => scene.beats.map((_, b) => clockAt(script, s, b)));
    const minutes = times.map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
    // Past midnight the clock wraps; compare on a day that starts at noon.
    const fromNoon = minutes.map((m) => (m - 720 + 1440) % 1440);
    expect(fromNoon).toEqual([...fromNoon].sort((a, b) => a - b));
    expect(times.every((t) => /^\d\d:\d\d$/.test(t))).toBe(true);
  });

  it.each(Object.keys(ASPECTS) as Aspect[])('puts the phone and its panels inside the safe zone in %s', (aspect) => {
    const layout = layoutFor(aspect);
    const geometry = chatGeometry(layout);
    const boxes = [
      geometry.phone,
      geometry.header,
      geometry.viewport,
      geometry.status,
      geometry.input,
      geometry.castPanel,
      geometry.scenePanel,
    ].filter((b): b is Box => !!b);
    for (const box of boxes) expect(within(box, layout.safe)).toBe(true);
    expect(geometry.viewport.height).toBeGreaterThan(geometry.font * 8);
    if (aspect === '16:9') {
      expect(geometry.castPanel!.left + geometry.castPanel!.width).toBeLessThan(geometry.phone.left);
      expect(geometry.scenePanel!.left).toBeGreaterThan(geometry.phone.left + geometry.phone.width);
    } else expect(geometry.castPanel).toBeUndefined();
  });
});

describe('storytime', () => {
  it('emphasises the words that carry a line, not the little ones', () => {
    const words = 'He left me at the altar. Now I am planning his wedding.'.split(' ');
    const picked = [...emphasisedWords(words)].map((i) => words[i]);
    expect(picked).toEqual(expect.arrayContaining(['planning']));
    expect(picked.some((w) => ['He', 'me', 'at', 'the', 'I', 'am', 'his'].includes(w))).toBe(false);
    expect(picked.length).toBe(Math.round(words.length / 4));
    expect([...emphasisedWords(['STOP', 'it', 'now'])].map((i) => ['STOP', 'it', 'now'][i])).toEqual(['STOP']);
    expect(emphasisedWords(['너', '지금', '어디야?']).size).toBe(1);
    expect(emphasisedWords(['a', 'of']).size).toBe(0);
  });

  it.each(Object.keys(ASPECTS) as Aspect[])(
    'sets a wider measure on wider frames, inside the safe zone, in %s',
    (aspect) => {
      const layout = layoutFor(aspect);
      const measure = typeMeasure(layout);
      for (const box of [measure.header, measure.stamp, measure.words]) expect(within(box, layout.safe)).toBe(true);
      // A full page at the emphasised size fits the words' band with the speaker tag above it.
      expect(measure.maxLines * 1.18 * measure.fontSize * 1.38 + measure.tagSize * 2).toBeLessThan(
        measure.words.height,
      );
      if (aspect === '16:9')
        expect(measure.words.width).toBeGreaterThan(typeMeasure(layoutFor('9:16')).words.width * 1.4);
    },
  );

  it("colours each segment by its beat's emotion, carrying the last one forward from the mood", () => {
    const script = load(SAMPLE);
    const timeline = timeScript(script);
    const emotions = segmentEmotions(script, timeline);
    expect(emotions).toHaveLength(timeline.segments.length);
    expect(emotions[0]).toBe('tender'); // the hook card: the romance mood
    timeline.segments.forEach((segment, i) => {
      if (segment.beat?.emotion) expect(emotions[i]).toBe(segment.beat.emotion);
      else if (i > 0) expect(emotions[i]).toBe(emotions[i - 1]);
    });
  });
});

describe('colour', () => {
  it('picks dark text on light colours and white on dark ones', () => {
    expect(readableOn('#ffd54f')).toBe('#0b0b12');
    expect(readableOn('#1a237e')).toBe('#ffffff');
    expect(readableOn('rgb(255, 255, 255)')).toBe('#0b0b12');
    expect(luminance('#000')).toBe(0);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('rgb(128, 128, 128)');
  });
});

describe('key frames', () => {
  it.each([
    'public/samples/wrong-wedding.json',
    'public/samples/texts-from-nobody.json',
    'public/samples/last-will.json',
    'test/fixtures/scripts/one-beat.json',
  ])('picks hook, middle, twist and end frames in order inside %s', (file) => {
    const script = load(file);
    const frames = keyFrames(script);
    const {durationInFrames} = timeScript(script);
    const list = KEY_MOMENTS.map((m) => frames[m]);
    for (const frame of list) expect(frame).toBeGreaterThanOrEqual(0);
    for (const frame of list) expect(frame).toBeLessThan(durationInFrames);
    expect(frames.hook).toBeLessThan(frames.middle);
    expect(frames.twist).toBeLessThan(frames.end);
  });
});
