/**
 * The command line's input, checked where it is parsed (no process spawned): strict flags, plain decimal numbers
 * with ranges, language tags, input files judged by content (a FIFO refused without being opened), output folders
 * that are not ours or are system folders, the lock, and secrets kept out of what is printed.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DURATION_SEC, MUSIC_VOLUME} from '../src/config';
import {parseMakeArgs, type MakeOptions} from '../src/cli/make-options';
import {claimOutputDir, LOCK_FILE, MARKER_FILE, refuseSystemFolder} from '../src/cli/out-dir';
import {audioKind} from '../src/cli/input-files';
import {oneLine} from '../src/cli/run';
import {UserError} from '../src/util/errors';
import {explainWriteError, writeFilesAtomic} from '../src/util/files';
import {redactSecrets} from '../src/util/redact';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-cli-input-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

const parse = (...argv: string[]) => parseMakeArgs(argv, {}) as MakeOptions;
/** The UserError message parsing these arguments gives (the test fails if it gives none, or another error). */
function errorOf(...argv: string[]): string {
  try {
    parseMakeArgs(argv, {});
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`no error for ${JSON.stringify(argv)}`);
}

const file = (name: string, bytes: Buffer | string) => {
  const at = path.join(tmp, name);
  writeFileSync(at, bytes);
  return at;
};
const WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(20)]);

describe('flags', () => {
  test('defaults come from src/config', () => {
    const options = parse('A premise');
    expect(options).toMatchObject({
      durationSec: DURATION_SEC.default,
      musicVolume: MUSIC_VOLUME.default,
      seed: 1,
      cache: true,
      remoteMedia: false,
      force: false,
      model: 'gpt-4o-mini',
    });
    expect(
      parseMakeArgs(['A premise'], {OPENAI_MODEL: 'llama3.1', OPENAI_BASE_URL: 'http://localhost:11434/v1'}),
    ).toMatchObject({writer: 'openai', model: 'llama3.1'});
  });

  test.each([
    [['--frobnicate'], /^unknown option --frobnicate \(see --help\)$/],
    [['--no-frobnicate'], /^unknown option --no-frobnicate/],
    [['--no-visuals'], /^--no-visuals means nothing: --visuals cannot be switched off/],
    [['--no-duration'], /^--no-duration means nothing/],
    [['--no-seed'], /^--no-seed means nothing/],
    [['--no-music-volume'], /^--no-music-volume means nothing/],
    [['--no-language'], /^--no-language means nothing/],
    [['--no-dry-run'], /^--no-dry-run means nothing/],
    [['-x'], /^unknown option -x/],
    [['--dry-run=yes'], /^--dry-run takes no value/],
    [['--duration'], /^--duration needs a value$/],
    [['--duration', '--dry-run'], /^--duration needs a value$/],
    [['--duration='], /^--duration needs a value$/],
    [['--duration', '30', '--duration', '40'], /^--duration was given more than once$/],
  ])('%j is refused in one line', (args, message) => {
    expect(errorOf('A premise', ...args)).toMatch(message);
  });

  test('--no-cache and --no-music mean something', () => {
    expect(parse('A premise', '--no-cache').cache).toBe(false);
    expect(parse('A premise', '--no-music').music).toBe('none');
    expect(parse('A premise', '--remote-media').remoteMedia).toBe(true);
    expect(parse('A premise', '--force').force).toBe(true);
  });

  test('-- ends the flags: a premise may start with a dash', () => {
    expect(parse('--', '-5 degrees and falling').premise).toBe('-5 degrees and falling');
  });
});

describe('numbers are plain decimals, in range, named by their flag', () => {
  test.each([
    [['--duration', '-5'], /^--duration: -5 is out of range \(15 to 90\)$/],
    [['--duration=-5'], /^--duration: -5 is out of range \(15 to 90\)$/],
    [['--duration', '0x1e'], /^--duration: "0x1e" is not a number$/],
    [['--duration', '1e2'], /^--duration: "1e2" is not a number$/],
    [['--duration', '30s'], /^--duration: "30s" is not a number$/],
    [['--duration', ' 30'], /^--duration: " 30" is not a number$/],
    [['--duration', 'Infinity'], /is not a number/],
    [['--duration', '91'], /^--duration: 91 is out of range \(15 to 90\)$/],
    [['--seed', '-1'], /^--seed: -1 is out of range/],
    [['--seed', '1.5'], /^--seed: "1.5" is not a whole number$/],
    [['--seed', '0x10'], /^--seed: "0x10" is not a number$/],
    [['--music-volume', '1.01'], /^--music-volume: 1.01 is out of range \(0 to 1\)$/],
    [['--music-volume', '-0.5'], /^--music-volume: -0.5 is out of range \(0 to 1\)$/],
  ])('%j', (args, message) => {
    expect(errorOf('A premise', ...args)).toMatch(message);
  });

  test('plain decimals pass', () => {
    expect(parse('A premise', '--duration', '30').durationSec).toBe(30);
    expect(parse('A premise', '--duration', '22.5').durationSec).toBe(22.5);
    expect(parse('A premise', '--music-volume', '.5').musicVolume).toBe(0.5);
    expect(parse('A premise', '--seed', '0').seed).toBe(0);
  });
});

describe('--language is a language tag', () => {
  test.each(['english!!', 'en_US', 'e', 'english', '12', 'en-', ''])('%j is refused', (tag) => {
    expect(errorOf('A premise', `--language=${tag}`)).toMatch(
      tag === '' ? /needs a value/ : /^--language: ".*" is not a language tag \(e\.g\. en, es, pt-BR\)$/,
    );
  });

  test('tags are canonicalised', () => {
    expect(parse('A premise', '--language', 'pt-br').language).toBe('pt-BR');
    expect(parse('A premise', '--language', 'EN').language).toBe('en');
    expect(parse('A premise', '--language', 'zh-hant-tw').language).toBe('zh-Hant-TW');
  });
});

describe('input files are checked by kind and content when parsed', () => {
  test('audio is recognised by its first bytes', () => {
    expect(audioKind(WAV)).toBe('wav');
    expect(audioKind(Buffer.from('ID3\u0004\u0000'))).toBe('mp3');
    expect(audioKind(Buffer.from([0xff, 0xfb, 0x90, 0x64]))).toBe('mp3');
    expect(audioKind(Buffer.from('OggS\u0000\u0002'))).toBe('ogg');
    expect(audioKind(Buffer.from('fLaC\u0000'))).toBe('flac');
    expect(audioKind(Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A ')]))).toBe('m4a');
    expect(audioKind(Buffer.from('not audio at all'))).toBeUndefined();
    expect(audioKind(Buffer.alloc(0))).toBeUndefined();
  });

  test('--music: an audio file passes as an absolute path; text, folders and missing files do not', () => {
    const wav = file('track.wav', WAV);
    expect(parse('A premise', '--music', path.relative(process.cwd(), wav)).music).toBe(wav);
    expect(errorOf('A premise', '--music', file('notes.mp3', 'just some text'))).toMatch(
      /^--music: .*notes\.mp3 is not an audio file/,
    );
    expect(errorOf('A premise', '--music', tmp)).toMatch(/is a folder, not a file$/);
    expect(errorOf('A premise', '--music', path.join(tmp, 'missing.wav'))).toMatch(
      /^--music: no file at .*missing\.wav$/,
    );
    expect(errorOf('A premise', '--music', 'https://example.com/song.mp3')).toMatch(/^--music: no file at https/);
  });

  test('--music: a FIFO or a device is refused at once, never opened', () => {
    const fifo = path.join(tmp, 'pipe.wav');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    // Opening a FIFO for reading with no writer blocks forever; this returns at once.
    expect(errorOf('A premise', '--music', fifo)).toMatch(/^--music: .*pipe\.wav is a named pipe, not a file$/);
    expect(errorOf('A premise', '--music', '/dev/zero')).toMatch(/^--music: \/dev\/zero is a device, not a file$/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('--script: a regular file that starts like a JSON object (a BOM allowed); else refused', () => {
    const script = file('script.json', '\uFEFF  {"title": "x"}');
    expect(parse('--script', script).scriptFile).toBe(script);
    expect(errorOf('--script', file('script.txt', 'title: x'))).toMatch(
      /^--script: .*script\.txt is not a JSON script/,
    );
    expect(errorOf('--script', '/dev/null')).toMatch(/is a device, not a file/);
    expect(errorOf('--script', path.join(tmp, 'nope.json'))).toMatch(/^--script: no file at/);
  });

  test('--visuals: a folder with images, else refused', () => {
    const images = path.join(tmp, 'images');
    mkdirSync(images);
    expect(errorOf('A premise', '--visuals', images)).toMatch(/^--visuals: the folder .*images has no images/);
    writeFileSync(path.join(images, 'scene1.png'), '');
    expect(parse('A premise', '--visuals', images).visuals).toBe(images);
    expect(errorOf('A premise', '--visuals', file('one.png', ''))).toMatch(
      /^--visuals: ".*one\.png" is neither procedural, openai nor a folder of images$/,
    );
  });
});

describe('the output folder', () => {
  test('system folders and the home folder are always refused, also through a symlink', () => {
    for (const dir of ['/', '/etc', '/etc/cron.d', '/usr/local/share', '/tmp', '/home', os.homedir()]) {
      expect(() => refuseSystemFolder(dir)).toThrow(/is a system folder/);
    }
    const link = path.join(tmp, 'to-etc');
    symlinkSync('/etc', link);
    expect(() => refuseSystemFolder(path.join(link, 'x'))).toThrow(/is a system folder/);
    expect(() => refuseSystemFolder(path.join(tmp, 'fine'))).not.toThrow();
    expect(() => refuseSystemFolder(path.join(os.homedir(), 'videos', 'x'))).not.toThrow();
  });

  test('a new folder is created, marked and locked; a failed run removes it again', async () => {
    const dir = path.join(tmp, 'new-out');
    const folder = await claimOutputDir(dir);
    expect(readdirSync(dir).sort()).toEqual([MARKER_FILE, LOCK_FILE].sort());
    await folder.release(true);
    expect(existsSync(dir)).toBe(false);
  });

  test('a folder holding files that are not ours is refused unless --force; ours is reused', async () => {
    const theirs = path.join(tmp, 'theirs');
    mkdirSync(theirs);
    writeFileSync(path.join(theirs, 'thesis.docx'), 'years of work');
    await expect(claimOutputDir(theirs)).rejects.toThrow(
      /^--out: .*theirs already holds files that microdrama did not write; choose another folder, or add --force/,
    );
    const forced = await claimOutputDir(theirs, {force: true});
    await forced.release(true);
    expect(readdirSync(theirs).sort()).toEqual([MARKER_FILE, 'thesis.docx']);

    const ours = path.join(tmp, 'ours');
    await (await claimOutputDir(ours)).release(false);
    writeFileSync(path.join(ours, 'script.json'), '{}');
    const again = await claimOutputDir(ours);
    await again.release(false);
    expect(readdirSync(ours).sort()).toEqual([MARKER_FILE, 'script.json']);
  });

  test('a second run into a locked folder fails clearly; a lock left by a dead process is taken over', async () => {
    const dir = path.join(tmp, 'locked');
    const first = await claimOutputDir(dir);
    // Another live process holds it (this one's parent stands in).
    writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    await expect(claimOutputDir(dir)).rejects.toThrow(
      new RegExp(`another make \\(pid ${process.ppid}\\) is writing to .*locked`),
    );
    // A pid no process has.
    writeFileSync(path.join(dir, LOCK_FILE), '2147483646\n');
    const second = await claimOutputDir(dir);
    await second.release(false);
    await first.release(false);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  test('a path through a file is a one-line error', async () => {
    const blocker = file('a-file', '');
    await expect(claimOutputDir(path.join(blocker, 'inside'))).rejects.toThrow(
      /^--out: cannot write to .*a-file\/inside \(ENOTDIR\)$/,
    );
  });
});

describe('what is printed', () => {
  test('URL passwords and API keys are masked', () => {
    expect(redactSecrets('cannot reach the server at http://user:s3cret@10.0.0.5:8080/v1 (ECONNREFUSED)')).toBe(
      'cannot reach the server at http://***@10.0.0.5:8080/v1 (ECONNREFUSED)',
    );
    expect(redactSecrets('token https://abc@host/x and http://host/no-user')).toBe(
      'token https://***@host/x and http://host/no-user',
    );
    expect(redactSecrets('key sk-proj-ABCDEFGH12345678 rejected')).toBe('key sk-*** rejected');
    expect(redactSecrets('said xi-0123456789abcdef', {ELEVENLABS_API_KEY: 'xi-0123456789abcdef'})).toBe('said ***');
  });

  test('a message with several lines becomes one', () => {
    expect(oneLine('x.json is not a valid script:\n  title: required\n  scenes: too few')).toBe(
      'x.json is not a valid script: title: required; scenes: too few',
    );
  });
});

describe('writing the outputs', () => {
  test('the texts are written all or none: a failure leaves no lone script.json', async () => {
    const dir = path.join(tmp, 'together');
    mkdirSync(dir);
    const blocker = file('together-blocker', '');
    await expect(
      writeFilesAtomic([
        [path.join(dir, 'script.json'), '{}'],
        [path.join(blocker, 'captions.srt'), ''],
      ]),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
    await writeFilesAtomic([
      [path.join(dir, 'script.json'), '{}'],
      [path.join(dir, 'captions.srt'), '1'],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['captions.srt', 'script.json']);
  });

  test('a full disk is one line naming the path', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
    const explained = explainWriteError(full, '/videos/out/video.mp4') as Error;
    expect(explained).toBeInstanceOf(UserError);
    expect(explained.message).toBe('cannot write /videos/out/video.mp4: no space left on the device (ENOSPC)');
    const other = new Error('boom');
    expect(explainWriteError(other, '/x')).toBe(other);
  });
});
