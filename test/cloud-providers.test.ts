/**
 * The cloud path end to end: the command line's options with OPENAI_BASE_URL and ELEVENLABS_API_KEY set, against
 * loopback servers that speak the OpenAI and ElevenLabs APIs, through the real SDKs, the real stages and a real
 * (small, short) render. The script must come from the model's reply, the scenes show the server's images, and
 * every spoken line is voiced by the ElevenLabs server.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseMakeArgs, type MakeOptions} from '../src/cli/make-options';
import {testServeUrl} from './helpers/bundle';
import {runPipeline, type PipelineResult} from '../src/pipeline';
import {findSystemBrowser} from '../src/render/browser';
import {publicFile} from '../src/util/paths';
import {generatedImage} from '../src/media/image-files';
import {sheetFilePrefix} from '../src/visualise/character-sheet';
import {castOfScene} from '../src/visualise/scene-prompt';
import {silentProgress} from '../src/util/progress';
import {FakeElevenLabsServer} from './helpers/elevenlabs-server';
import {WRITER_DEFAULTS} from '../src/write/openai/openai-writer';
import {
  CHAT_PATH,
  chatCompletion,
  EDITS_PATH,
  FakeOpenAIServer,
  IMAGES_PATH,
  imageResult,
  solidPng,
  type RecordedRequest,
} from './helpers/openai-server';
import {loadSample, modelDraft} from './helpers/sample';

const GREEN: [number, number, number] = [20, 210, 40];
const isSheetRequest = (request: RecordedRequest) =>
  String(request.body.prompt).startsWith('Character reference sheet');
const sample = loadSample();

/** The sample as a model in strict mode writes it, retitled so the test can tell where the script came from. */
const draftReply = () =>
  JSON.stringify({...modelDraft(sample), title: `${sample.title} (from the model)`, language: 'en'});

/** The average colour of a patch of a video frame, read back with ffmpeg. */
function patchColor(video: string, seconds: number, crop: string): number[] {
  const rgb = execFileSync('ffmpeg', [
    '-v',
    'error',
    '-ss',
    String(seconds),
    '-i',
    video,
    '-frames:v',
    '1',
    '-vf',
    `crop=${crop},scale=1:1:flags=area`,
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-',
  ]);
  return [...rgb.subarray(0, 3)];
}

describe('npm run make with cloud keys, against loopback servers', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-cloud-'));
  let openai: FakeOpenAIServer;
  let elevenlabs: FakeElevenLabsServer;
  let options: MakeOptions;
  let result: PipelineResult;
  const warnings: string[] = [];

  const started = Date.now();

  beforeAll(async () => {
    process.env.MICRODRAMA_CACHE_DIR = path.join(tmp, 'cache');
    openai = await FakeOpenAIServer.start();
    elevenlabs = await FakeElevenLabsServer.start();
    // Every chat request gets the sample: it misses dramaturgy rules (no planted twist), so the writer asks for
    // repairs and, when the model keeps its script, writes it anyway.
    openai
      .otherwise(CHAT_PATH, chatCompletion(draftReply()))
      .otherwise(IMAGES_PATH, imageResult(solidPng(64, 96, GREEN)))
      .otherwise(EDITS_PATH, imageResult(solidPng(64, 96, GREEN)));
    const env = {
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_API_KEY: 'sk-loopback',
      OPENAI_MODEL: 'loopback-model',
      ELEVENLABS_API_KEY: elevenlabs.apiKey,
      ELEVENLABS_BASE_URL: elevenlabs.baseUrl,
    };
    const parsed = parseMakeArgs([sample.premise!, '--visuals', 'openai', '--out', path.join(tmp, 'out')], env);
    if (parsed === 'help') throw new Error('unexpected --help');
    options = parsed;
    result = await runPipeline({
      ...options,
      outDir: options.outDir!,
      browser: findSystemBrowser() ?? null,
      serveUrl: await testServeUrl(),
      env,
      progress: silentProgress,
      warn: (message) => warnings.push(message),
      renderScale: 0.25,
      frameRange: [0, 44],
    });
  }, 300000);

  afterAll(async () => {
    await Promise.all([openai?.close(), elevenlabs?.close()]);
    // Generated media lives in public/generated like a user's; remove what this run made.
    const media = [
      ...(result?.script.scenes.map((s) => s.image) ?? []),
      ...(result?.script.scenes.flatMap((s) => s.beats.map((b) => b.audio?.src)) ?? []),
      result?.script.cardAudio?.hook?.src,
      result?.script.cardAudio?.cliffhanger?.src,
      result?.script.soundtrack?.src,
    ];
    for (const src of media) if (src) rmSync(publicFile(src)!, {force: true});
    // And the character sheets this run made (a sheet's name starts with its character's look).
    const images = path.dirname(generatedImage('sheet').file);
    for (const character of result?.script.characters ?? [])
      for (const name of readdirSync(images).filter((n) => n.startsWith(sheetFilePrefix(character))))
        if (statSync(path.join(images, name)).mtimeMs >= started) rmSync(path.join(images, name), {force: true});
    delete process.env.MICRODRAMA_CACHE_DIR;
    rmSync(tmp, {recursive: true, force: true});
  });

  it('picks the cloud providers from the environment alone', () => {
    expect(options).toMatchObject({writer: 'openai', voices: 'elevenlabs'});
  });

  it('writes the script from the model reply, validated and completed by the program', () => {
    expect(result.script.title).toBe('The Wrong Wedding (from the model)');
    expect(result.script.format).toEqual({width: 1080, height: 1920, fps: 30});
    const [chat] = openai.requestsTo(CHAT_PATH);
    expect(openai.requestsTo(CHAT_PATH)).toHaveLength(1 + WRITER_DEFAULTS.maxRepairs);
    expect(openai.requestsTo(CHAT_PATH)[1].body.messages.at(-1).content).toMatch(/^- craft twist-planted 0 setups/m);
    expect(chat.body).toMatchObject({model: 'loopback-model', response_format: {type: 'json_schema'}});
    expect(JSON.stringify(chat.body)).toContain(sample.premise);
    const saved = JSON.parse(readFileSync(result.files.script, 'utf8'));
    expect(saved.title).toBe(result.script.title);
  });

  it('shows the server images in the scenes', () => {
    // One character sheet per character in a scene, then each scene: from its cast's sheets, or its prompt alone.
    const sheets = openai.requestsTo(IMAGES_PATH).filter(isSheetRequest);
    const cast = new Set(result.script.scenes.flatMap((_, i) => castOfScene(result.script, i)));
    expect(sheets).toHaveLength(cast.size);
    const pictures = [...openai.requestsTo(IMAGES_PATH), ...openai.requestsTo(EDITS_PATH)];
    expect(pictures.filter((r) => !isSheetRequest(r))).toHaveLength(sample.scenes.length);
    for (const scene of result.script.scenes) expect(scene.image).toMatch(/^generated\/images\/.+\.png$/);
    // The top-left corner of the first frames is scene 1's image, under the template's grading.
    const [r, g, b] = patchColor(result.files.video!, 1, '40:40:4:4');
    expect(g).toBeGreaterThan(r + 40);
    expect(g).toBeGreaterThan(b + 40);
    expect(warnings).toEqual([]);
  });

  it('voices every spoken line and card with ElevenLabs, a different voice per character', () => {
    const spoken = result.timeline.segments.filter((s) => s.spoken);
    expect(elevenlabs.requests).toHaveLength(spoken.length);
    expect(spoken.every((s) => s.audio)).toBe(true);
    const voices = result.script.characters.map((c) => c.voice);
    expect(voices.every((v) => v?.provider === 'elevenlabs')).toBe(true);
    expect(new Set(voices.map((v) => v!.id)).size).toBe(voices.length);
    // Each line went to the voice cast for its speaker.
    const omar = result.script.characters.find((c) => c.id === 'omar')!;
    const omarLine = sample.scenes[0].beats[2].text;
    expect(elevenlabs.requests.find((r) => (r.body as {text: string}).text === omarLine)?.voiceId).toBe(omar.voice!.id);
  });
});
