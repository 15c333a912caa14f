/**
 * The ElevenLabs provider driving the real @elevenlabs/elevenlabs-js SDK against a loopback server that speaks
 * the text-to-speech-with-timestamps route (test/helpers/elevenlabs-server.ts), faults included.
 */
import {promises as fs} from 'node:fs';
import {decodeWav} from '../src/audio/wav';
import type {SpokenAudio} from '../src/schema/script';
import {UserError} from '../src/util/errors';
import {publicFile} from '../src/util/paths';
import {createVoiceProvider} from '../src/voice';
import {ElevenLabsVoiceProvider, type ElevenLabsOptions} from '../src/voice/elevenlabs';
import type {SpeakRequest} from '../src/voice/voice';
import {FakeElevenLabsServer, LEAD_IN_MS} from './helpers/elevenlabs-server';
import {scratchVoiceCache} from './helpers/voice-cache';

const SARAH = 'EXAVITQu4vr4xnSDxMaL';
let server: FakeElevenLabsServer;
const made = scratchVoiceCache('md-eleven-');
let lineCount = 0;

beforeAll(async () => {
  server = await FakeElevenLabsServer.start();
});

afterEach(() => server.reset());

afterAll(async () => {
  await server.close();
});

function provider(options: Partial<ElevenLabsOptions> = {}): ElevenLabsVoiceProvider {
  return new ElevenLabsVoiceProvider({
    apiKey: server.apiKey,
    baseUrl: server.baseUrl,
    retryBaseMs: 50,
    maxRetries: 2,
    timeoutMs: 5000,
    ...options,
  });
}

/** A line no other test speaks (so no test hits another's cache), in Sarah's voice. */
function line(text = 'Lena? You are the planner, are you not?', extra: Partial<SpeakRequest> = {}): SpeakRequest {
  lineCount++;
  return {
    text: `${text} (${lineCount}, ${process.pid})`,
    voice: {provider: 'elevenlabs', id: SARAH},
    language: 'en',
    label: 'Omar, scenes[0].beats[2]',
    ...extra,
  };
}

async function speak(p: ElevenLabsVoiceProvider, request: SpeakRequest): Promise<SpokenAudio> {
  made.add(p.clipSrc(request));
  return p.speak(request);
}

const rms = (samples: Float32Array, fromMs: number, toMs: number, rate: number) => {
  const from = Math.round((fromMs / 1000) * rate);
  const to = Math.max(from + 1, Math.round((toMs / 1000) * rate));
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i] ** 2;
  return Math.sqrt(sum / (to - from));
};

test('a good reply becomes a WAV on disk and word timings that match its audio', async () => {
  const request = line('Lena? You are the planner, are you not?', {emotion: 'shocked'});
  const audio = await speak(provider(), request);

  expect(server.requests).toHaveLength(1);
  const sent = server.requests[0];
  expect(sent.method).toBe('POST');
  expect(sent.path).toBe(`/v1/text-to-speech/${SARAH}/with-timestamps`);
  expect(sent.query).toEqual({output_format: 'pcm_24000'});
  expect(sent.headers['xi-api-key']).toBe(server.apiKey);
  expect(sent.body).toEqual({
    text: request.text,
    model_id: 'eleven_multilingual_v2',
    voice_settings: {stability: 0.35, similarity_boost: 0.75, style: 0.45, use_speaker_boost: true},
  });

  expect(audio.src).toMatch(/^generated\/voice\/[0-9a-f]{16}\.wav$/);
  const wav = decodeWav(await fs.readFile(publicFile(audio.src)!));
  expect(wav.sampleRate).toBe(24000);
  expect(Math.abs((wav.channels[0].length / 24000) * 1000 - audio.durationMs)).toBeLessThan(1);

  // The leading silence is trimmed to 20 ms, and every word moves with it.
  const truth = server.sent[0].words;
  expect(audio.words.map((w) => w.text)).toEqual(request.text.split(' '));
  audio.words.forEach((word, i) => {
    expect(Math.abs(word.startMs - (truth[i].startMs - LEAD_IN_MS + 20))).toBeLessThanOrEqual(1);
    expect(Math.abs(word.endMs - (truth[i].endMs - LEAD_IN_MS + 20))).toBeLessThanOrEqual(1);
  });
  // And the timings point at the sound: loud inside every word, silent between words.
  for (const [i, word] of audio.words.entries()) {
    expect(rms(wav.channels[0], word.startMs + 10, word.endMs - 10, 24000)).toBeGreaterThan(0.1);
    const next = audio.words[i + 1];
    if (next) expect(rms(wav.channels[0], word.endMs + 5, next.startMs - 5, 24000)).toBeLessThan(0.001);
  }
});

test('429 with Retry-After: waits as long as the server asks, then succeeds', async () => {
  server.fail({
    status: 429,
    headers: {'retry-after': '1'},
    body: {detail: {status: 'too_many_concurrent_requests', message: 'Too many concurrent requests'}},
  });
  const notes: string[] = [];
  const p = provider();
  const request = line();
  made.add(p.clipSrc(request));
  const audio = await p.speak(request, (_stage, _fraction, detail) => detail && notes.push(detail));

  expect(audio.words.length).toBeGreaterThan(3);
  expect(server.requests).toHaveLength(2);
  const waited = server.requests[1].at - server.requests[0].at;
  // The backoff alone would be ~50 ms (retryBaseMs); Retry-After asks for a second.
  expect(waited).toBeGreaterThanOrEqual(990);
  expect(waited).toBeLessThan(2500);
  expect(notes.join('\n')).toMatch(/HTTP 429 \(Too many concurrent requests\); retry 1\/2 in 1\.0s/);
});

test('500 then a good reply: retried after the backoff', async () => {
  server.fail({status: 500});
  const audio = await speak(provider(), line());
  expect(audio.words.length).toBeGreaterThan(3);
  expect(server.requests).toHaveLength(2);
  // 50 ms less the jitter (up to 25%).
  expect(server.requests[1].at - server.requests[0].at).toBeGreaterThanOrEqual(37);
});

test('500 every time: a clear error naming the character and the line, after the retries (the SDK adds none)', async () => {
  server.failAlways({status: 500, body: {detail: {status: 'internal_error', message: 'Something broke'}}});
  const request = line('Then why is he marrying you?');
  const error = await provider()
    .speak(request)
    .catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toContain('Omar, scenes[0].beats[2]');
  expect((error as Error).message).toContain('Then why is he marrying you?');
  expect((error as Error).message).toMatch(/HTTP 500 \(Something broke\), after 3 attempts/);
  expect(server.requests).toHaveLength(3);
});

test('a reply slower than the timeout is abandoned and retried; always slow is a clear error', async () => {
  // Timeouts generous enough for a good reply on a busy machine, far shorter than the slow reply.
  server.fail({delayMs: 8000});
  const started = Date.now();
  const audio = await speak(provider({timeoutMs: 2500}), line());
  expect(audio.words.length).toBeGreaterThan(3);
  expect(server.requests).toHaveLength(2);
  expect(server.requests[1].at - server.requests[0].at).toBeGreaterThanOrEqual(2500);
  expect(Date.now() - started).toBeLessThan(8000);

  server.requests.length = 0;
  server.failAlways({delayMs: 4000});
  const error = await provider({timeoutMs: 500, maxRetries: 1})
    .speak(line())
    .catch((e: Error) => e);
  expect((error as Error).message).toMatch(
    /could not voice Omar, scenes\[0\]\.beats\[2\] .*: timed out, after 2 attempts/,
  );
  expect(server.requests).toHaveLength(2);
});

test('401: a UserError about the API key, not retried', async () => {
  const error = await provider({apiKey: 'wrong-key'})
    .speak(line())
    .catch((e: Error) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(/rejected the API key \(HTTP 401 \(Invalid API key\)\).*ELEVENLABS_API_KEY/);
  expect(server.requests).toHaveLength(1);
});

test('a reply that is not JSON is retried; one that never is, is a clear error', async () => {
  server.fail({malformed: true});
  expect((await speak(provider(), line())).words.length).toBeGreaterThan(3);
  expect(server.requests).toHaveLength(2);

  server.requests.length = 0;
  server.failAlways({malformed: true});
  const error = await provider({maxRetries: 1})
    .speak(line())
    .catch((e: Error) => e);
  expect((error as Error).message).toMatch(/could not voice Omar.*unreadable reply.*after 2 attempts/);
  expect(server.requests).toHaveLength(2);
});

test('a cached line makes no request, from the same provider or a new one', async () => {
  const request = line('You do not get to explain tonight.');
  const first = await speak(provider(), request);
  const count = server.requests.length;
  expect(await provider().speak(request)).toEqual(first);
  expect(await provider({maxRetries: 0}).speak(request)).toEqual(first);
  expect(server.requests.length).toBe(count);
  // Another emotion is another read: a new request.
  await speak(provider(), {...request, emotion: 'angry'});
  expect(server.requests.length).toBe(count + 1);
});

test('a line over the model limit is a UserError naming it, with no request', async () => {
  const request = line('word '.repeat(2100));
  const error = await provider()
    .speak(request)
    .catch((e: Error) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(
    /^Omar, scenes\[0\]\.beats\[2\] \("word word.*"\) is 105\d\d characters; eleven_multilingual_v2 takes at most 10000/,
  );
  expect(server.requests).toHaveLength(0);
});

test('MP3 replies are decoded to WAV; v2.5 models get the language code', async () => {
  const p = provider({outputFormat: 'mp3_44100_128', modelId: 'eleven_flash_v2_5'});
  const request = line('Everyone is waiting.', {language: 'pt-BR'});
  const audio = await speak(p, request);
  expect(server.requests[0].query).toEqual({output_format: 'mp3_44100_128'});
  expect(server.requests[0].body).toMatchObject({model_id: 'eleven_flash_v2_5', language_code: 'pt'});
  const wav = decodeWav(await fs.readFile(publicFile(audio.src)!));
  expect(wav.sampleRate).toBe(44100);
  // MP3 adds its encoder delay (tens of ms) to the audio; the words still fall on the bursts.
  const truth = server.sent[0].words;
  audio.words.forEach((word, i) =>
    expect(Math.abs(word.startMs - (truth[i].startMs - LEAD_IN_MS + 20))).toBeLessThan(60),
  );
  for (const word of audio.words)
    expect(rms(wav.channels[0], word.startMs + 30, word.endMs - 30, 44100)).toBeGreaterThan(0.05);
});

test('options are checked up front: output format, API key', () => {
  expect(() => provider({outputFormat: 'ulaw_8000'})).toThrow(/not one this tool decodes/);
  expect(() => provider({outputFormat: 'flac_44100'})).toThrow(UserError);
  expect(() => createVoiceProvider('elevenlabs', {})).toThrow(/set ELEVENLABS_API_KEY/);
  expect(createVoiceProvider('elevenlabs', {ELEVENLABS_API_KEY: 'k'}).name).toBe('elevenlabs');
});
