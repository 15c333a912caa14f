/**
 * The compositions' bundle: its cache key covers exactly what goes into it; a cached bundle is reused across
 * processes without loading webpack; concurrent builds of one key end with one complete bundle; and a build's
 * temporary folder is removed when the process exits, whether the run succeeded or failed.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cachedBundle} from '../src/render/bundle';
import {bundleInputs, bundleKey} from '../src/render/bundle-key';

const ROOT = path.join(__dirname, '..');
const BUNDLE_MODULE = path.join(ROOT, 'src', 'render', 'bundle.ts');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-bundle-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

function runChild(code: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(TSX, ['-e', code], {encoding: 'utf8', timeout: 120000, env});
}

describe('the bundle key', () => {
  // A small project: an entry importing a component, which imports JSON and a package; a file nothing imports.
  const project = path.join(tmp, 'project');
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, rel)), {recursive: true});
    writeFileSync(path.join(project, rel), text);
  };
  write('compositions/index.ts', "import {Root} from './Root';\nimport {registerRoot} from 'remotion';\n");
  write('compositions/Root.tsx', "import data from '../public/samples/a.json';\nimport {z} from 'zod/v4';\n");
  write('public/samples/a.json', '{"a": 1}');
  write('src/unused.ts', 'export const x = 1;');
  write('node_modules/remotion/package.json', '{"version": "4.0.527"}');
  write('node_modules/zod/package.json', '{"version": "4.5.4"}');
  const entry = path.join(project, 'compositions', 'index.ts');
  const publicDir = path.join(project, 'public');
  const key = () => bundleKey(entry, project, publicDir, {symlinkPublicDir: true});
  const base = key();

  it('follows relative imports and records package versions', () => {
    const {files, packages} = bundleInputs(entry, project);
    expect(files.map((f) => path.relative(project, f))).toEqual([
      'compositions/Root.tsx',
      'compositions/index.ts',
      'public/samples/a.json',
    ]);
    expect(packages).toEqual({remotion: '4.0.527', zod: '4.5.4'});
  });

  it('changes with an imported file, a package version or a public file, not with generated media', () => {
    write('src/unused.ts', 'export const x = 2;');
    expect(key()).toBe(base);
    write('public/generated/voice/line.wav', 'RIFF');
    expect(key()).toBe(base);
    write('public/samples/a.json', '{"a": 2}');
    expect(key()).not.toBe(base);
    write('public/samples/a.json', '{"a": 1}');
    expect(key()).toBe(base);
    write('node_modules/zod/package.json', '{"version": "4.5.5"}');
    expect(key()).not.toBe(base);
    write('node_modules/zod/package.json', '{"version": "4.5.4"}');
    write('public/logo.png', 'PNG');
    expect(key()).not.toBe(base);
  });

  it('the real compositions reach the browser-safe core and no Node stage', () => {
    const {files} = bundleInputs(path.join(ROOT, 'compositions', 'index.ts'), ROOT);
    const rel = files.map((f) => path.relative(ROOT, f));
    expect(rel).toContain('src/time/timeline.ts');
    expect(rel.filter((f) => /^src\/(render|voice|mix|write|pipeline)/.test(f))).toEqual([]);
  });
});

describe('the bundle cache', () => {
  const fakeBuild = (calls: string[]) => async (outDir: string) => {
    calls.push(outDir);
    mkdirSync(outDir, {recursive: true});
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(path.join(outDir, 'bundle.js'), '// code');
    writeFileSync(path.join(outDir, 'index.html'), '<html>');
  };

  it('builds once, then reuses the folder', async () => {
    const root = path.join(tmp, 'cache-once');
    const calls: string[] = [];
    const first = await cachedBundle(root, 'k1', fakeBuild(calls));
    const again = await cachedBundle(root, 'k1', fakeBuild(calls));
    expect(again).toBe(first);
    expect(calls).toHaveLength(1);
    expect(readdirSync(root)).toEqual(['k1']);
  });

  it('two builds of the same key at once end with one complete bundle and no temporary folders', async () => {
    const root = path.join(tmp, 'cache-race');
    const calls: string[] = [];
    const [a, b] = await Promise.all([
      cachedBundle(root, 'k2', fakeBuild(calls)),
      cachedBundle(root, 'k2', fakeBuild(calls)),
    ]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(2);
    expect(readdirSync(root)).toEqual(['k2']);
    expect(readdirSync(a).sort()).toEqual(['bundle.js', 'index.html', 'microdrama-code-hash.txt']);
  });

  it('a failed build leaves nothing behind', async () => {
    const root = path.join(tmp, 'cache-fail');
    await expect(
      cachedBundle(root, 'k3', async (outDir) => {
        mkdirSync(outDir, {recursive: true});
        throw new Error('webpack failed');
      }),
    ).rejects.toThrow('webpack failed');
    expect(readdirSync(root)).toEqual([]);
  });

  it('another process reuses the cached bundle without loading webpack', () => {
    if (!process.env.MICRODRAMA_BUNDLE) return; // unit-only runs have no bundle to reuse
    const code = `require(${JSON.stringify(BUNDLE_MODULE)}).getBundle().then((dir) => console.log(JSON.stringify({dir, webpack: Object.keys(require.cache).some((f) => f.includes('@remotion/bundler'))})));`;
    const result = runChild(code);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toEqual({
      dir: process.env.MICRODRAMA_BUNDLE,
      webpack: false,
    });
  });
});

describe('a temporary build folder', () => {
  function runRemoval(ending: string): {dir: string; status: number | null} {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-fake-bundle-'));
    writeFileSync(path.join(dir, 'bundle.js'), '// bundled code');
    const result = runChild(
      `const {removeAtExit} = require(${JSON.stringify(BUNDLE_MODULE)}); removeAtExit(${JSON.stringify(dir)}); ${ending}`,
    );
    return {dir, status: result.status};
  }

  it('is removed when the process ends normally', () => {
    const {dir, status} = runRemoval('');
    expect(status).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('is removed after a failure', () => {
    const {dir, status} = runRemoval('setTimeout(() => { throw new Error("render failed"); }, 10);');
    expect(status).not.toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('is removed when the process is interrupted', () => {
    const {dir, status} = runRemoval(
      'setTimeout(() => process.kill(process.pid, "SIGTERM"), 10); setTimeout(() => undefined, 5000);',
    );
    expect(status).not.toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});
