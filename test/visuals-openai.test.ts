/**
 * `openai` visuals against a loopback server that speaks the Images API, through the real openai SDK: one image
 * per scene, prompts that keep the cast and the look consistent, the cache, and failures that fall back to the
 * procedural background with a warning instead of failing the video. Then the character sheets: one per character,
 * sent as the reference images (images.edit, multipart) of every scene the character is in, cached by the
 * character's look so the episodes of a series share them, and never a reason for a scene to go without an image.
 */
import {promises as fs, readFileSync} from 'node:fs';
import OpenAI, {toFile} from 'openai';
import os from 'node:os';
import path from 'node:path';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {silentProgress} from '../src/util/progress';
import {createOpenAIImageProvider, filmStyle, type OpenAIImageOptions} from '../src/visualise';
import {characterSheetPrompt, sheetFilePrefix} from '../src/visualise/character-sheet';
import {sceneImagePrompt} from '../src/visualise/scene-prompt';
import type {AssetLocator} from '../src/media/image-files';
import {
  apiError,
  EDITS_PATH,
  FakeOpenAIServer,
  IMAGES_PATH,
  imageResult,
  solidPng,
  type RecordedRequest,
  type ScriptedReply,
} from './helpers/openai-server';

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
/** Scenes from their prompts alone: the first tests are about generation, the sheets come after. */
const promptsOnly = (options: OpenAIImageOptions = {}) => provider({sheets: false, ...options});
const imageRequests = () => server.requestsTo(IMAGES_PATH);
const fileOf = (src: string) => path.join(scratch, 'public', src);

describe('openai visuals', () => {
  it('generates one portrait image per scene, saves it and sets it on the scene', async () => {
    server.otherwise(IMAGES_PATH, imageResult(RED));

    const result = await promptsOnly().visualise(script, silentProgress, warn);

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

    await promptsOnly().visualise(script, silentProgress, warn);

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

    await promptsOnly({model: 'dall-e-3'}).visualise(script, silentProgress, warn);
    expect(imageRequests()[0].body).toMatchObject({model: 'dall-e-3', size: '1024x1792', response_format: 'b64_json'});

    await promptsOnly().visualise({...script, format: {width: 1920, height: 1080, fps: 30}}, silentProgress, warn);
    expect(imageRequests()[3].body.size).toBe('1536x1024');
  });

  it('reuses cached images without a request, and asks again with cache: false', async () => {
    server.otherwise(IMAGES_PATH, imageResult(RED));
    const first = await promptsOnly().visualise(script, silentProgress, warn);
    expect(imageRequests()).toHaveLength(3);

    const again = await promptsOnly().visualise(script, silentProgress, warn);
    expect(again.scenes.map((s) => s.image)).toEqual(first.scenes.map((s) => s.image));
    expect(imageRequests()).toHaveLength(3);

    await promptsOnly({cache: false}).visualise(script, silentProgress, warn);
    expect(imageRequests()).toHaveLength(6);
  });

  it('leaves a scene whose image failed to its procedural background, with a warning, and carries on', async () => {
    server.reply(
      IMAGES_PATH,
      imageResult(RED),
      apiError(400, 'Your request was rejected as a result of our safety system.', {code: 'moderation_blocked'}),
      imageResult(Buffer.from('<html>not an image</html>')),
    );

    const result = await promptsOnly().visualise(script, silentProgress, warn);

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

    const result = await promptsOnly({deadlineMs: 700}).visualise(script, silentProgress, warn);

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

/** Each character's sheet is a picture of its own colour, so a test can tell whose sheet a part carries. */
const SHEETS: Record<string, Buffer> = {
  lena: solidPng(6, 4, [20, 40, 200]),
  omar: solidPng(6, 4, [30, 160, 60]),
  clara: solidPng(6, 4, [230, 200, 40]),
};
const isSheetRequest = (request: RecordedRequest) =>
  String(request.body.prompt).startsWith('Character reference sheet');
/** The character whose look a sheet request describes. */
const sheetOwner = (request: RecordedRequest) =>
  script.characters.find((c) => request.body.prompt === characterSheetPrompt(c))!.id;

/** The images server: each sheet request answered with its character's picture, each scene with `scene`. */
function answerSheets(sheet: (id: string) => ScriptedReply = (id) => imageResult(SHEETS[id])) {
  server.otherwise(IMAGES_PATH, (request) => (isSheetRequest(request) ? sheet(sheetOwner(request)) : imageResult(RED)));
  server.otherwise(EDITS_PATH, imageResult(RED));
}

/** wrong-wedding and a last scene with nobody in it. */
const withEmptyScene: Script = {
  ...script,
  scenes: [
    ...script.scenes,
    {
      id: 'street',
      location: 'Empty street',
      timeOfDay: 'dawn',
      visual: 'Rain on the asphalt, a lost bouquet in the gutter',
      beats: [{kind: 'narration', text: 'By morning, nobody remembered the wedding.'}],
    },
  ],
};
const sheetRequests = () => imageRequests().filter(isSheetRequest);
const editRequests = () => server.requestsTo(EDITS_PATH);
/** Who each scene's reference parts belong to, by the bytes they carry. */
const partOwners = (request: RecordedRequest) =>
  request.files.map((f) => Object.keys(SHEETS).find((id) => SHEETS[id].equals(f.bytes)));

describe('character sheets', () => {
  it('makes one sheet per character and sends the sheets of its cast with every scene that has people in it', async () => {
    answerSheets();
    const steps: string[] = [];

    const result = await provider().visualise(withEmptyScene, (_stage, _fraction, detail) => steps.push(detail!), warn);

    expect(warnings).toEqual([]);
    // One sheet per character, from their look alone, landscape for two views side by side.
    expect(sheetRequests().map(sheetOwner)).toEqual(['lena', 'omar', 'clara']);
    for (const {body} of sheetRequests())
      expect(body).toEqual({model: 'gpt-image-1', prompt: expect.any(String), n: 1, size: '1536x1024'});
    expect(sheetRequests()[0].body.prompt).toContain(
      'A woman in her late twenties, a sharp and tired wedding planner. dark curly hair, navy blazer, headset.',
    );
    const stored = (await fs.readdir(path.join(scratch, 'public', 'generated', 'images'))).filter((f) =>
      f.startsWith('sheet-'),
    );
    expect(stored).toHaveLength(3);
    for (const c of script.characters) {
      const file = stored.find((f) => f.startsWith(sheetFilePrefix(c)))!;
      expect(await fs.readFile(fileOf(`generated/images/${file}`))).toEqual(SHEETS[c.id]);
    }

    // The three scenes with people went to the edits endpoint as multipart, with their cast's sheets as parts in
    // the order the prompt names them; the empty street was generated from its prompt.
    const edits = editRequests();
    expect(edits).toHaveLength(3);
    expect(edits.map(partOwners)).toEqual([
      ['lena', 'omar'],
      ['lena', 'omar', 'clara'],
      ['lena', 'clara'],
    ]);
    for (const [i, edit] of edits.entries()) {
      expect(edit.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(edit.files.every((f) => f.field === 'image[]' && f.type === 'image/png')).toBe(true);
      expect(edit.files.map((f) => f.filename)).toEqual(partOwners(edit).map((id) => `${id}.png`));
      const names = partOwners(edit).map((id) => script.characters.find((c) => c.id === id)!.name);
      expect(edit.body).toEqual({
        model: 'gpt-image-1',
        // A multipart form sends its text fields' line breaks as CRLF (the HTML form encoding).
        prompt: sceneImagePrompt(withEmptyScene, i, {references: names}).replace(/\n/g, '\r\n'),
        n: '1',
        size: '1024x1536',
        input_fidelity: 'high',
      });
    }
    expect(edits[0].body.prompt).toContain(
      "Reference images: image 1 is Lena's, image 2 is Omar's character sheet. Keep each person's face",
    );
    const plain = imageRequests().filter((r) => !isSheetRequest(r));
    expect(plain.map((r) => r.body.prompt)).toEqual([sceneImagePrompt(withEmptyScene, 3)]);
    expect(plain[0].body.prompt).not.toContain('Reference images');

    expect(result.scenes.every((s) => s.image?.startsWith('generated/images/'))).toBe(true);
    expect(await fs.readFile(fileOf(result.scenes[0].image!))).toEqual(RED);
    // Progress names the sheet step before the scenes.
    expect([...new Set(steps)].slice(0, 5)).toEqual([
      'character sheet 1 of 3: Lena',
      'character sheet 2 of 3: Omar',
      'character sheet 3 of 3: Clara',
      'scene 1 of 4',
      'scene 2 of 4',
    ]);
  });

  it('makes no request on a second run: the sheets and the scenes made from them are cached (unless cache: false)', async () => {
    answerSheets();
    const first = await provider().visualise(withEmptyScene, silentProgress, warn);
    const requests = server.requests.length;
    expect(requests).toBe(3 + 3 + 1);

    const again = await provider().visualise(withEmptyScene, silentProgress, warn);

    expect(server.requests).toHaveLength(requests);
    expect(again.scenes.map((s) => s.image)).toEqual(first.scenes.map((s) => s.image));
    // A scene made with references is another image than the one made without: their cache entries differ.
    await promptsOnly().visualise(withEmptyScene, silentProgress, warn);
    expect(imageRequests().filter((r) => !isSheetRequest(r))).toHaveLength(1 + 3);
    // cache: false asks again for everything, the sheets included.
    await provider({cache: false}).visualise(withEmptyScene, silentProgress, warn);
    expect(sheetRequests()).toHaveLength(3 + 3);
    expect(editRequests()).toHaveLength(3 + 3);
    expect(warnings).toEqual([]);
  });

  it('shares one sheet between episodes: the same character in another script is sent the same sheet', async () => {
    answerSheets();
    const [lena, , clara] = script.characters;
    // An episode as conformEpisode makes it: the bible's own characters, another story, another mood.
    const episode2: Script = {
      ...script,
      title: 'The Wrong Wedding: the honeymoon',
      mood: 'mystery',
      series: {title: 'The Wrong Wedding', episode: 2, of: 3},
      characters: [lena, clara],
      scenes: [
        {
          id: 'beach',
          location: 'Hotel beach',
          timeOfDay: 'morning',
          visual: 'Two chairs, one suitcase, a wedding ring in the sand',
          beats: [
            {kind: 'line', characterId: 'clara', text: 'You kept his ring?', emotion: 'angry'},
            {kind: 'line', characterId: 'lena', text: 'I kept my promise.', emotion: 'tender'},
          ],
        },
      ],
    };

    await provider().visualise(
      {...script, series: {title: 'The Wrong Wedding', episode: 1, of: 3}},
      silentProgress,
      warn,
    );
    expect(sheetRequests()).toHaveLength(3);
    await provider().visualise(episode2, silentProgress, warn);

    expect(sheetRequests()).toHaveLength(3);
    expect(partOwners(editRequests()[3])).toEqual(['lena', 'clara']);
    expect(editRequests()[3].body.prompt).toContain('Location: Hotel beach, morning.');
    expect(warnings).toEqual([]);
  });

  it('generates the scenes of a character whose sheet was refused without it, with a warning', async () => {
    answerSheets((id) =>
      id === 'omar'
        ? apiError(400, 'Your request was rejected as a result of our safety system.', {code: 'moderation_blocked'})
        : imageResult(SHEETS[id]),
    );

    const result = await provider().visualise(script, silentProgress, warn);

    expect(warnings).toEqual([
      `no character sheet for Omar (the server at ${server.baseURL} rejected the request (400 Your request was ` +
        'rejected as a result of our safety system.)); scenes with Omar are generated without it',
    ]);
    expect(sheetRequests()).toHaveLength(3); // one refusal stops no other sheet
    expect(editRequests().map(partOwners)).toEqual([['lena'], ['lena', 'clara'], ['lena', 'clara']]);
    expect(editRequests()[0].body.prompt).toContain("Reference images: image 1 is Lena's character sheet.");
    expect(editRequests()[0].body.prompt).toContain('Omar: tall, grey suit, loosened tie.');
    expect(result.scenes.every((s) => s.image)).toBe(true);
  });

  it('generates every scene from its prompt when the sheets fail on a server fault, and says why', async () => {
    answerSheets(() => apiError(500, 'The server had an error while processing your request.', {type: 'server_error'}));

    const result = await provider({deadlineMs: 500}).visualise(script, silentProgress, warn);

    expect(result.scenes.every((s) => s.image)).toBe(true);
    expect(editRequests()).toHaveLength(0);
    expect(
      imageRequests()
        .filter((r) => !isSheetRequest(r))
        .map((r) => r.body.prompt),
    ).toEqual(script.scenes.map((_, i) => sceneImagePrompt(script, i)));
    // Lena's sheet was retried within its deadline; the server was not asked for the others.
    expect(new Set(sheetRequests().map(sheetOwner))).toEqual(new Set(['lena']));
    expect(warnings).toEqual([
      `no character sheet for Lena (no answer from the server at ${server.baseURL} within the 0.5 s deadline; ` +
        'last: 500 The server had an error while processing your request.); scenes with Lena are generated without it',
      'no character sheet for Omar (not asked, the image server failed on an earlier sheet); scenes with Omar are generated without it',
      'no character sheet for Clara (not asked, the image server failed on an earlier sheet); scenes with Clara are generated without it',
    ]);
  });

  it('leaves a scene whose edit was refused to its procedural background, like any failed image', async () => {
    answerSheets();
    server.reply(EDITS_PATH, apiError(400, 'Your request was rejected as a result of our safety system.'));

    const result = await provider().visualise(script, silentProgress, warn);

    expect(result.scenes.map((s) => s.image === undefined)).toEqual([true, false, false]);
    expect(warnings).toEqual([
      `scene 1 "hall" keeps its procedural background: the server at ${server.baseURL} rejected the request ` +
        '(400 Your request was rejected as a result of our safety system.)',
    ]);
  });

  it('skips sheets with a warning for a model that cannot take reference images', async () => {
    answerSheets();

    const result = await provider({model: 'dall-e-3'}).visualise(script, silentProgress, warn);

    expect(warnings).toEqual([
      'no character sheets: dall-e-3 cannot take reference images, so each scene is generated from its prompt alone ' +
        'and faces may change between scenes (gpt-image-1 keeps them)',
    ]);
    expect(sheetRequests()).toHaveLength(0);
    expect(editRequests()).toHaveLength(0);
    expect(imageRequests()).toHaveLength(3);
    expect(result.scenes.every((s) => s.image)).toBe(true);
  });

  it('is sent with image types: the API (and its loopback double) refuses a part sent as octet-stream', async () => {
    const client = new OpenAI({apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0});
    const untyped = await toFile(SHEETS.lena, 'lena.png');

    const refused = client.images.edit({model: 'gpt-image-1', prompt: 'x', image: [untyped]});

    await expect(refused).rejects.toMatchObject({
      status: 400,
      param: 'image[0]',
      code: 'unsupported_file_mimetype',
      message:
        "400 Invalid file 'image[0]': unsupported mimetype ('application/octet-stream'). Supported file formats " +
        "are 'image/jpeg', 'image/png', and 'image/webp'.",
    });
  });
});
