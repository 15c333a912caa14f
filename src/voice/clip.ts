/**
 * Voice clips on disk, shared by every provider: the WAV under public/generated/voice/<key>.wav (what the
 * script's `src` points at) and its timings under the cache, .cache/voice/<key>.json. Both present is a hit:
 * the line is never synthesised (or paid for) twice.
 */
import {promises as fs} from 'node:fs';
import {msToFrames, toMono} from '../audio/pcm';
import {durationMs, encodeWav, type PcmAudio} from '../audio/wav';
import type {SpokenAudio, SpokenWord} from '../schema/script';
import {exists, writeFileAtomic} from '../util/files';
import {cacheDir, generatedAsset} from '../util/paths';
import {speechSpan} from './word-gaps';

export interface ClipPaths {
  /** The WAV on disk. */
  file: string;
  /** The same WAV as a staticFile() path, e.g. `generated/voice/<key>.wav`. */
  src: string;
  /** The timings, beside the other cached replies. */
  meta: string;
}

export function clipPaths(key: string): ClipPaths {
  const {file, src} = generatedAsset('voice', `${key}.wav`);
  return {file, src, meta: cacheDir('voice', `${key}.json`)};
}

/** The cached clip, or undefined when either half is missing or unreadable. */
export async function readClip(paths: ClipPaths): Promise<SpokenAudio | undefined> {
  if (!(await exists(paths.file))) return undefined;
  try {
    const audio = JSON.parse(await fs.readFile(paths.meta, 'utf8')) as SpokenAudio;
    return audio.src === paths.src && audio.durationMs > 0 && Array.isArray(audio.words) ? audio : undefined;
  } catch {
    return undefined;
  }
}

export interface TrimOptions {
  /** Samples at most this loud count as silence. */
  threshold: number;
  /** Silence kept before and after the speech, so soft onsets are not clipped. */
  padMs: number;
}

/**
 * Trims leading and trailing silence, mixes to mono, writes the WAV and then the timings (the timings file last,
 * so a clip is never a hit without its audio). `words` are relative to the start of the untrimmed audio.
 */
export async function saveClip(
  paths: ClipPaths,
  audio: PcmAudio,
  words: SpokenWord[],
  trim: TrimOptions,
): Promise<SpokenAudio> {
  // A line with nothing to say ("…") keeps its silence, at least a millisecond of it.
  const mixed = toMono(audio);
  const mono = mixed.length > 0 ? mixed : new Float32Array(Math.ceil(audio.sampleRate / 1000));
  const pad = msToFrames(trim.padMs, audio.sampleRate);
  const span = speechSpan(mono, trim.threshold);
  const [start, end] =
    span.end > span.start ? [Math.max(0, span.start - pad), Math.min(mono.length, span.end + pad)] : [0, mono.length];
  const trimmed: PcmAudio = {sampleRate: audio.sampleRate, channels: [mono.slice(start, end)]};
  const offsetMs = (start / audio.sampleRate) * 1000;
  const clipMs = durationMs(trimmed);
  const clamp = (ms: number) => Math.round(Math.min(clipMs, Math.max(0, ms - offsetMs)));
  const spoken: SpokenAudio = {
    src: paths.src,
    durationMs: Math.round(clipMs * 10) / 10,
    words: words.map((w) => ({
      text: w.text,
      startMs: clamp(w.startMs),
      endMs: Math.max(clamp(w.startMs), clamp(w.endMs)),
    })),
  };
  await writeFileAtomic(paths.file, encodeWav(trimmed));
  await writeFileAtomic(paths.meta, JSON.stringify(spoken));
  return spoken;
}
