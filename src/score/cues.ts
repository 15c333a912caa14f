/**
 * Where the effects go: a message sound on every text beat, and for action beats, effects picked by keywords in
 * the beat's text, each placed when its word shows (from the segment's word timings). English keywords only;
 * other languages get the text-beat sounds alone.
 */
import type {PcmAudio} from '../audio/wav';
import {addMono, msToFrames, panGains, silence} from '../audio/pcm';
import type {Script} from '../schema/script';
import type {MessageSounds} from '../templates';
import type {Segment, Timeline} from '../time/timeline';
import {renderEffect, type EffectName} from './effects';
import {seededRandom, seedFrom} from './random';

export interface Cue {
  effect: EffectName;
  atMs: number;
  pan: number;
}

interface Rule {
  effect: EffectName;
  pattern: RegExp;
  /** Rules of one family are alternatives: the first that matches wins (a slammed door is not also a door). */
  family?: string;
}

const RULES: readonly Rule[] = [
  {effect: 'slam', pattern: /\bslam(s|med|ming)?\b/i, family: 'door'},
  {effect: 'knock', pattern: /\bknock(s|ed|ing)?\b/i, family: 'door'},
  {effect: 'door', pattern: /\bdoors?\b/i, family: 'door'},
  {effect: 'ring', pattern: /\b(phone|it) rings\b|\bringing\b|\bringtone\b/i, family: 'phone'}, // not a wedding ring
  {effect: 'buzz', pattern: /\b(phone|buzz(es|ed|ing)?|vibrat\w*)\b/i, family: 'phone'},
  {effect: 'slap', pattern: /\b(slap|smack|punch)(s|es|ed|ing)?\b/i},
  {effect: 'glass', pattern: /\b(glass(es)?|shatter\w*|smash\w*|mirror)\b/i},
  {effect: 'gunshot', pattern: /\b(gun\w*|shot|shoots?|pistol|trigger)\b/i},
  {effect: 'thud', pattern: /\b(falls?|fell|collaps\w*|drops?|dropped|thud|faints?|fainted)\b/i},
  {
    effect: 'footsteps',
    pattern:
      /\b(walks?|walked|walking|footsteps?|steps|enters?|entered|approach\w*|paces?|storms? (in|out|off|away))\b/i,
  },
  {effect: 'heartbeat', pattern: /\b(heart\w*|freez\w*|froze|frozen|pulse)\b/i},
  {effect: 'car', pattern: /\b(car|cars|engine|drives?|drove|driving|taxi|tyres?|tires?)\b/i},
  {effect: 'thunder', pattern: /\b(thunder\w*|storm|lightning)\b/i},
  {effect: 'clock', pattern: /\b(clock|ticking|midnight)\b/i},
  {effect: 'camera', pattern: /\b(camera|(snaps?|takes?|took) an? (photo|picture)|flash(es)?)\b/i},
];

/** An action beat never gets more than this many effects: it is a moment, not a soundscape. */
const MAX_PER_BEAT = 2;

/** The time the word holding character `index` of the text appears. */
function wordTime(segment: Segment, index: number): number {
  const before = segment.text.slice(0, index).trim().split(/\s+/).filter(Boolean).length;
  return segment.words[Math.min(before, segment.words.length - 1)]?.startMs ?? segment.speechStartMs;
}

function actionCues(segment: Segment): Cue[] {
  const families = new Set<string>();
  const found: {effect: EffectName; index: number}[] = [];
  for (const rule of RULES) {
    if (rule.family && families.has(rule.family)) continue;
    const match = rule.pattern.exec(segment.text);
    if (!match) continue;
    if (rule.family) families.add(rule.family);
    found.push({effect: rule.effect, index: match.index});
  }
  return found
    .sort((a, b) => a.index - b.index)
    .slice(0, MAX_PER_BEAT)
    .map((f, i) => ({effect: f.effect, atMs: wordTime(segment, f.index), pan: i % 2 ? 0.25 : -0.15}));
}

export function cuesFor(timeline: Timeline, messageSounds: MessageSounds = 'texts'): Cue[] {
  return timeline.segments.flatMap((segment) => {
    if (segment.beat?.kind === 'text') return [{effect: 'message' as const, atMs: segment.speechStartMs, pan: 0.2}];
    // A message lands as its segment starts (the chat template pops the bubble then), before the voice reads it.
    if (segment.beat?.kind === 'line' && messageSounds === 'every-message')
      return [{effect: 'message' as const, atMs: segment.startMs, pan: 0.2}];
    if (segment.beat?.kind === 'action') return actionCues(segment);
    return [];
  });
}

/** The effects stem, stereo at `sampleRate`, or undefined when the script asks for none. */
export function effectsFor(
  script: Script,
  timeline: Timeline,
  sampleRate: number,
  messageSounds: MessageSounds = 'texts',
): PcmAudio | undefined {
  const cues = cuesFor(timeline, messageSounds);
  if (cues.length === 0) return undefined;
  const stem = silence(msToFrames(timeline.totalMs, sampleRate), sampleRate);
  cues.forEach((cue, i) => {
    const signal = renderEffect(cue.effect, seededRandom(seedFrom('effect', script.title, i)), sampleRate);
    const [left, right] = panGains(cue.pan);
    addMono(stem, signal, msToFrames(cue.atMs, sampleRate), left, right);
  });
  return stem;
}
