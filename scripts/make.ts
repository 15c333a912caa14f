/** `npm run make`: a premise (or a script file) in, a finished micro drama out. See --help. */
import {readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DEFAULT_OUT_ROOT, MAKE_HELP, parseMakeArgs, slugOf} from '../src/cli/make-options';
import {claimOutputDir} from '../src/cli/out-dir';
import {runCommand} from '../src/cli/run';
import {resolveBrowser} from '../src/render/browser';
import {readScriptFile} from '../src/media/script-file';
import {hashOf} from '../src/util/files';
import {stderrProgress} from '../src/util/progress';
import {timeStages} from '../src/util/stage-times';
import {redactSecrets} from '../src/util/redact';

/**
 * CPU seconds of this process and its finished children (the browser, the encoders), from /proc on Linux
 * (utime, stime, cutime, cstime in clock ticks of 1/100 s); undefined elsewhere.
 */
function cpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return undefined;
  }
}

runCommand(async () => {
  const options = parseMakeArgs(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${MAKE_HELP}\n`);
    return;
  }
  const script = options.scriptFile ? await readScriptFile(options.scriptFile) : undefined;
  const browser = options.dryRun ? null : resolveBrowser(options.browser);
  const slug = slugOf(script?.title ?? options.premise ?? '', `drama-${hashOf(options.premise ?? '', 8)}`);
  const outDir = options.outDir ?? path.join(DEFAULT_OUT_ROOT, slug);
  const folder = await claimOutputDir(outDir, {force: options.force});
  // Loaded only now, so a mistake in the input is reported at once, before the renderer and stages load.
  const {runPipeline} = await import('../src/pipeline');

  const stages = timeStages(stderrProgress());
  const result = await runPipeline({
    ...options,
    script,
    outDir,
    browser,
    env: process.env,
    progress: stages.progress,
    warn: (message) => process.stderr.write(`warning: ${redactSecrets(message, process.env)}\n`),
  }).catch(async (error) => {
    await folder.release(true);
    throw error;
  });
  await folder.release(false);
  process.stdout.write(`${result.plan}\n\n`);
  const written = Object.values(result.files).map((file) => `  ${path.relative(process.cwd(), file) || file}`);
  if (result.render) {
    const {frames, seconds, captured, chunks, reusedChunks, phases} = result.render;
    const spent = Object.entries(phases).map(([phase, s]) => `${phase} ${s.toFixed(1)}s`);
    written.push(
      `Rendered ${frames} frames in ${seconds.toFixed(1)}s (${(frames / seconds).toFixed(1)} frames/s): ` +
        `${captured} keyframes captured, ${reusedChunks} of ${chunks} chunks reused; ${spent.join(', ')}`,
    );
  }
  process.stdout.write(`Wrote:\n${written.join('\n')}\n`);
  const breakdown = stages.seconds().map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)}s`);
  // The load and the CPU time beside the times: on a shared machine the same run takes twice as long at a load of
  // twice the cores, while its CPU seconds stay the work it did.
  const load = os.loadavg()[0].toFixed(2);
  const cpu = cpuSeconds();
  process.stdout.write(
    `Took ${(performance.now() / 1000).toFixed(1)}s (${cpu === undefined ? '' : `${cpu.toFixed(1)} CPU s, `}load ${load}): ${breakdown.join(', ')}\n`,
  );
});
