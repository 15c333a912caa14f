/**
 * The video in chunks, one per scene, each named by a content hash of exactly what its picture depends on, so a
 * re-render reuses every chunk whose inputs did not change. Pure: no rendering here.
 *
 * What a scene's picture depends on differs by template. The cinematic template draws only scene-relative time:
 * the scene's backdrop under its camera, its segments (texts, words, timings relative to the scene's start), the
 * previous scene fading out beneath it during the transition, and the script-wide look (genre, language,
 * characters). Its chunks therefore survive edits to other scenes, even when those move this scene in time; an
 * edit re-renders its own scene and the next scene's short opening transition.
 * Templates that draw absolute time (storytime's progress bar and emotion background, chat's thread of every
 * earlier message) key each chunk on the whole script and its place in the video: any edit re-renders them all.
 */
import type {Script} from '../schema/script';
import type {SegmentShape} from '../templates';
import type {Segment, Timeline} from '../time/timeline';
import {hashOf} from '../util/files';
import {DEFAULT_HOLDS, planHolds, type HoldOptions, type HoldPlan} from './holds';

/** Templates whose frames depend only on the scene on screen (and the one fading out); see above. */
const SCENE_LOCAL_TEMPLATES = new Set(['cinematic']);

/**
 * How long the previous scene shows beneath a new one (SceneBackdrop's fade). Those first frames of a scene are a
 * chunk of their own, keyed on both scenes, so the rest of the scene does not depend on the scene before it.
 */
const SCENE_TRANSITION_MS = 450;

/** Bump when the chunk encoding changes (piece-encode.ts), so old chunks are not reused. */
const CHUNK_FORMAT = 4;

/** Script fields that no chunk's picture reads directly: time (carried by segments), sound, and the cards' texts. */
const OUTSIDE_THE_PICTURE = new Set([
  'scenes',
  'hook',
  'cliffhanger',
  'cardAudio',
  'soundtrack',
  'targetDurationSec',
  'timing',
]);

export interface ChunkContext {
  script: Script;
  timeline: Timeline;
  template: string;
  /** The template's options, defaults filled in. */
  templateOptions: Record<string, unknown>;
  scale: number;
  /** The bundle's code hash (bundleCodeHash). */
  codeHash: string;
  holds?: HoldOptions;
  /** Frames to capture besides the planned ones (key-frame-sources.ts), sorted. */
  extraKeyFrames?: readonly number[];
  /** The segments the template draws word by word (TemplateInfo.wordByWord): only their word starts are captured. */
  wordByWord: readonly SegmentShape[];
}

export interface ChunkPlan extends HoldPlan {
  key: string;
  /** Inclusive frame range of the video. */
  range: [number, number];
  sceneIndex: number;
  /** The chunk is the scene's opening transition, over the previous scene. */
  transition: boolean;
}

const frameOf = (ms: number, fps: number) => Math.round((ms * fps) / 1000);
/** Times relative to a scene's start, in whole ms, so the same scene shifted in time hashes the same. */
const rel = (ms: number, originMs: number) => Math.round(ms - originMs);

/**
 * A segment as its chunk sees it. Word times are rounded to whole ms on the absolute timeline, so a shifted scene's
 * words move by a fraction of a ms relative to it: they are keyed by the frame (from the scene's start) on which
 * each word lights, which is what the picture shows.
 */
function relativeSegment(segment: Segment, originMs: number, fps: number) {
  const firstFrame = Math.round((originMs * fps) / 1000);
  const lights = (ms: number) => Math.ceil((ms * fps) / 1000 - 1e-6) - firstFrame;
  return {
    kind: segment.kind,
    beatIndex: segment.beatIndex,
    text: segment.text,
    characterId: segment.characterId,
    spoken: segment.spoken,
    marker: segment.beat?.marker,
    beatKind: segment.beat?.kind,
    startMs: rel(segment.startMs, originMs),
    durationMs: rel(segment.durationMs, 0),
    speechStartMs: rel(segment.speechStartMs, originMs),
    speechMs: rel(segment.speechMs, 0),
    words: segment.words.map((w) => [w.text, lights(w.startMs), lights(w.endMs)]),
  };
}

/** What the cinematic template's frames of one scene depend on (with `transition`, of its opening frames). */
function sceneLocalInputs(context: ChunkContext, sceneIndex: number, transition: boolean) {
  const {script, timeline} = context;
  const span = timeline.scenes[sceneIndex];
  const previous = timeline.scenes[sceneIndex - 1];
  const globals = Object.fromEntries(Object.entries(script).filter(([name]) => !OUTSIDE_THE_PICTURE.has(name)));
  const {beats: _beats, ...sceneLook} = script.scenes[sceneIndex];
  return {
    globals,
    scene: sceneLook,
    segments: timeline.segments
      .filter((s) => s.sceneIndex === sceneIndex && s.startMs >= span.startMs)
      .map((s) => relativeSegment(s, span.startMs, timeline.fps)),
    lengthMs: rel(span.endMs, span.startMs),
    // The previous scene shows beneath the transition, at the end of its own camera move.
    previous: transition &&
      previous && {
        scene: (({beats: _b, ...look}) => look)(script.scenes[sceneIndex - 1]),
        lengthMs: rel(previous.endMs, previous.startMs),
      },
  };
}

/**
 * The chunks of an inclusive frame range, in order, each with its cache key and hold plan: per scene, its opening
 * transition (for scene-local templates) and the rest of it.
 */
export function planChunks(context: ChunkContext, range: [number, number]): ChunkPlan[] {
  const {timeline, script} = context;
  const sceneLocal = SCENE_LOCAL_TEMPLATES.has(context.template);
  const {soundtrack: _soundtrack, ...picture} = script;
  const chunks: ChunkPlan[] = [];
  const holds = context.holds ?? DEFAULT_HOLDS;
  const transitionFrames = sceneLocal ? Math.round((SCENE_TRANSITION_MS * timeline.fps) / 1000) : 0;
  for (const span of timeline.scenes) {
    const sceneStart = frameOf(span.startMs, timeline.fps);
    const sceneEnd = frameOf(span.endMs, timeline.fps) - 1;
    const split = span.index > 0 ? Math.min(sceneEnd, sceneStart + transitionFrames - 1) : sceneStart - 1;
    const parts: [number, number, boolean][] = [
      [sceneStart, split, true],
      [split + 1, sceneEnd, false],
    ];
    for (const [from, to, transition] of parts) {
      const first = Math.max(range[0], from);
      const last = Math.min(range[1], to);
      if (first > last) continue;
      const origin = sceneLocal ? sceneStart : 0;
      const extra = (context.extraKeyFrames ?? []).filter((f) => f >= first && f <= last);
      const inputs = sceneLocal
        ? {scene: sceneLocalInputs(context, span.index, transition), range: [first - origin, last - origin]}
        : {script: picture, range: [first, last]};
      const key = hashOf(
        {
          format: CHUNK_FORMAT,
          template: context.template,
          options: context.templateOptions,
          size: [script.format.width, script.format.height, script.format.fps, context.scale],
          code: context.codeHash,
          holds,
          wordByWord: context.wordByWord,
          inputs,
          // Relative to the scene, like its segments: a scene moved in time keeps its chunk.
          ...(extra.length > 0 && {extraKeyFrames: extra.map((f) => f - origin)}),
        },
        24,
      );
      chunks.push({
        key,
        range: [first, last],
        sceneIndex: span.index,
        transition,
        ...planHolds(timeline, [first, last], {holds, extraKeyFrames: extra, wordByWord: context.wordByWord}),
      });
    }
  }
  return chunks;
}
