/**
 * Every template in every aspect, on the bundled samples and on stress scripts (280-character lines, five
 * characters, long names, Arabic and Hebrew, Korean and Chinese, emoji, a one-beat script), MEASURED: each still is
 * rendered in measure mode, where the frame draws only its text boxes, each kind of box in its own colour channel
 * at half opacity on black, shrunk into the middle of the picture (compositions/primitives/inspect/). The pixels
 * then say where every box is: all of them must sit inside the safe zone (so inside the frame), no speaker tag may
 * overlap a caption (nor any two kinds of box), and no two boxes of one kind may overlap. The stills of one template
 * and aspect are rendered together, as the frames of one measure sheet (compositions/MeasureSheet.tsx) with one
 * renderFrames call whose browser pages stay open, not as a renderStill (a fresh page each) per still.
 */
import {renderFrames, renderStill, selectComposition, type HeadlessBrowser} from '@remotion/renderer';
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {keyFrames, settledFrame} from '../src/time/key-frames';
import {MEASURE_COLORS, MEASURE_ZOOM, TEXT_KINDS, type TextKind} from '../compositions/primitives/inspect/text-boxes';
import {safeZone} from '../compositions/primitives/layout';
import {TEMPLATES} from '../src/templates';
import {formatFor} from '../src/schema/format';
import type {Format, Platform, Script} from '../src/schema/script';
import {MEASURE_SHEET_ID, sheetFrames, type MeasureSheetProps} from '../compositions/primitives/inspect/measure-sheet';
import {timeScript, type Segment} from '../src/time/timeline';
import {testServeUrl} from './helpers/bundle';
import {findSystemBrowser} from '../src/render/browser';
import {openRenderBrowser} from '../src/render/render';
import {generatedAsset} from '../src/util/paths';
import {silentProgress} from '../src/util/progress';
import {solidPng} from './helpers/openai-server';

const ROOT = path.join(__dirname, '..');
const load = (file: string): Script => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

/** Stills are this fraction of the frame: 9:16 is 432x768, the frame itself 346x614 inside the measure margin. */
const SCALE = 0.4;
/** A channel above this has a box in it: one box gives ~128, the lower of two overlapping boxes ~64. */
const PRESENT = 40;
/** Two boxes of one kind on top of each other give ~191; one box, even at an edge, stays under ~130. */
const DOUBLED = 165;
/** Box edges are antialiased: allow this many px of the picture around the safe zone. */
const EDGE_PX = 1.5;
/** Per page load and per frame: on a loaded two-core machine Remotion's default 30 s is exceeded, and fails the test. */
const RENDER_TIMEOUT_MS = 180_000;

type Moment = 'hook' | 'middle' | 'twist' | 'end' | 'longest' | 'text';

/** The beat segment with the most text, and the first text message: where a layout is most likely to break. */
function beatFrame(script: Script, pick: (beats: Segment[]) => Segment | undefined): number {
  const timeline = timeScript(script);
  const beats = timeline.segments.filter((s) => s.kind === 'beat');
  return settledFrame(timeline, pick(beats) ?? beats[0]);
}

function framesFor(script: Script, moments: readonly Moment[]): Record<string, number> {
  const keys = keyFrames(script);
  const frames: Record<Moment, () => number> = {
    hook: () => keys.hook,
    middle: () => keys.middle,
    twist: () => keys.twist,
    end: () => keys.end,
    longest: () =>
      beatFrame(
        script,
        (beats) => beats.filter((b) => b.spoken).sort((a, b) => [...b.text].length - [...a.text].length)[0],
      ),
    text: () => beatFrame(script, (beats) => beats.find((b) => b.beat?.kind === 'text')),
  };
  return Object.fromEntries(moments.map((m) => [m, frames[m]()]));
}

/** A logo for the ad case, written under public/ for the render and removed afterwards. */
const LOGO = generatedAsset('images', 'test-layout-logo.png');

/** An advertisement made for TikTok: its end card shows the logo, the brand and the call to action instead of
 * "part 2", and every text box must keep clear of TikTok's own UI (its safe zone, not the generic one). */
const asTikTokAd = (script: Script): Script => ({
  ...script,
  platform: 'tiktok',
  ad: {
    brand: 'Northwind Legal',
    product: 'online wills',
    cta: 'Write your will tonight',
    logo: LOGO.src,
    url: 'https://northwind.example/wills',
  },
});

/** Each script with the moments to measure: together they cover cards, lines, texts, actions and the twist. */
const CASES: {name: string; file: string; moments: Moment[]; edit?: (script: Script) => Script}[] = [
  {name: 'wrong-wedding', file: 'public/samples/wrong-wedding.json', moments: ['middle', 'twist']},
  {name: 'texts-from-nobody', file: 'public/samples/texts-from-nobody.json', moments: ['hook', 'text']},
  {name: 'last-will', file: 'public/samples/last-will.json', moments: ['twist', 'end']},
  {name: 'stress-long', file: 'test/fixtures/scripts/stress-long.json', moments: ['hook', 'longest', 'text', 'end']},
  {name: 'stress-rtl', file: 'test/fixtures/scripts/stress-rtl.json', moments: ['longest', 'text']},
  {name: 'stress-cjk', file: 'test/fixtures/scripts/stress-cjk.json', moments: ['longest', 'text']},
  {name: 'one-beat', file: 'test/fixtures/scripts/one-beat.json', moments: ['middle']},
  {name: 'ad-tiktok', file: 'public/samples/last-will.json', moments: ['hook', 'end'], edit: asTikTokAd},
];

interface Masks {
  width: number;
  height: number;
  /** Per kind, whether each pixel has a box of that kind. */
  present: Record<TextKind, Uint8Array>;
  doubled: Record<TextKind, number>;
}

/** A PNG's pixels as RGB bytes, decoded by ffmpeg. */
const rgbOf = (png: Buffer): Buffer =>
  execFileSync('ffmpeg', ['-v', 'error', '-i', 'pipe:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], {
    input: png,
    maxBuffer: 64 * 1024 * 1024,
  });

/** The still's pixels as one mask per kind of text box. */
function readMasks(png: Buffer): Masks {
  return masksOf(rgbOf(png), png.readUInt32BE(16), png.readUInt32BE(20));
}

function masksOf(rgb: Uint8Array, width: number, height: number): Masks {
  const present = {} as Record<TextKind, Uint8Array>;
  const doubled = {} as Record<TextKind, number>;
  for (const kind of TEXT_KINDS) {
    const channel = MEASURE_COLORS[kind].indexOf(255);
    const mask = new Uint8Array(width * height);
    let twice = 0;
    for (let i = 0; i < width * height; i++) {
      const value = rgb[i * 3 + channel];
      mask[i] = value > PRESENT ? 1 : 0;
      if (value > DOUBLED) twice++;
    }
    present[kind] = mask;
    doubled[kind] = twice;
  }
  return {width, height, present, doubled};
}

/** Pixels of both masks whose four neighbours are in both too: a real overlap, not two box edges sharing a pixel. */
function overlap(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  const both = (x: number, y: number) => a[y * width + x] === 1 && b[y * width + x] === 1;
  let count = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      if (both(x, y) && both(x - 1, y) && both(x + 1, y) && both(x, y - 1) && both(x, y + 1)) count++;
    }
  }
  return count;
}

/** What is wrong in one still, in words (empty when the layout holds). */
function problems(
  masks: Masks,
  frameWidth: number,
  frameHeight: number,
  expected: TextKind[],
  platform?: Platform,
): string[] {
  const {width, height, present} = masks;
  // Measure mode shrinks the frame by MEASURE_ZOOM about the middle of the picture.
  const k = (width / frameWidth) * MEASURE_ZOOM;
  const originX = (width * (1 - MEASURE_ZOOM)) / 2;
  const originY = (height * (1 - MEASURE_ZOOM)) / 2;
  const safe = safeZone(frameWidth, frameHeight, platform);
  const inside = {
    left: originX + safe.left * k - EDGE_PX,
    right: originX + (safe.left + safe.width) * k + EDGE_PX,
    top: originY + safe.top * k - EDGE_PX,
    bottom: originY + (safe.top + safe.height) * k + EDGE_PX,
  };
  const found: string[] = [];
  for (const kind of TEXT_KINDS) {
    const mask = present[kind];
    let outside = 0;
    let count = 0;
    const bounds = {left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity};
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (!mask[y * width + x]) continue;
        count++;
        if (x + 1 < inside.left || x > inside.right || y + 1 < inside.top || y > inside.bottom) {
          outside++;
          bounds.left = Math.min(bounds.left, x);
          bounds.right = Math.max(bounds.right, x);
          bounds.top = Math.min(bounds.top, y);
          bounds.bottom = Math.max(bounds.bottom, y);
        }
      }
    }
    const frameBox = (v: number, origin: number) => Math.round((v - origin) / k);
    if (outside > 0) {
      found.push(
        `${outside} px of ${kind} outside the safe zone, within x ${frameBox(bounds.left, originX)}..${frameBox(bounds.right, originX)}, y ${frameBox(bounds.top, originY)}..${frameBox(bounds.bottom, originY)} of the frame`,
      );
    }
    if (masks.doubled[kind] > 0) found.push(`${masks.doubled[kind]} px where two ${kind} boxes overlap`);
    if (expected.includes(kind) && count === 0) found.push(`no ${kind} drawn`);
  }
  TEXT_KINDS.forEach((a, i) =>
    TEXT_KINDS.slice(i + 1).forEach((b) => {
      const shared = overlap(present[a], present[b], width, height);
      if (shared > 0) found.push(`${shared} px where a ${a} overlaps a ${b}`);
    }),
  );
  return found;
}

/** A speaker's line in a template that names its speakers beside the captions must show both. */
function expectedKinds(template: string, script: Script, frame: number): TextKind[] {
  const timeline = timeScript(script);
  const ms = (frame * 1000) / timeline.fps;
  const segment = [...timeline.segments].reverse().find((s) => s.startMs <= ms)!;
  const line = segment.beat?.kind === 'line' && template !== 'chat';
  return line ? ['tag', 'caption'] : ['caption'];
}

describe('the measuring itself', () => {
  // A 100x100 frame drawn as measure mode does: shrunk to MEASURE_ZOOM in the middle of the picture.
  const size = 100;
  // Each box composites over what is there at half opacity, as the browser does.
  const paint = (rgb: Uint8Array, box: {x: number; y: number; w: number; h: number}, kind: TextKind) => {
    for (let y = box.y; y < box.y + box.h; y++) {
      for (let x = box.x; x < box.x + box.w; x++) {
        for (let c = 0; c < 3; c++)
          rgb[(y * size + x) * 3 + c] = Math.round(rgb[(y * size + x) * 3 + c] * 0.5 + MEASURE_COLORS[kind][c] * 0.5);
      }
    }
  };
  const picture = (...boxes: [{x: number; y: number; w: number; h: number}, TextKind][]) => {
    const rgb = new Uint8Array(size * size * 3);
    for (const [box, kind] of boxes) paint(rgb, box, kind);
    return masksOf(rgb, size, size);
  };

  it('passes boxes apart inside the safe zone, and finds a tag on a caption, a box outside, a missing kind', () => {
    const tag = {x: 30, y: 30, w: 20, h: 5};
    const caption = {x: 30, y: 40, w: 30, h: 10};
    expect(problems(picture([tag, 'tag'], [caption, 'caption']), size, size, ['tag', 'caption'])).toEqual([]);
    expect(problems(picture([{...tag, y: 38}, 'tag'], [caption, 'caption']), size, size, ['caption']).join()).toMatch(
      /a tag overlaps a caption/,
    );
    expect(
      problems(picture([caption, 'caption'], [{x: 2, y: 2, w: 10, h: 4}, 'card']), size, size, ['caption']).join(),
    ).toMatch(/of card outside the safe zone/);
    expect(problems(picture([caption, 'caption'], [{...caption, x: 35}, 'caption']), size, size, []).join()).toMatch(
      /two caption boxes overlap/,
    );
    expect(problems(picture([caption, 'caption']), size, size, ['tag', 'caption'])).toEqual(['no tag drawn']);
  });
});

let browser: HeadlessBrowser;
let serveUrl: string;
const timings: string[] = [];

beforeAll(async () => {
  mkdirSync(path.dirname(LOGO.file), {recursive: true});
  writeFileSync(LOGO.file, solidPng(240, 96, [230, 60, 90]));
  serveUrl = await testServeUrl();
  browser = await openRenderBrowser({serveUrl, browser: findSystemBrowser() ?? null, progress: silentProgress});
}, 120000);

afterAll(async () => {
  rmSync(LOGO.file, {force: true});
  await browser?.close({silent: true});
  process.stderr.write(`\n[templates-layout] ${timings.join(', ')}\n`);
});

/** One still to measure: which case, which moment of its script, and the script as the template gets it. */
interface Still {
  name: string;
  moment: string;
  frame: number;
  props: Script;
}

/** Every case's moments in one format: the stills of one measure sheet. */
function stillsIn(format: Format): Still[] {
  return CASES.flatMap(({name, file, moments, edit}) => {
    const props = {...(edit ?? ((script: Script) => script))(load(file)), format};
    return Object.entries(framesFor(props, moments)).map(([moment, frame]) => ({name, moment, frame, props}));
  });
}

/**
 * Renders the stills as one measure sheet (compositions/MeasureSheet.tsx): one renderFrames call whose pages stay
 * open from still to still, two at once (one per core). The PNGs come back in sheet order.
 */
async function renderSheet(template: string, stills: Still[]): Promise<Buffer[]> {
  const inputProps: MeasureSheetProps = {template, stills: stills.map(({props, frame}) => ({props, frame}))};
  const composition = await selectComposition({
    serveUrl,
    id: MEASURE_SHEET_ID,
    inputProps,
    puppeteerInstance: browser,
    timeoutInMilliseconds: RENDER_TIMEOUT_MS,
    logLevel: 'error',
  });
  const pngs: Buffer[] = [];
  await renderFrames({
    serveUrl,
    composition,
    inputProps,
    puppeteerInstance: browser,
    imageFormat: 'png',
    scale: SCALE,
    frameRange: sheetFrames(inputProps),
    concurrency: 2,
    timeoutInMilliseconds: RENDER_TIMEOUT_MS,
    outputDir: null,
    onFrameBuffer: (buffer, frame) => {
      pngs[frame] = buffer;
    },
    onStart: () => undefined,
    onFrameUpdate: () => undefined,
    logLevel: 'error',
  });
  return pngs;
}

// The sheet must draw each still at its own frame (a frozen frame past the sheet's length would be clamped and the
// stills would all show the hook): one still, drawn by renderStill from the template's own composition, matches.
it('draws a still of the sheet as renderStill draws that frame of the template', async () => {
  const format = formatFor('9:16');
  const still = stillsIn(format).find((s) => s.name === 'wrong-wedding' && s.moment === 'middle')!;
  const inputProps = {...still.props, measure: true};
  const common = {serveUrl, inputProps, puppeteerInstance: browser, timeoutInMilliseconds: RENDER_TIMEOUT_MS};
  const composition = await selectComposition({...common, id: 'cinematic', logLevel: 'error'});
  const {buffer} = await renderStill({
    ...common,
    composition,
    frame: still.frame,
    imageFormat: 'png',
    scale: SCALE,
    logLevel: 'error',
  });
  const [sheet] = await renderSheet('cinematic', [still]);
  expect(rgbOf(sheet).equals(rgbOf(buffer!))).toBe(true);
}, 600000);

describe.each(TEMPLATES.flatMap((t) => t.aspects.map((aspect) => [t.name, aspect] as const)))(
  '%s %s',
  (template, aspect) => {
    const names = CASES.map((c) => c.name).join(', ');
    it(`keeps every text box in the safe zone, with no overlaps, on ${names}`, async () => {
      const started = Date.now();
      const format = formatFor(aspect);
      const stills = stillsIn(format);
      const pngs = await renderSheet(template, stills);
      expect(pngs.filter(Boolean)).toHaveLength(stills.length);
      const found = stills.flatMap(({name, moment, frame, props}, index) =>
        problems(
          readMasks(pngs[index]),
          format.width,
          format.height,
          expectedKinds(template, props, frame),
          props.platform,
        ).map((problem) => `${name} ${moment} (frame ${frame}): ${problem}`),
      );
      timings.push(`${template} ${aspect}: ${stills.length} stills ${((Date.now() - started) / 1000).toFixed(1)}s`);
      expect(found).toEqual([]);
    }, 900000);
  },
);
