/** Stage 3, voice the lines: a VoiceProvider speaks one text in one voice and reports when each word is said. */
import type {SpokenAudio, Voice} from '../schema/script';
import type {Progress} from '../util/progress';

export interface SpeakRequest {
  text: string;
  voice: Voice;
  /** BCP 47 tag of the script's language. */
  language: string;
  /** For error messages: who says it and where, e.g. `Lena, scenes[1].beats[2]`. */
  label: string;
}

export interface VoiceProvider {
  readonly name: 'offline' | 'elevenlabs';
  /**
   * Speaks the text, writes a WAV (or MP3) under public/generated/voice/ (cached by a hash of voice and text,
   * so the same line is never synthesised twice) and returns its staticFile path, duration and word timings
   * (relative to the start of the clip).
   */
  speak(request: SpeakRequest, progress?: Progress): Promise<SpokenAudio>;
}
