/**
 * Offline voices: espeak-ng. Each line is rendered twice (as played, and as a probe with long pauses between
 * words) and the word timings are measured by comparing the two waveforms (see word-gaps.ts), so the captions
 * follow the audio that is actually played.
 */
import type {Emotion, SpokenAudio, SpokenWord, Voice} from '../schema/script';
import {spreadWords, splitWords} from '../time/words';
import {hashOf} from '../util/files';
import type {Progress} from '../util/progress';
import {clipPaths, readClip, saveClip} from './clip';
import {ESPEAK_BINARY, espeakVersion, spokenGrouping, synthesise, type EspeakProsody} from './espeak';
import {describeLine, type SpeakRequest, type VoiceProvider} from './voice';
import {captionSpans, findWordGaps, type Run} from './word-gaps';

/** Part of every cache key: bump it when synthesis or timing changes, so old clips are remade. */
const VERSION = 1;
/** Word gaps, in espeak-ng's 10 ms units: barely audible as played, unmistakable in the probe. */
const PLAYED_GAP = 1;
const PROBE_GAP = 21;
export const DEFAULT_PITCH = 50;
export const DEFAULT_RATE = 175;

/** A touch of delivery per emotion: a rate factor and a pitch offset (espeak-ng's 0-99 scale). */
const DELIVERY: Record<Emotion, {rate: number; pitch: number}> = {
  neutral: {rate: 1, pitch: 0},
  happy: {rate: 1.05, pitch: 4},
  tender: {rate: 0.92, pitch: -2},
  sad: {rate: 0.88, pitch: -5},
  angry: {rate: 1.08, pitch: 3},
  afraid: {rate: 1.1, pitch: 6},
  surprised: {rate: 1.04, pitch: 7},
  cold: {rate: 0.95, pitch: -4},
  desperate: {rate: 1.06, pitch: 5},
  smug: {rate: 0.96, pitch: -2},
  shocked: {rate: 1.02, pitch: 8},
};

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)));

export function prosodyFor(voice: Voice, emotion: Emotion = 'neutral', wordGap = PLAYED_GAP): EspeakProsody {
  const delivery = DELIVERY[emotion];
  return {
    voice: voice.id,
    pitch: clamp((voice.pitch ?? DEFAULT_PITCH) + delivery.pitch, 0, 99),
    rate: clamp((voice.rate ?? DEFAULT_RATE) * delivery.rate, 80, 400),
    wordGap,
  };
}

export interface OfflineOptions {
  /** The espeak-ng executable; default `espeak-ng` on PATH. */
  binary?: string;
}

export class OfflineVoiceProvider implements VoiceProvider {
  readonly name = 'offline';
  private readonly binary: string;

  constructor(options: OfflineOptions = {}) {
    this.binary = options.binary ?? ESPEAK_BINARY;
  }

  clipSrc(request: SpeakRequest): string {
    return clipPaths(this.key(request)).src;
  }

  private key({voice, text, language, emotion}: SpeakRequest): string {
    // Another espeak-ng build says the same text differently: its version is part of the key.
    return hashOf({
      provider: 'offline',
      version: VERSION,
      engine: espeakVersion(this.binary),
      voice: {id: voice.id, pitch: voice.pitch, rate: voice.rate},
      text,
      language,
      emotion,
    });
  }

  async speak(request: SpeakRequest, progress?: Progress): Promise<SpokenAudio> {
    if (request.voice.provider !== 'offline')
      throw new Error(`${request.label}: an ${request.voice.provider} voice given to the offline provider`);
    // The key reads espeak-ng's version, so a missing binary is found here: say which line needed it.
    let key: string;
    try {
      key = this.key(request);
    } catch (error) {
      throw Object.assign(error as Error, {
        message: `could not voice ${describeLine(request)}: ${(error as Error).message}`,
      });
    }
    const paths = clipPaths(key);
    const cached = await readClip(paths);
    if (cached) return cached;

    const words = splitWords(request.text, request.language);
    const voiced = (gap: number) =>
      synthesise(request.text, prosodyFor(request.voice, request.emotion, gap), this.binary);
    const [played, probe, grouping] = await Promise.all([
      voiced(PLAYED_GAP),
      voiced(PROBE_GAP),
      spokenGrouping(words, request.voice.id, this.binary),
    ]).catch((error: Error) => {
      throw Object.assign(error, {message: `could not voice ${describeLine(request)}: ${error.message}`});
    });
    const found = findWordGaps(played.channels[0], probe.channels[0], played.sampleRate);
    // espeak-ng says some caption words as several ("1999") and joins some ("from the"): the grouping says which.
    const spans = captionSpans(found, words, grouping);
    const toMs = (sample: number) => (sample / played.sampleRate) * 1000;
    let timed: SpokenWord[];
    if (spans) {
      timed = words.map((text, i) => ({text, startMs: toMs(spans[i].start), endMs: toMs(spans[i].end)}));
    } else {
      // Last resort (variants with echo blur the pauses): words laid out over the measured speech.
      progress?.('voices', 0, `${request.label}: word pauses not found, caption timing estimated`);
      timed = spreadWords(words, toMs(found.speech.start), toMs(spanLength(found.speech)));
    }
    return saveClip(paths, played, timed, {threshold: found.threshold, padMs: 0});
  }
}

const spanLength = (run: Run) => run.end - run.start;
