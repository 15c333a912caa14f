/**
 * A queue job (a batch row or a series, made by `npm run batch` and its workers) in plain words, for people who
 * never saw the command line: what it is, where it is, and what went wrong.
 */
import type {QueueJob} from './api';
import {STAGE_WORDS} from './progress-words';

export const STATE_WORDS: Record<QueueJob['state'], string> = {
  queued: 'Waiting to start',
  running: 'Being made',
  retrying: 'Will try again soon',
  done: 'Finished',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** A job still on its way: the list keeps asking for news while one is. */
export const isUnderway = (job: QueueJob) => ['queued', 'running', 'retrying'].includes(job.state);

/** "One drama from a list of premises, line 3" or "A series of 3 episodes from a list of premises, line 2". */
export function whatItIs(job: QueueJob): string {
  const line = job.row === null ? '' : `, line ${job.row}`;
  return job.kind === 'series'
    ? `A series of ${job.episodes} episodes from a list of premises${line}`
    : `One drama from a list of premises${line}`;
}

/** Where a running job is: the episode of a series, and the step of making it. */
export function stepOf(job: QueueJob): string {
  const words: Record<string, string> = {...STAGE_WORDS, write: 'Writing the script', series: 'Planning the episode'};
  const step = job.stage ? (words[job.stage] ?? job.stage) : 'Starting';
  if (job.kind !== 'series' || !job.episodes) return step;
  const episode = Math.min(job.episodes, Math.floor(job.progress * job.episodes) + 1);
  return `Episode ${episode} of ${job.episodes}: ${step.charAt(0).toLowerCase()}${step.slice(1)}`;
}

/** "Made on the computer named box-2 (program number 4121)": the worker's host and pid. */
export function whoMadeIt(job: QueueJob): string | undefined {
  if (!job.worker) return undefined;
  const pid = job.worker.pid === null ? '' : ` (program number ${job.worker.pid})`;
  return `${job.state === 'running' ? 'Being made' : 'Made'} on the computer named ${job.worker.host}${pid}`;
}

/** "Tried once", "Tried 3 times". */
export const triesOf = (job: QueueJob) =>
  job.attempts === 0 ? 'Not tried yet' : job.attempts === 1 ? 'Tried once' : `Tried ${job.attempts} times`;
