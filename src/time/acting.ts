/**
 * How the drawn cast acts, as a pure function of the timeline: who stands on stage in every segment (a single, a
 * two-shot of speaker and listener, or the twist's close-up), how each of them feels, and every change of a
 * figure's face (a mouth shape per spoken word, closed lips in the pauses, blinks) as a key frame.
 *
 * The figures change only on these key frames and hold still between them, so the renderer (src/render/holds.ts)
 * can capture exactly these frames and hold them, as it does for caption words: a speaking figure costs a few
 * frames per word, not one per frame. The composition picks a figure's face at a frame with `faceAt`, the hold
 * plan adds `actingKeyFrames`; both read the same `actingOf`, so they cannot disagree.
 */
import type {Emotion} from '../schema/script';
import {settledFrame} from './key-frames';
import {lastAtOrBefore} from './search';
import type {Segment, Timeline} from './timeline';

/** Mouth shapes: a viseme per word from its letters, and `rest` between words (shaped by the emotion). */
export const MOUTHS = ['rest', 'open', 'wide', 'round', 'press'] as const;
export type Mouth = (typeof MOUTHS)[number];

/** single: one figure; two: speaker and listener; close: the twist's close-up, pushing in. */
export type Shot = 'single' | 'two' | 'close';

export interface Staging {
  shot: Shot;
  /** Characters on stage, left to right: the order they first speak in the scene, kept through it. */
  cast: string[];
  /** Who is speaking, if anyone (narration and actions keep the figures listening). */
  speaker?: string;
  /** How each figure on stage feels: the speaker the beat's emotion, a listener its reaction. */
  emotions: Record<string, Emotion>;
}

export interface Face {
  mouth: Mouth;
  eyesClosed: boolean;
  /** A small head tilt per spoken word (-1..1): the only idle motion, and it lands on word key frames. */
  nod: number;
}

export interface FaceChange extends Face {
  frame: number;
}

export interface Acting {
  /** Per timeline segment: who is on stage and how; undefined for the cards and text messages (no figures). */
  staging: (Staging | undefined)[];
  /** Per character, the frames where their face changes, in order, starting at frame 0. */
  tracks: Record<string, FaceChange[]>;
  /** Every frame where some figure changes, in order. */
  keyFrames: number[];
}

export const ACTING = {
  /** A pause between words this long closes the mouth; shorter ones run the words together. */
  closeGapMs: 140,
  /** A word this long gets a second mouth shape, from its second vowel. */
  secondShapeMs: 360,
  blinkMs: 130,
  /** A figure blinks at the cut (inside the frames the renderer captures anyway), then about this often. */
  blinkEveryMs: 3400,
  /** A mid-segment blink starts on a word start (already a key frame) when one is this close. */
  blinkSnapMs: 700,
} as const;

/** How a listener answers the speaker's feeling. */
const REACTION: Record<Emotion, Emotion> = {
  neutral: 'neutral',
  happy: 'happy',
  tender: 'tender',
  sad: 'sad',
  angry: 'afraid',
  afraid: 'afraid',
  surprised: 'surprised',
  cold: 'cold',
  desperate: 'sad',
  smug: 'angry',
  shocked: 'shocked',
};

/** The first frame that shows a time: frame f shows f / fps seconds (as the hold plan counts). */
const frameAt = (ms: number, fps: number) => Math.ceil((ms * fps) / 1000 - 1e-6);

/** A fixed, unpatterned number in [0, 1) from two integers (a shader's hash): nods and blink jitter. */
function scatter(a: number, b: number): number {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

const VOWELS = /[aeiouyàáâãäåèéêëìíîïòóôõöùúûüæœ]+/g;

/** The mouth shape of a vowel group: open for a, wide for e/i, round for o/u/w. */
function shapeOfVowels(vowels: string): Mouth {
  const v = vowels.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/[ou]/.test(v) && !/a/.test(v)) return 'round';
  if (/a/.test(v)) return 'open';
  return 'wide';
}

/** The mouth shapes of a word from its letters: lips pressed for a leading m/b/p, then its first vowels. */
export function visemesOf(word: string): Mouth[] {
  const letters = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!letters) return ['open'];
  const groups = letters.match(VOWELS) ?? [];
  const shapes: Mouth[] = groups.slice(0, 2).map(shapeOfVowels);
  if (/^[mbp]/.test(letters)) shapes.unshift('press');
  if (/^w|^qu/.test(letters) && shapes[0] !== 'round') shapes.unshift('round');
  // Scripts without Latin vowels (CJK, Arabic, Hebrew...) still open and close on every word.
  if (shapes.length === 0) shapes.push(letters.length % 2 ? 'open' : 'wide');
  return shapes.slice(0, 2);
}

/**
 * Who stands on stage in each segment, and how they feel. Everything is read from the segment's own scene (feelings
 * start afresh at each scene), so a scene's acting is unchanged by edits to other scenes and the renderer's
 * per-scene chunks (src/render/chunks.ts) stay valid.
 */
function stage(timeline: Timeline): (Staging | undefined)[] {
  let felt = new Map<string, Emotion>();
  let sceneIndex = -1;
  return timeline.segments.map((segment) => {
    if (segment.sceneIndex !== sceneIndex) {
      felt = new Map();
      sceneIndex = segment.sceneIndex;
    }
    if (segment.kind !== 'beat' || segment.beat.kind === 'text') return undefined;
    const scene = timeline.segments.filter((s) => s.kind === 'beat' && s.sceneIndex === segment.sceneIndex);
    const lines = scene.filter((s) => s.beat?.kind === 'line' && s.characterId);
    const order = [...new Set(lines.map((s) => s.characterId!))];
    if (order.length === 0) return undefined;
    const position = scene.indexOf(segment);
    const speaking = segment.beat.kind === 'line' && segment.characterId ? segment.characterId : undefined;
    // Narration and actions show whoever spoke last in the scene (or will speak first), listening.
    const before = lines.filter((s) => scene.indexOf(s) < position).reverse();
    const after = lines.filter((s) => scene.indexOf(s) > position);
    const focus = speaking ?? before[0]?.characterId ?? after[0]?.characterId ?? order[0];
    const other = [...before, ...after].find((s) => s.characterId !== focus)?.characterId;
    const twist = segment.beat.marker === 'twist';
    const cast = twist || !other ? [focus] : order.filter((id) => id === focus || id === other);
    const emotion = segment.beat.emotion;
    if (speaking && emotion) felt.set(speaking, emotion);
    const emotions: Record<string, Emotion> = {};
    for (const id of cast) {
      const own = felt.get(id) ?? 'neutral';
      emotions[id] = speaking && id !== speaking ? REACTION[felt.get(speaking) ?? own] : own;
    }
    const shot: Shot = twist ? 'close' : cast.length > 1 ? 'two' : 'single';
    return {shot, cast, speaker: speaking, emotions};
  });
}

/** The mouth changes of one spoken segment: a shape per word (two for long ones), closed in the pauses. */
function speak(segment: Segment, fps: number, seed: number): FaceChange[] {
  const changes: FaceChange[] = [];
  const words = segment.words;
  let nod = 0;
  words.forEach((word, i) => {
    const shapes = visemesOf(word.text);
    nod = scatter(seed, i) * 2 - 1;
    const startFrame = frameAt(word.startMs, fps);
    changes.push({frame: startFrame, mouth: shapes[0], eyesClosed: false, nod});
    const duration = word.endMs - word.startMs;
    if (shapes.length > 1 && duration >= ACTING.secondShapeMs) {
      const second = frameAt(word.startMs + duration * 0.5, fps);
      if (second > startFrame) changes.push({frame: second, mouth: shapes[1], eyesClosed: false, nod});
    }
    const next = words[i + 1];
    if (!next || next.startMs - word.endMs >= ACTING.closeGapMs) {
      changes.push({frame: frameAt(word.endMs, fps), mouth: 'rest', eyesClosed: false, nod});
    }
  });
  return changes;
}

/** The blink start times (ms) of a figure in a segment: one at the cut, then about every blinkEveryMs. */
function blinkTimes(segment: Segment, beatIndex: number, onStageIndex: number): number[] {
  const end = segment.startMs + segment.durationMs - ACTING.blinkMs - 60;
  const times = [segment.startMs + 30 + onStageIndex * 60];
  const starts = segment.words.map((w) => w.startMs);
  const jitter = (scatter(beatIndex, onStageIndex + 7) - 0.5) * 900;
  for (let t = segment.startMs + ACTING.blinkEveryMs + jitter; t < end; t += ACTING.blinkEveryMs) {
    const near = starts.reduce<number | undefined>(
      (best, s) =>
        Math.abs(s - t) <= ACTING.blinkSnapMs && (best === undefined || Math.abs(s - t) < Math.abs(best - t))
          ? s
          : best,
      undefined,
    );
    times.push(near ?? t);
  }
  return times.filter((t) => t < end);
}

/** The whole cast's acting for a timeline: staging per segment, face changes per character, and the key frames. */
export function actingOf(timeline: Timeline): Acting {
  const {fps} = timeline;
  const staging = stage(timeline);
  const events: Record<string, FaceChange[]> = {};
  const push = (id: string, change: FaceChange) => (events[id] ??= []).push(change);

  timeline.segments.forEach((segment, index) => {
    const staged = staging[index];
    if (!staged) return;
    const startFrame = frameAt(segment.startMs, fps);
    // Every figure starts the segment at rest; the speaker's words then move the mouth.
    for (const id of staged.cast) push(id, {frame: startFrame, mouth: 'rest', eyesClosed: false, nod: 0});
    const mouths = staged.speaker ? speak(segment, fps, segment.beatIndex) : [];
    staged.cast.forEach((id, i) => {
      const own = id === staged.speaker ? mouths : [];
      const blinks = blinkTimes(segment, segment.beatIndex, i).flatMap((t) => {
        const from = frameAt(t, fps);
        return [
          {frame: from, closed: true},
          {frame: Math.max(from + 1, frameAt(t + ACTING.blinkMs, fps)), closed: false},
        ];
      });
      // Merge the mouth and the blinks into one sequence of faces: each change keeps the other's current state.
      const frames = [...new Set([...own.map((c) => c.frame), ...blinks.map((b) => b.frame)])].sort((a, b) => a - b);
      let mouth: Mouth = 'rest';
      let nod = 0;
      let eyesClosed = false;
      for (const frame of frames) {
        for (const c of own.filter((m) => m.frame === frame)) ({mouth, nod} = c);
        for (const b of blinks.filter((k) => k.frame === frame)) eyesClosed = b.closed;
        push(id, {frame, mouth, eyesClosed, nod});
      }
    });
    // At the next cut everyone on stage is back at rest (the next segment's first change says so).
  });

  const tracks: Record<string, FaceChange[]> = {};
  const keys = new Set<number>();
  for (const [id, list] of Object.entries(events)) {
    // Stable sort by frame; a later change at the same frame wins.
    const sorted = list
      .map((c, i) => ({c, i}))
      .sort((a, b) => a.c.frame - b.c.frame || a.i - b.i)
      .map(({c}) => c);
    const merged: FaceChange[] = [{frame: 0, mouth: 'rest', eyesClosed: false, nod: 0}];
    for (const change of sorted) {
      if (merged[merged.length - 1].frame === change.frame) merged[merged.length - 1] = change;
      else merged.push(change);
    }
    tracks[id] = merged;
    for (const change of merged) keys.add(change.frame);
  }
  return {staging, tracks, keyFrames: [...keys].sort((a, b) => a - b)};
}

/** Every frame where a figure's face changes: the frames the renderer must capture for the cast. */
export function actingKeyFrames(timeline: Timeline): number[] {
  return actingOf(timeline).keyFrames;
}

/** A figure's face at a frame: the last change at or before it (constant between key frames). */
export function faceAt(acting: Acting, characterId: string, frame: number): Face {
  const track = acting.tracks[characterId];
  if (!track) return {mouth: 'rest', eyesClosed: false, nod: 0};
  const {mouth, eyesClosed, nod} = track[lastAtOrBefore(track, frame, (change) => change.frame)];
  return {mouth, eyesClosed, nod};
}

/**
 * Frames that show each character speaking, for a contact sheet of the cast: their first line and, when they have
 * one, a later line in another emotion (the close-up of the twist if it is theirs).
 */
export function castFrames(timeline: Timeline): Record<string, number[]> {
  const acting = actingOf(timeline);
  const frames: Record<string, number[]> = {};
  const seen: Record<string, Set<string>> = {};
  timeline.segments.forEach((segment, index) => {
    const speaker = acting.staging[index]?.speaker;
    if (!speaker) return;
    const emotion = segment.beat?.emotion ?? 'neutral';
    const felt = (seen[speaker] ??= new Set());
    const own = (frames[speaker] ??= []);
    const twist = acting.staging[index]?.shot === 'close';
    if (own.length === 0 || (own.length < 2 && (!felt.has(emotion) || twist))) {
      own.push(settledFrame(timeline, segment, 0.5));
      felt.add(emotion);
    }
  });
  return frames;
}
