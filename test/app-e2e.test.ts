/**
 * The studio end to end in real Chromium (Debian's, driven by playwright-core; no browser download): a drama from a
 * premise (Write's steps streamed to the page), the preview playing, an edit showing in the preview, a refused empty
 * line, hearing a voice, an uploaded and a generated picture per scene (from a loopback images server), template and
 * aspect switches, undo, regenerating a line, a reload that keeps it all, a render cancelled, a small render with
 * every download checked and the MP4 probed, and a server restart that finds the project again, with a list of
 * premises made meanwhile on its database by `npm run batch` shown under "Batches & series" and opened (its row was
 * finished ahead, with tiny files: nothing renders). Screenshots of each page go to docs/screenshots/ (set
 * MICRODRAMA_SCREENSHOTS=0 to skip). Timings are printed.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {EDITS_PATH, FakeOpenAIServer, IMAGES_PATH, imageResult, solidPng} from './helpers/openai-server';
import {probe} from './helpers/probe';
import {finishRow, NO_KEYS, writeBatchFile} from './helpers/queue-fixtures';
import {startScript} from './helpers/script-process';
import {startStudio, type TestStudio} from './helpers/studio';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', 'docs', 'screenshots');
const shoot = process.env.MICRODRAMA_SCREENSHOTS !== '0';

let dataDir: string;
let profile: string;
let studio: TestStudio;
// The images server a scene's generated picture comes from (loopback, speaking the OpenAI API).
let openai: FakeOpenAIServer;
const studioEnv = () => ({OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: 'sk-test'});
let browser: BrowserContext;
let page: Page;
const timings: Record<string, number> = {};

const screenshot = async (name: string) => {
  if (shoot) await page.screenshot({path: path.join(SHOTS, `${name}.png`)});
};

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-e2e-'));
  profile = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-chromium-'));
  await fs.mkdir(SHOTS, {recursive: true});
  openai = await FakeOpenAIServer.start();
  // Character sheets (and scenes with nobody in them) are generated; scenes with people are made from their sheets.
  openai.otherwise(IMAGES_PATH, imageResult(solidPng(24, 16, [200, 200, 210])));
  openai.otherwise(EDITS_PATH, imageResult(solidPng(16, 28, [30, 90, 160])));
  studio = await startStudio({dataDir, page: true, env: studioEnv()});
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: {width: 1400, height: 1000},
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await studio?.stop();
  await openai?.close();
  process.stderr.write(
    `\n[studio e2e] ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ')}\n`,
  );
  await fs.rm(dataDir, {recursive: true, force: true});
  await fs.rm(profile, {recursive: true, force: true});
});

const frameNow = async () => Number(await page.getByTestId('frame').getAttribute('data-frame'));
const playerText = async () => (await page.getByTestId('player').textContent()) ?? '';
const NEW_LINE = 'Lock every door now.';

test('premise to downloaded MP4 in the page, and back after a restart', async () => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // 1-2. The home page offers a new drama.
  await page.goto(`${studio.url}/`);
  await page.getByTestId('new').click();

  // 3. An empty premise is a message beside the field, not a crash.
  await page.getByTestId('write').click();
  await expectVisible(page.getByRole('alert'));
  expect(await page.getByRole('alert').textContent()).toMatch(/premise/i);

  await page.getByTestId('premise').fill('A night nurse finds her own name on a missing persons list');
  await page.getByTestId('genre').selectOption('mystery');
  await page.getByTestId('duration').fill('20');
  await screenshot('new-drama');
  let started = Date.now();
  const written = page.waitForResponse((r) => r.url().endsWith('/api/projects') && r.request().method() === 'POST');
  await page.getByTestId('write').click();
  // Write shows its steps as they happen (writing, voicing, mixing), not a spinner. With every voice already in the
  // cache it can be over before a screenshot, so the steps are checked in what the page received.
  const shown = await page
    .locator('[data-testid="write-steps"] li[data-step]')
    .first()
    .waitFor({timeout: 10_000})
    .then(
      () => true,
      () => false,
    );
  if (shown) await screenshot('writing');
  const stream = (await (await written).text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(stream.filter((m) => m.type === 'progress').map((m) => m.step)).toEqual(
    expect.arrayContaining(['write', 'voices', 'mix']),
  );
  expect(stream[stream.length - 1].type).toBe('done');
  await page.getByTestId('beat-text').first().waitFor({timeout: 120_000});
  timings.write = Date.now() - started;
  expect(page.url()).toMatch(/\/p\/[a-z0-9]+$/);
  const projectUrl = page.url();

  // 4. The preview plays: its frame advances.
  await page.getByTestId('player').locator('button').first().click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="frame"]')?.getAttribute('data-frame')) > 10,
    undefined,
    {timeout: 30_000},
  );
  const a = await frameNow();
  await page.waitForTimeout(700);
  expect(await frameNow()).toBeGreaterThan(a);
  await screenshot('editor');

  // Changing a line re-voices it and the preview shows the new words.
  const lineIndex = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="beat"]')].findIndex(
      (card) => (card.querySelector('select') as HTMLSelectElement).value === 'line',
    ),
  );
  expect(lineIndex).toBeGreaterThanOrEqual(0);
  const field = page.getByTestId('beat-text').nth(lineIndex);
  await field.fill(NEW_LINE);
  started = Date.now();
  await field.press('Enter');
  await page.waitForFunction(
    (words) => document.querySelector('[data-testid="player"]')?.textContent?.includes(words),
    'every door',
    {timeout: 60_000},
  );
  timings.editWords = Date.now() - started;
  expect(await playerText()).toContain('every door');
  // Then the line is voiced again and the soundtrack re-mixed: a new version.
  await expectText(page.getByTestId('saved'), /edited scene/);
  timings.editVoiced = Date.now() - started;

  // An empty line is refused with a message beside it, and nothing is saved.
  const versionBefore = await page.getByTestId('saved').textContent();
  await field.fill('');
  await field.press('Enter');
  await expectVisible(page.getByRole('alert'));
  expect(await page.getByRole('alert').first().textContent()).toMatch(/words/);
  expect(await page.getByTestId('saved').textContent()).toBe(versionBefore);
  await field.fill(NEW_LINE);

  // Hear a voice: the sample is voiced on the server and played.
  const sample = page.waitForResponse((r) => r.url().endsWith('/sample') && r.status() === 200);
  const clip = page.waitForResponse((r) => /\/generated\/.*\.wav$/.test(r.url()) && r.status() < 300);
  await page.getByTestId('hear').first().click();
  await sample;
  await clip;

  // Per scene, a visual: the user's own picture for scene 1 (shown in the preview), a generated one for scene 2.
  await page
    .getByTestId('scene-picture')
    .first()
    .setInputFiles({
      name: 'my photo.png',
      mimeType: 'image/png',
      buffer: solidPng(18, 32, [220, 120, 40]),
    });
  await expectText(page.getByTestId('saved'), /changed scene 1/);
  expect(await page.getByTestId('scene-look').first().inputValue()).toBe('image');
  await page.getByTestId('scene-look').nth(1).selectOption('generate');
  await expectText(page.getByTestId('saved'), /picture for scene 2/);
  expect(await page.getByTestId('scene-look').nth(1).locator('option:checked').textContent()).toMatch(/generated/);
  const pictures = [...openai.requestsTo(IMAGES_PATH), ...openai.requestsTo(EDITS_PATH)].filter(
    (r) => !String(r.body.prompt).startsWith('Character reference sheet'),
  );
  expect(pictures).toHaveLength(1);
  await page.getByTestId('beat-text').first().click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="player"] img')].some((img) =>
      (img as HTMLImageElement).src.includes('/generated/uploads/'),
    ),
  );

  // The template and aspect switches show in the preview at once (before the server has re-mixed).
  const before = await page.getByTestId('player').innerHTML();
  started = Date.now();
  await page.getByTestId('template').selectOption('storytime');
  await page.waitForFunction((html) => document.querySelector('[data-testid="player"]')?.innerHTML !== html, before, {
    timeout: 30_000,
  });
  timings.templateSwitch = Date.now() - started;
  await expectText(page.getByTestId('saved'), /template/);
  const shape = () => page.evaluate(() => document.querySelector('[data-testid="player"]')!.className);
  started = Date.now();
  await page.getByTestId('aspect').selectOption('1:1');
  await page.waitForFunction(() => document.querySelector('[data-testid="player"]')?.className.includes('wide'));
  timings.aspectSwitch = Date.now() - started;
  await expectText(page.getByTestId('saved'), /aspect/);
  // Undo brings the upright shape back.
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="player"]')?.className.includes('tall'));
  expect(await shape()).toContain('tall');
  await expectText(page.getByTestId('saved'), /undo/);
  expect(await page.getByTestId('template').inputValue()).toBe('storytime');

  // Regenerate one line: it changes, the rest stays; undo puts it back.
  const firstLine = await page.getByTestId('beat-text').first().inputValue();
  const others = await page
    .getByTestId('beat-text')
    .evaluateAll((fields) => fields.slice(1).map((f) => (f as HTMLTextAreaElement).value));
  await page.getByTestId('regenerate-beat').first().click();
  await expectText(page.getByTestId('saved'), /regenerated a beat/);
  expect(await page.getByTestId('beat-text').first().inputValue()).not.toBe(firstLine);
  expect(
    await page
      .getByTestId('beat-text')
      .evaluateAll((fields) => fields.slice(1).map((f) => (f as HTMLTextAreaElement).value)),
  ).toEqual(others);
  await page.getByTestId('undo').click();
  await expectText(page.getByTestId('saved'), /undo/);
  expect(await page.getByTestId('beat-text').first().inputValue()).toBe(firstLine);

  // A reload finds the edit and the template.
  await page.reload();
  await page.getByTestId('beat-text').first().waitFor();
  expect(await page.getByTestId('beat-text').nth(lineIndex).inputValue()).toBe(NEW_LINE);
  expect(await page.getByTestId('template').inputValue()).toBe('storytime');

  // 5. A render runs in the background with progress and can be cancelled.
  await page.getByTestId('render').click();
  await page.getByTestId('progress').waitFor({timeout: 30_000});
  await page.getByTestId('cancel').click();
  await page.getByText('Render cancelled.').waitFor({timeout: 30_000});

  // Render small; then download and probe the MP4.
  await page.getByTestId('render-scale').selectOption('0.25');
  await page.getByTestId('render-short').check();
  started = Date.now();
  await page.getByTestId('render').click();
  await page.getByTestId('progress').waitFor({timeout: 30_000});
  await page.getByTestId('progress').scrollIntoViewIfNeeded();
  await screenshot('rendering');
  await page.getByTestId('download-video').waitFor({timeout: 600_000});
  timings.render = Date.now() - started;
  await page.getByTestId('download-video').scrollIntoViewIfNeeded();
  await screenshot('rendered');
  const href = (await page.getByTestId('download-video').getAttribute('href'))!;
  expect(href).toMatch(/\.mp4$/);
  const mp4 = path.join(dataDir, 'downloaded.mp4');
  const response = await page.request.get(new URL(href, studio.url).href);
  expect(response.status()).toBe(200);
  await fs.writeFile(mp4, await response.body());
  const video = probe(mp4);
  expect(video).toMatchObject({width: 270, height: 480, videoCodec: 'h264', audioCodec: 'aac'});
  expect(video.durationSec).toBeGreaterThan(4.5);
  expect(video.durationSec).toBeLessThan(5.6);
  const download = async (name: string) => {
    const reply = await page.request.get(
      new URL((await page.getByRole('link', {name}).getAttribute('href'))!, studio.url).href,
    );
    expect(reply.status()).toBe(200);
    return reply.body();
  };
  expect((await download('Poster (PNG)')).subarray(1, 4).toString()).toBe('PNG');
  expect((await download('Captions (SRT)')).toString()).toMatch(/^1\r?\n00:00:\d\d,\d{3} --> /);
  expect((await download('Captions (VTT)')).toString()).toMatch(/^WEBVTT/);
  const rendered = JSON.parse((await download('script.json')).toString());
  expect(JSON.stringify(rendered)).toContain(NEW_LINE);
  expect(rendered.scenes[0].image).toMatch(/^generated\/uploads\//);

  // 6. Restart the server: the project is listed and opens again at its address. While it is stopped, a list of
  // premises is made on its database (the embedded one is one process's at a time).
  await studio.stop();
  started = Date.now();
  const premise = 'A bride finds the ring in her sister’s purse';
  const list = await writeBatchFile(path.join(dataDir, 'list.jsonl'), [
    {premise, writer: 'offline', voices: 'none', music: 'none'},
  ]);
  await finishRow(list, path.join(dataDir, 'made'), 1);
  const batch = startScript('batch.ts', [list, '--out', path.join(dataDir, 'made'), '--data', dataDir], NO_KEYS);
  expect(await batch.exited).toBe(0);
  timings.batch = Date.now() - started;
  studio = await startStudio({dataDir, page: true, env: studioEnv()});
  const port = new URL(studio.url).port;
  await page.goto(`${studio.url}/`);
  await page.getByTestId('project').first().waitFor();
  // The list's drama is under "Batches & series", finished, with its poster; Open plays it.
  started = Date.now();
  const listed = page.getByTestId('queue-job');
  await listed.first().waitFor();
  expect(await listed.count()).toBe(1);
  expect(await listed.getAttribute('data-state')).toBe('done');
  expect(await listed.textContent()).toContain(premise);
  expect(await listed.getByTestId('job-state').textContent()).toBe('Finished');
  await page.waitForFunction(
    () => ((document.querySelector('[data-testid="queue-job"] img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0,
  );
  await page.waitForTimeout(1000);
  await screenshot('home');
  await listed.getByTestId('open-job').click();
  const player = page.getByTestId('queue-job-page').locator('video');
  await player.waitFor();
  expect(await player.getAttribute('src')).toMatch(/^\/files\/jobs\/[0-9a-f-]{36}\/video\.mp4$/);
  await screenshot('batch-job');
  timings.batchSection = Date.now() - started;
  await page.goto(projectUrl.replace(/:\d+\//, `:${port}/`));
  await page.getByTestId('beat-text').first().waitFor();
  expect(await page.getByTestId('beat-text').nth(lineIndex).inputValue()).toBe(NEW_LINE);
  expect(await page.getByTestId('template').inputValue()).toBe('storytime');
  expect(await page.getByTestId('scene-look').first().inputValue()).toBe('image');
  expect(errors).toEqual([]);
}, 900_000);

async function expectVisible(locator: ReturnType<Page['getByRole']>) {
  await locator.first().waitFor({state: 'visible', timeout: 10_000});
}

async function expectText(locator: ReturnType<Page['getByTestId']>, pattern: RegExp) {
  await page.waitForFunction(
    ([selector, source]) => new RegExp(source).test(document.querySelector(selector)?.textContent ?? ''),
    ['[data-testid="saved"]', pattern.source] as const,
    {timeout: 120_000},
  );
  expect(await locator.textContent()).toMatch(pattern);
}
