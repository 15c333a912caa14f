/** `npm run batch`: a file of premises in, a folder of finished dramas and a summary out, through the queue. See --help. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from '../src/cli/args';
import {DEFAULT_OUT_ROOT} from '../src/cli/make-options';
import {refuseSystemFolder} from '../src/cli/out-dir';
import {runCommand} from '../src/cli/run';
import {workerName} from '../src/queue/done-marker';
import {batchId, enqueueBatch} from '../src/queue/enqueue';
import {listJobs} from '../src/queue/list';
import {
  ENVIRONMENT_HELP,
  QUEUE_HELP,
  QUEUE_STRINGS,
  RENDER_HELP,
  RENDER_STRINGS,
  queueOptions,
  renderSettings,
} from '../src/queue/options';
import {openQueue} from '../src/queue/queue';
import {readBatchFile} from '../src/queue/rows';
import {makeRunner} from '../src/queue/run-job';
import {jobLines, summaryOf, writeSummary} from '../src/queue/summary';
import {work} from '../src/queue/worker';
import {UserError} from '../src/util/errors';

const HELP = `Usage: npm run batch -- FILE [--out DIR] [--data DIR] [--enqueue-only] [options]

Makes one drama per row of FILE through the job queue (pg-boss): JSONL (one object per line) or CSV with a header.
Each row is a "premise" plus any option of npm run make under its own name, e.g.
  {"premise": "A bride finds the ring in her sister's purse", "duration": 30, "template": "glam", "seed": 2}
A row with "episodes" is a series (npm run series): {"premise": "...", "episodes": 3, "duration": 60}.
Every row is checked before anything is queued (a bad row: exit 2, naming the row and the field). Then it works
through the jobs (other workers may share them), carries on after a failed job, and writes <out>/summary.json.
A job whose input turns out wrong when it runs (a script file that does not validate, a setting this machine
cannot serve) fails at once, naming the field; other failures (a provider down, a crash) are retried with backoff.
Durable: kill it at any point and run it again; nothing is queued twice and no finished video is made again.
The studio (npm run app) lists the jobs under "Batches & series".

Options:
  --out DIR            where the dramas go, one folder per row: <out>/NNN-slug/ (default out/batch-<file name>/);
                       a row's own "out" field wins
  --enqueue-only       queue the jobs and stop; npm run worker makes them
${QUEUE_HELP}
${RENDER_HELP}
  --help               this text

${ENVIRONMENT_HELP}
Exit codes: 0 every job done, 1 a job failed (see summary.json), 2 a problem with the input.`;

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2), {
    strings: ['out', ...QUEUE_STRINGS, ...RENDER_STRINGS],
    booleans: ['enqueue-only', 'help'],
    aliases: {h: 'help'},
  });
  if (args.booleans.get('help')) return void process.stdout.write(`${HELP}\n`);
  if (args.positional.length !== 1) throw new UserError('give one batch file: npm run batch -- FILE (see --help)');
  const file = path.resolve(args.positional[0]);
  const outArg = args.strings.get('out')?.[0];
  const outRoot = outArg
    ? path.resolve(outArg)
    : path.join(DEFAULT_OUT_ROOT, `batch-${path.basename(file).replace(/\.[^.]*$/, '')}`);
  refuseSystemFolder(outRoot);
  const render = renderSettings(args);
  const rows = await readBatchFile(file, outRoot, process.env);
  const batch = batchId(file, rows);
  await fs.mkdir(outRoot, {recursive: true});

  const queue = await openQueue(queueOptions(args, process.env));
  try {
    const {jobs, added} = await enqueueBatch(queue, batch, rows);
    const log = (line: string) => process.stderr.write(`${line}\n`);
    log(`[batch] ${jobs.length} jobs (${added} newly queued) on ${queue.where}`);
    if (args.booleans.get('enqueue-only')) {
      process.stdout.write(
        `Queued ${added} of ${jobs.length} jobs; start workers with: npm run worker -- --until-empty\n`,
      );
      return;
    }
    const overall = async () => {
      const listed = await listJobs(queue.db, {batch});
      const count = (state: string) => listed.filter((j) => j.state === state).length;
      log(
        `[batch] ${count('done')} of ${listed.length} done, ${count('failed')} failed, ${listed.length - count('done') - count('failed')} left`,
      );
    };
    await work({
      queue,
      host: os.hostname(),
      worker: workerName(os.hostname(), process.pid),
      run: makeRunner(render, process.env, log),
      // Done when every job of this batch has ended, whichever worker ran it.
      done: async () =>
        (await listJobs(queue.db, {batch})).every((j) => ['done', 'failed', 'cancelled'].includes(j.state)),
      log,
      afterJob: overall,
    });
    const listed = await listJobs(queue.db, {batch});
    const summary = await writeSummary(outRoot, summaryOf(listed));
    process.stdout.write(
      `${jobLines(listed).join('\n')}\n\nWrote ${path.relative(process.cwd(), summary) || summary}\n`,
    );
    if (listed.some((j) => j.state === 'failed')) process.exitCode = 1;
  } finally {
    await queue.close();
  }
});
