/**
 * `npm run bench`: render speed of a bundled sample at full size against the floor set by the encoder alone.
 * Prints figures only; nothing here passes or fails.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import minimist from 'minimist';
import {runCommand} from '../src/cli/run';
import {getBundle} from '../src/render/bundle';
import {resolveBrowser} from '../src/render/browser';
import {openRenderBrowser, renderVideo} from '../src/render/render';
import {formatFor} from '../src/schema/format';
import {parseScript} from '../src/schema/validate';
import {timeScript} from '../src/time/timeline';
import {UserError} from '../src/util/errors';
import {SAMPLE_DIR} from '../src/util/paths';

const HELP = `Usage: npm run bench [-- options]
Renders a bundled sample at 1080x1920 and prints render frames/s, the frames/s of an ffmpeg x264 encode of the
same 1080x1920 frames (the encode floor), their ratio, and peak memory.
  --sample NAME     a sample in public/samples (default wrong-wedding)
  --template NAME   template to render (default cinematic)
  --seconds N       render only the first N seconds (default: the whole sample)
  --concurrency N   frames rendered in parallel (default: Remotion's choice)
  --browser PATH    Chrome or Chromium to use
  --help            this text`;

/** Resident memory of a process and all its descendants (Chrome runs as children), in bytes. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function x264Floor(video: string, frames: number, fps: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-bench-'));
  try {
    const raw = path.join(dir, 'frames.yuv');
    // Decode first so the timed run measures the encoder alone.
    execFileSync('ffmpeg', ['-v', 'error', '-i', video, '-frames:v', String(frames), '-f', 'rawvideo', '-pix_fmt', 'yuv420p', raw]);
    const {width, height} = JSON.parse(
      execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', video], {encoding: 'utf8'}),
    ).streams[0];
    const count = statSync(raw).size / (width * height * 1.5);
    const started = process.hrtime.bigint();
    const result = spawnSync('ffmpeg', [
      '-v', 'error', '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${width}x${height}`, '-r', String(fps), '-i', raw,
      '-c:v', 'libx264', '-crf', '20', '-preset', 'medium', '-pix_fmt', 'yuv420p', '-f', 'mp4', '-y', path.join(dir, 'floor.mp4'),
    ]);
    if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
    return count / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

runCommand(async () => {
  const args = minimist(process.argv.slice(2), {string: ['sample', 'template', 'seconds', 'concurrency', 'browser'], boolean: ['help']});
  if (args.help) return void process.stdout.write(`${HELP}\n`);
  const sampleName = args.sample ?? 'wrong-wedding';
  const sampleFile = path.join(SAMPLE_DIR, `${sampleName}.json`);
  let text: string;
  try {
    text = readFileSync(sampleFile, 'utf8');
  } catch {
    throw new UserError(`--sample: no sample "${sampleName}" in public/samples`);
  }
  const script = parseScript({...JSON.parse(text), format: formatFor('9:16')}, sampleName);
  const timeline = timeScript(script);
  const seconds = args.seconds === undefined ? undefined : Number(args.seconds);
  if (seconds !== undefined && !(seconds > 0)) throw new UserError(`--seconds: "${args.seconds}" is not a positive number`);
  const frames = seconds ? Math.min(timeline.durationInFrames, Math.round(seconds * script.format.fps)) : timeline.durationInFrames;

  const log = (line: string) => process.stdout.write(`${line}\n`);
  let bundleSeconds = Date.now();
  const serveUrl = await getBundle();
  bundleSeconds = (Date.now() - bundleSeconds) / 1000;

  const session = {serveUrl, browser: resolveBrowser(args.browser), progress: () => undefined};
  const browser = await openRenderBrowser(session);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-bench-'));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(process.pid))), 250);
  try {
    const outFile = path.join(dir, 'bench.mp4');
    const stats = await renderVideo(session, browser, {
      script,
      template: args.template ?? 'cinematic',
      outFile,
      frameRange: [0, frames - 1],
      concurrency: args.concurrency ? Number(args.concurrency) : undefined,
    });
    clearInterval(sampler);
    const renderFps = stats.frames / stats.seconds;
    const floorFps = x264Floor(outFile, frames, script.format.fps);
    log(`sample            ${sampleName} (${args.template ?? 'cinematic'}), ${script.format.width}x${script.format.height} @ ${script.format.fps} fps`);
    log(`machine           ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
    log(`bundle            ${bundleSeconds.toFixed(1)} s`);
    log(`frames            ${stats.frames} (${(stats.frames / script.format.fps).toFixed(1)} s of video)`);
    log(`render            ${stats.seconds.toFixed(1)} s, ${renderFps.toFixed(2)} frames/s (${(stats.frames / script.format.fps / stats.seconds).toFixed(2)}x real time)`);
    log(`x264 encode floor ${floorFps.toFixed(2)} frames/s (libx264 crf 20 preset medium, same frames)`);
    log(`render / floor    ${(renderFps / floorFps).toFixed(3)}`);
    log(`peak memory       ${(peak / 2 ** 20).toFixed(0)} MiB (node and browser processes), node max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  } finally {
    clearInterval(sampler);
    await browser.close({silent: true});
    rmSync(dir, {recursive: true, force: true});
  }
});
