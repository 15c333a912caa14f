/**
 * The studio's API in-process: bad input gets a 4xx with {error: {field, message}} and never takes the server
 * down; a drama is written, edited (a new version each time), undone, and survives closing and reopening the
 * database; migrations apply once. The queue's batch and series jobs (queued, failed, finished; made by `npm run
 * batch` on the studio's own embedded database before it starts, with rows that render nothing) are listed with
 * their state, and only the files a finished one made are served.
 */
import {promises as fs} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type {Script} from '../src/schema/script';
import {finishRow, NO_KEYS, writeBatchFile, type FinishedRow} from './helpers/queue-fixtures';
import {startScript} from './helpers/script-process';
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

/** A GET sent as written (fetch would normalise dots away). */
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

/** What the queue holds before the studio starts: two batches, one worked through and one only queued. */
const queue = {} as {finished: FinishedRow; linked: FinishedRow; out: string};

async function fillQueue(): Promise<void> {
  const dir = path.join(dataDir, 'lists');
  const offline = {writer: 'offline', voices: 'none', music: 'none'};
  const invalid = path.join(dir, 'invalid-script.json');
  const worked = await writeBatchFile(path.join(dir, 'worked.jsonl'), [
    {premise: 'A bride finds the ring in her sister’s purse', ...offline},
    {script: invalid, voices: 'none', music: 'none'},
    {
      premise: 'A heir returns to the family vineyard to find her sister running it',
      episodes: 2,
      duration: 20,
      ...offline,
      'dry-run': true,
    },
    {premise: 'A chef finds her stolen recipe on the menu next door', ...offline},
  ]);
  await fs.writeFile(invalid, '{"title": 5}\n');
  queue.out = path.join(dataDir, 'made');
  // Rows 1 and 4 are finished already (the worker reuses them); row 4's poster is a link out of its folder.
  queue.finished = await finishRow(worked, queue.out, 1);
  queue.linked = await finishRow(worked, queue.out, 4);
  await fs.rm(path.join(queue.linked.outDir, 'poster.png'));
  await fs.symlink(path.join(__dirname, '..', 'package.json'), path.join(queue.linked.outDir, 'poster.png'));
  const batch = startScript('batch.ts', [worked, '--out', queue.out, '--data', dataDir], NO_KEYS);
  expect(await batch.exited).toBe(1);
  const waiting = await writeBatchFile(path.join(dir, 'waiting.jsonl'), [
    {premise: 'A waiter overhears his boss selling the restaurant', ...offline},
    {premise: 'A pilot finds a note in the cockpit in her dead mother’s hand', episodes: 3, ...offline},
  ]);
  const enqueue = startScript('batch.ts', [waiting, '--out', queue.out, '--data', dataDir, '--enqueue-only'], NO_KEYS);
  expect(await enqueue.exited).toBe(0);
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-api-'));
  await fillQueue();
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
        '/api/queue/jobs',
      ]),
    );
  });

  test('media paths cannot leave their folder', async () => {
    // A path that leaves the folder is refused, or becomes a page address (index.html): never the file outside.
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

describe("the queue's batches and series", () => {
  interface Listed {
    id: string;
    kind: string;
    state: string;
    premise: string | null;
    row: number | null;
    episodes: number | null;
    attempts: number;
    progress: number;
    worker: {host: string; pid: number | null} | null;
    outDir: string | null;
    error: string | null;
    files: Record<string, string>;
    missing: string[];
    episodeFiles: {episode: number; files: Record<string, string>; missing: string[]}[];
  }
  let jobs: Listed[];
  const job = (premise: RegExp) => jobs.find((j) => premise.test(j.premise ?? ''))!;

  test('are listed newest first, with state, attempts, worker, folder and what went wrong', async () => {
    const reply = await call('GET', '/api/queue/jobs');
    expect(reply.status).toBe(200);
    jobs = reply.json.jobs;
    expect(jobs).toHaveLength(6);
    // The list that was only queued came last, so it is listed first.
    expect(jobs.slice(0, 2).map((j) => j.state)).toEqual(['queued', 'queued']);
    expect(job(/^A pilot/)).toMatchObject({kind: 'series', episodes: 3, attempts: 0, worker: null, progress: 0});
    expect(job(/^A waiter/)).toMatchObject({kind: 'batch', episodes: null, row: 1});

    expect(job(/^A bride/)).toMatchObject({
      kind: 'batch',
      state: 'done',
      row: 1,
      attempts: 1,
      progress: 1,
      error: null,
      outDir: queue.finished.outDir,
      worker: {host: os.hostname(), pid: expect.any(Number)},
    });
    const bride = job(/^A bride/);
    expect(bride.files).toEqual({
      video: `/files/jobs/${bride.id}/video.mp4`,
      poster: `/files/jobs/${bride.id}/poster.png`,
    });
    // A script that does not validate fails at its first attempt, naming the field.
    expect(job(/invalid-script\.json$/)).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: expect.stringMatching(/^field script: invalid-script\.json is not a valid script/),
      files: {},
    });
    // A series (written, not rendered): each episode's files.
    const series = job(/^A heir/);
    expect(series).toMatchObject({kind: 'series', state: 'done', episodes: 2});
    expect(series.episodeFiles.map((e) => e.episode)).toEqual([1, 2]);
    expect(series.episodeFiles[1].files.script).toBe(`/files/jobs/${series.id}/ep02/script.json`);
    expect(series.episodeFiles[0].files.video).toBeUndefined();
    expect(series.episodeFiles[0].missing).toEqual([]);
    // A poster that links out of its folder is not offered.
    expect(Object.keys(job(/^A chef/).files)).toEqual(['video']);
    expect(job(/^A chef/).missing).toEqual(['poster']);
  });

  test('one job by its id; a bad id or limit is refused', async () => {
    const bride = job(/^A bride/);
    expect((await call('GET', `/api/queue/jobs/${bride.id}`)).json).toEqual(bride);
    expect((await call('GET', '/api/queue/jobs/not-a-job')).status).toBe(404);
    expect((await call('GET', '/api/queue/jobs/00000000-0000-5000-8000-000000000000')).status).toBe(404);
    expect((await call('GET', '/api/queue/jobs?limit=2')).json.jobs).toHaveLength(2);
    const bad = await call('GET', '/api/queue/jobs?limit=0');
    expect([bad.status, bad.json.error.field]).toEqual([400, 'limit']);
  });

  test('serves the files a finished job made, and nothing else from its folder or beyond', async () => {
    const bride = job(/^A bride/);
    const video = await request(bride.files.video);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await video.arrayBuffer())).toEqual(queue.finished.video);
    const part = await request(bride.files.video, {headers: {range: 'bytes=0-9'}});
    expect([part.status, (await part.arrayBuffer()).byteLength]).toEqual([206, 10]);
    const poster = await request(bride.files.poster);
    expect(poster.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await poster.arrayBuffer())).toEqual(queue.finished.poster);
    expect((await request(`${bride.files.video}?download`)).headers.get('content-disposition')).toBe(
      'attachment; filename="video.mp4"',
    );
    const episode = await request(job(/^A heir/).episodeFiles[0].files.script);
    expect((await episode.json()).series).toMatchObject({episode: 1, of: 2});

    const failed = job(/invalid-script\.json$/);
    const chef = job(/^A chef/);
    for (const url of [
      `/files/jobs/${bride.id}/.microdrama-done.json`,
      `/files/jobs/${bride.id}/../../../package.json`,
      `/files/jobs/${bride.id}/%2e%2e/%2e%2e/%2e%2e/package.json`,
      `/files/jobs/${bride.id}/..%2f..%2f..%2fpackage.json`,
      `/files/jobs/${bride.id}/ep01/video.mp4`,
      `/files/jobs/${bride.id}/ep01%2fvideo.mp4`,
      `/files/jobs/${bride.id}/%00video.mp4`,
      `/files/jobs/${bride.id}`,
      `/files/jobs/${chef.id}/poster.png`,
      `/files/jobs/${failed.id}/video.mp4`,
      `/files/jobs/${job(/^A heir/).id}/../summary.json`,
      '/files/jobs/not-a-uuid/video.mp4',
      '/files/jobs/%E0%A4%A/video.mp4',
    ]) {
      const reply = await rawGet(url);
      expect(reply.body).not.toContain('devDependencies');
      // Refused, or (when the dots are resolved before routing) a page address: never a file.
      expect([404, 503, 200]).toContain(reply.status);
      if (reply.status !== 404) expect(reply.body).not.toMatch(/"counts"|ftyp/);
    }
    expect((await rawGet(`/files/jobs/${chef.id}/poster.png`)).status).toBe(404);
  });

  test("while the studio runs, its embedded database is its own: the queue's commands are refused, naming it", async () => {
    const jobsCommand = startScript('jobs.ts', ['--data', dataDir], NO_KEYS);
    expect(await jobsCommand.exited).toBe(2);
    expect(jobsCommand.output()).toMatch(/in use by another batch, worker or studio \(pid \d+\)/);
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
