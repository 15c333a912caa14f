/**
 * ElevenLabs voices through @elevenlabs/elevenlabs-js: one "text to speech with timestamps" request per line, in
 * the character's voice. The reply's character alignment becomes the word timings; the audio is asked for as raw
 * PCM (or WAV, or MP3 decoded with ffmpeg) and always stored as WAV. Transient failures (429, 408, 5xx, timeouts,
 * dropped connections, unreadable replies) are retried by the shared loop (src/providers/http-retry.ts), honouring
 * Retry-After within one deadline per line, with the SDK's own retries off so there is one policy and one count.
 */
import {baseLanguage} from '../time/words';
import {ElevenLabs, ElevenLabsClient, ElevenLabsError, ElevenLabsTimeoutError} from '@elevenlabs/elevenlabs-js';
import type {Emotion, SpokenAudio} from '../schema/script';
import {UserError} from '../util/errors';
import {hashOf} from '../util/files';
import type {Progress} from '../util/progress';
import {alignedWords} from './alignment';
import {clipPaths, readClip, saveClip} from './clip';
import {decodeAudio, OUTPUT_FORMAT} from './decode-audio';
import {startDeadline} from '../providers/deadline';
import {
  callWithRetries,
  isRetryableStatus,
  retryAfterFromHeaders,
  ServiceError,
  type RetryPolicy,
  type Service,
  type Verdict,
} from '../providers/http-retry';
import {describeLine, type SpeakRequest, type VoiceProvider} from './voice';

export interface ElevenLabsOptions {
  apiKey: string;
  /** The API's address, e.g. a proxy or a test server; default https://api.elevenlabs.io. */
  baseUrl?: string;
  modelId?: string;
  /** pcm_<rate>, wav_<rate> or mp3_<rate>_<kbps>; PCM is wrapped into WAV, MP3 is decoded with ffmpeg. */
  outputFormat?: string;
  /** How long one request may take, reply body included. */
  timeoutMs?: number;
  /** Retries after the first attempt, for rate limits, server errors and timeouts. */
  maxRetries?: number;
  /** The first backoff when the server sends no Retry-After; doubles each retry. */
  retryBaseMs?: number;
  /** Time allowed for one line, retries and waits included. */
  deadlineMs?: number;
}

export const ELEVENLABS_BASE_URL = 'https://api.elevenlabs.io';

export const DEFAULT_MODEL = 'eleven_multilingual_v2';
/** Raw PCM (no decoding loss) at a rate every subscription tier may request (44.1 kHz needs Pro). */
export const DEFAULT_OUTPUT_FORMAT = 'pcm_24000';

/** Characters per request, per model, as ElevenLabs documents them; unknown models get the smallest. */
const CHARACTER_LIMITS: Record<string, number> = {
  eleven_v3: 5000,
  eleven_multilingual_v2: 10000,
  eleven_flash_v2_5: 40000,
  eleven_turbo_v2_5: 40000,
  eleven_flash_v2: 30000,
  eleven_turbo_v2: 30000,
  eleven_multilingual_v1: 10000,
  eleven_monolingual_v1: 10000,
};
const SMALLEST_LIMIT = Math.min(...Object.values(CHARACTER_LIMITS));

/** multilingual_v2 ignores language_code (and v1 models predate it); the v2.5 and v3 models take it. */
const TAKES_LANGUAGE_CODE = /^eleven_(flash_v2_5|turbo_v2_5|v3)/;

/** Part of every cache key: bump it when the request or the decoding changes. */
const VERSION = 1;

/** Emotional lines get a less stable, more stylised read; the rest the steady default. */
function voiceSettings(emotion: Emotion = 'neutral'): ElevenLabs.VoiceSettings {
  const steady = {stability: 0.55, similarityBoost: 0.75, style: 0.1, useSpeakerBoost: true};
  if (['angry', 'afraid', 'desperate', 'shocked', 'surprised'].includes(emotion))
    return {...steady, stability: 0.35, style: 0.45};
  if (['happy', 'tender', 'sad'].includes(emotion)) return {...steady, stability: 0.45, style: 0.3};
  return steady;
}

const SUPPORTED_FORMATS = new Set<string>(
  Object.values(ElevenLabs.TextToSpeechConvertWithTimestampsRequestOutputFormat),
);

export class ElevenLabsVoiceProvider implements VoiceProvider {
  readonly name = 'elevenlabs';
  private readonly client: ElevenLabsClient;
  private readonly modelId: string;
  private readonly outputFormat: ElevenLabs.TextToSpeechConvertWithTimestampsRequestOutputFormat;
  private readonly retry: RetryPolicy;
  private readonly service: Service;
  private readonly deadlineMs: number;

  constructor(options: ElevenLabsOptions) {
    const format = options.outputFormat ?? DEFAULT_OUTPUT_FORMAT;
    if (!SUPPORTED_FORMATS.has(format) || !OUTPUT_FORMAT.test(format)) {
      throw new UserError(
        `ElevenLabs output format ${JSON.stringify(format)} is not one this tool decodes: use pcm_<rate> (e.g. pcm_24000), wav_<rate> or mp3_<rate>_<kbps>`,
      );
    }
    this.outputFormat = format as ElevenLabs.TextToSpeechConvertWithTimestampsRequestOutputFormat;
    this.modelId = options.modelId ?? DEFAULT_MODEL;
    const timeoutMs = options.timeoutMs ?? 60_000;
    this.retry = {maxRetries: options.maxRetries ?? 3, firstDelayMs: options.retryBaseMs ?? 1000, maxDelayMs: 60_000};
    this.deadlineMs = options.deadlineMs ?? 180_000;
    const baseUrl = (options.baseUrl ?? ELEVENLABS_BASE_URL).replace(/\/+$/, '');
    this.service = {
      where: `ElevenLabs at ${baseUrl}`,
      timeoutMs,
      unreachableHint: 'check the network and ELEVENLABS_BASE_URL',
    };
    // The SDK's own timeout is only a backstop: the retry loop times each request, reply body included.
    this.client = new ElevenLabsClient({
      apiKey: options.apiKey,
      baseUrl,
      maxRetries: 0,
      timeoutInSeconds: timeoutMs / 1000 + 1,
    });
  }

  clipSrc(request: SpeakRequest): string {
    return clipPaths(this.key(request)).src;
  }

  /** Everything that changes the reply: the voice, the body sent (text, model, settings, language), the format. */
  private key(request: SpeakRequest): string {
    return hashOf({
      provider: 'elevenlabs',
      version: VERSION,
      voice: request.voice.id,
      body: this.body(request),
      format: this.outputFormat,
    });
  }

  /** The request body; language_code only for models that take it (the SDK would send an absent one as null). */
  private body(request: SpeakRequest): ElevenLabs.BodyTextToSpeechFullWithTimestamps {
    const languageCode = TAKES_LANGUAGE_CODE.test(this.modelId) ? baseLanguage(request.language) : undefined;
    return {
      text: request.text,
      modelId: this.modelId,
      voiceSettings: voiceSettings(request.emotion),
      ...(languageCode && {languageCode}),
    };
  }

  async speak(request: SpeakRequest, progress?: Progress): Promise<SpokenAudio> {
    if (request.voice.provider !== 'elevenlabs')
      throw new Error(`${request.label}: an ${request.voice.provider} voice given to the ElevenLabs provider`);
    const limit = CHARACTER_LIMITS[this.modelId] ?? SMALLEST_LIMIT;
    if (request.text.length > limit) {
      throw new UserError(
        `${describeLine(request)} is ${request.text.length} characters; ${this.modelId} takes at most ${limit} in one request: shorten or split the line`,
      );
    }
    const paths = clipPaths(this.key(request));
    const cached = await readClip(paths);
    if (cached) return cached;

    const reply = await this.request(request, progress);
    const alignment = reply.alignment ?? reply.normalizedAlignment;
    if (!alignment) throw new Error(`ElevenLabs sent no alignment for ${describeLine(request)}`);
    const audio = await decodeAudio(Buffer.from(reply.audioBase64, 'base64'), this.outputFormat);
    // Breaths and soft onsets sit below speech level: keep 20 ms either side of what is clearly voice.
    return saveClip(paths, audio, alignedWords(alignment, request.language), {threshold: 0.003, padMs: 20});
  }

  private async request(request: SpeakRequest, progress?: Progress): Promise<ElevenLabs.AudioWithTimestampsResponse> {
    const attempt = (signal: AbortSignal) =>
      this.client.textToSpeech.convertWithTimestamps(
        request.voice.id,
        {...this.body(request), outputFormat: this.outputFormat},
        {abortSignal: signal, maxRetries: 0},
      );
    const onRetry = (why: string, delayMs: number, retry: number, of: number) =>
      progress?.('voices', 0, `${request.label}: ${why}; retry ${retry}/${of} in ${(delayMs / 1000).toFixed(1)}s`);
    const deadline = startDeadline(this.deadlineMs);
    try {
      return await callWithRetries(this.service, deadline, attempt, classify, {policy: this.retry, onRetry});
    } catch (error) {
      throw explain(error, request);
    } finally {
      deadline.dispose();
    }
  }
}

/** 408, 429 and 5xx, timeouts, dropped connections and unreadable replies are worth another try. */
function classify(error: unknown, timedOut: boolean): Verdict {
  if (timedOut || error instanceof ElevenLabsTimeoutError) return {retry: true, reason: 'timed out'};
  if (error instanceof ElevenLabsError) {
    const status = error.statusCode;
    if (status === undefined || isRetryableStatus(status))
      return {retry: true, reason: reason(error), afterMs: retryAfterFromHeaders(error.rawResponse?.headers)};
    return {retry: false};
  }
  // Not the SDK's error: its parser rejected the reply (a 200 whose body is not the JSON the API sends).
  return error instanceof UserError ? {retry: false} : {retry: true, reason: reason(error)};
}

/** What ElevenLabs said: {"detail": {"status", "message"}}, {"detail": "..."} or a validation list. */
function detailOf(body: unknown): string | undefined {
  const detail = (body as {detail?: unknown})?.detail;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail))
    return detail.map((d: {loc?: unknown[]; msg?: string}) => `${(d.loc ?? []).join('.')}: ${d.msg}`).join('; ');
  const message = (detail as {message?: string; status?: string})?.message ?? (detail as {status?: string})?.status;
  return message;
}

function reason(error: unknown): string {
  if (error instanceof ElevenLabsTimeoutError) return 'timed out';
  if (error instanceof ElevenLabsError && error.statusCode !== undefined) {
    const said = detailOf(error.body);
    return `HTTP ${error.statusCode}${said ? ` (${said})` : ''}`;
  }
  if (error instanceof ElevenLabsError) return `connection failed (${error.message})`;
  return `unreadable reply (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
}

function explain(error: unknown, request: SpeakRequest): Error {
  const line = describeLine(request);
  if (error instanceof ServiceError) {
    const message =
      error.kind === 'exhausted'
        ? `ElevenLabs could not voice ${line}: ${error.lastReason}, after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'}`
        : `${error.message} (voicing ${line})`;
    return new ServiceError(error.kind, message, error.lastReason, error.attempts);
  }
  if (error instanceof UserError) return error;
  const status = error instanceof ElevenLabsError ? error.statusCode : undefined;
  if (status === 401) {
    return new UserError(
      `ElevenLabs rejected the API key (${reason(error)}) while voicing ${line}: check ELEVENLABS_API_KEY, or use the offline voices`,
    );
  }
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return new UserError(`ElevenLabs refused to voice ${line}: ${reason(error)}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
