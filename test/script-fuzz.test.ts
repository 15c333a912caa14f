/**
 * A bounded fuzz of script input (fixed seed): a few hundred mutations of the bundled samples and fixtures (keys
 * dropped and added, wrong types, huge strings, control characters, path tricks, deep nesting, broken bytes) go
 * through what `make --script F --dry-run` runs: the CLI's option parser, the one script-file reader and the
 * pipeline. Each must end as `make` would exit 0 or 2 (a UserError on one line), never 1, never a stack trace,
 * never a hang. A handful are also run as real `make` processes.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseMakeArgs, type MakeOptions} from '../src/cli/make-options';
import {readScriptFile} from '../src/media/script-file';
import {runPipeline} from '../src/pipeline';
import {UserError} from '../src/util/errors';
import {fnv1a, mulberry32} from '../src/util/random';
import {silentProgress} from '../src/util/progress';
import {runScript} from './helpers/cli';
import {SAMPLES_DIR} from './helpers/sample';

const CASES = 300;
const SPAWNS = 8;
const FIXTURES = path.join(__dirname, 'fixtures', 'scripts');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-fuzz-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

const random = mulberry32(fnv1a('script-fuzz-1'));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const BASES = [
  ...readdirSync(SAMPLES_DIR).map((f) => path.join(SAMPLES_DIR, f)),
  ...readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)),
]
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readFileSync(f, 'utf8'));

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Slot = {parent: Json[] | {[key: string]: Json}; key: string | number};

/** Every place a value sits in the document, so a mutation can land at any depth. */
function slots(value: Json, found: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      found.push({parent: value, key: i});
      slots(child, found);
    });
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      found.push({parent: value, key});
      slots(value[key], found);
    }
  }
  return found;
}

const get = (slot: Slot): Json => (slot.parent as Record<string | number, Json>)[slot.key];
const set = (slot: Slot, value: Json) => ((slot.parent as Record<string | number, Json>)[slot.key] = value);

const CONTROL = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;pwned\u0007',
  '\r',
  '\u007f',
  '\u0085',
  '\u009b2J',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud800',
];
const PATHS = [
  '../../etc/passwd',
  '../../../../../../etc/shadow',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'generated\\..\\..\\x.wav',
  '%2e%2e/%2e%2e/etc/passwd',
  'javascript:alert(1)',
  'data:audio/wav;base64,UklGRg==',
  'file:///etc/passwd',
  'http://127.0.0.1/x.wav',
  'http://[::1]/',
  'http://10.1.2.3/',
  'http://169.254.169.254/latest',
  'https://user:pw@example.com/a.png',
  'generated/voice/missing.wav',
  'generated/',
  'samples',
  'samples/wrong-wedding.json',
  '\u0000',
  '~/.ssh/id_rsa',
];
const WRONG: (() => Json)[] = [
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 1e308,
  () => -0,
  () => 0.5,
  () => '',
  () => 'x',
  () => [],
  () => ({}),
  () => [null],
  () => ({length: 3}),
  () => Number.MAX_SAFE_INTEGER + 2,
];

/** Marks where deeply nested text goes: JSON.stringify itself could not write that depth. */
const DEEP = '__deep_nesting__';
const deepNest = (depth: number) => `${'[{"a":'.repeat(depth)}"bottom"${'}]'.repeat(depth)}`;

/** One structural mutation of a parsed script. */
const MUTATIONS: ((doc: {[key: string]: Json}) => void)[] = [
  (doc) => {
    const slot = pick(slots(doc));
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else delete slot.parent[slot.key as string];
  },
  (doc) => {
    const objects = slots(doc)
      .map(get)
      .filter((v): v is {[key: string]: Json} => !!v && typeof v === 'object' && !Array.isArray(v));
    pick([doc, ...objects])[pick(['sceens', 'imgae', 'txt', '__proto__', 'constructor', 'extra', 'x'.repeat(5000)])] =
      pick(WRONG)();
  },
  (doc) => set(pick(slots(doc)), pick(WRONG)()),
  (doc) => {
    const strings = slots(doc).filter((s) => typeof get(s) === 'string');
    if (strings.length) set(pick(strings), pick(['x', '界', '😤', '\n']).repeat(1000 + Math.floor(random() * 200_000)));
  },
  (doc) => {
    const strings = slots(doc).filter((s) => typeof get(s) === 'string');
    if (!strings.length) return;
    const slot = pick(strings);
    const text = get(slot) as string;
    const at = Math.floor(random() * (text.length + 1));
    set(slot, `${text.slice(0, at)}${pick(CONTROL)}${text.slice(at)}`);
  },
  (doc) => {
    const scenes = doc.scenes as {[key: string]: Json}[] | undefined;
    const scene = Array.isArray(scenes) ? pick(scenes) : undefined;
    if (!scene || typeof scene !== 'object') return;
    const src = pick(PATHS);
    const beats = scene.beats as {[key: string]: Json}[];
    const where = pick(['audio', 'image', 'card', 'soundtrack', 'logo']);
    if (where === 'image') scene.image = src;
    else if (where === 'audio' && Array.isArray(beats) && beats[0] && typeof beats[0] === 'object')
      beats[0].audio = {src, durationMs: 900, words: []};
    else if (where === 'card') doc.cardAudio = {[pick(['hook', 'cliffhanger'])]: {src, durationMs: 900, words: []}};
    else if (where === 'soundtrack') doc.soundtrack = {src, durationMs: 20000};
    else doc.ad = {brand: 'B', product: 'P', cta: 'Buy', logo: src};
  },
  (doc) => set(pick(slots(doc)), DEEP),
  (doc) => {
    const arrays = slots(doc)
      .map(get)
      .filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
    if (arrays.length) {
      const array = pick(arrays);
      array.push(...Array.from({length: 1 + Math.floor(random() * 40)}, () => structuredClone(array[0])));
    }
  },
  (doc) => {
    const numbers = slots(doc).filter((s) => typeof get(s) === 'number');
    if (numbers.length) set(pick(numbers), pick([-5, 0, 1e-9, 3.7, 1e9, -1e308, 179.999, 5]));
  },
];

const ODD_TEXT = [
  'Ünïcödé',
  '😤😤 👩‍👩‍👧',
  'line\nbreak',
  'tab\there',
  'مرحبا بك',
  '界 世界',
  'a\u200db',
  '<script>x</script>',
  '%s $1 {0}',
  '\'"\\',
];

/** Changes that keep a script valid more often than not, so the accepted path (timing, plan, captions) is fuzzed too. */
const BENIGN: ((doc: {[key: string]: Json}) => void)[] = [
  (doc) => {
    const strings = slots(doc).filter(
      (s) =>
        typeof get(s) === 'string' &&
        /text|title|logline|hook|twist|cliffhanger|visual|location|description|name/.test(String(s.key)),
    );
    if (strings.length) set(pick(strings), pick(ODD_TEXT));
  },
  (doc) => {
    const optional = ['emotion', 'marker', 'setup', 'setting', 'appearance', 'premise', 'narrator'];
    const slot = pick(slots(doc).filter((s) => optional.includes(String(s.key))));
    if (slot && !Array.isArray(slot.parent)) delete slot.parent[slot.key as string];
  },
  (doc) => (doc.targetDurationSec = pick([5, 15, 30, 90, 180])),
  (doc) => {
    const scenes = doc.scenes as {[key: string]: Json}[];
    if (Array.isArray(scenes) && scenes[0])
      scenes[0].image = pick(['samples/wrong-wedding.json', 'script.schema.json', 'https://cdn.example.com/a.png']);
  },
];

/** Mutations of the serialised text: what a broken editor, a bad copy or a hostile upload makes. */
const TEXT_MUTATIONS: ((text: string) => Buffer)[] = [
  (text) => Buffer.from(text.slice(0, Math.floor(random() * text.length))),
  (text) => Buffer.from(`\ufeff${text}`),
  (text) =>
    Buffer.concat([
      Buffer.from(text.slice(0, 100)),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(text.slice(100)),
    ]),
  (text) => Buffer.from(text.replace(/"/, "'")),
  (_text) => Buffer.from(`${'['.repeat(20000)}${']'.repeat(20000)}`),
  (text) => Buffer.from(`${text}\n{"trailing": true}`),
  (text) => Buffer.from(text, 'utf16le'),
  () => Buffer.from(pick(['', 'null', '[]', '"a string"', '42', '{}', 'true'])),
];

function makeCase(index: number): Buffer {
  const base = pick(BASES);
  if (random() < 0.15) return pick(TEXT_MUTATIONS)(base);
  const doc = JSON.parse(base) as {[key: string]: Json};
  const count = index % 7 === 0 ? 0 : 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) pick(random() < 0.3 ? BENIGN : MUTATIONS)(doc);
  return Buffer.from(JSON.stringify(doc).replace(`"${DEEP}"`, () => deepNest(50 + Math.floor(random() * 50_000))));
}

interface Outcome {
  code: 0 | 1 | 2;
  message?: string;
  ms: number;
}

/** What `make --script FILE --dry-run --voices none` does in-process, ending as runCommand would. */
async function makeDryRun(file: string, out: string): Promise<Outcome> {
  const started = Date.now();
  try {
    const options = parseMakeArgs(['--script', file, '--dry-run', '--voices', 'none', '--out', out], {}) as MakeOptions;
    const script = await readScriptFile(options.scriptFile!);
    await runPipeline({
      ...options,
      script,
      outDir: out,
      browser: null,
      env: {},
      progress: silentProgress,
      warn: () => undefined,
    });
    return {code: 0, ms: Date.now() - started};
  } catch (error) {
    const code = error instanceof UserError ? 2 : 1;
    return {code, message: code === 2 ? (error as Error).message : (error as Error).stack, ms: Date.now() - started};
  }
}

const files: {file: string; outcome: Outcome}[] = [];

describe('script fuzz (fixed seed)', () => {
  it(`${CASES} mutated scripts end in exit 0 or 2 with one line, no stack trace, no hang`, async () => {
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const file = path.join(tmp, `case-${i}.json`);
      writeFileSync(file, makeCase(i));
      const outcome = await makeDryRun(file, path.join(tmp, `out-${i}`));
      files.push({file, outcome});
      if (outcome.code === 1) failures.push(`case ${i}: ${outcome.message}`);
      else if (outcome.code === 2 && (/[\n\r]/.test(outcome.message!) || outcome.message!.length > 2000))
        failures.push(`case ${i}: not one bounded line: ${JSON.stringify(outcome.message)}`);
      if (outcome.ms > 10_000) failures.push(`case ${i}: took ${outcome.ms} ms`);
    }
    expect(failures).toEqual([]);
    const accepted = files.filter((f) => f.outcome.code === 0).length;
    // Both sides explored: unmutated copies and harmless mutations pass, the rest are refused.
    expect(accepted).toBeGreaterThanOrEqual(CASES / 10);
    expect(CASES - accepted).toBeGreaterThanOrEqual(CASES / 2);
    // A refused script leaves nothing at the output path.
    for (const [i, f] of files.entries())
      if (f.outcome.code === 2) expect(existsSync(path.join(tmp, `out-${i}`, 'script.json'))).toBe(false);
  }, 300_000);

  it(`${SPAWNS} of them, run as real make processes, exit as the in-process run did`, async () => {
    expect(files).toHaveLength(CASES);
    const accepted = files.filter((f) => f.outcome.code === 0);
    const refused = files.filter((f) => f.outcome.code === 2);
    const chosen = [
      ...accepted.slice(0, SPAWNS / 4),
      ...refused.filter((_, i) => i % Math.floor(refused.length / (SPAWNS * 0.75)) === 0).slice(0, (SPAWNS * 3) / 4),
    ];
    expect(chosen).toHaveLength(SPAWNS);
    for (const [i, {file, outcome}] of chosen.entries()) {
      const result = await runScript('make.ts', [
        '--script',
        file,
        '--dry-run',
        '--voices',
        'none',
        '--out',
        path.join(tmp, `spawn-${i}`),
      ]);
      expect([file, result.code]).toEqual([file, outcome.code]);
      expect(result.stderr).not.toMatch(/\n\s+at |DEBUG=1/);
      if (outcome.code === 2) {
        expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
        expect(result.stderr).toBe(`error: ${outcome.message}\n`);
      } else {
        expect(result.stdout).toContain('Wrote:');
      }
    }
  }, 300_000);
});
