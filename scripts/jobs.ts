/** `npm run jobs`: the queue's jobs with their state, attempts, worker and output folder. See --help. */
import {parseArgs} from '../src/cli/args';
import {runCommand} from '../src/cli/run';
import {listJobs} from '../src/queue/list';
import {QUEUE_HELP, QUEUE_STRINGS, queueOptions} from '../src/queue/options';
import {openQueue} from '../src/queue/queue';
import {jobLines} from '../src/queue/summary';
import {UserError} from '../src/util/errors';

const HELP = `Usage: npm run jobs -- [--json] [--data DIR]

Lists the queue's jobs, oldest first: id, batch row, state (queued, running, retrying, done, failed), attempts,
worker (host:pid), stage and overall progress of a running job, output folder (a series: how many episodes), and
the error of a failed one.

Options:
  --json               one JSON array instead of lines
${QUEUE_HELP}
  --help               this text

The embedded database is one process's at a time: while a batch or worker runs on it, list jobs from that process's
output (or, while the studio runs on it, under "Batches & series" on its home page), or run the queue on Postgres
(DATABASE_URL).`;

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2), {
    strings: QUEUE_STRINGS,
    booleans: ['json', 'help'],
    aliases: {h: 'help'},
  });
  if (args.booleans.get('help')) return void process.stdout.write(`${HELP}\n`);
  if (args.positional.length) throw new UserError(`unexpected argument "${args.positional[0]}" (see --help)`);
  const queue = await openQueue(queueOptions(args, process.env));
  try {
    const jobs = await listJobs(queue.db);
    if (args.booleans.get('json')) process.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
    else process.stdout.write(jobs.length ? `${jobLines(jobs).join('\n')}\n` : 'No jobs.\n');
  } finally {
    await queue.close();
  }
});
