/**
 * The music bed: the procedural score ('auto'), the user's own track (a file path, any format ffmpeg reads,
 * looped or trimmed to the video), or nothing ('none').
 */
import type {PcmAudio} from '../audio/wav';
import type {Script} from '../schema/script';
import type {ScorePartCache} from '../score/part-cache';
import {composeScore} from '../score/score';
import type {Timeline} from '../time/timeline';
import {readAudio} from './decode';
import {fadeEnds, frameCount, msToFrames, silence} from '../audio/pcm';

export type MusicChoice = 'auto' | 'none' | (string & {});

const LOOP_CROSSFADE_MS = 1000;
const FADE_IN_MS = 10;
const FADE_OUT_MS = 2000;

/**
 * Repeats a track until it fills `frames`, each repeat crossfading (equal power) into the next, then fades the
 * end so the cut is musical rather than a click. A track already long enough is only trimmed and faded.
 */
export function fitToLength(track: PcmAudio, frames: number): PcmAudio {
  const rate = track.sampleRate;
  const length = frameCount(track);
  const out = silence(frames, rate, track.channels.length);
  if (length >= frames) {
    track.channels.forEach((input, c) => out.channels[c].set(input.subarray(0, frames)));
  } else {
    const crossfade = Math.min(msToFrames(LOOP_CROSSFADE_MS, rate), Math.floor(length / 4));
    const period = length - crossfade;
    for (let start = 0; start < frames; start += period) {
      const first = start === 0;
      const last = start + period >= frames;
      track.channels.forEach((input, c) => {
        const output = out.channels[c];
        const end = Math.min(length, frames - start);
        for (let i = 0; i < end; i++) {
          let gain = 1;
          if (!first && i < crossfade) gain = Math.sin((Math.PI / 2) * (i / crossfade));
          else if (!last && i >= period) gain = Math.cos((Math.PI / 2) * ((i - period) / crossfade));
          output[start + i] += input[i] * gain;
        }
      });
    }
  }
  fadeEnds(out, msToFrames(FADE_IN_MS, rate), Math.min(msToFrames(FADE_OUT_MS, rate), Math.floor(frames / 8)));
  return out;
}

/** The bed for the whole timeline at `sampleRate`, or undefined for no music; the score's parts come from `cache`. */
export async function musicBed(
  script: Script,
  timeline: Timeline,
  music: MusicChoice,
  sampleRate: number,
  cache?: ScorePartCache,
): Promise<PcmAudio | undefined> {
  if (music === 'none') return undefined;
  if (music === 'auto') return composeScore(script, timeline, {sampleRate, cache});
  const frames = msToFrames(timeline.totalMs, sampleRate);
  // No need to decode more of a long track than the video uses.
  const track = await readAudio(music, sampleRate, {channels: 2, maxSeconds: Math.ceil(timeline.totalMs / 1000) + 1});
  return fitToLength(track, frames);
}
