/** Visuals from the user's folder of images, and choosing a provider from --visuals. */
import {promises as fs, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {UserError} from '../src/util/errors';
import {silentProgress} from '../src/util/progress';
import {createDirVisualProvider, createVisualProvider, listSceneImages} from '../src/visualise';
import type {AssetLocator} from '../src/media/image-files';
import {solidPng} from './helpers/openai-server';

const script: Script = parseScript(
  JSON.parse(readFileSync(path.join(__dirname, '..', 'public', 'samples', 'wrong-wedding.json'), 'utf8')),
);

// Enough of each format for its signature; the provider checks what a file is, not only its name.
const PNG = solidPng(2, 2, [10, 20, 30]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x0c, 0, 0, 0]),
  Buffer.from('WEBPVP8L'),
  Buffer.alloc(4),
]);

let scratch: string;
let images: string;
let asset: AssetLocator;
let warnings: string[];
const warn = (message: string) => warnings.push(message);

beforeEach(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-dir-'));
  images = path.join(scratch, 'my-images');
  await fs.mkdir(images);
  asset = (fileName) => ({
    file: path.join(scratch, 'public', 'generated', 'images', fileName),
    src: `generated/images/${fileName}`,
  });
  warnings = [];
});

afterEach(() => fs.rm(scratch, {recursive: true, force: true}));

async function addImages(files: Record<string, Buffer | string>): Promise<void> {
  for (const [name, data] of Object.entries(files)) await fs.writeFile(path.join(images, name), data);
}

const copied = (src: string | undefined) => fs.readFile(path.join(scratch, 'public', src!));

describe('dir visuals', () => {
  it('matches images to scenes in natural name order and copies them where the renderer serves them', async () => {
    await addImages({
      'scene10.png': PNG,
      'Scene2.JPG': JPEG,
      'scene1.webp': WEBP,
      'notes.txt': 'not an image',
      '.hidden.png': PNG,
    });

    expect(listSceneImages(images).map((f) => path.basename(f))).toEqual(['scene1.webp', 'Scene2.JPG', 'scene10.png']);
    const result = await createDirVisualProvider(images, {asset}).visualise(script, silentProgress, warn);

    expect(warnings).toEqual([]);
    expect(result.scenes.map((s) => s.image)).toEqual([
      expect.stringMatching(/^generated\/images\/dir-[0-9a-f]{16}\.webp$/),
      expect.stringMatching(/^generated\/images\/dir-[0-9a-f]{16}\.jpg$/),
      expect.stringMatching(/^generated\/images\/dir-[0-9a-f]{16}\.png$/),
    ]);
    expect(await copied(result.scenes[0].image)).toEqual(WEBP);
    expect(await copied(result.scenes[1].image)).toEqual(JPEG);
    expect(await copied(result.scenes[2].image)).toEqual(PNG);
  });

  it('leaves the scenes without an image procedural, with a warning', async () => {
    await addImages({'a.png': PNG, 'b.png': solidPng(2, 2, [90, 90, 90])});

    const result = await createDirVisualProvider(images, {asset}).visualise(script, silentProgress, warn);

    expect(result.scenes.map((s) => s.image === undefined)).toEqual([false, false, true]);
    expect(warnings).toEqual([`${images} has 2 images for 3 scenes; scene 3 uses a procedural background`]);
  });

  it('says which images were left over, and skips a file that is not really an image', async () => {
    await addImages({'1.png': PNG, '2.png': 'a text file named .png', '3.png': PNG, '4.jpg': JPEG});

    const result = await createDirVisualProvider(images, {asset}).visualise(script, silentProgress, warn);

    expect(result.scenes.map((s) => s.image === undefined)).toEqual([false, true, false]);
    expect(warnings).toEqual([
      '2.png is not a PNG, JPEG or WebP image; scene 2 uses the procedural background',
      `${images} has 4 images for 3 scenes; unused: 4.jpg`,
    ]);
    // Named by content: the same picture twice is one file.
    expect(result.scenes[0].image).toBe(result.scenes[2].image);
  });

  it('rejects an empty or missing folder before anything is written', () => {
    expect(() => createDirVisualProvider(images)).toThrow(UserError);
    expect(() => createDirVisualProvider(images)).toThrow(/has no scene images \(png, jpg, jpeg, webp\)/);
    expect(() => createDirVisualProvider(path.join(scratch, 'nope'))).toThrow(/no folder of scene images at/);
  });
});

describe('createVisualProvider', () => {
  it('chooses procedural, openai or a folder by --visuals', async () => {
    await addImages({'1.png': PNG});

    const procedural = createVisualProvider('procedural', {});
    expect(procedural.name).toBe('procedural');
    await expect(procedural.visualise(script, silentProgress, warn)).resolves.toBe(script);

    expect(createVisualProvider('openai', {OPENAI_BASE_URL: 'http://127.0.0.1:9/v1'}).name).toBe('openai');
    expect(() => createVisualProvider('openai', {})).toThrow(UserError);
    expect(() => createVisualProvider('openai', {})).toThrow(
      /Generating scene images needs an OpenAI-compatible server/,
    );

    expect(createVisualProvider(images, {}, {asset}).name).toBe('dir');
    expect(() => createVisualProvider(path.join(scratch, 'missing'), {})).toThrow(UserError);
  });
});
