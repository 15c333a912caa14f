/**
 * Media confinement: a script's media references resolve to regular files inside public/ (no "..", no absolute
 * path, no symlink out), URLs only with remote media allowed and never to loopback or private addresses; the
 * pipeline checks early, the mix decodes only through the resolver, and script files are read by one reader.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {encodeWav} from '../src/audio/wav';
import {isPublicAddress} from '../src/media/addresses';
import {checkScriptMedia, ScriptMediaError, type MediaPolicy} from '../src/media/check';
import {checkRemoteUrl, MediaError, resolvePublicFile, type HostLookup} from '../src/media/resolve';
import {fetchRemoteMedia, localiseRemoteMedia} from '../src/media/remote-fetch';
import {MAX_SCRIPT_BYTES, readScriptFile} from '../src/media/script-file';
import {mixSoundtrack} from '../src/mix';
import {runPipeline} from '../src/pipeline';
import type {Script, SpokenAudio} from '../src/schema/script';
import {ScriptError} from '../src/schema/validate';
import {UserError} from '../src/util/errors';
import {PUBLIC_DIR} from '../src/util/paths';
import {silentProgress} from '../src/util/progress';
import {runScript} from './helpers/cli';
import {startLoopbackServer, type LoopbackServer} from './helpers/loopback-server';
import {loadSample, SAMPLES_DIR} from './helpers/sample';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-media-'));
/** A public/ of the tests' own, with a legit file, a secret outside it and symlinks that lead out. */
const pub = path.join(tmp, 'public');
const secret = path.join(tmp, 'secret.wav');
/** Links in the real public/ (the mix and the CLI resolve against it), in a folder of this run's own. */
const REAL_DIR = `generated/test-media-${process.pid}`;

const tone = encodeWav({
  sampleRate: 22050,
  channels: [Float32Array.from({length: 22050}, (_, i) => 0.3 * Math.sin(i / 5))],
});

beforeAll(() => {
  mkdirSync(path.join(pub, 'generated', 'voice'), {recursive: true});
  mkdirSync(path.join(pub, 'generated', 'images'), {recursive: true});
  writeFileSync(path.join(pub, 'generated', 'voice', 'line.wav'), tone);
  writeFileSync(path.join(pub, 'generated', 'images', 'a.png'), 'png');
  writeFileSync(secret, tone);
  symlinkSync(secret, path.join(pub, 'generated', 'voice', 'escape.wav'));
  symlinkSync(tmp, path.join(pub, 'outside'));
  symlinkSync(path.join(pub, 'generated', 'voice', 'line.wav'), path.join(pub, 'generated', 'voice', 'alias.wav'));
  execFileSync('mkfifo', [path.join(pub, 'generated', 'voice', 'fifo.wav')]);
  mkdirSync(path.join(PUBLIC_DIR, REAL_DIR), {recursive: true});
  writeFileSync(path.join(PUBLIC_DIR, REAL_DIR, 'clip.wav'), tone);
  symlinkSync(secret, path.join(PUBLIC_DIR, REAL_DIR, 'escape.wav'));
  symlinkSync(secret, path.join(PUBLIC_DIR, REAL_DIR, 'escape.png'));
});
afterAll(() => {
  rmSync(path.join(PUBLIC_DIR, REAL_DIR), {recursive: true, force: true});
  rmSync(tmp, {recursive: true, force: true});
});

const audio = (src: string): SpokenAudio => ({src, durationMs: 1000, words: []});

/** A script as it might arrive (not parsed: the node-side check must hold on its own) with media set by `edit`. */
function withMedia(edit: (script: Script) => void): Script {
  const script = loadSample();
  edit(script);
  return script;
}

/** A resolver that answers from a table, as DNS would. */
const lookupFrom =
  (table: Record<string, string[]>): HostLookup =>
  async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error('not found'), {code: 'ENOTFOUND'});
    return addresses.map((address) => ({address}));
  };

const LOCAL: MediaPolicy = {publicDir: pub, remoteMedia: false, lookup: lookupFrom({})};
const REMOTE: MediaPolicy = {
  ...LOCAL,
  remoteMedia: true,
  lookup: lookupFrom({
    'cdn.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
    'rebind.example.com': ['93.184.216.34', '10.0.0.5'],
    'mapped.example.com': ['::ffff:169.254.169.254'],
    'intranet.example.com': ['fd12:3456::1'],
  }),
};

async function mediaProblems(script: Script, policy: MediaPolicy): Promise<string[]> {
  try {
    await checkScriptMedia(script, policy);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ScriptMediaError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).not.toContain('\n');
    return (error as ScriptMediaError).problems;
  }
}

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    'fc00::1',
    'fd00:abcd::1',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    'ff02::1',
    'not-an-ip',
    '',
  ])('refuses %s', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '11.0.0.1',
    '2606:2800:220:1:248:1893:25c8:1946',
    '::ffff:8.8.8.8',
    '2002:0808:0808::1',
  ])('allows %s', (address) => expect(isPublicAddress(address)).toBe(true));
});

describe('checkRemoteUrl', () => {
  const lookup = REMOTE.lookup!;

  it.each([
    'http://127.0.0.1/x.wav',
    'http://[::1]/',
    'http://10.1.2.3/',
    'http://localhost:8080/a.png',
    'http://api.localhost/a.png',
    'http://0.0.0.0/',
    'http://2130706433/',
    'http://0x7f.1/a.wav',
    'http://[::ffff:127.0.0.1]/a.wav',
    'http://169.254.169.254/latest/meta-data',
    'https://[fe80::1]/a.png',
    'https://[fd00::1]/a.png',
    'http://rebind.example.com/a.png',
    'http://mapped.example.com/a.png',
    'http://intranet.example.com/a.png',
  ])('refuses %s', async (url) => {
    await expect(checkRemoteUrl(url, lookup)).rejects.toThrow(/loopback, private or link-local address/);
  });

  it('allows a host whose every address is public', async () => {
    await expect(checkRemoteUrl('https://cdn.example.com/a.png', lookup)).resolves.toEqual([
      '93.184.216.34',
      '2606:2800:220:1:248:1893:25c8:1946',
    ]);
  });

  it('refuses a host that does not resolve, and non-http schemes', async () => {
    await expect(checkRemoteUrl('https://nowhere.example.com/a.png', lookup)).rejects.toThrow(
      /cannot resolve the host .*ENOTFOUND/,
    );
    await expect(checkRemoteUrl('file:///etc/passwd', lookup)).rejects.toThrow(MediaError);
    await expect(checkRemoteUrl('gopher://cdn.example.com/', lookup)).rejects.toThrow(MediaError);
  });
});

describe('resolvePublicFile', () => {
  it('resolves a file under public/, also through a symlink that stays inside', async () => {
    const real = path.join(pub, 'generated', 'voice', 'line.wav');
    await expect(resolvePublicFile('generated/voice/line.wav', pub)).resolves.toBe(real);
    await expect(resolvePublicFile('./generated/voice/alias.wav', pub)).resolves.toBe(real);
  });

  it.each([
    ['../../etc/passwd', /no "\.\."/],
    ['/etc/passwd', /no absolute path/],
    ['generated/voice/escape.wav', /symlink that leads outside public\//],
    ['outside/secret.wav', /symlink that leads outside public\//],
    ['generated/voice/missing.wav', /no file public\/generated\/voice\/missing\.wav/],
    ['generated/voice', /is not a regular file/],
    ['generated/voice/fifo.wav', /is not a regular file/],
    ['http://127.0.0.1/x.wav', /is a URL/],
  ])('refuses %s', async (src, message) => {
    await expect(resolvePublicFile(src, pub)).rejects.toThrow(message);
    await expect(resolvePublicFile(src, pub)).rejects.toBeInstanceOf(MediaError);
  });
});

describe('checkScriptMedia', () => {
  it('passes a script whose media are files under public/', async () => {
    const script = withMedia((s) => {
      s.scenes[0].beats[0].audio = audio('generated/voice/line.wav');
      s.cardAudio = {hook: audio('generated/voice/alias.wav'), cliffhanger: audio('generated/voice/line.wav')};
      s.scenes[1].image = 'generated/images/a.png';
    });
    expect(await mediaProblems(script, LOCAL)).toEqual([]);
  });

  it('names each field that climbs out of public/: beat audio, card audio, images, the logo, the soundtrack', async () => {
    const script = withMedia((s) => {
      s.scenes[0].beats[2].audio = audio('../../etc/passwd');
      s.cardAudio = {hook: audio('../../../etc/passwd'), cliffhanger: audio('/etc/passwd')};
      s.scenes[1].image = 'generated/voice/escape.wav';
      s.soundtrack = {src: 'outside/secret.wav', durationMs: 1000};
      s.ad = {brand: 'b', product: 'p', cta: 'c', logo: 'javascript:alert(1)'};
      s.scenes[2].image = 'data:image/png;base64,iVBORw0KGgo=';
    });
    expect(await mediaProblems(script, LOCAL)).toEqual([
      'scenes[0].beats[2].audio.src: must be a file under public/ (no "..", no absolute path)',
      'scenes[1].image: "generated/voice/escape.wav" is a symlink that leads outside public/; must be a file under public/ (no "..", no absolute path)',
      'scenes[2].image: must be a file under public/ or an http(s) URL, not a "data:" URL',
      'cardAudio.hook.src: must be a file under public/ (no "..", no absolute path)',
      'cardAudio.cliffhanger.src: must be a file under public/ (no "..", no absolute path)',
      'soundtrack.src: "outside/secret.wav" is a symlink that leads outside public/; must be a file under public/ (no "..", no absolute path)',
      'ad.logo: must be a file under public/ or an http(s) URL, not a "javascript:" URL',
    ]);
  });

  it('refuses URLs unless remote media are allowed, and then private hosts still', async () => {
    const script = withMedia((s) => {
      s.scenes[0].beats[0].audio = audio('http://127.0.0.1/x.wav');
      s.scenes[0].image = 'http://[::1]/';
      s.scenes[1].image = 'http://10.1.2.3/';
      s.scenes[2].image = 'https://cdn.example.com/a.png';
    });
    expect(await mediaProblems(script, LOCAL)).toEqual([
      'scenes[0].image: is a URL, and remote media were not allowed for this run',
      'scenes[0].beats[0].audio.src: is a URL, and remote media were not allowed for this run',
      'scenes[1].image: is a URL, and remote media were not allowed for this run',
      'scenes[2].image: is a URL, and remote media were not allowed for this run',
    ]);
    expect(await mediaProblems(script, REMOTE)).toEqual([
      'scenes[0].image: "http://[::1]" is a loopback, private or link-local address; remote media must be on the public internet',
      'scenes[0].beats[0].audio.src: "http://127.0.0.1" is a loopback, private or link-local address; remote media must be on the public internet',
      'scenes[1].image: "http://10.1.2.3" is a loopback, private or link-local address; remote media must be on the public internet',
    ]);
  });
});

describe('the mix reads clips only through the resolver', () => {
  const mixed = new Set<string>();
  afterAll(() => mixed.forEach((file) => rmSync(file, {force: true})));

  it('decodes a clip under public/ but refuses one whose symlink leads out, or that climbs out', async () => {
    const good = withMedia((s) => (s.scenes[0].beats[0].audio = audio(`${REAL_DIR}/clip.wav`)));
    const result = await mixSoundtrack(good, {music: 'none', musicVolume: 0.35});
    mixed.add(path.join(PUBLIC_DIR, result.soundtrack!.src));
    expect(existsSync(path.join(PUBLIC_DIR, result.soundtrack!.src))).toBe(true);

    const linked = withMedia((s) => (s.scenes[0].beats[0].audio = audio(`${REAL_DIR}/escape.wav`)));
    await expect(mixSoundtrack(linked, {music: 'none', musicVolume: 0.35})).rejects.toThrow(
      /symlink that leads outside public\//,
    );
    const climbing = withMedia(
      (s) => (s.cardAudio = {hook: audio(`${REAL_DIR}/../../../${path.relative(path.dirname(PUBLIC_DIR), secret)}`)}),
    );
    await expect(mixSoundtrack(climbing, {music: 'none', musicVolume: 0.35})).rejects.toThrow(/no "\.\."/);
  });
});

describe('readScriptFile', () => {
  it('accepts a UTF-8 BOM', async () => {
    const file = path.join(tmp, 'bom.json');
    writeFileSync(file, `\ufeff${readFileSync(path.join(SAMPLES_DIR, 'wrong-wedding.json'), 'utf8')}`);
    expect((await readScriptFile(file)).title).toBe(loadSample().title);
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const started = Date.now();
    await expect(readScriptFile(path.join(pub, 'generated', 'voice', 'fifo.wav'))).rejects.toThrow(
      /not a regular file/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses UTF-16, non-UTF-8, oversized files and folders as user errors on one line', async () => {
    const utf16 = path.join(tmp, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"title":"x"}', 'utf16le')]));
    const latin1 = path.join(tmp, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"title":"caf\xe9"}', 'latin1'));
    const huge = path.join(tmp, 'huge.json');
    writeFileSync(huge, `{"title": "${'x'.repeat(MAX_SCRIPT_BYTES)}"}`);
    const cases: [string, RegExp][] = [
      [utf16, /utf16\.json is not a valid script: is UTF-16; save it as UTF-8/],
      [latin1, /latin1\.json is not a valid script: is not UTF-8 text/],
      [huge, /huge\.json is not a valid script: is \d+ bytes; a script is at most/],
      [tmp, /not a regular file/],
      [path.join(tmp, 'missing.json'), /no such file/],
    ];
    for (const [file, message] of cases) {
      const error = await readScriptFile(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
    await expect(readScriptFile(utf16)).rejects.toBeInstanceOf(ScriptError);
  });
});

describe('the pipeline checks media before any work', () => {
  it('refuses a private host even with remote media allowed, in a dry run', async () => {
    const script = withMedia((s) => (s.scenes[0].image = 'http://[::1]/'));
    const run = runPipeline({
      script,
      seed: 1,
      template: 'cinematic',
      outDir: path.join(tmp, 'pipeline-out'),
      dryRun: true,
      browser: null,
      writer: 'offline',
      model: 'gpt-4o-mini',
      templateOptions: {},
      visuals: 'procedural',
      cache: false,
      voices: 'none',
      music: 'none',
      musicVolume: 0.35,
      remoteMedia: true,
      env: {},
      progress: silentProgress,
      warn: () => undefined,
    });
    await expect(run).rejects.toThrow(/scenes\[0\]\.image: "http:\/\/\[::1\]" is a loopback/);
    expect(existsSync(path.join(tmp, 'pipeline-out', 'script.json'))).toBe(false);
  });

  it.each([
    [
      'audio climbing out',
      (s: Script) => (s.scenes[0].beats[2].audio = audio('../../etc/passwd')),
      /^error: .*scenes\[0\]\.beats\[2\]\.audio\.src: must be a file under public\/ \(no "\.\.", no absolute path\)$/,
    ],
    [
      'a symlink out of public/',
      (s: Script) => (s.scenes[1].image = `${REAL_DIR}/escape.png`),
      /^error: script media: scenes\[1\]\.image: ".*escape\.png" is a symlink that leads outside public\//,
    ],
    [
      'a loopback URL',
      (s: Script) => (s.cardAudio = {hook: audio('http://127.0.0.1/x.wav')}),
      /^error: script media: cardAudio\.hook\.src: is a URL, and remote media were not allowed/,
    ],
  ])('make --script exits 2 on one line for %s, before voicing', async (_name, edit, message) => {
    const file = path.join(tmp, `cli-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(withMedia(edit)));
    const out = path.join(tmp, `cli-out-${path.basename(file, '.json')}`);
    const result = await runScript('make.ts', ['--script', file, '--dry-run', '--voices', 'none', '--out', out]);
    const lines = result.stderr.split('\n').filter((line) => line && !line.startsWith('['));
    expect(lines).toEqual([expect.stringMatching(message)]);
    expect(result.code).toBe(2);
    expect(existsSync(path.join(out, 'script.json'))).toBe(false);
  });
});

describe('remote media are downloaded by the one checked fetcher', () => {
  let server: LoopbackServer;
  let port: string;
  const requests: string[] = [];
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  /** The test's server stands in for a public host: only its one loopback address is admitted, and only by name. */
  const policy = (): MediaPolicy => ({
    publicDir: pub,
    remoteMedia: true,
    lookup: lookupFrom({'media.test': ['127.0.0.1'], 'rebind.test': ['127.0.0.1', '10.0.0.7']}),
    isAllowedAddress: (address) => address === '127.0.0.1',
  });

  beforeAll(async () => {
    server = await startLoopbackServer((req, _body, res) => {
      requests.push(`${req.headers.host} ${req.url}`);
      const to = (location: string) => res.writeHead(302, {location}).end();
      if (req.url === '/a.png') res.writeHead(200, {'content-type': 'image/png'}).end(png);
      else if (req.url === '/line.mp3') res.writeHead(200).end(Buffer.from('ID3 not really mp3'));
      else if (req.url === '/hop') to('/a.png');
      else if (req.url === '/to-metadata') to('http://169.254.169.254/latest/meta-data');
      else if (req.url === '/to-localhost') to(`http://localhost:${port}/a.png`);
      else if (req.url === '/loop') to('/loop');
      else if (req.url === '/big') res.writeHead(200).end(Buffer.alloc(2_000_000));
      else if (req.url === '/text.png') res.writeHead(200).end('<html>not an image</html>');
      else res.writeHead(404).end();
    });
    port = new URL(server.origin).port;
  });
  afterAll(() => server.close());

  const at = (route: string, host = 'media.test') => `http://${host}:${port}${route}`;

  it('replaces each URL by a downloaded copy under public/, connecting to the checked address', async () => {
    const script = withMedia((s) => {
      s.scenes[0].image = at('/hop');
      s.scenes[1].image = at('/a.png');
      s.cardAudio = {hook: audio(at('/line.mp3'))};
    });
    const local = await localiseRemoteMedia(script, policy());
    expect(local.scenes[0].image).toMatch(/^generated\/remote\/[0-9a-f]{24}\.png$/);
    expect(local.scenes[1].image).toBe(local.scenes[0].image);
    expect(local.cardAudio!.hook!.src).toMatch(/^generated\/remote\/[0-9a-f]{24}\.mp3$/);
    expect(readFileSync(path.join(pub, local.scenes[0].image!))).toEqual(png);
    expect(script.scenes[0].image).toBe(at('/hop'));
    expect(await mediaProblems(local, {...policy(), remoteMedia: false})).toEqual([]);
    expect(requests).toContain(`media.test:${port} /hop`);
  });

  it.each([
    [
      'a redirect to a link-local address',
      '/to-metadata',
      /"http:\/\/169\.254\.169\.254" is a loopback, private or link-local address/,
    ],
    ['a redirect to localhost', '/to-localhost', /is a loopback, private or link-local address/],
    [
      'a host with one private address among others',
      'rebind.test/a.png',
      /is 10\.0\.0\.7, a loopback, private or link-local address/,
    ],
    ['endless redirects', '/loop', /redirects more than 3 times/],
    ['an error status', '/missing.png', /answered HTTP 404/],
    ['an image that is not one', '/text.png', /is not a PNG, JPEG or WebP image/],
  ])('refuses %s, naming the field', async (_name, where, message) => {
    const [host, route] = where.startsWith('/')
      ? ['media.test', where]
      : [where.split('/')[0], `/${where.split('/')[1]}`];
    const script = withMedia((s) => (s.scenes[2].image = at(route, host)));
    const error = await localiseRemoteMedia(script, policy()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^script media: scenes\[2\]\.image: /);
    expect((error as Error).message).toMatch(message);
  });

  it('bounds the size of a download', async () => {
    await expect(fetchRemoteMedia(at('/big'), policy(), {maxBytes: 1_000_000})).rejects.toThrow(/larger than 1 MB/);
  });
});
