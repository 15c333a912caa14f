import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {slugOf} from '../src/cli/make-options';
import {runScript} from './helpers/cli';
import {loadSample} from './helpers/sample';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-cli-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

/** Runs `make` expecting a user error: exit 2, the message, no stack trace, nothing at the output path. */
async function expectUserError(args: string[], message: RegExp, lines = 1) {
  const out = path.join(tmp, `out-${Math.random().toString(36).slice(2)}`);
  const result = await runScript('make.ts', [...args, '--out', out]);
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trim().split('\n')).toHaveLength(lines);
  expect(existsSync(out)).toBe(false);
}

describe('npm run make: bad input', () => {
  it.each([
    [[''], /^error: premise is empty/],
    [['x'.repeat(301)], /^error: premise is 301 characters long; at most 300/],
    [[], /^error: no premise/],
    [['A premise', '--duration', '5'], /^error: --duration: 5 is out of range \(15 to 90\)/],
    [['A premise', '--duration', 'long'], /^error: --duration: "long" is not a number/],
    [['A premise', '--template', 'western'], /^error: --template: "western" is not one of cinematic/],
    [
      ['A premise', '--genre', 'western'],
      /^error: --genre: "western" is not one of romance, revenge, mystery, family, workplace, thriller/,
    ],
    [['A premise', '--aspect', '4:3'], /^error: --aspect: "4:3" is not one of 9:16, 1:1, 16:9/],
    [['A premise', '--seed', '1.5'], /^error: --seed: "1.5" is not a whole number/],
    [['A premise', '--frobnicate'], /^error: unknown option --frobnicate/],
    [['A premise', '--no-visuals'], /^error: --no-visuals means nothing: --visuals cannot be switched off/],
    [['A premise', '--duration', '-5'], /^error: --duration: -5 is out of range \(15 to 90\)/],
    [['A premise', '--duration', '0x1e'], /^error: --duration: "0x1e" is not a number/],
    [['A premise', '--language', 'english!!'], /^error: --language: "english!!" is not a language tag/],
    [['A premise', '--music', '/dev/zero'], /^error: --music: \/dev\/zero is a device, not a file/],
    [
      ['A premise', '--template', 'chat', '--set', 'theme=purple'],
      /^error: --set \(template chat\): theme: Invalid option: expected one of "dark"\|"light"/,
    ],
    [['A premise', '--set', 'theme=dark'], /^error: --set \(template cinematic\): Unrecognized key: "theme"/],
    [['A premise', '--set', 'theme'], /^error: --set: "theme" is not KEY=VALUE/],
    [['--script', '/nonexistent/script.json'], /^error: --script: no file at/],
    [['A premise', '--hooks', '6'], /^error: --hooks: 6 is out of range \(1 to 5\)/],
    [['A premise', '--platform', 'vine'], /^error: --platform: "vine" is not one of tiktok, reels, shorts/],
    [['A premise', '--ad', '--brand', 'Acme', '--cta', 'Try it'], /^error: --ad needs --product TEXT/],
    [['A premise', '--brand', 'Acme'], /^error: --brand is only for --ad/],
    [
      ['A premise', '--ad', '--brand', 'Acme', '--product', 'a kettle', '--cta', 'Try it', '--duration', '45'],
      /^error: --duration: an ad runs 15 to 30 seconds, not 45/,
    ],
    [
      ['A premise', '--ad', '--brand', 'Acme', '--product', 'a kettle', '--cta', 'Try it', '--url', 'acme'],
      /^error: --url: "acme" is not an http\(s\) address/,
    ],
  ])('%j', async (args, message) => {
    await expectUserError(args as string[], message);
  });

  it('rejects a --script that is not JSON', async () => {
    const file = path.join(tmp, 'broken.json');
    writeFileSync(file, '{"title": "oops",');
    await expectUserError(['--script', file], /^error: broken\.json is not a valid script: not valid JSON \(.*\)\n$/);
  });

  it('rejects a --script with schema errors, naming each path', async () => {
    const script = loadSample();
    script.scenes[2].beats[0].characterId = 'maya';
    const file = path.join(tmp, 'invalid.json');
    writeFileSync(file, JSON.stringify(script));
    const out = path.join(tmp, 'invalid-out');
    const result = await runScript('make.ts', ['--script', file, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('scenes[2].beats[0].characterId: "maya" is not a character (lena, omar, clara)');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unwritable --out', async () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, '');
    const result = await runScript('make.ts', ['A premise', '--dry-run', '--out', path.join(file, 'inside')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --out: cannot write to .*a-file\/inside/);
  });

  it('prints help with every option and exits 0', async () => {
    const result = await runScript('make.ts', ['--help']);
    expect(result.code).toBe(0);
    for (const option of [
      '--duration',
      '--genre',
      '--seed',
      '--template',
      '--aspect',
      '--script',
      '--out',
      '--dry-run',
      '--browser',
      '--help',
    ]) {
      expect(result.stdout).toContain(option);
    }
  });
});

describe('npm run make --dry-run', () => {
  it('writes and times script.json, prints the plan, renders nothing', async () => {
    const out = path.join(tmp, 'dry');
    const result = await runScript('make.ts', [
      'A lighthouse keeper finds a letter from her future self',
      '--dry-run',
      '--duration',
      '30',
      '--voices',
      'none',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe(result.stderr.replace(/error/g, ''));
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.microdrama',
      'captions.srt',
      'captions.vtt',
      'craft.json',
      'script.json',
    ]);
    expect(result.stdout).toMatch(/HOOK CARD/);
    expect(result.stdout).toMatch(/Total \d+\.\ds for a target of 30\.0s/);
    const craft = JSON.parse(readFileSync(path.join(out, 'craft.json'), 'utf8'));
    expect(craft.checks.length).toBeGreaterThanOrEqual(9);
    expect(craft.keys.people).toEqual(['lighthouse keeper']);
    const passed = craft.checks.filter((c: {pass: boolean}) => c.pass).length;
    expect(result.stdout).toContain(`craft: ${passed}/${craft.checks.length} checks pass`);
  });

  it('--strict fails a script that fails the gate, after writing craft.json; an ad carries its brief', async () => {
    const script = loadSample();
    script.scenes.forEach((scene) => scene.beats.forEach((beat) => delete beat.setup));
    const file = path.join(tmp, 'unplanted.json');
    writeFileSync(file, JSON.stringify(script));
    const out = path.join(tmp, 'strict');
    const args = ['--script', file, '--dry-run', '--voices', 'none', '--out', out];
    const result = await runScript('make.ts', [...args, '--strict']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: the script fails the dramaturgy gate \(see craft\.json\): .*twist-planted 0 setups/m,
    );
    const craft = JSON.parse(readFileSync(path.join(out, 'craft.json'), 'utf8'));
    expect(craft.pass).toBe(false);

    const ad = await runScript('make.ts', [
      ...args,
      '--ad',
      '--brand',
      'Acme',
      '--product',
      'a kettle',
      '--cta',
      'Try it',
      '--platform',
      'reels',
    ]);
    expect(ad.code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(out, 'script.json'), 'utf8'));
    expect(written.ad).toEqual({brand: 'Acme', product: 'a kettle', cta: 'Try it'});
    expect(written.platform).toBe('reels');
    expect(
      JSON.parse(readFileSync(path.join(out, 'craft.json'), 'utf8')).checks.map((c: {id: string}) => c.id),
    ).toContain('ad-claims');
  });
});

describe('npm run make: output folders and secrets', () => {
  it('refuses a folder holding files it did not write, and leaves them alone', async () => {
    const out = path.join(tmp, 'someone-elses');
    mkdirSync(out);
    writeFileSync(path.join(out, 'script.json'), 'mine');
    const result = await runScript('make.ts', ['A premise', '--dry-run', '--voices', 'none', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: --out: .*someone-elses already holds files that microdrama did not write; choose another folder, or add --force/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(out, 'script.json'), 'utf8')).toBe('mine');
  });

  it('never prints the password in a server URL', async () => {
    const result = await runScript(
      'make.ts',
      ['A premise', '--dry-run', '--voices', 'none', '--out', path.join(tmp, 'secret')],
      {
        OPENAI_BASE_URL: 'http://alice:hunter2-secret@127.0.0.1:59999/v1',
        OPENAI_API_KEY: 'sk-test-0123456789abcdef',
      },
    );
    expect(result.code).toBe(2);
    // Progress names the server, and so does the error: both masked.
    expect(result.stderr).toContain('asking gpt-4o-mini at http://***@127.0.0.1:59999/v1');
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: .*the server at http:\/\/\*\*\*@127\.0\.0\.1:59999\/v1/);
    expect(result.stderr + result.stdout).not.toMatch(/hunter2|alice|0123456789abcdef/);
    expect(existsSync(path.join(tmp, 'secret'))).toBe(false);
  });
});

describe('output folder names', () => {
  it('are ASCII words cut at a word boundary, with a fallback for scripts without Latin letters', () => {
    expect(slugOf('A wedding planner realises the groom is her ex-fiancé')).toBe(
      'a-wedding-planner-realises-the-groom-is-her-ex-fiance',
    );
    expect(slugOf('One two three four five', 'x', 14)).toBe('one-two-three');
    expect(slugOf('他离开了我', 'drama-1a2b')).toBe('drama-1a2b');
  });
});
