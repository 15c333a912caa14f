/**
 * One of scripts/*.ts as one node process (not behind tsx's wrapper, so kill -9 reaches the script itself), with its
 * output collected and a way to wait for a line: the queue tests run batches and workers this way.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ScriptProcess {
  child: ChildProcess;
  /** stdout and stderr so far, as they came. */
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves once the output matches. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
}

export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ScriptProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: {...process.env, ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiters: {pattern: RegExp; resolve: () => void}[] = [];
  const feed = (chunk: Buffer) => {
    text += String(chunk);
    for (const w of waiters.splice(0)) {
      if (w.pattern.test(text)) w.resolve();
      else waiters.push(w);
    }
  };
  child.stdout!.on('data', feed);
  child.stderr!.on('data', feed);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern, timeoutMs = 600_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(text)) return resolve();
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${text}`)), timeoutMs);
        waiters.push({pattern, resolve: () => (clearTimeout(timer), resolve())});
        void exited.then(() => pattern.test(text) || reject(new Error(`exited before ${pattern}:\n${text}`)));
      }),
  };
}
