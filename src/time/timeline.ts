/**
 * Timing: when every segment of the drama is on screen, derived from the script alone.
 * One function, used by calculateMetadata (so an edited script re-times itself in Studio), by the templates,
 * by the mixer (so the soundtrack lines up) and by the caption files.
 *
 * A segment is the hook card, one beat, or the end card. A spoken segment lasts its speech (the real audio when
 * the voice stage has run, else an estimate from the text) plus a pause; text and action beats last their reading
 * time. The pauses and holds, never the speech, stretch or shrink so the total lands on targetDurationSec.
 */
import type {Beat, Marker, Script, SpokenAudio} from '../schema/script';
import {lastAtOrBefore} from './search';
import {estimateSpeechMs, spreadWords, splitWords} from './words';

export type SegmentKind = 'hook' | 'beat' | 'end';

export interface TimedWord {
  text: string;
  /** Absolute time in the video. */
  startMs: number;
  endMs: number;
}

/** What every segment has: where it sits, what it says and when. */
interface SegmentFields {
  /** The scene whose background shows: 0 for the hook card, the last scene for the end card. */
  sceneIndex: number;
  /** Index of the beat within its scene; -1 for the cards. */
  beatIndex: number;
  text: string;
  /** Who speaks (lines) or sends (texts); absent for narration, actions and cards. */
  characterId?: string;
  /** Spoken segments have a voice: lines, narration, the hook and the end card. */
  spoken: boolean;
  audio?: SpokenAudio;
  startMs: number;
  durationMs: number;
  /** When speech (or the reveal of the text) begins and how long it lasts. */
  speechStartMs: number;
  speechMs: number;
  words: TimedWord[];
}

/** The hook card or the end card: no beat of its own. */
export interface CardSegment<Kind extends 'hook' | 'end' = 'hook' | 'end'> extends SegmentFields {
  kind: Kind;
  beat?: undefined;
}

/** One beat of a scene. */
export interface BeatSegment extends SegmentFields {
  kind: 'beat';
  beat: Beat;
}

/** A segment is the hook card, one beat, or the end card; `kind` tells which, and only beats have a `beat`. */
export type Segment = CardSegment<'hook'> | CardSegment<'end'> | BeatSegment;

export interface SceneSpan {
  index: number;
  startMs: number;
  endMs: number;
}

export interface Timeline {
  fps: number;
  totalMs: number;
  durationInFrames: number;
  segments: Segment[];
  scenes: SceneSpan[];
  /** Total before fitting to the target, and whether the target could be met within the bounds. */
  naturalMs: number;
  fitsTarget: boolean;
  /** The scales applied to pauses and estimated speech: the script's pinned ones, else the fit to the target. */
  timing: {flexScale: number; speechScale: number};
}

/** The timing constants, in one place so the plan, the tests and the templates agree. */
export const TIMING = {
  leadInMs: 120,
  pauseAfterBeatMs: 320,
  pauseAfterSceneMs: 450,
  minLineMs: 1100,
  minTextMs: 1500,
  minActionMs: 1300,
  /** Reading is faster than speaking: text and action beats are read, not heard. */
  readingSpeedup: 1.25,
  hookHoldMs: 500,
  minHookMs: 2000,
  endHoldMs: 1600,
  minEndMs: 3000,
  /** How far pauses and holds may stretch or shrink to meet the target. */
  minFlexScale: 0.35,
  maxFlexScale: 4,
  /** Without audio, the estimated speaking rate may flex a little too. */
  minSpeechScale: 0.9,
  maxSpeechScale: 1.2,
} as const;

/** A segment before it is placed in time. */
interface Draft extends Pick<SegmentFields, 'sceneIndex' | 'beatIndex' | 'text' | 'characterId' | 'spoken' | 'audio'> {
  kind: SegmentKind;
  /** Set exactly when kind is 'beat' (draftBeat), so a placed draft is a Segment. */
  beat?: Beat;
  /** Fixed time: real audio, or estimated speech (which may flex a little). */
  speechMs: number;
  /** Flexible time: pauses and holds. */
  flexMs: number;
}

const isSpoken = (beat: Beat) => beat.kind === 'line' || beat.kind === 'narration';

function draftBeat(beat: Beat, sceneIndex: number, beatIndex: number, lastInScene: boolean, language: string): Draft {
  const spoken = isSpoken(beat);
  const estimate = estimateSpeechMs(beat.text, language);
  const speechMs = beat.audio && spoken ? beat.audio.durationMs : spoken ? estimate : estimate / TIMING.readingSpeedup;
  const minimum =
    beat.kind === 'text' ? TIMING.minTextMs : beat.kind === 'action' ? TIMING.minActionMs : TIMING.minLineMs;
  const hold = Math.max(0, minimum - speechMs);
  const pause = TIMING.pauseAfterBeatMs + (lastInScene ? TIMING.pauseAfterSceneMs : 0);
  return {
    kind: 'beat',
    sceneIndex,
    beatIndex,
    beat,
    text: beat.text,
    characterId: beat.characterId,
    spoken,
    audio: spoken ? beat.audio : undefined,
    speechMs,
    flexMs: hold + pause + TIMING.leadInMs,
  };
}

function draftCard(
  kind: 'hook' | 'end',
  text: string,
  sceneIndex: number,
  audio: SpokenAudio | undefined,
  language: string,
): Draft {
  const speechMs = audio ? audio.durationMs : estimateSpeechMs(text, language);
  const hold = kind === 'hook' ? TIMING.hookHoldMs : TIMING.endHoldMs;
  const minimum = kind === 'hook' ? TIMING.minHookMs : TIMING.minEndMs;
  return {
    kind,
    sceneIndex,
    beatIndex: -1,
    text,
    spoken: true,
    audio,
    speechMs,
    flexMs: Math.max(hold, minimum - speechMs) + TIMING.leadInMs,
  };
}

function drafts(script: Script): Draft[] {
  const list: Draft[] = [draftCard('hook', script.hook, 0, script.cardAudio?.hook, script.language)];
  script.scenes.forEach((scene, s) =>
    scene.beats.forEach((beat, b) => list.push(draftBeat(beat, s, b, b === scene.beats.length - 1, script.language))),
  );
  list.push(
    draftCard('end', script.cliffhanger, script.scenes.length - 1, script.cardAudio?.cliffhanger, script.language),
  );
  return list;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Scale factors for flexible time and for estimated speech that bring the total closest to the target. */
function fit(list: Draft[], targetMs: number): {flex: number; speech: number} {
  const flexMs = list.reduce((sum, d) => sum + d.flexMs, 0);
  const estimatedMs = list.filter((d) => !d.audio).reduce((sum, d) => sum + d.speechMs, 0);
  const realMs = list.filter((d) => d.audio).reduce((sum, d) => sum + d.speechMs, 0);
  // First let the speaking rate of estimated speech give a little, then the pauses take the rest.
  const wantSpeech = estimatedMs > 0 ? (targetMs - realMs - flexMs) / estimatedMs : 1;
  const speech = clamp(wantSpeech, TIMING.minSpeechScale, TIMING.maxSpeechScale);
  const flex =
    flexMs > 0
      ? clamp((targetMs - realMs - estimatedMs * speech) / flexMs, TIMING.minFlexScale, TIMING.maxFlexScale)
      : 1;
  return {flex, speech};
}

function words(draft: Draft, speechStartMs: number, speechMs: number, language: string): TimedWord[] {
  if (draft.audio) {
    return draft.audio.words.map((w) => ({
      text: w.text,
      startMs: speechStartMs + w.startMs,
      endMs: speechStartMs + w.endMs,
    }));
  }
  return spreadWords(splitWords(draft.text, language), speechStartMs, speechMs);
}

export function timeScript(script: Script): Timeline {
  const list = drafts(script);
  const targetMs = script.targetDurationSec * 1000;
  // A pinned timing (kept from an earlier run) holds every unchanged segment's length through an edit: the total
  // absorbs the edited lines' difference instead of every pause in the video moving.
  const {flex, speech} = script.timing
    ? {flex: script.timing.flexScale, speech: script.timing.speechScale}
    : fit(list, targetMs);
  const fps = script.format.fps;
  const frameMs = 1000 / fps;

  let cursor = 0;
  const segments: Segment[] = list.map((d) => {
    const speechMs = d.audio ? d.speechMs : d.speechMs * speech;
    // Segment boundaries sit on frame boundaries so every frame belongs to exactly one segment.
    const durationMs = Math.max(frameMs, Math.round((speechMs + d.flexMs * flex) / frameMs) * frameMs);
    const speechStartMs = cursor + Math.min(TIMING.leadInMs, durationMs / 4);
    const {flexMs: _flex, ...placed} = d;
    const segment = {
      ...placed,
      startMs: cursor,
      durationMs,
      speechStartMs,
      speechMs,
      words: words(d, speechStartMs, speechMs, script.language),
    } as Segment;
    cursor += durationMs;
    return segment;
  });

  const scenes: SceneSpan[] = script.scenes.map((_, index) => {
    const own = segments.filter((s) => s.sceneIndex === index);
    return {index, startMs: own[0].startMs, endMs: own[own.length - 1].startMs + own[own.length - 1].durationMs};
  });
  const naturalMs = list.reduce((sum, d) => sum + d.speechMs + d.flexMs, 0);
  const totalMs = cursor;
  return {
    fps,
    totalMs,
    durationInFrames: Math.max(1, Math.round(totalMs / frameMs)),
    segments,
    scenes,
    naturalMs,
    fitsTarget: Math.abs(totalMs - targetMs) <= targetMs * 0.1,
    timing: {flexScale: flex, speechScale: speech},
  };
}

/** The segment whose beat carries a marker ('hook', 'twist', 'cliffhanger'), if any does. */
export function markedSegment(timeline: Timeline, marker: Marker): Segment | undefined {
  return timeline.segments.find((s) => s.beat?.marker === marker);
}

/** The segment on screen at a time (the last one for times past the end). */
export function segmentAt(timeline: Timeline, ms: number): Segment {
  return timeline.segments[lastAtOrBefore(timeline.segments, ms, (segment) => segment.startMs)];
}
