/**
 * The motion no segment or word times, rendered through held keyframes and plainly at small size: a text's
 * message card in the cinematic template (typing dots, then the bubble's pop) and the chat template's typing (the
 * dots of someone else's message, my draft growing letter by letter) and landings. On every frame of it the held
 * render shows the frame a plain render shows, not the one before it, which is what a hold would show.
 */
import path from 'node:path';
import {renderChunkedVideo} from '../src/render/chunked';
import {frameAt} from '../src/render/holds';
import {renderVideo} from '../src/render/render';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {buildThread, landingMs} from '../src/time/chat-thread';
import {MESSAGE_CARD_MOTION} from '../src/time/motion';
import {timeScript} from '../src/time/timeline';
import {loadSample} from './helpers/sample';
import {renderSessionForTests} from './helpers/render-session';
import {ssimPerFrame} from './helpers/ssim';

const rendering = renderSessionForTests('microdrama-motion-');
const {tmp} = rendering;

const script: Script = (() => {
  const parsed = parseScript(loadSample(), 'sample');
  return {...parsed, timing: timeScript(parsed).timing};
})();
const timeline = timeScript(script);
const {fps} = timeline;

/**
 * Renders the range both ways (a fifth of the size) and compares, for each frame of `window` (video frames inside
 * the range), the held render's frame with the plain render's same frame and with the plain frame before it.
 */
async function compare(template: string, range: [number, number], window: number[], name: string) {
  const request = {script, template, scale: 0.2, frameRange: range};
  const fast = path.join(tmp, name, 'video.mp4');
  const plain = path.join(tmp, `${name}-plain.mp4`);
  await renderChunkedVideo(rendering.session, rendering.browser, {...request, outFile: fast});
  await renderVideo(rendering.session, rendering.browser, {...request, outFile: plain});
  const same = ssimPerFrame(fast, plain, path.join(tmp, `${name}-same.log`));
  // before[i]: held frame i against plain frame i - 1 (the picture a hold of the frame before would show).
  const before = ssimPerFrame(plain, fast, path.join(tmp, `${name}-before.log`), 1);
  const at = window.map((frame) => frame - range[0]).filter((i) => i > 0 && i < same.length);
  return at.map((i) => ({frame: i + range[0], same: same[i], before: before[i - 1]}));
}

type Compared = Awaited<ReturnType<typeof compare>>;

/** Frames on which the plain picture moved beyond the encoders' noise, and the held render moved with it. */
const moved = (frames: Compared) => frames.filter((f) => f.before < f.same - 0.003);

/**
 * Each frame of the window is the plain render's own frame: never nearer the plain frame before it than its own
 * (the two encodings differ by about 0.005 SSIM at this size; a held frame would match the frame before instead),
 * and close to it throughout (a few frames of big motion encode less alike, at about 0.97).
 */
function expectPlainFrames(frames: Compared): void {
  expect(frames.filter((f) => f.same < f.before - 0.001)).toEqual([]);
  expect(Math.min(...frames.map((f) => f.same))).toBeGreaterThanOrEqual(0.95);
}

describe('held render of motion the timeline does not time, against a plain render', () => {
  it("cinematic: a text's message card, its typing dots and its bubble's pop", async () => {
    const text = timeline.segments.find((segment) => segment.beat?.kind === 'text')!;
    const start = frameAt(text.startMs, fps);
    const end = frameAt(text.startMs + MESSAGE_CARD_MOTION.typingMs + MESSAGE_CARD_MOTION.popMs, fps);
    const window = Array.from({length: end - start + 1}, (_, i) => start + i);
    const frames = await compare('cinematic', [start, end + 3], window, 'card');
    expectPlainFrames(frames);
    // The card's entry and the bubble's pop after the dots: frames the plan from segments alone holds.
    const popStart = frameAt(text.startMs + MESSAGE_CARD_MOTION.typingMs, fps);
    expect(moved(frames).filter((f) => f.frame > popStart).length).toBeGreaterThanOrEqual(4);
  }, 600000);

  it("chat: someone's typing dots, my draft typed letter by letter, and the landings", async () => {
    const {entries} = buildThread(script, timeline);
    const typed = entries.filter((entry) => entry.typingFromMs !== undefined);
    const mine = typed.find((entry) => entry.mine)!;
    const theirs = typed.find((entry) => !entry.mine)!;
    for (const entry of [mine, theirs]) {
      const from = frameAt(entry.typingFromMs!, fps);
      const landed = frameAt(entry.appearMs, fps);
      const to = frameAt(entry.appearMs + landingMs(entry), fps);
      const window = Array.from({length: to - from + 1}, (_, i) => from + i);
      const frames = await compare('chat', [from - 2, to + 2], window, entry.mine ? 'mine' : 'theirs');
      expectPlainFrames(frames);
      // The landing moves the picture on frames of its own; my draft grows letter by letter before it (someone
      // else's dots pulse too, below the encoders' noise at a fifth of the size: held to "never nearer" only).
      expect(moved(frames).filter((f) => f.frame >= landed).length).toBeGreaterThanOrEqual(4);
      if (entry.mine) expect(moved(frames).filter((f) => f.frame < landed).length).toBeGreaterThanOrEqual(4);
    }
  }, 900000);
});
