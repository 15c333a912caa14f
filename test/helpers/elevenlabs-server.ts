/**
 * A loopback server that speaks ElevenLabs' "text to speech with timestamps" route, for testing the real
 * @elevenlabs/elevenlabs-js SDK through its baseUrl option:
 *
 *   POST /v1/text-to-speech/{voice_id}/with-timestamps?output_format=pcm_24000
 *   xi-api-key: <key>                      (wrong or missing: 401 {"detail":{"status":"invalid_api_key",...}})
 *   {"text": ..., "model_id": ..., "voice_settings": {...}, ...}
 *   -> 200 {"audio_base64": ..., "alignment": {"characters": [...], "character_start_times_seconds": [...],
 *           "character_end_times_seconds": [...]}, "normalized_alignment": {...}}
 *
 * The audio is real and in the requested format (raw 16-bit PCM, WAV or MP3 via ffmpeg): a tone burst per word
 * after a stretch of leading silence, and the alignment says exactly where each character sounds, so a test
 * can check the timings against the audio. Every request is recorded; faults are queued per request (an error
 * status with headers such as Retry-After, a reply later than the client's timeout, a body that is not JSON).
 */
import {execFileSync} from 'node:child_process';
import type http from 'node:http';
import {encodeWav} from '../../src/audio/wav';
import {sendJson, startLoopbackServer, type LoopbackServer} from './loopback-server';

export const ROUTE = /^\/v1\/text-to-speech\/([^/]+)\/with-timestamps$/;

export interface RecordedRequest {
  method: string;
  path: string;
  voiceId?: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  // The JSON the SDK sent, asserted on field by field.
  body: any;
  /** Date.now() on arrival, to measure the client's waits between retries. */
  at: number;
}

export type Fault =
  | {status: number; headers?: Record<string, string>; body?: unknown}
  /** The good reply, this late (the client may give up first). */
  | {delayMs: number}
  /** 200 with a body cut short: not JSON. */
  | {malformed: true};

/** Where the fake speech has each word, in ms from the start of the audio it sends. */
export interface SentWord {
  text: string;
  startMs: number;
  endMs: number;
}

export interface SentReply {
  text: string;
  sampleRate: number;
  words: SentWord[];
}

export const LEAD_IN_MS = 150;
const TAIL_MS = 200;
const GAP_MS = 90;
const MS_PER_CHAR = 55;

/** Fake speech: silence, then a tone burst per word (so the audio has words where the alignment says). */
export function fakeSpeech(
  text: string,
  sampleRate: number,
): {samples: Float32Array; alignment: Alignment; words: SentWord[]} {
  const characters: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const words: SentWord[] = [];
  const bursts: {startMs: number; endMs: number; hz: number}[] = [];
  let t = LEAD_IN_MS;
  for (const part of text.split(/(\s+)/).filter(Boolean)) {
    const chars = [...part];
    const space = /^\s+$/.test(part);
    const per = space ? GAP_MS / chars.length : MS_PER_CHAR;
    if (!space) {
      words.push({text: part, startMs: t, endMs: t + chars.length * per});
      bursts.push({startMs: t, endMs: t + chars.length * per, hz: 160 + 35 * (words.length % 5)});
    }
    for (const ch of chars) {
      characters.push(ch);
      starts.push(t / 1000);
      ends.push((t + per) / 1000);
      t += per;
    }
  }
  const samples = new Float32Array(Math.round(((t + TAIL_MS) / 1000) * sampleRate));
  for (const burst of bursts) {
    const from = Math.round((burst.startMs / 1000) * sampleRate);
    const to = Math.round((burst.endMs / 1000) * sampleRate);
    const fade = Math.round(0.004 * sampleRate);
    for (let i = from; i < to; i++) {
      const envelope = Math.min(1, (i - from) / fade, (to - 1 - i) / fade);
      const phase = (2 * Math.PI * burst.hz * (i - from)) / sampleRate;
      samples[i] = 0.4 * envelope * (Math.sin(phase) + 0.3 * Math.sin(2 * phase));
    }
  }
  return {
    samples,
    alignment: {characters, character_start_times_seconds: starts, character_end_times_seconds: ends},
    words,
  };
}

interface Alignment {
  characters: string[];
  character_start_times_seconds: number[];
  character_end_times_seconds: number[];
}

/** The audio bytes ElevenLabs would send for an output format: codec_samplerate[_bitrate]. */
function encode(samples: Float32Array, format: string): Buffer | undefined {
  const [codec, rate, kbps] = format.split('_');
  const sampleRate = Number(rate);
  const pcm = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => pcm.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  if (codec === 'pcm') return pcm;
  if (codec === 'wav') return Buffer.from(encodeWav({sampleRate, channels: [samples]}));
  if (codec === 'mp3') {
    const args = [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      's16le',
      '-ar',
      rate,
      '-ac',
      '1',
      '-i',
      'pipe:0',
      '-b:a',
      `${kbps ?? 128}k`,
      '-f',
      'mp3',
      'pipe:1',
    ];
    return execFileSync('ffmpeg', args, {input: pcm});
  }
  return undefined;
}

const detail = (status: string, message: string) => ({detail: {status, message}});

export class FakeElevenLabsServer {
  readonly requests: RecordedRequest[] = [];
  /** What each good reply contained, in order. */
  readonly sent: SentReply[] = [];
  private readonly faults: Fault[] = [];
  private always?: Fault;

  private constructor(
    private readonly loopback: LoopbackServer,
    /** What the SDK's baseUrl option gets: http://127.0.0.1:PORT */
    readonly baseUrl: string,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'test-key-0123456789'): Promise<FakeElevenLabsServer> {
    let instance: FakeElevenLabsServer | undefined;
    const loopback = await startLoopbackServer((req, body, res) => instance!.handle(req, body, res));
    instance = new FakeElevenLabsServer(loopback, loopback.origin, apiKey);
    return instance;
  }

  /** Queues faults for the next requests, in order; requests after them get good replies. */
  fail(...faults: Fault[]): this {
    this.faults.push(...faults);
    return this;
  }

  /** Every request from now on (after the queued faults) fails with this, until `reset`. */
  failAlways(fault: Fault): this {
    this.always = fault;
    return this;
  }

  /** Forgets the faults and what was recorded. */
  reset(): void {
    this.faults.length = 0;
    this.always = undefined;
    this.requests.length = 0;
    this.sent.length = 0;
  }

  close(): Promise<void> {
    return this.loopback.close();
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    // A body that is not JSON is recorded as its text (and echoed back in the 422 below), not thrown on.
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      voiceId: ROUTE.exec(url.pathname)?.[1],
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      at: Date.now(),
    };
    this.requests.push(request);
    this.respond(request, res);
  }

  private respond(request: RecordedRequest, res: http.ServerResponse): void {
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) =>
      sendJson(
        res,
        status,
        {'request-id': `req_${this.requests.length}`, ...headers},
        typeof payload === 'string' ? payload : JSON.stringify(payload),
      );
    if (!request.voiceId) return send(404, {detail: 'Not Found'});
    if (request.method !== 'POST') return send(405, {detail: 'Method Not Allowed'});
    if (request.headers['xi-api-key'] !== this.apiKey) return send(401, detail('invalid_api_key', 'Invalid API key'));
    const text = (request.body as {text?: unknown})?.text;
    if (typeof text !== 'string') {
      return send(422, {
        detail: [{type: 'missing', loc: ['body', 'text'], msg: 'Field required', input: request.body}],
      });
    }

    const fault = this.faults.shift() ?? this.always;
    if (fault && 'status' in fault)
      return send(fault.status, fault.body ?? detail('error', `fault ${fault.status}`), fault.headers);
    const format = request.query.output_format ?? 'mp3_44100_128';
    const sampleRate = Number(format.split('_')[1]);
    const speech = fakeSpeech(text, sampleRate);
    const audio = encode(speech.samples, format);
    if (!audio) return send(400, detail('invalid_output_format', `the fake server does not make ${format}`));
    const reply = {
      audio_base64: audio.toString('base64'),
      alignment: speech.alignment,
      normalized_alignment: speech.alignment,
    };
    const deliver = () => {
      if (res.destroyed) return;
      if (fault && 'malformed' in fault) return send(200, JSON.stringify(reply).slice(0, 200));
      this.sent.push({text, sampleRate, words: speech.words});
      send(200, reply, {'character-cost': String(text.length)});
    };
    if (!fault || !('delayMs' in fault)) return deliver();
    this.loopback.later(fault.delayMs, deliver);
  }
}
