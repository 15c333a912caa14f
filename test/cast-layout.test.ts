/**
 * The drawn cast keeps clear of the words: a few stills of the cinematic template in measure mode (where text boxes
 * are painted in their kind's colour channel and each figure's box a dim grey, compositions/primitives/cast/
 * measure.ts), in all three aspects, at a two-shot line, the twist's close-up and the longest line of the stress
 * script. From the pixels: the figures fill a real part of the frame, and no figure pixel lies under a caption or a
 * speaker tag. A handful of small stills, not the whole matrix (test/templates-layout.test.ts measures the text).
 */
import {renderStill, selectComposition, type HeadlessBrowser} from '@remotion/renderer';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {FIGURE_MEASURE_LEVEL} from '../compositions/primitives/cast/measure';
import {MEASURE_COLORS, MEASURE_ZOOM} from '../compositions/primitives/inspect/text-boxes';
import {findSystemBrowser} from '../src/render/browser';
import {openRenderBrowser} from '../src/render/render';
import {formatFor, type Aspect} from '../src/schema/format';
import type {Script} from '../src/schema/script';
import {keyFrames, settledFrame} from '../src/time/key-frames';
import {timeScript} from '../src/time/timeline';
import {silentProgress} from '../src/util/progress';
import {testServeUrl} from './helpers/bundle';
import {pngPixels} from './helpers/png-pixels';

const ROOT = path.join(__dirname, '..');
const load = (file: string): Script => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const SCALE = 0.3;
/** A text box's own channel is ~128 (half opacity); its kind is present above this. */
const TEXT_PRESENT = 40;
/** A figure's box lights all three channels to FIGURE_MEASURE_LEVEL, or half of it under a text box. */
const FIGURE_PRESENT = FIGURE_MEASURE_LEVEL / 4;

/** The frame of the line with the most text: the tallest caption block. */
function longestLine(script: Script): number {
  const timeline = timeScript(script);
  const lines = timeline.segments.filter((s) => s.beat?.kind === 'line');
  return settledFrame(
    timeline,
    lines.reduce((a, b) => ([...b.text].length > [...a.text].length ? b : a)),
  );
}

const CASES: {name: string; file: string; aspects: Aspect[]; frame: (script: Script) => number}[] = [
  {
    name: 'two-shot line',
    file: 'public/samples/wrong-wedding.json',
    aspects: ['9:16', '1:1', '16:9'],
    frame: (s) => keyFrames(s).middle,
  },
  {
    name: 'twist close-up',
    file: 'public/samples/wrong-wedding.json',
    aspects: ['9:16', '1:1', '16:9'],
    frame: (s) => keyFrames(s).twist,
  },
  {name: 'longest line', file: 'test/fixtures/scripts/stress-long.json', aspects: ['9:16', '16:9'], frame: longestLine},
];

interface Measured {
  /** Share of the frame covered by figures. */
  figureShare: number;
  /** Figure pixels under a tag or a caption. */
  underText: number;
  textPixels: number;
}

function measure(png: Buffer): Measured {
  const {rgb, width, height} = pngPixels(png);
  return measurePixels(rgb, width, height);
}

function measurePixels(rgb: Uint8Array, width: number, height: number): Measured {
  const tag = MEASURE_COLORS.tag.indexOf(255);
  const caption = MEASURE_COLORS.caption.indexOf(255);
  let figure = 0;
  let underText = 0;
  let textPixels = 0;
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]];
    const isFigure = Math.min(r, g, b) >= FIGURE_PRESENT;
    const isText = rgb[i * 3 + tag] > TEXT_PRESENT || rgb[i * 3 + caption] > TEXT_PRESENT;
    if (isFigure) figure++;
    if (isText) textPixels++;
    if (isFigure && isText) underText++;
  }
  // Measure mode draws the frame at MEASURE_ZOOM of the still.
  return {figureShare: figure / (width * height * MEASURE_ZOOM ** 2), underText, textPixels};
}

describe('the measuring itself', () => {
  // A 10x10 picture: black, a figure's grey box on the left half, and a caption box at half opacity over part of it.
  const picture = (captionX: number) => {
    const rgb = new Uint8Array(10 * 10 * 3);
    for (let y = 0; y < 10; y++) {
      for (let x = 0; x < 10; x++) {
        const i = (y * 10 + x) * 3;
        if (x < 5) rgb.fill(FIGURE_MEASURE_LEVEL, i, i + 3);
        if (y >= 8 && x >= captionX) {
          for (let c = 0; c < 3; c++) rgb[i + c] = Math.round(rgb[i + c] * 0.5 + MEASURE_COLORS.caption[c] * 0.5);
        }
      }
    }
    return measurePixels(rgb, 10, 10);
  };

  it('finds a caption over a figure, and none when they are apart', () => {
    expect(picture(3)).toMatchObject({underText: 4, textPixels: 14});
    expect(picture(5)).toMatchObject({underText: 0, textPixels: 10});
    expect(picture(5).figureShare).toBeCloseTo(0.5 / MEASURE_ZOOM ** 2);
  });
});

let browser: HeadlessBrowser;
let serveUrl: string;

beforeAll(async () => {
  serveUrl = await testServeUrl();
  browser = await openRenderBrowser({serveUrl, browser: findSystemBrowser() ?? null, progress: silentProgress});
}, 240000);

afterAll(async () => {
  await browser?.close({silent: true});
});

async function still(script: Script, aspect: Aspect, frame: number, cast: 'on' | 'off'): Promise<Measured> {
  const inputProps = {...script, format: formatFor(aspect), measure: true, cast};
  const composition = await selectComposition({
    serveUrl,
    id: 'cinematic',
    inputProps,
    puppeteerInstance: browser,
    logLevel: 'error',
  });
  const {buffer} = await renderStill({
    serveUrl,
    composition,
    inputProps,
    puppeteerInstance: browser,
    frame,
    imageFormat: 'png',
    scale: SCALE,
    logLevel: 'error',
  });
  return measure(buffer!);
}

describe.each(CASES)('$name', ({file, aspects, frame}) => {
  it.each(aspects)(
    'in %s the figures fill a real part of the frame and none is under a caption or a tag',
    async (aspect) => {
      const script = load(file);
      const measured = await still(script, aspect, frame(script), 'on');
      expect(measured.textPixels).toBeGreaterThan(0);
      expect(measured.figureShare).toBeGreaterThan(0.15);
      expect(measured.underText).toBe(0);
    },
    120000,
  );
});

it('draws no figure with --set cast=off', async () => {
  const script = load('public/samples/wrong-wedding.json');
  const measured = await still(script, '9:16', keyFrames(script).middle, 'off');
  expect(measured.figureShare).toBe(0);
  expect(measured.textPixels).toBeGreaterThan(0);
}, 120000);
