/** `npm run app`'s options and the token that guards a studio open beyond loopback. */
import {execFile} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startStudio} from './helpers/studio';

// A studio starting on a loaded machine (tsx, PGlite compiling its WASM) can take minutes; so can a rewrite.
jest.setTimeout(300_000);

const ROOT = path.join(__dirname, '..');

function app(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/app.ts', ...args],
      {cwd: ROOT, env: {...process.env, MICRODRAMA_TOKEN: '', ...env}},
      (error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
    );
  });
}

test('--help lists the options', async () => {
  const result = await app(['--help']);
  expect(result.code).toBe(0);
  for (const option of ['--port', '--host', '--data', 'MICRODRAMA_TOKEN', 'DATABASE_URL'])
    expect(result.stdout).toContain(option);
});

test.each([
  [['--host', '0.0.0.0'], /MICRODRAMA_TOKEN/],
  [['--port', 'abc'], /--port must be a whole number/],
  [['--colour'], /unknown option --colour/],
])('app %p is refused with one line', async (args, message) => {
  const result = await app(args);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
});

test('with a token, every request needs it', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-token-'));
  const studio = await startStudio({dataDir, token: 'let-me-in'});
  try {
    expect((await fetch(`${studio.url}/api/health`)).status).toBe(401);
    expect((await fetch(`${studio.url}/generated/x.wav`)).status).toBe(401);
    expect((await fetch(`${studio.url}/api/health`, {headers: {authorization: 'Bearer wrong'}})).status).toBe(401);
    expect((await fetch(`${studio.url}/api/health`, {headers: {authorization: 'Bearer let-me-in'}})).status).toBe(200);
    // Opening the page with ?token= sets a cookie the page's own requests (media too) then carry.
    const opened = await fetch(`${studio.url}/?token=let-me-in`, {redirect: 'manual'});
    expect(opened.status).toBe(302);
    const cookie = opened.headers.get('set-cookie')!.split(';')[0];
    expect((await fetch(`${studio.url}/api/health`, {headers: {cookie}})).status).toBe(200);
  } finally {
    await studio.stop();
    await fs.rm(dataDir, {recursive: true, force: true});
  }
});
