/** `npm run worker`: takes jobs from the queue and makes them. See --help. */
import os from 'node:os';
import {parseArgs} from '../src/cli/args';
import {runCommand} from '../src/cli/run';
import {workerName} from '../src/queue/done-marker';
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
import {makeRunner} from '../src/queue/run-job';
import {unfinishedJobs, work} from '../src/queue/worker';
import {UserError} from '../src/util/errors';

const HELP = `Usage: npm run worker -- [--until-empty] [options]

Takes jobs from the queue (queued by npm run batch) and makes them, one at a time. Start any number of workers on
any number of machines against one Postgres server (DATABASE_URL), with the output folders on storage they all
share. A job whose worker dies (kill -9, a lost machine) goes back to the queue and is made by another; a finished
video is never made again.

Options:
  --until-empty        stop once no job is queued, waiting for a retry or running (default: keep waiting for jobs)
${QUEUE_HELP}
${RENDER_HELP}
  --help               this text

${ENVIRONMENT_HELP}`;

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2), {
    strings: [...QUEUE_STRINGS, ...RENDER_STRINGS],
    booleans: ['until-empty', 'help'],
    aliases: {h: 'help'},
  });
  if (args.booleans.get('help')) return void process.stdout.write(`${HELP}\n`);
  if (args.positional.length) throw new UserError(`unexpected argument "${args.positional[0]}" (see --help)`);
  const render = renderSettings(args);
  const untilEmpty = Boolean(args.booleans.get('until-empty'));
  const queue = await openQueue(queueOptions(args, process.env));
  const worker = workerName(os.hostname(), process.pid);
  const log = (line: string) => process.stderr.write(`[${worker}] ${line}\n`);
  try {
    log(`working on ${queue.where}${untilEmpty ? ' until the queue is empty' : ''}`);
    const result = await work({
      queue,
      host: os.hostname(),
      worker,
      run: makeRunner(render, process.env, log),
      done: async () => untilEmpty && (await unfinishedJobs(queue)) === 0,
      log,
    });
    process.stdout.write(`${worker}: ran ${result.ran} jobs, ${result.failed} failed attempts\n`);
  } finally {
    await queue.close();
  }
});
