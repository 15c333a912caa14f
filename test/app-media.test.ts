/**
 * The studio's providers and media through its API, against loopback servers that speak the OpenAI API: Write with
 * the LLM writer streams its stages (request, retry, validate, repair), a scene gets a generated picture through
 * the visualise stage, "hear the voice" plays a real clip, and uploaded music is checked by its bytes, limited in
 * size, stored by its hash (never by its name) and mixed into the soundtrack.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {decodeWav, encodeWav} from '../src/audio/wav';
import type {Script} from '../src/schema/script';
import {PUBLIC_DIR} from '../src/util/paths';
import {castOfScene} from '../src/visualise/scene-prompt';
import {cakeScript} from './helpers/craft-script';
import {
  apiError,
  CHAT_PATH,
  chatCompletion,
  EDITS_PATH,
  FakeOpenAIServer,
  IMAGES_PATH,
  imageResult,
  solidPng,
} from './helpers/openai-server';
import {modelDraft} from './helpers/sample';
import {startStudio, type TestStudio} from './helpers/studio';

let dataDir: string;
let openai: FakeOpenAIServer;
let studio: TestStudio;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-media-'));
  openai = await FakeOpenAIServer.start();
  studio = await startStudio({
    dataDir,
    env: {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_MODEL: 'test-model',
      // The writer's draft cache, out of the tree: every run asks the loopback server.
      MICRODRAMA_CACHE_DIR: path.join(dataDir, 'cache'),
    },
  });
}, 300_000);

afterAll(async () => {
  await studio?.stop();
  await openai?.close();
  await fs.rm(dataDir, {recursive: true, force: true});
});

const call = async (method: string, url: string, body?: unknown) => {
  const response = await fetch(`${studio.url}${url}`, {
    method,
    headers: {'content-type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {status: response.status, json: text ? JSON.parse(text) : undefined};
};

const upload = (bytes: Uint8Array, query: string) =>
  fetch(`${studio.url}/api/uploads?${query}`, {method: 'POST', body: bytes as BodyInit});

/** A second of a 220 Hz tone as a 16-bit WAV. */
const toneWav = (seconds = 1) => {
  const sampleRate = 22050;
  const samples = Float32Array.from(
    {length: sampleRate * seconds},
    (_, i) => 0.3 * Math.sin((2 * Math.PI * 220 * i) / sampleRate),
  );
  return encodeWav({sampleRate, channels: [samples]});
};

let project: {id: string; script: Script};

test('Write with the LLM writer streams its stages: request, retry, validate, repair, voices, mix', async () => {
  const sample = cakeScript();
  openai.reply(
    CHAT_PATH,
    apiError(429, 'Rate limit reached', {headers: {'retry-after-ms': '50'}, type: 'rate_limit_error'}),
    // A reply that is not a script: the writer sends the problems back (a repair).
    chatCompletion(JSON.stringify({title: 'half a script'})),
    chatCompletion(JSON.stringify(modelDraft(sample))),
  );
  const response = await fetch(`${studio.url}/api/projects`, {
    method: 'POST',
    headers: {'content-type': 'application/json', accept: 'application/x-ndjson'},
    body: JSON.stringify({premise: sample.premise, durationSec: 30, language: 'en', writer: 'openai'}),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/x-ndjson');
  const lines = (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const steps = lines.filter((l) => l.type === 'progress').map((l) => l.step);
  // In the order they happened; each step's first appearance.
  expect([...new Set(steps)]).toEqual(['write', 'request', 'retry', 'validate', 'repair', 'voices', 'mix']);
  expect(lines.find((l) => l.step === 'retry').message).toMatch(/429/);
  expect(lines.find((l) => l.step === 'request').message).toContain('test-model');
  const done = lines[lines.length - 1];
  expect(done.type).toBe('done');
  expect(done.project.script.title).toBe(sample.title);
  expect(openai.requestsTo(CHAT_PATH)).toHaveLength(3);
  project = done.project;
});

test('an LLM write that fails ends the stream with an error naming the field', async () => {
  openai.reply(CHAT_PATH, apiError(401, 'Incorrect API key provided', {type: 'invalid_request_error'}));
  const response = await fetch(`${studio.url}/api/projects`, {
    method: 'POST',
    headers: {'content-type': 'application/json', accept: 'application/x-ndjson'},
    body: JSON.stringify({premise: 'A chef poisons the critic who ruined her', durationSec: 20, writer: 'openai'}),
  });
  const last = JSON.parse((await response.text()).trim().split('\n').pop()!);
  expect(last).toMatchObject({type: 'error', status: 400, error: {field: 'premise'}});
  expect(last.error.message).toMatch(/API key/);
  // Bad settings are still refused before any stream starts.
  const bad = await fetch(`${studio.url}/api/projects`, {
    method: 'POST',
    headers: {'content-type': 'application/json', accept: 'application/x-ndjson'},
    body: JSON.stringify({premise: 'x', voices: 'elevenlabs'}),
  });
  expect(bad.status).toBe(400);
  expect((await bad.json()).error.field).toBe('voices');
});

test("a failing image server is a 502 naming the image; then the scene gets a generated picture through the visualise stage, made with its cast's character sheets", async () => {
  // The visualise stage first makes the sheets of the scene's cast (generations), then the scene from them (an edit).
  const sheet = solidPng(6, 4, [40, 90, 200]);
  openai.otherwise(IMAGES_PATH, imageResult(sheet));
  openai.reply(
    EDITS_PATH,
    apiError(400, 'Your request was rejected by the safety system', {code: 'moderation_blocked'}),
  );
  const refused = await call('POST', `/api/projects/${project.id}/scenes/0/image`);
  expect(refused.status).toBe(502);
  expect(refused.json.error).toMatchObject({field: 'image'});
  expect(refused.json.error.message).toMatch(/safety system/);
  const png = solidPng(8, 12, [200, 40, 90]);
  openai.reply(EDITS_PATH, imageResult(png));
  const reply = await call('POST', `/api/projects/${project.id}/scenes/0/image`);
  expect(reply.status).toBe(200);
  const image: string = reply.json.script.scenes[0].image;
  expect(image).toMatch(/^generated\/images\/[a-f0-9]+\.png$/);
  expect(await fs.readFile(path.join(PUBLIC_DIR, image))).toEqual(png);
  // The prompt is the visualise stage's for that scene: its place and the film's style, and its cast's sheets.
  const cast = castOfScene(project.script, 0);
  expect(cast.length).toBeGreaterThan(0);

  const edit = openai.requestsTo(EDITS_PATH)[1];
  expect(edit.body.prompt).toContain(`Location: ${project.script.scenes[0].location}`);
  expect(edit.files.map((f) => f.filename)).toEqual(cast.map((c) => `${c.id}.png`));
  expect(edit.files.every((f) => f.bytes.equals(sheet))).toBe(true);
  // One sheet per character: the second picture found them stored.
  expect(openai.requestsTo(IMAGES_PATH)).toHaveLength(cast.length);
  expect(reply.json.versions[0].note).toMatch(/picture for scene 1/);

  expect((await call('POST', `/api/projects/${project.id}/scenes/9/image`)).status).toBe(404);
  expect((await call('GET', '/api/options')).json.images).toBe(true);
});

test('"hear the voice" gives a real clip of that character', async () => {
  const character = project.script.characters[0];
  const reply = await call('POST', `/api/projects/${project.id}/characters/${character.id}/sample`);
  expect(reply.status).toBe(200);
  const clip = await fetch(`${studio.url}${reply.json.src}`);
  expect(clip.headers.get('content-type')).toBe('audio/wav');
  const audio = decodeWav(new Uint8Array(await clip.arrayBuffer()));
  expect(audio.channels[0].length / audio.sampleRate).toBeGreaterThan(0.3);
  expect((await call('POST', `/api/projects/${project.id}/characters/nobody/sample`)).status).toBe(404);
});

describe('uploaded music', () => {
  test('is typed by its bytes, stored by its hash, and mixed in', async () => {
    const wav = toneWav();
    const stored = await upload(wav, `kind=audio&name=${encodeURIComponent('../../etc/passwd.png')}`);
    expect(stored.status).toBe(201);
    const music = await stored.json();
    expect(music).toMatchObject({kind: 'audio', mime: 'audio/wav', size: wav.length});
    // The name is for display; the file is named by its content.
    expect(music.name).not.toContain('/');
    expect(music.src).toBe(`/generated/uploads/${music.hash}.wav`);
    expect(await fs.readFile(path.join(PUBLIC_DIR, 'generated', 'uploads', `${music.hash}.wav`))).toEqual(
      Buffer.from(wav),
    );

    const before = (await call('GET', `/api/projects/${project.id}`)).json.script.soundtrack.src;
    const reply = await call('PATCH', `/api/projects/${project.id}/settings`, {music: {upload: music.hash}});
    expect(reply.status).toBe(200);
    expect(reply.json.settings.music).toEqual({upload: music.hash});
    expect(reply.json.script.soundtrack.src).not.toBe(before);
  });

  test('that is not sound, or too large, is refused with the field named', async () => {
    // A picture named like a song.
    const png = await upload(solidPng(2, 2, [0, 0, 0]), 'kind=audio&name=song.mp3');
    expect(png.status).toBe(415);
    expect((await png.json()).error).toMatchObject({field: 'file', message: expect.stringMatching(/sound file/)});
    const text = await upload(new TextEncoder().encode('#!/bin/sh\necho not music\n'), 'kind=audio&name=song.wav');
    expect(text.status).toBe(415);
    // A picture over the picture limit (its bytes say PNG) and a body over any limit.
    const bigPng = new Uint8Array(16 * 1024 * 1024);
    bigPng.set(solidPng(1, 1, [0, 0, 0]));
    const big = await upload(bigPng, 'kind=image');
    expect(big.status).toBe(413);
    expect((await big.json()).error.field).toBe('file');
    const huge = await upload(new Uint8Array(41 * 1024 * 1024), 'kind=audio');
    expect(huge.status).toBe(413);
    expect(
      (await call('PATCH', `/api/projects/${project.id}/settings`, {music: {upload: 'a'.repeat(64)}})).json.error.field,
    ).toBe('music');
    expect((await call('PATCH', `/api/projects/${project.id}/settings`, {music: {upload: '../x'}})).status).toBe(400);
  });
});
