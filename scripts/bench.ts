/**
 * `npm run bench`: in one run, on one machine, a bundled sample rendered by a plain renderMedia and by the chunked
 * renderer of held keyframes, the x264 encode floor, a re-render after a one-line edit, the SSIM of the two videos,
 * and peak memory; then the edit figure end to end: `make` of the whole sample (offline voices, the score),
 * one line of its saved script.json changed, and `make --script edited.json --out SAME_DIR` timed as a process.
 * Prints the figures, writes out/bench/bench.json and draws them as out/bench/bench.png. Nothing here passes or fails.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import minimist from 'minimist';
import {runCommand} from '../src/cli/run';
import {getBundle} from '../src/render/bundle';
import {resolveBrowser} from '../src/render/browser';
import {renderChunkedVideo} from '../src/render/chunked';
import {openRenderBrowser, renderVideo} from '../src/render/render';
import type {Script} from '../src/schema/script';
import {formatFor} from '../src/schema/format';
import {parseScript} from '../src/schema/validate';
import {timeScript} from '../src/time/timeline';
import {UserError} from '../src/util/errors';
import {writeFileAtomic} from '../src/util/files';
import {PROJECT_ROOT, SAMPLE_DIR} from '../src/util/paths';
import {barChartSvg} from './bench-chart';

const HELP = `Usage: npm run bench [-- options]
Renders a bundled sample at 1080x1920 with a plain renderMedia and with the chunked renderer of held keyframes,
re-renders it after a one-line edit, and prints the times, the frames through Chrome, the SSIM of the two videos,
the frames/s of an ffmpeg x264 encode of the same frames (the encode floor) and peak memory. Writes
out/bench/bench.json and a bar chart, out/bench/bench.png.
  --sample NAME     a sample in public/samples (default wrong-wedding)
  --template NAME   template to render (default cinematic)
  --seconds N       render only the first N seconds (default: the whole sample)
  --scale N         render at this fraction of 1080x1920 (default 1)
  --out DIR         where bench.json and bench.png go (default out/bench)
  --concurrency N   frames rendered in parallel (default: Remotion's choice)
  --browser PATH    Chrome or Chromium to use
  --no-make         skip the end-to-end edit: make of the whole sample (at full size, whatever --seconds and
                    --scale say), then make --script of a one-line edit of its script.json into the same folder
  --help            this text`;

/**
 * Resident memory (bytes) and CPU time (seconds, user and system, with that of waited-for children such as the
 * encoders) of a process and all its descendants (Chrome runs as children). CPU time is the figure to compare on a
 * shared machine: other users' load stretches wall time, not the work done.
 */
function treeUsage(rootPid: number): {rss: number; cpu: number} {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
      // utime, stime, cutime, cstime in clock ticks (100 per second on Linux)
      cpu.set(pid, (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100);
    } catch {
      // The process ended while we looked.
    }
  }
  const total = {rss: 0, cpu: 0};
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total.rss += rss.get(pid) ?? 0;
    total.cpu += cpu.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `work`, measuring the CPU seconds it cost this process tree (Chrome, ffmpeg and node). */
async function withCpu<T>(work: () => Promise<T>): Promise<T & {cpuSeconds: number}> {
  const before = treeUsage(process.pid).cpu;
  const result = await work();
  return {...result, cpuSeconds: treeUsage(process.pid).cpu - before};
}

/** The mean SSIM of two videos of the same size (ffmpeg's ssim filter, "All", which it prints on stderr). */
function ssim(a: string, b: string): number {
  const result = spawnSync(
    'ffmpeg',
    ['-v', 'info', '-nostats', '-i', a, '-i', b, '-lavfi', '[0:v][1:v]ssim', '-f', 'null', '-'],
    {encoding: 'utf8'},
  );
  const match = /All:([\d.]+)/.exec(result.stderr);
  if (!match) throw new Error(`ffmpeg gave no SSIM: ${result.stderr.slice(-300)}`);
  return Number(match[1]);
}

/** The script with the first line of the scene on screen at `ms` rewritten, as a user edits script.json. */
function editOneLine(script: Script, ms: number): Script {
  const edited: Script = JSON.parse(JSON.stringify(script));
  const span = timeScript(script).scenes.find((s) => s.startMs <= ms && ms < s.endMs) ?? {index: 0};
  const scene = edited.scenes[span.index];
  const beat = scene.beats.find((b) => b.kind === 'line') ?? scene.beats[0];
  beat.text = `${beat.text.replace(/[.!?]+$/, '')}, and I can prove it.`;
  delete beat.audio;
  return edited;
}

/** One `make` run as a user starts it (tsx on scripts/make.ts), timed from spawn to exit. */
interface MakeRun {
  seconds: number;
  /** Its "Took ..." line: the run's seconds, the load, and each stage's seconds. */
  took: string;
  /** Its "Rendered ..." line: keyframes captured, chunks reused, and the render's phases. */
  rendered: string;
  /** The 1-minute load average when it ended. */
  load: number;
}

function runMake(args: string[]): Promise<MakeRun> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, path.join(PROJECT_ROOT, 'scripts', 'make.ts'), ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data));
    child.stderr.on('data', (data: Buffer) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`make exited with ${code}: ${stderr.trim().split('\n').at(-1)}`));
      const line = (start: string) =>
        stdout
          .split('\n')
          .find((l) => l.trim().startsWith(start))
          ?.trim() ?? '';
      resolve({
        seconds: (Date.now() - started) / 1000,
        took: line('Took'),
        rendered: line('Rendered'),
        load: os.loadavg()[0],
      });
    });
  });
}

/**
 * The edit figure: `make` of the whole sample into a folder (offline voices and the score, as a user makes
 * a drama), then one line of the script.json it saved changed and `make --script edited.json --out` the same folder.
 */
async function makeEdit(
  sampleFile: string,
  options: {template: string; browser?: string},
  dir: string,
): Promise<{whole: MakeRun & {cpuSeconds: number}; edit: MakeRun & {cpuSeconds: number}}> {
  const out = path.join(dir, 'make');
  const common = [
    ...['--template', options.template, '--aspect', '9:16', '--writer', 'offline'],
    ...['--voices', 'offline', '--music', 'auto'],
    ...(options.browser ? ['--browser', options.browser] : []),
  ];
  const whole = await withCpu(() => runMake(['--script', sampleFile, '--out', out, ...common]));
  const saved: Script = JSON.parse(readFileSync(path.join(out, 'script.json'), 'utf8'));
  const middleMs = timeScript(saved).totalMs / 2;
  const editedFile = path.join(dir, 'edited.json');
  writeFileSync(editedFile, JSON.stringify(editOneLine(saved, middleMs), null, 2));
  const edit = await withCpu(() => runMake(['--script', editedFile, '--out', out, ...common]));
  return {whole, edit};
}

function x264Floor(video: string, frames: number, fps: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-bench-'));
  try {
    const raw = path.join(dir, 'frames.yuv');
    // Decode first so the timed run measures the encoder alone.
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-i',
      video,
      '-frames:v',
      String(frames),
      '-f',
      'rawvideo',
      '-pix_fmt',
      'yuv420p',
      raw,
    ]);
    const {width, height} = JSON.parse(
      execFileSync(
        'ffprobe',
        ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', video],
        {encoding: 'utf8'},
      ),
    ).streams[0];
    const count = statSync(raw).size / (width * height * 1.5);
    const started = process.hrtime.bigint();
    const result = spawnSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'yuv420p',
      '-s',
      `${width}x${height}`,
      '-r',
      String(fps),
      '-i',
      raw,
      '-c:v',
      'libx264',
      '-crf',
      '20',
      '-preset',
      'medium',
      '-pix_fmt',
      'yuv420p',
      '-f',
      'mp4',
      '-y',
      path.join(dir, 'floor.mp4'),
    ]);
    if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
    return count / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

runCommand(async () => {
  const args = minimist(process.argv.slice(2), {
    string: ['sample', 'template', 'seconds', 'scale', 'concurrency', 'browser', 'out'],
    boolean: ['help', 'make'],
    default: {make: true},
  });
  if (args.help) return void process.stdout.write(`${HELP}\n`);
  const sampleName = args.sample ?? 'wrong-wedding';
  const template = args.template ?? 'cinematic';
  const sampleFile = path.join(SAMPLE_DIR, `${sampleName}.json`);
  let text: string;
  try {
    text = readFileSync(sampleFile, 'utf8');
  } catch {
    throw new UserError(`--sample: no sample "${sampleName}" in public/samples`);
  }
  const parsed = parseScript({...JSON.parse(text), format: formatFor('9:16')}, sampleName);
  // Timing pinned, as the pipeline saves a script: the edit below keeps every other segment's length.
  const script: Script = {...parsed, timing: timeScript(parsed).timing};
  const timeline = timeScript(script);
  const seconds = args.seconds === undefined ? undefined : Number(args.seconds);
  if (seconds !== undefined && !(seconds > 0))
    throw new UserError(`--seconds: "${args.seconds}" is not a positive number`);
  const scale = args.scale === undefined ? 1 : Number(args.scale);
  if (!(scale > 0 && scale <= 1)) throw new UserError(`--scale: "${args.scale}" is not a number above 0 and at most 1`);
  const frames = seconds
    ? Math.min(timeline.durationInFrames, Math.round(seconds * script.format.fps))
    : timeline.durationInFrames;
  const frameRange: [number, number] = [0, frames - 1];
  const outDir = path.resolve(args.out ?? path.join(PROJECT_ROOT, 'out', 'bench'));

  const log = (line: string) => process.stdout.write(`${line}\n`);
  let bundleSeconds = Date.now();
  const serveUrl = await getBundle();
  bundleSeconds = (Date.now() - bundleSeconds) / 1000;

  const session = {serveUrl, browser: resolveBrowser(args.browser), progress: () => undefined};
  const browser = await openRenderBrowser(session);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-bench-'));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeUsage(process.pid).rss)), 250);
  const concurrency = args.concurrency ? Number(args.concurrency) : undefined;
  try {
    const plainFile = path.join(dir, 'plain.mp4');
    const fastFile = path.join(dir, 'fast', 'video.mp4');
    const request = {script, template, frameRange, scale, concurrency};
    log(`rendering ${frames} frames plainly...`);
    const plain = await withCpu(() => renderVideo(session, browser, {...request, outFile: plainFile}));
    log('rendering them through chunks of held keyframes...');
    const fast = await withCpu(() => renderChunkedVideo(session, browser, {...request, outFile: fastFile}));
    // Kept for the SSIM: the edit below re-renders into the same folder (that is what reuses its chunks).
    const fastCopy = path.join(dir, 'fast-first.mp4');
    copyFileSync(fastFile, fastCopy);
    log('re-rendering after a one-line edit...');
    const edit = await withCpu(() =>
      renderChunkedVideo(session, browser, {
        ...request,
        script: editOneLine(script, ((frames / 2) * 1000) / script.format.fps),
        outFile: fastFile,
      }),
    );
    clearInterval(sampler);
    if (args.make) log('make of the whole sample, then make of a one-line edit of its script.json...');
    const made = args.make ? await makeEdit(sampleFile, {template, browser: args.browser}, dir) : undefined;
    const plainFps = plain.frames / plain.seconds;
    const similarity = ssim(fastCopy, plainFile);
    const floorFps = x264Floor(plainFile, frames, script.format.fps);
    const {width, height} = {
      width: Math.round(script.format.width * scale),
      height: Math.round(script.format.height * scale),
    };
    const figures = {
      sample: sampleName,
      template,
      size: `${width}x${height}`,
      fps: script.format.fps,
      frames,
      machine: {
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: os.loadavg(),
      },
      bundleSeconds,
      plain: {
        seconds: plain.seconds,
        cpuSeconds: plain.cpuSeconds,
        framesThroughChrome: plain.frames,
        framesPerSecond: plainFps,
      },
      chunked: {
        seconds: fast.seconds,
        cpuSeconds: fast.cpuSeconds,
        framesThroughChrome: fast.captured,
        chunks: fast.chunks,
        speedup: plain.seconds / fast.seconds,
        cpuSpeedup: plain.cpuSeconds / fast.cpuSeconds,
      },
      edit: {
        seconds: edit.seconds,
        cpuSeconds: edit.cpuSeconds,
        framesThroughChrome: edit.captured,
        chunksReused: edit.reusedChunks,
        chunks: edit.chunks,
      },
      // The figure: a one-line edit of a whole drama, `make --script edited.json --out SAME_DIR` end to end.
      make: made && {
        whole: made.whole,
        edit: made.edit,
      },
      ssim: similarity,
      encodeFloorFramesPerSecond: floorFps,
      peakMemoryMiB: Math.round(peak / 2 ** 20),
    };
    log(
      `sample            ${sampleName} (${template}), ${width}x${height} @ ${script.format.fps} fps, ${frames} frames (${(frames / script.format.fps).toFixed(1)} s)`,
    );
    log(
      `machine           ${os.cpus().length} cores, ${figures.machine.memoryGiB} GiB, node ${process.version}, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    log(`bundle            ${bundleSeconds.toFixed(1)} s`);
    log(
      `plain renderMedia ${plain.seconds.toFixed(1)} s (${plain.cpuSeconds.toFixed(1)} CPU s), ${plain.frames} frames through Chrome, ${plainFps.toFixed(2)} frames/s`,
    );
    log(
      `chunked, held     ${fast.seconds.toFixed(1)} s (${fast.cpuSeconds.toFixed(1)} CPU s), ${fast.captured} frames through Chrome in ${fast.chunks} chunks: ${figures.chunked.speedup.toFixed(2)}x faster (${figures.chunked.cpuSpeedup.toFixed(2)}x less CPU)`,
    );
    log(
      `edit, render only ${edit.seconds.toFixed(1)} s (${edit.cpuSeconds.toFixed(1)} CPU s), ${edit.captured} frames through Chrome, ${edit.reusedChunks} of ${edit.chunks} chunks reused`,
    );
    if (made) {
      for (const [name, run] of [
        ['make, whole', made.whole],
        ['make, edit', made.edit],
      ] as const) {
        log(
          `${name.padEnd(17)} ${run.seconds.toFixed(1)} s (${run.cpuSeconds.toFixed(1)} CPU s, load ${run.load.toFixed(1)}): ${run.took}; ${run.rendered}`,
        );
      }
    }
    log(`SSIM vs plain     ${similarity.toFixed(4)}`);
    log(`x264 encode floor ${floorFps.toFixed(2)} frames/s (libx264 crf 20 preset medium, same frames)`);
    log(
      `peak memory       ${figures.peakMemoryMiB} MiB (node and browser processes), node max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );

    mkdirSync(outDir, {recursive: true});
    await writeFileAtomic(path.join(outDir, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
    const svg = path.join(dir, 'bench.svg');
    await writeFileAtomic(
      svg,
      barChartSvg(
        `${sampleName}, ${width}x${height}, ${frames} frames, ${os.cpus().length} cores`,
        [
          {label: 'plain renderMedia', value: plain.seconds, unit: 's'},
          {label: 'chunked, held keyframes', value: fast.seconds, unit: 's'},
          {label: 'one-line edit, render', value: edit.seconds, unit: 's'},
          ...(made ? [{label: 'one-line edit, make', value: made.edit.seconds, unit: 's'}] : []),
          {label: 'x264 floor (same frames)', value: frames / floorFps, unit: 's'},
        ],
        [
          `SSIM ${similarity.toFixed(4)}; ${figures.chunked.speedup.toFixed(2)}x faster, ${figures.chunked.cpuSpeedup.toFixed(2)}x less CPU; load ${os
            .loadavg()[0]
            .toFixed(1)}`,
          `frames through Chrome: ${plain.frames} plain, ${fast.captured} chunked, ${edit.captured} after the edit`,
          `peak memory ${figures.peakMemoryMiB} MiB`,
        ],
      ),
    );
    execFileSync('ffmpeg', ['-v', 'error', '-i', svg, '-y', path.join(outDir, 'bench.png')]);
    log(`wrote             ${path.join(outDir, 'bench.json')}, ${path.join(outDir, 'bench.png')}`);
  } finally {
    clearInterval(sampler);
    await browser.close({silent: true});
    rmSync(dir, {recursive: true, force: true});
  }
});
