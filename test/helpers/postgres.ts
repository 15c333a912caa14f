/**
 * A throwaway Postgres server for tests: initdb in a temp folder, listening on a Unix socket only (no TCP), run as
 * the "postgres" user when the tests run as root (Postgres refuses root). Undefined when Postgres is not installed.
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

const which = (binary: string) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${binary}`], {encoding: 'utf8'}).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** On PATH, else where Debian's postgresql package keeps its server binaries (/usr/lib/postgresql/VERSION/bin). */
function findBinary(binary: string): string | undefined {
  const onPath = which(binary);
  if (onPath) return onPath;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((v) => path.join(root, v, 'bin', binary)).find((file) => existsSync(file));
}

export async function startPostgres(): Promise<TestPostgres | undefined> {
  const initdb = findBinary('initdb');
  const postgres = findBinary('postgres');
  if (!initdb || !postgres) return undefined;
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const run = (binary: string, args: string[]) =>
    (asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args]) as [string, string[]];
  execFileSync(...run(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']), {stdio: 'ignore'});
  const [command, args] = run(postgres, [
    '-D',
    data,
    '-k',
    dir,
    '-c',
    'listen_addresses=',
    '-p',
    '5432',
    '-c',
    'fsync=off',
  ]);
  const server: ChildProcess = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe']});
  let log = '';
  server.stderr!.on('data', (chunk) => (log += String(chunk)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`postgres did not start:\n${log}`)), 60_000);
    server.stderr!.on('data', () => {
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`postgres exited (${code}):\n${log}`)));
  });
  return {
    url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once('exit', () => {
          rmSync(dir, {recursive: true, force: true});
          resolve();
        });
        // The postmaster itself (runuser does not pass signals on): a fast shutdown.
        const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(pid, 'SIGINT');
      }),
  };
}
