/**
 * A studio server for tests, in a process of its own (PGlite cannot load inside jest's module sandbox): listens on
 * 127.0.0.1 on a free port, and stops by itself when the test process goes away (its stdin closes) or on stop().
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

const SERVER = `
const {createStudio, listen} = require(${JSON.stringify(path.join(ROOT, 'src/server/app.ts'))});
const {buildPage, pageIsStale, WEB_DIST} = require(${JSON.stringify(path.join(ROOT, 'src/server/page-build.ts'))});
(async () => {
  const options = JSON.parse(process.env.STUDIO_TEST_OPTIONS);
  if (options.page && (await pageIsStale())) await buildPage();
  const studio = await createStudio({dataDir: options.dataDir, webDir: WEB_DIST, token: options.token, env: process.env});
  const {server, port} = await listen(studio, 0, '127.0.0.1');
  process.stdout.write('LISTENING ' + port + '\\n');
  const stop = () => { server.close(); studio.close().finally(() => process.exit(0)); };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
})().catch((error) => { process.stderr.write(String(error && error.stack || error) + '\\n'); process.exit(1); });
`;

export interface TestStudio {
  url: string;
  process: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

export async function startStudio(options: {
  dataDir: string;
  page?: boolean;
  token?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<TestStudio> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', SERVER], {
    cwd: ROOT,
    env: {...process.env, ...options.env, STUDIO_TEST_OPTIONS: JSON.stringify(options)},
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += String(chunk);
      const match = /LISTENING (\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the studio exited (${code}) before listening:\n${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    log: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill('SIGKILL'), 10000).unref();
      }),
  };
}
