/**
 * The fast renderer's plans, without rendering: which frames go through Chrome and for how long each is held, and
 * which scene chunks an edit invalidates.
 */
import {planChunks, type ChunkContext} from '../src/render/chunks';
import {DEFAULT_HOLDS, frameAt, planHolds, shapeOf} from '../src/render/holds';
import {extraKeyFrames} from '../src/render/key-frame-sources';
import {formatFor} from '../src/schema/format';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {TEMPLATES, templateInfo, templateOptions, type TemplateInfo} from '../src/templates';
import {actingKeyFrames} from '../src/time/acting';
import {buildThread, CHAT_MOTION, landingMs} from '../src/time/chat-thread';
import {MESSAGE_CARD_MOTION, TWIST_MOTION} from '../src/time/motion';
import {timeScript, type Timeline} from '../src/time/timeline';
import {loadSample} from './helpers/sample';

/** The sample, timed once so its timing is pinned (as the pipeline saves it). */
function pinnedSample(): Script {
  const script = parseScript(loadSample(), 'sample');
  return {...script, timing: timeScript(script).timing};
}

function context(script: Script, template = 'cinematic'): ChunkContext {
  const {wordByWord} = templateInfo(template)!;
  return {script, timeline: timeScript(script), template, templateOptions: {}, scale: 1, codeHash: 'code', wordByWord};
}

const chunks = (script: Script, template = 'cinematic') => {
  const ctx = context(script, template);
  return planChunks(ctx, [0, ctx.timeline.durationInFrames - 1]);
};
const keys = (script: Script, template = 'cinematic') => chunks(script, template).map((chunk) => chunk.key);

/** The script with one line's text changed (a longer line: it moves every later scene in time). */
function editLine(script: Script, sceneIndex: number, text: string): Script {
  const edited: Script = JSON.parse(JSON.stringify(script));
  const beat = edited.scenes[sceneIndex].beats.find((b) => b.kind === 'line')!;
  beat.text = text;
  delete beat.audio;
  return edited;
}

describe('hold plans', () => {
  const script = pinnedSample();
  const timeline = timeScript(script);
  const all: [number, number] = [0, timeline.durationInFrames - 1];
  const plan = planHolds(timeline, all);

  it('covers every frame exactly once: holds are positive and sum to the range, keyframes ascend from its start', () => {
    expect(plan.frames[0]).toBe(0);
    expect(plan.holds.every((hold) => hold >= 1)).toBe(true);
    expect(plan.holds.reduce((a, b) => a + b, 0)).toBe(timeline.durationInFrames);
    plan.frames.forEach((frame, i) => i > 0 && expect(frame).toBe(plan.frames[i - 1] + plan.holds[i - 1]));
  });

  it('captures the first frame of every segment and of every word, and holds no longer than the rest step', () => {
    const keys = new Set(plan.frames);
    for (const segment of timeline.segments) {
      expect(keys.has(Math.round((segment.startMs * timeline.fps) / 1000))).toBe(true);
      for (const word of segment.words)
        expect(keys.has(Math.ceil((word.startMs * timeline.fps) / 1000 - 1e-6))).toBe(true);
    }
    expect(Math.max(...plan.holds)).toBeLessThanOrEqual(DEFAULT_HOLDS.restStep);
  });

  it('sends well under half the frames through Chrome', () => {
    expect(plan.frames.length).toBeLessThan(timeline.durationInFrames * 0.45);
  });

  it('plans a sub-range on its own: the holds sum to its length', () => {
    const sub = planHolds(timeline, [100, 159]);
    expect(sub.frames[0]).toBe(100);
    expect(sub.holds.reduce((a, b) => a + b, 0)).toBe(60);
  });
});

describe('chunk cache keys', () => {
  const script = pinnedSample();
  const base = keys(script);

  it('has a chunk per scene and per scene transition, with distinct keys, covering the video in order', () => {
    const plan = chunks(script);
    expect(plan.map((c) => [c.sceneIndex, c.transition])).toEqual([
      [0, false],
      [1, true],
      [1, false],
      [2, true],
      [2, false],
    ]);
    expect(new Set(base).size).toBe(base.length);
    plan.forEach((c, i) => expect(c.range[0]).toBe(i === 0 ? 0 : plan[i - 1].range[1] + 1));
    expect(plan[plan.length - 1].range[1]).toBe(timeScript(script).durationInFrames - 1);
  });

  it('is stable: the same inputs give the same keys', () => {
    expect(keys(pinnedSample())).toEqual(base);
  });

  it('an edited line re-renders only its scene, even though it moves every later scene in time', () => {
    const edited = editLine(script, 1, 'I never said that, and you know I never would say it to anyone here.');
    const before = timeScript(script);
    const after = timeScript(edited);
    expect(after.scenes[2].startMs).not.toBe(before.scenes[2].startMs);
    // The pinned timing keeps every other segment's length: the total absorbs the difference.
    expect(after.segments.filter((s) => s.sceneIndex === 0).map((s) => s.durationMs)).toEqual(
      before.segments.filter((s) => s.sceneIndex === 0).map((s) => s.durationMs),
    );
    const changed = keys(edited).map((key, i) => key !== base[i]);
    // Scene 1 (its transition and body) and the fade from it into scene 2; scene 0 and the body of scene 2 stay.
    expect(changed).toEqual([false, true, true, true, false]);
  });

  it('an edit to the last scene leaves the earlier ones alone', () => {
    const last = script.scenes.length - 1;
    const changed = keys(editLine(script, last, 'You were never invited, Lena.')).map((key, i) => key !== base[i]);
    expect(changed).toEqual([false, false, false, true, true]);
    expect(last).toBe(2);
  });

  it('a new template, aspect or bundle re-renders every chunk', () => {
    const square = {...script, format: formatFor('1:1')};
    const differ = (other: string[]) => other.every((key, i) => key !== base[i]);
    expect(differ(keys(script, 'storytime'))).toBe(true);
    expect(differ(keys(square))).toBe(true);
    const ctx = {...context(script), codeHash: 'other code'};
    expect(differ(planChunks(ctx, [0, ctx.timeline.durationInFrames - 1]).map((c) => c.key))).toBe(true);
  });

  it('templates that draw absolute time (storytime) re-render everything after any edit', () => {
    const before = keys(script, 'storytime');
    const after = keys(editLine(script, script.scenes.length - 1, 'You were never invited, Lena.'), 'storytime');
    expect(after.every((key, i) => key !== before[i])).toBe(true);
  });
});

describe('extra keyframes (a template animating what the timeline does not time)', () => {
  const script = pinnedSample();
  const timeline = timeScript(script);
  const plan = chunks(script);
  const body = plan[2]; // the body of scene 1
  // A frame the hold plan would skip: the middle of the longest hold in the chunk.
  const longest = body.holds.indexOf(Math.max(...body.holds));
  const extra = body.frames[longest] + Math.floor(body.holds[longest] / 2);
  const withExtra = (frames: number[], s = script) => {
    const ctx = {...context(s), extraKeyFrames: frames};
    return planChunks(ctx, [0, ctx.timeline.durationInFrames - 1]);
  };

  it('are captured, split the hold they fall in, and keep the holds summing to the range', () => {
    expect(body.frames).not.toContain(extra);
    const sub = planHolds(timeline, body.range, {
      extraKeyFrames: [extra, extra, timeline.durationInFrames + 5],
      wordByWord: templateInfo('cinematic')!.wordByWord,
    });
    expect(sub.frames).toContain(extra);
    expect(sub.frames.length).toBe(body.frames.length + 1);
    expect(sub.holds.reduce((a, b) => a + b, 0)).toBe(body.range[1] - body.range[0] + 1);
  });

  it('re-key only the chunk they fall in', () => {
    const changed = withExtra([extra]).map((c, i) => c.key !== plan[i].key);
    expect(changed).toEqual([false, false, true, false, false]);
    expect(withExtra([extra])[2].frames).toContain(extra);
  });

  it('are keyed relative to their scene: a scene moved by an earlier edit keeps its chunk', () => {
    const edited = editLine(script, 0, 'I never said that, and you know I never would say it to anyone here.');
    const shift =
      Math.round((timeScript(edited).scenes[2].startMs * timeline.fps) / 1000) -
      Math.round((timeline.scenes[2].startMs * timeline.fps) / 1000);
    expect(shift).not.toBe(0);
    const lastBody = plan[4];
    const inScene2 = lastBody.frames[1] + 1;
    const before = withExtra([inScene2])[4].key;
    expect(withExtra([inScene2 + shift], edited)[4].key).toBe(before);
    expect(withExtra([inScene2 + shift + 1], edited)[4].key).not.toBe(before);
  });
});

/** Every word-start frame of the timeline's segments of these shapes. */
const wordStarts = (timeline: Timeline, shapes: readonly string[]) =>
  timeline.segments
    .filter((segment) => shapes.includes(shapeOf(segment)))
    .flatMap((segment) => segment.words.map((word) => frameAt(word.startMs, timeline.fps)));

describe('word starts: captured only in the segments a template draws word by word', () => {
  const script = pinnedSample();
  const timeline = timeScript(script);
  const all: [number, number] = [0, timeline.durationInFrames - 1];
  const everyShape = ['hook', 'end', 'line', 'narration', 'action', 'text'] as const;

  it("are declared from each template's components: cards and spoken captions by word, texts and actions whole", () => {
    const declared = Object.fromEntries(TEMPLATES.map((t) => [t.name, [...t.wordByWord].sort()]));
    expect(declared).toEqual({
      cinematic: ['end', 'hook', 'line', 'narration'],
      storytime: ['end', 'hook', 'line', 'narration'],
      // A chat beat lands as a whole bubble; only the hook and end cards light their words.
      chat: ['end', 'hook'],
    });
  });

  for (const template of TEMPLATES as readonly TemplateInfo[]) {
    describe(template.name, () => {
      const plan = planHolds(timeline, all, {wordByWord: template.wordByWord});
      const keys = new Set(plan.frames);
      // What the planner captures with no word starts at all: entries, settles, rests and exits.
      const bare = new Set(planHolds(timeline, all, {wordByWord: []}).frames);
      const drawnWhole = everyShape.filter((shape) => !template.wordByWord.includes(shape));

      it('captures every word start of the segments it draws word by word', () => {
        const starts = wordStarts(timeline, template.wordByWord);
        expect(starts.length).toBeGreaterThan(10);
        expect(starts.filter((frame) => !keys.has(frame))).toEqual([]);
      });

      it('adds no frame for the words of the segments it draws whole, which are in the sample', () => {
        const skipped = wordStarts(timeline, drawnWhole).filter((frame) => !bare.has(frame));
        // The sample has an action and a text: their words would add frames the template does not need.
        expect(skipped.length).toBeGreaterThan(0);
        expect(skipped.filter((frame) => keys.has(frame))).toEqual([]);
        // Every planned frame is a bare one or the start (or caption pop) of a word drawn word by word.
        const byWord = new Set(
          timeline.segments
            .filter((segment) => template.wordByWord.includes(shapeOf(segment)))
            .flatMap((segment) =>
              segment.words.flatMap((word) => [
                frameAt(word.startMs, timeline.fps),
                frameAt(word.startMs + DEFAULT_HOLDS.popMs, timeline.fps),
              ]),
            ),
        );
        expect(plan.frames.filter((frame) => !bare.has(frame) && !byWord.has(frame))).toEqual([]);
        expect(plan.frames.length).toBeLessThan(planHolds(timeline, all).frames.length);
      });

      it('still captures every frame of its extra sources (the drawn cast: a mouth per word of every line)', () => {
        const options = templateOptions(template, script);
        const extra = extraKeyFrames({script, timeline, template: template.name, options});
        const ctx = {...context(script, template.name), templateOptions: options, extraKeyFrames: extra};
        const captured = new Set(planChunks(ctx, all).flatMap((chunk) => chunk.frames));
        expect(extra.filter((frame) => !captured.has(frame))).toEqual([]);
        if (template.name === 'cinematic')
          expect(actingKeyFrames(timeline).filter((f) => !extra.includes(f))).toEqual([]);
      });
    });
  }

  it('keys chunks on the rule: a template whose rule changed re-renders', () => {
    const ctx = context(script);
    const base = planChunks(ctx, all).map((chunk) => chunk.key);
    const everyWord = planChunks({...ctx, wordByWord: everyShape}, all).map((chunk) => chunk.key);
    expect(everyWord.every((key, i) => key !== base[i])).toBe(true);
  });
});

describe('motion the timeline does not time: message cards, the twist, the chat thread', () => {
  const script = pinnedSample();
  const timeline = timeScript(script);
  const {fps} = timeline;
  const all: [number, number] = [0, timeline.durationInFrames - 1];
  const extraFor = (template: string) =>
    new Set(extraKeyFrames({script, timeline, template, options: templateOptions(templateInfo(template)!, script)}));
  /** Every frame from the one showing `fromMs` to the first at or after `toMs`. */
  const span = (fromMs: number, toMs: number) =>
    Array.from({length: frameAt(toMs, fps) - frameAt(fromMs, fps) + 1}, (_, i) => frameAt(fromMs, fps) + i);
  /** Frames of `frames` that the plan from segments and words alone (no extra sources) would hold instead. */
  const missedByPlan = (template: string, frames: number[]) => {
    const planned = new Set(planHolds(timeline, all, {wordByWord: templateInfo(template)!.wordByWord}).frames);
    return frames.filter((frame) => !planned.has(frame));
  };

  it("a text's message card: every frame of its typing dots and its bubble's pop, in the templates that draw one", () => {
    const text = timeline.segments.find((segment) => segment.beat?.kind === 'text')!;
    const reveal = span(text.startMs, text.startMs + MESSAGE_CARD_MOTION.typingMs + MESSAGE_CARD_MOTION.popMs);
    expect(missedByPlan('cinematic', reveal).length).toBeGreaterThan(5);
    for (const template of ['cinematic', 'storytime']) {
      const extra = extraFor(template);
      expect(reveal.filter((frame) => !extra.has(frame))).toEqual([]);
    }
    // The chat draws a text as a bubble in its thread, not as a card: none of the card's frames unless its own.
    const chat = extraFor('chat');
    expect(reveal.filter((frame) => !chat.has(frame)).length).toBeGreaterThan(0);
  });

  it("the twist: every frame of its punch and of its grade's fade-out, in every template", () => {
    const twist = timeline.segments.find((segment) => segment.beat?.marker === 'twist')!;
    const end = twist.startMs + twist.durationMs;
    const frames = [
      ...span(twist.startMs, twist.startMs + TWIST_MOTION.hitMs),
      ...span(end - TWIST_MOTION.fadeMs, end).filter((frame) => frame < frameAt(end, fps)),
    ];
    expect(missedByPlan('cinematic', frames).length).toBeGreaterThan(5);
    for (const template of TEMPLATES) {
      const extra = extraFor(template.name);
      expect(frames.filter((frame) => !extra.has(frame))).toEqual([]);
    }
  });

  it('the chat: every frame of each typing phase and landing, and the frame each receipt turns to Seen', () => {
    const {entries} = buildThread(script, timeline);
    const typed = entries.filter((entry) => entry.typingFromMs !== undefined);
    const seen = entries.filter((entry) => entry.seenMs !== undefined);
    expect(typed.length).toBeGreaterThan(3);
    expect(seen.length).toBeGreaterThan(0);
    const frames = [
      ...typed.flatMap((entry) => span(entry.typingFromMs!, entry.appearMs)),
      ...entries.flatMap((entry) => span(entry.appearMs, entry.appearMs + landingMs(entry))),
      ...seen.map((entry) => frameAt(entry.seenMs!, fps)),
    ];
    expect(missedByPlan('chat', frames).length).toBeGreaterThan(20);
    const extra = extraFor('chat');
    expect(frames.filter((frame) => !extra.has(frame))).toEqual([]);
    // ...and the chunks capture them all, keeping every frame of the video covered once.
    const ctx = {...context(script, 'chat'), extraKeyFrames: [...extra].sort((a, b) => a - b)};
    const planned = planChunks(ctx, all);
    const captured = new Set(planned.flatMap((chunk) => chunk.frames));
    expect(frames.filter((frame) => !captured.has(frame))).toEqual([]);
    expect(planned.flatMap((chunk) => chunk.holds).reduce((a, b) => a + b, 0)).toBe(timeline.durationInFrames);
  });

  it('a landing lasts as long as the longest motion it starts', () => {
    const message = {kind: 'message', mine: false, twist: false, sender: script.characters[1]} as const;
    const entry = {...message, text: '', appearMs: 0, showName: false, time: ''};
    expect(landingMs(entry)).toBe(CHAT_MOTION.notificationMs);
    expect(landingMs({...entry, twist: true})).toBe(CHAT_MOTION.twistGlowMs);
    expect(landingMs({...entry, mine: true})).toBe(Math.max(CHAT_MOTION.scrollMs, CHAT_MOTION.popMs));
    expect(landingMs({...entry, kind: 'separator', sender: undefined})).toBe(CHAT_MOTION.scrollMs);
  });
});
