/**
 * `openai` visuals against a loopback server that speaks the Images API, through the real openai SDK: one image
 * per scene, prompts that keep the cast and the look consistent, the cache, and failures that fall back to the
 * procedural background with a warning instead of failing the video.
 */
import {promises as fs, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {silentProgress} from '../src/util/progress';
import {createOpenAIImageProvider, filmStyle, type OpenAIImageOptions} from '../src/visualise';
import type {AssetLocator} from '../src/media/image-files';
import {apiError, FakeOpenAIServer, IMAGES_PATH, imageResult, solidPng} from './helpers/openai-server';

const script: Script = parseScript(
  JSON.parse(readFileSync(path.join(__dirname, '..', 'public', 'samples', 'wrong-wedding.json'), 'utf8')),
);
const RED = solidPng(4, 6, [200, 30, 40]);

let server: FakeOpenAIServer;
let scratch: string;
let asset: AssetLocator;
let warnings: string[];
const warn = (message: string) => warnings.push(message);

beforeEach(async () => {
  server = await FakeOpenAIServer.start();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-images-'));
  // A public/ of our own, so the tests never write into the project's.
  asset = (fileName) => ({
    file: path.join(scratch, 'public', 'generated', 'images', fileName),
    src: `generated/images/${fileName}`,
  });
  warnings = [];
});

afterEach(async () => {
  await server.close();
  await fs.rm(scratch, {recursive: true, force: true});
});

const provider = (options: OpenAIImageOptions = {}) =>
  createOpenAIImageProvider({apiKey: 'sk-test', baseURL: server.baseURL, asset, ...options});
const imageRequests = () => server.requestsTo(IMAGES_PATH);
const fileOf = (src: string) => path.join(scratch, 'public', src);

describe('openai visuals', () => {
  it('generates one portrait image per scene, saves it and sets it on the scene', async () => {
    server.otherwise(IMAGES_PATH, imageResult(RED));

    const result = await provider().visualise(script, silentProgress, warn);

    expect(warnings).toEqual([]);
    expect(imageRequests()).toHaveLength(3);
    for (const [i, scene] of result.scenes.entries()) {
      expect(scene.image).toMatch(/^generated\/images\/[0-9a-f]{16}\.png$/);
      expect(await fs.readFile(fileOf(scene.image!))).toEqual(RED);
      expect({...scene, image: undefined}).toEqual({...script.scenes[i], image: undefined});
    }
    expect(new Set(result.scenes.map((s) => s.image)).size).toBe(3);
    expect(script.scenes.every((s) => s.image === undefined)).toBe(true); // the input is not changed

    for (const {body, headers} of imageRequests()) {
      expect(headers.authorization).toBe('Bearer sk-test');
      expect(body).toEqual({model: 'gpt-image-1', prompt: expect.any(String), n: 1, size: '1024x1536'});
    }
  });

  it('builds each prompt from the scene, the appearance of its cast and one style line shared by the film', async () => {
    server.otherwise(IMAGES_PATH, imageResult(RED));

    await provider().visualise(script, silentProgress, warn);

    const prompts: string[] = imageRequests().map((r) => r.body.prompt);
    expect(prompts[0].split('\n')).toEqual([
      'Chandeliers, white roses, staff rushing between tables.',
      'Location: Grand hotel ballroom, evening.',
      'In the scene: Lena: dark curly hair, navy blazer, headset. Omar: tall, grey suit, loosened tie.',
      filmStyle(script),
    ]);
    expect(prompts[2]).toContain('Clara: blonde bob, white silk dress.');
    expect(prompts[2]).toContain('Location: Hotel rooftop, night.');
    expect(new Set(prompts.map((p) => p.split('\n').pop())).size).toBe(1);
  });

  it('asks DALL·E 3 for its portrait size in base64, and a landscape video for a landscape image', async () => {
    server.otherwise(IMAGES_PATH, imageResult(RED));

    await provider({model: 'dall-e-3'}).visualise(script, silentProgress, warn);
    expect(imageRequests()[0].body).toMatchObject({model: 'dall-e-3', size: '1024x1792', response_format: 'b64_json'});

    await provider().visualise({...script, format: {width: 1920, height: 1080, fps: 30}}, silentProgress, warn);
    expect(imageRequests()[3].body.size).toBe('1536x1024');
  });

  it('reuses cached images without a request, and asks again with cache: false', async () => {
    server.otherwise(IMAGES_PATH, imageResult(RED));
    const first = await provider().visualise(script, silentProgress, warn);
    expect(imageRequests()).toHaveLength(3);

    const again = await provider().visualise(script, silentProgress, warn);
    expect(again.scenes.map((s) => s.image)).toEqual(first.scenes.map((s) => s.image));
    expect(imageRequests()).toHaveLength(3);

    await provider({cache: false}).visualise(script, silentProgress, warn);
    expect(imageRequests()).toHaveLength(6);
  });

  it('leaves a scene whose image failed to its procedural background, with a warning, and carries on', async () => {
    server.reply(
      IMAGES_PATH,
      imageResult(RED),
      apiError(400, 'Your request was rejected as a result of our safety system.', {code: 'moderation_blocked'}),
      imageResult(Buffer.from('<html>not an image</html>')),
    );

    const result = await provider().visualise(script, silentProgress, warn);

    expect(result.scenes.map((s) => s.image === undefined)).toEqual([false, true, true]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toBe(
      `scene 2 "kitchen" keeps its procedural background: the server at ${server.baseURL} rejected the request ` +
        '(400 Your request was rejected as a result of our safety system.)',
    );
    expect(warnings[1]).toBe(
      'scene 3 "roof" keeps its procedural background: the server sent data that is not a PNG, JPEG or WebP image',
    );
    expect(imageRequests()).toHaveLength(3);
  });

  it('stops asking a failing server after the first scene gives up, and never fails the video', async () => {
    server.otherwise(IMAGES_PATH, apiError(503, 'The engine is currently overloaded', {type: 'server_error'}));
    const started = Date.now();

    const result = await provider({deadlineMs: 700}).visualise(script, silentProgress, warn);

    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.scenes.every((s) => s.image === undefined)).toBe(true);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(
      `scene 1 "hall" keeps its procedural background: no answer from the server at ${server.baseURL} within the 0.7 s deadline; ` +
        'last: 503 The engine is currently overloaded',
    );
    expect(warnings[2]).toBe(
      'scene 3 "roof" keeps its procedural background: not asked, the image server failed on an earlier scene',
    );
    const requests = imageRequests().length;
    expect(requests).toBeGreaterThanOrEqual(2); // retried within the first scene's deadline
    expect(requests).toBeLessThanOrEqual(3);
  });
});
