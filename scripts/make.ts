/** `npm run make`: a premise (or a script file) in, a finished micro drama out. See --help. */
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
  // The load beside the times: on a shared machine the same run takes twice as long at a load of twice the cores.
  const load = os.loadavg()[0].toFixed(2);
  process.stdout.write(`Took ${(performance.now() / 1000).toFixed(1)}s (load ${load}): ${breakdown.join(', ')}\n`);
});
