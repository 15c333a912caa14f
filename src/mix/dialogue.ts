/**
 * The dialogue stem: every voice clip (lines, narration, the hook and the end card) levelled to one loudness and
 * placed, in the centre, at its segment's speechStartMs, the time the captions are drawn against.
 */
import type {PcmAudio} from '../audio/wav';
import type {Segment, Timeline} from '../time/timeline';
import {resolvePublicFile} from '../media/resolve';
import {httpUrl} from '../schema/media-ref';
import {PUBLIC_DIR} from '../util/paths';
import {readAudio} from './decode';
import {integratedLoudness} from './loudness';
import {addMono, dbToGain, msToFrames, silence, toMono} from '../audio/pcm';

/** Each clip's loudness in the stem; the master gain sets the final level, this only makes the voices agree. */
export const DIALOGUE_LUFS = -20;
/** A clip that is nearly silent is left nearly silent, not boosted into noise. */
const MAX_LEVELLING_DB = 30;

export const spokenSegments = (timeline: Timeline): (Segment & {audio: NonNullable<Segment['audio']>})[] =>
  timeline.segments.filter((s): s is Segment & {audio: NonNullable<Segment['audio']>} => s.audio !== undefined);

/**
 * Where a clip's audio is: a regular file confined to public/ (symlinks followed, src/media), or a URL as given
 * (the pipeline's media check decided whether it may be fetched).
 */
export const clipSource = async (src: string): Promise<string> =>
  httpUrl(src) ? src : resolvePublicFile(src, PUBLIC_DIR);

/** Gain that brings a clip to DIALOGUE_LUFS. */
export function levellingGain(clip: Float32Array, sampleRate: number): number {
  const loudness = integratedLoudness({sampleRate, channels: [clip]});
  if (!Number.isFinite(loudness)) return 1;
  return dbToGain(Math.max(-MAX_LEVELLING_DB, Math.min(MAX_LEVELLING_DB, DIALOGUE_LUFS - loudness)));
}

/** The stem, or undefined when nothing is voiced. `onClip` reports each clip placed. */
export async function dialogueStem(
  timeline: Timeline,
  frames: number,
  sampleRate: number,
  onClip: (done: number, of: number) => void,
): Promise<PcmAudio | undefined> {
  const spoken = spokenSegments(timeline);
  if (spoken.length === 0) return undefined;
  const stem = silence(frames, sampleRate);
  for (const [index, segment] of spoken.entries()) {
    const clip = toMono(await readAudio(await clipSource(segment.audio.src), sampleRate, {channels: 1}));
    const gain = levellingGain(clip, sampleRate);
    addMono(stem, clip, msToFrames(segment.speechStartMs, sampleRate), gain, gain);
    onClip(index + 1, spoken.length);
  }
  return stem;
}
