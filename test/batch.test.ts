/**
 * Batch files: JSONL and CSV rows read as make's options (make's own parser and checks), every mistake naming the
 * row and the field, folders per row, series rows; the same row queued twice is one job (ids from the batch and the
 * row). A job whose input is at fault fails at its first attempt naming the field, while a provider's fault is
 * retried: run through `npm run batch` on the embedded database, with rows that render nothing.
 */
import {promises as fs} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {ServiceError} from '../src/providers/http-retry';
import {badInput, FieldError} from '../src/queue/bad-input';
import {batchId, uuidOf} from '../src/queue/enqueue';
import {createJobEstimator} from '../src/queue/eta';
import {parseCsv, readBatchFile} from '../src/queue/rows';
import {ScriptError} from '../src/schema/validate';
import {SettingError, UserError} from '../src/util/errors';
import {finishRow, NO_KEYS, writeBatchFile} from './helpers/queue-fixtures';
import {startScript} from './helpers/script-process';

let scratch: string;
beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-batch-'));
});
afterAll(() => fs.rm(scratch, {recursive: true, force: true}));

async function rows(name: string, text: string) {
  const file = path.join(scratch, name);
  await fs.writeFile(file, text);
  return readBatchFile(file, path.join(scratch, 'out'), {});
}

test('JSONL rows take make options under their own names, each into its own folder', async () => {
  const read = await rows(
    'ok.jsonl',
    [
      JSON.stringify({
        premise: 'A bride finds the ring in her sister’s purse',
        duration: 20,
        template: 'chat',
        seed: 4,
      }),
      '',
      JSON.stringify({premise: '-A premise that starts like a flag', voices: 'none', cache: false, set: {}}),
      JSON.stringify({premise: 'A third one', out: path.join(scratch, 'mine')}),
    ].join('\n'),
  );
  expect(read.map((r) => r.row)).toEqual([1, 3, 4]);
  expect(read[0].options).toMatchObject({durationSec: 20, template: 'chat', seed: 4});
  expect(read[0].outDir).toBe(path.join(scratch, 'out', '001-a-bride-finds-the-ring-in-her-sister-s-purse'));
  expect(read[1].options).toMatchObject({premise: '-A premise that starts like a flag', voices: 'none', cache: false});
  expect(read[2].outDir).toBe(path.join(scratch, 'mine'));
});

test('CSV with a header: quoted fields with commas, quotes and line breaks; empty cells keep defaults', async () => {
  expect(parseCsv('a,b\n"x, ""y""\nz",2\r\n\n')).toEqual([
    ['a', 'b'],
    ['x, "y"\nz', '2'],
  ]);
  const read = await rows(
    'ok.csv',
    'premise,duration,genre\n"A cat, a dog and a will",30,\nA heist at a wedding,,comedy\n',
  );
  expect(read.map((r) => [r.options.premise, r.options.durationSec, r.options.genre])).toEqual([
    ['A cat, a dog and a will', 30, undefined],
    ['A heist at a wedding', 45, 'comedy'],
  ]);
});

test.each([
  [
    'bad.jsonl',
    '{"premise": "Fine"}\n{"premise": "Too long", "duration": 500}\n',
    'row 2, field duration: 500 is out of range (15 to 90)',
  ],
  ['typo.jsonl', '{"premise": "Fine", "durration": 30}\n', 'row 1, field "durration": not an option of make'],
  ['empty.jsonl', '{"duration": 30}\n', 'row 1, field premise: missing'],
  ['notjson.jsonl', '{"premise": "Fine"}\n{premise: nope}\n', 'row 2: not JSON'],
  ['array.jsonl', '["A premise"]\n', 'row 1: must be an object'],
  ['template.csv', 'premise,template\nA premise,glamour\n', 'row 1, field template: "glamour" is not one of'],
  ['wide.csv', 'premise\nA premise,30\n', 'row 1: 2 fields, but the header names 1'],
])('%s is refused, naming the row and field', async (name, text, message) => {
  await expect(rows(name, text)).rejects.toThrow(message);
});

test('a batch is identified by its file and rows, and each row by its batch: queuing again adds nothing', async () => {
  const read = await rows('same.jsonl', '{"premise": "A premise"}\n');
  const file = path.join(scratch, 'same.jsonl');
  expect(batchId(file, read)).toBe(batchId(file, read));
  expect(batchId(file, read)).not.toBe(batchId(path.join(scratch, 'other.jsonl'), read));
  const id = uuidOf({batch: batchId(file, read), row: 1});
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(uuidOf({batch: batchId(file, read), row: 1})).toBe(id);
});

test('a row with episodes is a series, checked by the series parser', async () => {
  const [series, drama] = await rows(
    'series.jsonl',
    '{"premise": "A heir returns to the family vineyard", "episodes": 3, "duration": 60}\n{"premise": "One more"}\n',
  );
  expect(series).toMatchObject({row: 1, episodes: 3, options: {durationSec: 60}});
  expect(drama.episodes).toBeUndefined();
  await expect(rows('no-episodes.jsonl', '{"premise": "A heir", "episodes": 1}\n')).rejects.toThrow(
    /^row 1, field episodes: /,
  );
  const file = path.join(scratch, 'series.jsonl');
  expect(batchId(file, [series])).not.toBe(batchId(file, [{...series, episodes: 4}]));
});

describe('which failures are bad input (failed at once, naming the field) and which are retried', () => {
  const writerMissing = new SettingError(
    {setting: 'writer', value: 'openai'},
    (m) => `${m} needs an OpenAI-compatible server`,
  );
  test.each<[string, unknown, string | undefined]>([
    ['a setting a stage refuses', writerMissing, 'field writer: `writer: openai` needs an OpenAI-compatible server'],
    [
      'a setting named otherwise in a row',
      new SettingError({setting: 'durationSec', value: 200}, (m) => `${m} is too long`),
      'field duration: `duration: 200` is too long',
    ],
    [
      "a row's script that no longer validates",
      FieldError.from('script', new ScriptError(['title: missing'], 'ep.json')),
      'field script: ep.json is not a valid script: title: missing',
    ],
    [
      'an empty premise',
      new UserError('premise is empty: describe the story'),
      'field premise: is empty: describe the story',
    ],
    [
      'an output folder that is a file',
      new UserError('--out: /x is a file, not a folder'),
      'field out: /x is a file, not a folder',
    ],
    [
      'a provider that is down',
      new ServiceError('unreachable', 'cannot reach the server', 'ECONNREFUSED', 1),
      undefined,
    ],
    [
      'a provider fault, even as a field',
      FieldError.from('script', new ServiceError('exhausted', 'kept failing', 'HTTP 500', 5)),
      undefined,
    ],
    ['a busy output folder', new UserError('--out: another make (pid 12) is writing to /x; wait for it'), undefined],
    ['a crash', new Error('Target closed'), undefined],
  ])('%s', (_name, error, message) => {
    expect(badInput(error)).toBe(message);
  });
});

test("a series' progress runs over its episodes and never goes back", () => {
  let now = 0;
  const estimate = createJobEstimator(3, () => now);
  const seen = [
    estimate('write', 1),
    estimate('render', 0.5),
    estimate('series', 1 / 3),
    estimate('write', 0),
    estimate('render', 1),
    estimate('series', 2 / 3),
    estimate('poster', 1),
  ].map((e) => e.progress);
  expect(seen[2]).toBeCloseTo(1 / 3);
  expect(seen[5]).toBeCloseTo(2 / 3);
  expect(seen[6]).toBeCloseTo(1, 2);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  now = 30_000;
  expect(estimate('poster', 1).etaSec).toBe(0);
});

describe('npm run batch on the embedded database', () => {
  const ENV = NO_KEYS;

  test('a bad row fails at its first attempt with the field named; a finished row is not made again', async () => {
    const dir = path.join(scratch, 'bad-rows');
    const invalid = path.join(dir, 'invalid-script.json');
    const file = await writeBatchFile(path.join(dir, 'rows.jsonl'), [
      {premise: 'A bride finds the ring in her sister’s purse', writer: 'offline', voices: 'none', music: 'none'},
      {script: invalid, voices: 'none', music: 'none'},
      {
        premise: 'A pilot finds a note in the cockpit',
        writer: 'openai',
        voices: 'none',
        music: 'none',
        'dry-run': true,
      },
    ]);
    // Valid JSON that starts like a script passes the row's check; the worker finds it is not one.
    await fs.writeFile(invalid, '{"title": 5}\n');
    const out = path.join(dir, 'out');
    const finished = await finishRow(file, out, 1);
    const batch = startScript('batch.ts', [file, '--out', out, '--data', path.join(dir, 'data')], ENV);
    expect(await batch.exited).toBe(1);
    const summary = JSON.parse(await fs.readFile(path.join(out, 'summary.json'), 'utf8'));
    expect(summary.counts).toEqual({done: 1, failed: 2});
    expect(summary.jobs).toMatchObject([
      {row: 1, status: 'done', attempts: 1, reused: true, output: finished.outDir, error: null},
      {
        row: 2,
        status: 'failed',
        attempts: 1,
        error: expect.stringMatching(/^field script: invalid-script\.json is not a valid script: title/),
      },
      {
        row: 3,
        status: 'failed',
        attempts: 1,
        error: expect.stringMatching(/^field writer: `writer: openai` needs an OpenAI-compatible server/),
      },
    ]);
    expect(batch.output()).toMatch(/row 2 \([0-9a-f]{8}\): failed \(bad input: not retried\)/);
    expect(batch.output()).not.toMatch(/will retry/);
  }, 300_000);

  test("a provider's fault is retried", async () => {
    const dir = path.join(scratch, 'provider-down');
    // A port nothing listens on: the LLM server is down.
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const {port} = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const file = await writeBatchFile(path.join(dir, 'rows.jsonl'), [
      {
        premise: 'A pilot finds a note in the cockpit',
        writer: 'openai',
        voices: 'none',
        music: 'none',
        'dry-run': true,
      },
    ]);
    const batch = startScript('batch.ts', [file, '--out', path.join(dir, 'out'), '--data', path.join(dir, 'data')], {
      ...ENV,
      OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    });
    try {
      await batch.waitFor(/attempt 1 failed, will retry: cannot reach/, 240_000);
    } finally {
      batch.child.kill('SIGKILL');
      await batch.exited;
    }
  }, 300_000);
});
