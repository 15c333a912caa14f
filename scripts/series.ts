/** `npm run series`: a premise in, a planned series of finished episodes out. See --help. */
import path from 'node:path';
import {DEFAULT_OUT_ROOT, slugOf} from '../src/cli/make-options';
import {claimOutputDir} from '../src/cli/out-dir';
import {runCommand} from '../src/cli/run';
import {resolveBrowser} from '../src/render/browser';
import {parseSeriesArgs, SERIES_HELP} from '../src/series/options';
import {runSeries} from '../src/series/run';
import {seriesWriterFor} from '../src/series/writer-for';
import {stderrProgress} from '../src/util/progress';
import {redactSecrets} from '../src/util/redact';

runCommand(async () => {
  const options = parseSeriesArgs(process.argv.slice(2));
  if (options === 'help') return void process.stdout.write(`${SERIES_HELP}\n`);
  const outDir = options.outDir ?? path.join(DEFAULT_OUT_ROOT, `${slugOf(options.premise!)}-series`);
  const folder = await claimOutputDir(outDir, {force: options.force});
  const env = process.env;
  const started = Date.now();
  const result = await runSeries({
    ...options,
    outDir,
    browser: options.dryRun ? null : resolveBrowser(options.browser),
    env,
    progress: stderrProgress(),
    warn: (message) => process.stderr.write(`warning: ${redactSecrets(message, env)}\n`),
    writerFor: seriesWriterFor(env),
  }).finally(() => folder.release(false));
  const lines = result.episodes.map(
    (e) =>
      `  ${path.join(path.relative(process.cwd(), outDir) || outDir, e.folder)}  ${e.reused ? 'reused' : `made in ${e.seconds}s`}`,
  );
  process.stdout.write(
    `${result.bible.title}: ${result.episodes.length} episodes in ${((Date.now() - started) / 1000).toFixed(1)}s\n` +
      `  ${path.relative(process.cwd(), result.file) || result.file}\n${lines.join('\n')}\n`,
  );
});
