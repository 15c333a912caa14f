/**
 * The studio's API in-process: bad input gets a 4xx with {error: {field, message}} and never takes the server
 * down; a drama is written, edited (a new version each time), undone, and survives closing and reopening the
 * database; migrations apply once.
 */
import {promises as fs} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type {Script} from '../src/schema/script';
import {startStudio, type TestStudio} from './helpers/studio';

// A studio starting on a loaded machine (tsx, PGlite compiling its WASM) can take minutes; so can a rewrite.
jest.setTimeout(300_000);

let dataDir: string;
let studio: TestStudio;
const SECRET = 'sk-test-never-sent-to-the-page';
const ENV = {OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: 'http://127.0.0.1:9/v1'};

const request = (url: string, init?: RequestInit) => fetch(`${studio.url}${url}`, init);

const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const init: RequestInit = {method, headers: {'content-type': 'application/json', ...headers}};
  if (body !== undefined)
    init.body = typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body);
  const response = await request(url, init);
  const text = await response.text();
  return {status: response.status, text, json: text ? JSON.parse(text) : undefined};
};

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-api-'));
  studio = await startStudio({dataDir, env: ENV});
});

afterAll(async () => {
  await studio?.stop();
  await fs.rm(dataDir, {recursive: true, force: true});
});

describe('bad requests', () => {
  const cases: [string, string, string, unknown, number, string | null][] = [
    ['empty premise', 'POST', '/api/projects', {premise: '   '}, 400, 'premise'],
    ['missing premise', 'POST', '/api/projects', {}, 400, 'premise'],
    ['too long premise', 'POST', '/api/projects', {premise: 'x'.repeat(301)}, 400, 'premise'],
    [
      'too short',
      'POST',
      '/api/projects',
      {premise: 'A spy falls for her target', durationSec: 10},
      400,
      'durationSec',
    ],
    [
      'unknown template',
      'POST',
      '/api/projects',
      {premise: 'A spy falls for her target', template: 'nope'},
      400,
      'template',
    ],
    ['unknown key', 'POST', '/api/projects', {premise: 'A spy falls for her target', colour: 'red'}, 400, 'colour'],
    ['wrong type', 'POST', '/api/projects', {premise: 42}, 400, 'premise'],
    ['not JSON', 'POST', '/api/projects', '{"premise": ', 400, null],
    ['JSON array', 'POST', '/api/projects', [1, 2], 400, null],
    ['no such project', 'GET', '/api/projects/doesnotexist', undefined, 404, null],
    ['no such job', 'GET', '/api/jobs/doesnotexist', undefined, 404, null],
    ['no such endpoint', 'GET', '/api/nothing', undefined, 404, null],
    ['bad render scale', 'POST', '/api/projects/x/renders', {scale: 5}, 400, 'scale'],
    ['picture for no such project', 'POST', '/api/projects/nope/scenes/0/image', undefined, 404, null],
    ['picture for a scene that is not a number', 'POST', '/api/projects/nope/scenes/x/image', undefined, 404, null],
    ['unknown writer', 'POST', '/api/projects', {premise: 'p', writer: 'poet'}, 400, 'writer'],
  ];
  test.each(cases)('%s', async (_name, method, url, body, status, field) => {
    const reply = await call(method, url, body);
    expect(reply.status).toBe(status);
    expect(reply.json.error.message).toEqual(expect.any(String));
    expect(reply.json.error.message.length).toBeGreaterThan(3);
    if (field) expect(reply.json.error.field).toBe(field);
  });

  test('a body over the limit is refused with 413', async () => {
    // The server answers before reading such a body and closes the connection: do not reuse it.
    const reply = await call('POST', '/api/projects', JSON.stringify({premise: 'p', pad: 'x'.repeat(300 * 1024)}), {
      connection: 'close',
    });
    expect(reply.status).toBe(413);
  });

  test('an upload is typed by its bytes, not its name', async () => {
    const reply = await request('/api/uploads?name=../../etc/passwd.png', {
      method: 'POST',
      body: new TextEncoder().encode('<html>not a picture</html>'),
    });
    expect(reply.status).toBe(415);
    expect((await reply.json()).error.field).toBe('file');
  });

  test('the server keeps answering after bad input', async () => {
    expect((await call('GET', '/api/health')).json).toMatchObject({ok: true, database: 'pglite'});
  });

  test('keys stay on the server', async () => {
    const options = await call('GET', '/api/options');
    expect(options.json.writers).toEqual(['offline', 'openai']);
    expect(options.text).not.toContain(SECRET);
  });

  test('the OpenAPI document describes the endpoints with their schemas', async () => {
    const doc = (await call('GET', '/api/openapi.json')).json;
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/api/projects'].post.requestBody.content['application/json'].schema.properties.premise,
    ).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/projects/{id}/scenes/{scene}/beats/{beat}',
        '/api/jobs/{id}/cancel',
        '/api/uploads',
      ]),
    );
  });

  test('media paths cannot leave their folder', async () => {
    // Sent as written (fetch would normalise the dots away). A path that leaves the folder is refused, or becomes
    // a page address (index.html): never the file outside.
    const rawGet = (url: string) =>
      new Promise<{status: number; body: string}>((resolve, reject) => {
        const {port} = new URL(studio.url);
        http
          .get({host: '127.0.0.1', port, path: url}, (res) => {
            let body = '';
            res.on('data', (chunk) => (body += String(chunk)));
            res.on('end', () => resolve({status: res.statusCode!, body}));
          })
          .on('error', reject);
      });
    for (const url of [
      '/generated/../../package.json',
      '/generated/%2e%2e/%2e%2e/package.json',
      '/generated/..%2f..%2fpackage.json',
      '/files/renders/../db/PG_VERSION',
      '/files/renders/x/../../db/PG_VERSION',
      '/generated/%00',
    ]) {
      const reply = await rawGet(url);
      expect(reply.body).not.toContain('devDependencies');
      expect(reply.body).not.toMatch(/^\d+\s*$/);
      expect([200, 404, 503]).toContain(reply.status);
      if (reply.status === 200) expect(reply.body).toContain('<div id="root">');
    }
  });
});

describe('a drama', () => {
  let id: string;
  let script: Script;

  test('is written, voiced and mixed', async () => {
    const reply = await call('POST', '/api/projects', {
      premise: 'A nurse finds her own name on a missing persons list',
      genre: 'mystery',
      durationSec: 20,
    });
    expect(reply.status).toBe(201);
    id = reply.json.id;
    script = reply.json.script;
    expect(reply.json.version).toBe(1);
    expect(script.soundtrack?.src).toMatch(/^generated\/mix\//);
    const spoken = script.scenes.flatMap((s) => s.beats).filter((b) => b.kind === 'line' || b.kind === 'narration');
    expect(spoken.every((b) => b.audio?.src)).toBe(true);
    expect(reply.text).not.toContain(SECRET);
  });

  test('an edit re-voices only that line and is a new version', async () => {
    const s = script.scenes.findIndex((scene) => scene.beats.some((b) => b.kind === 'line'));
    const b = script.scenes[s].beats.findIndex((beat) => beat.kind === 'line');
    const reply = await call('PATCH', `/api/projects/${id}/scenes/${s}/beats/${b}`, {
      text: 'Nobody leaves this ward tonight.',
    });
    expect(reply.status).toBe(200);
    expect(reply.json.version).toBe(2);
    const edited: Script = reply.json.script;
    expect(edited.scenes[s].beats[b].text).toBe('Nobody leaves this ward tonight.');
    expect(edited.scenes[s].beats[b].audio!.src).not.toBe(script.scenes[s].beats[b].audio!.src);
    // Every other line keeps its clip.
    edited.scenes.forEach((scene, i) =>
      scene.beats.forEach((beat, j) => {
        if (i !== s || j !== b) expect(beat.audio?.src).toBe(script.scenes[i].beats[j].audio?.src);
      }),
    );
    expect(edited.soundtrack!.src).not.toBe(script.soundtrack!.src);
  });

  test('an edit that breaks the script is refused and saves nothing', async () => {
    const bad = await call('PATCH', `/api/projects/${id}/scenes/0/beats/0`, {text: ''});
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('text');
    const missing = await call('PATCH', `/api/projects/${id}/scenes/99/beats/0`, {text: 'hello'});
    expect(missing.status).toBe(404);
    const speaker = await call('PATCH', `/api/projects/${id}/scenes/0/beats/0`, {kind: 'line', characterId: 'nobody'});
    expect(speaker.status).toBe(422);
    expect((await call('GET', `/api/projects/${id}`)).json.version).toBe(2);
  });

  test('the aspect switch re-formats the script', async () => {
    const reply = await call('PATCH', `/api/projects/${id}/settings`, {aspect: '1:1', template: 'chat'});
    expect(reply.status).toBe(200);
    expect(reply.json.script.format).toMatchObject({width: 1080, height: 1080});
    expect(reply.json.settings.template).toBe('chat');
    // A change names only what it changes: the template switch keeps the aspect.
    const template = await call('PATCH', `/api/projects/${id}/settings`, {template: 'storytime'});
    expect(template.json.settings).toMatchObject({template: 'storytime', aspect: '1:1', durationSec: 20});
    expect(template.json.script.format.height).toBe(1080);
  });

  test('undo goes back a version, three times', async () => {
    let reply = await call('POST', `/api/projects/${id}/undo`);
    expect(reply.json.script.format.height).toBe(1080);
    expect(reply.json.settings.template).toBe('chat');
    reply = await call('POST', `/api/projects/${id}/undo`);
    expect(reply.json.script.format.height).toBe(1920);
    expect(reply.json.settings).toMatchObject({template: 'cinematic', aspect: '9:16'});
    reply = await call('POST', `/api/projects/${id}/undo`);
    expect(reply.json.script).toEqual(script);
    expect((await call('POST', `/api/projects/${id}/undo`)).status).toBe(409);
  });

  test("an uploaded picture becomes a scene's look, stored once by its hash", async () => {
    // A 1x1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const first = await request('/api/uploads?kind=image&name=my%20photo.png', {method: 'POST', body: png});
    expect(first.status).toBe(201);
    const stored = await first.json();
    expect(stored).toMatchObject({kind: 'image', mime: 'image/png', name: 'my photo.png', size: png.length});
    expect((await (await request('/api/uploads?name=again.png', {method: 'POST', body: png})).json()).hash).toBe(
      stored.hash,
    );
    expect((await request('/api/uploads?kind=audio', {method: 'POST', body: png})).status).toBe(415);
    const served = await request(stored.src);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);

    const reply = await call('PATCH', `/api/projects/${id}/scenes/0`, {image: stored.hash});
    expect(reply.status).toBe(200);
    expect(reply.json.script.scenes[0].image).toBe(stored.src.slice(1));
    const back = await call('PATCH', `/api/projects/${id}/scenes/0`, {image: null, setting: 'rooftop'});
    expect(back.json.script.scenes[0].image).toBeUndefined();
    expect(back.json.script.scenes[0].setting).toBe('rooftop');
    expect((await call('PATCH', `/api/projects/${id}/scenes/0`, {image: 'f'.repeat(64)})).json.error.field).toBe(
      'image',
    );
  });

  test('a generated picture from an image server that does not answer is a 502 naming the image', async () => {
    const reply = await call('POST', `/api/projects/${id}/scenes/0/image`);
    expect(reply.status).toBe(502);
    expect(reply.json.error.field).toBe('image');
    expect(reply.json.error.message).toMatch(/127\.0\.0\.1:9/);
    expect(reply.text).not.toContain(SECRET);
  });

  test('regenerates one beat, one scene or the whole script with another seed', async () => {
    const before: Script = (await call('GET', `/api/projects/${id}`)).json.script;
    const whole = await call('POST', `/api/projects/${id}/regenerate`, {scope: 'script'});
    expect(whole.status).toBe(200);
    expect(whole.json.settings.seed).not.toBe(1);
    expect(whole.json.script).not.toEqual(before);
    const current: Script = whole.json.script;
    const scene = await call('POST', `/api/projects/${id}/regenerate`, {scope: 'scene', scene: 1});
    expect(scene.status).toBe(200);
    expect(scene.json.script.scenes[0]).toEqual(current.scenes[0]);
    expect(scene.json.script.scenes[1].beats.map((b: {text: string}) => b.text)).not.toEqual(
      current.scenes[1].beats.map((b) => b.text),
    );
    const beat = await call('POST', `/api/projects/${id}/regenerate`, {scope: 'beat', scene: 0, beat: 0});
    expect(beat.json.error?.message ?? 'ok').toBe('ok');
    expect(beat.status).toBe(200);
    expect(beat.json.script.scenes[0].beats[0].text).not.toBe(current.scenes[0].beats[0].text);
    expect(beat.json.script.scenes[0].beats.slice(1)).toEqual(scene.json.script.scenes[0].beats.slice(1));
    expect((await call('POST', `/api/projects/${id}/regenerate`, {scope: 'beat', scene: 0, beat: 99})).status).toBe(
      400,
    );
  });

  test('survives closing and reopening the database', async () => {
    const before = (await call('GET', `/api/projects/${id}`)).json;
    await studio.stop();
    studio = await startStudio({dataDir, env: ENV});
    const after = (await call('GET', `/api/projects/${id}`)).json;
    expect(after.script).toEqual(before.script);
    expect(after.version).toBe(before.version);
    expect((await call('GET', '/api/projects')).json.projects.map((p: {id: string}) => p.id)).toContain(id);
  });
});

test('migrations are recorded once each, in order', async () => {
  const migrations = (await fs.readdir(path.join(__dirname, '..', 'src', 'db', 'migrations')))
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const reply = await call('GET', '/api/health');
  expect(reply.json.migrations).toEqual(migrations.map((f) => Number(f.slice(0, 3))));
});
