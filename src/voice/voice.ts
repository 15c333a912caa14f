/** Stage 3, voice the lines: a VoiceProvider speaks one text in one voice and reports when each word is said. */
import type {VoiceProviderName} from '../config';
import type {Emotion, SpokenAudio, Voice} from '../schema/script';
import type {Progress} from '../util/progress';

export interface SpeakRequest {
  text: string;
  voice: Voice;
  /** BCP 47 tag of the script's language. */
  language: string;
  /** For error messages: who says it and where, e.g. `Lena, scenes[1].beats[2]`. */
  label: string;
  /** How the line is said; providers may colour the delivery a little. */
  emotion?: Emotion;
}

export interface VoiceProvider {
  readonly name: VoiceProviderName;
  /**
   * Speaks the text, writes a WAV under public/generated/voice/ (cached by a hash of voice and text,
   * so the same line is never synthesised twice) and returns its staticFile path, duration and word timings
   * (relative to the start of the clip). Notes along the way (a retry, estimated timings) go to `progress` as its
   * detail; the fraction is the caller's to report.
   */
  speak(request: SpeakRequest, progress?: Progress): Promise<SpokenAudio>;
  /** The `src` speak() gives this request: a beat whose audio has it (and whose file exists) needs no new voice. */
  clipSrc(request: SpeakRequest): string;
}

/** The line in error messages: who, where and what, e.g. `Lena, scenes[1].beats[2] ("You don't get to…")`. */
export function describeLine(request: SpeakRequest): string {
  const text = request.text.length > 60 ? `${request.text.slice(0, 57)}…` : request.text;
  return `${request.label} (${JSON.stringify(text)})`;
}
