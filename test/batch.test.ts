/**
 * Batch files: JSONL and CSV rows read as make's options (make's own parser and checks), every mistake naming the
 * row and the field, folders per row; and the same row queued twice is one job (ids from the batch and the row).
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {batchId, uuidOf} from '../src/queue/enqueue';
import {parseCsv, readBatchFile} from '../src/queue/rows';

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
