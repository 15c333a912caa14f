/**
 * `kill -9` of a real `make --script` in the middle of its render leaves no video (and no half-written one) in the
 * output folder and no orphan browser or encoder; a rerun into the same folder then writes one valid video.
 * Kept cheap: the one-beat fixture at 144x256, no voices, no music.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {getBundle} from '../src/render/bundle';
import {findSystemBrowser} from '../src/render/browser';
import {ROOT} from './helpers/cli';
import {probe} from './helpers/probe';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'microdrama-kill-'));
const survivors = new Set<number>();
afterAll(() => {
  // Only processes this test started (descendants of its own make), should any have outlived it.
  for (const pid of survivors) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(tmp, {recursive: true, force: true});
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every process below `pid`, read from /proc. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone between the listing and the read.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.pop()!;
    for (const [child, of] of parentOf) {
      if (of === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

interface Run {
  child: ChildProcess;
  stderr: string;
  done: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

/** `make --script` as its own node process (not behind a tsx wrapper), so its pid is the make itself. */
function make(scriptFile: string, outDir: string, bundle: string, onStderr?: (text: string, run: Run) => void): Run {
  const browser = findSystemBrowser();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'scripts', 'make.ts'),
      '--script',
      scriptFile,
      '--voices',
      'none',
      '--music',
      'none',
      '--out',
      outDir,
      ...(browser ? ['--browser', browser] : []),
    ],
    {cwd: ROOT, env: {PATH: process.env.PATH, HOME: process.env.HOME, MICRODRAMA_BUNDLE: bundle}},
  );
  const run: Run = {
    child,
    stderr: '',
    done: new Promise((resolve) => child.on('close', (code, signal) => resolve({code, signal}))),
  };
  child.stderr!.on('data', (data) => {
    run.stderr += data;
    onStderr?.(String(data), run);
  });
  return run;
}

it('kill -9 mid-render leaves no video and no orphans; a rerun writes one valid video', async () => {
  const bundle = await getBundle();
  const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'scripts', 'one-beat.json'), 'utf8'));
  const scriptFile = path.join(tmp, 'small.json');
  writeFileSync(
    scriptFile,
    JSON.stringify({...fixture, format: {width: 144, height: 256, fps: 30}, targetDurationSec: 5}),
  );
  const outDir = path.join(tmp, 'out');

  let killedAt: number | undefined;
  let children: number[] = [];
  const killed = make(scriptFile, outDir, bundle, (text, run) => {
    const percent = [...text.matchAll(/\[render\]\s+(\d+)%/g)].map((m) => Number(m[1])).pop();
    if (killedAt === undefined && percent !== undefined && percent >= 10 && percent < 100) {
      killedAt = percent;
      children = descendants(run.child.pid!);
      children.forEach((pid) => survivors.add(pid));
      run.child.kill('SIGKILL');
    }
  });
  const ended = await killed.done;
  expect({signal: ended.signal, killedAt: killedAt !== undefined}).toEqual({signal: 'SIGKILL', killedAt: true});
  // The browser and the encoder go with it (their pipes close); give them a moment.
  expect(children.length).toBeGreaterThan(0);
  for (let waited = 0; waited < 10_000 && children.some(alive); waited += 250)
    await new Promise((r) => setTimeout(r, 250));
  expect(children.filter(alive)).toEqual([]);
  const left = readdirSync(outDir);
  expect(left).not.toContain('video.mp4');
  expect(left.filter((name) => /\.(mp4|tmp)|\.tmp\./.test(name))).toEqual([]);

  const rerun = make(scriptFile, outDir, bundle);
  const finished = await rerun.done;
  expect([finished.code, rerun.stderr.split('\n').filter((line) => /error/i.test(line))]).toEqual([0, []]);
  expect(readdirSync(outDir).filter((name) => /\.mp4/.test(name))).toEqual(['video.mp4']);
  const info = probe(path.join(outDir, 'video.mp4'));
  expect(info).toMatchObject({
    width: 144,
    height: 256,
    fps: 30,
    videoCodec: 'h264',
    pixelFormat: 'yuv420p',
    audioCodec: 'aac',
  });
  expect(info.durationSec).toBeGreaterThan(5);
}, 600_000);
