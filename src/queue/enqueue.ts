/**
 * Queuing a batch: every row becomes one job whose id is derived from the batch and the row, so queuing the same
 * batch again (a rerun after a crash) adds nothing: pg-boss skips an id it already has.
 */
import path from 'node:path';
import {hashBytes, hashOf} from '../util/files';
import {recordQueued, type JobInput} from './mirror';
import {QUEUE_NAME, type Queue} from './queue';
import type {QueuedMake} from './run-job';
import type {BatchRow} from './rows';

/** A UUID (the form pg-boss ids take) from a stable hash. */
export function uuidOf(value: unknown): string {
  const hex = hashBytes(JSON.stringify(value), 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The batch's id: its file and what its rows ask for (an edited file is another batch; finished folders are still reused). */
export function batchId(file: string, rows: readonly BatchRow[]): string {
  return hashOf({
    file: path.resolve(file),
    rows: rows.map((r) => (r.episodes === undefined ? r.options : {...r.options, episodes: r.episodes})),
  });
}

export interface QueuedJob {
  id: string;
  input: JobInput;
}

/** Queues every row not queued yet; returns every row's job and how many were new. */
export async function enqueueBatch(
  queue: Queue,
  batch: string,
  rows: readonly BatchRow[],
): Promise<{jobs: QueuedJob[]; added: number}> {
  let added = 0;
  const jobs: QueuedJob[] = [];
  for (const row of rows) {
    const id = uuidOf({batch, row: row.row});
    const input: JobInput = {
      batch,
      row: row.row,
      premise: row.options.premise ?? row.options.scriptFile ?? '',
      outDir: row.outDir,
      ...(row.episodes !== undefined && {episodes: row.episodes}),
    };
    const data: QueuedMake & {batch: string; input: JobInput} = {batch, input, options: row.options};
    // The mirror row first: a worker that takes the job at once finds it.
    await recordQueued(queue.db, id, input);
    if (await queue.boss.send(QUEUE_NAME, data, {id})) added++;
    jobs.push({id, input});
  }
  return {jobs, added};
}
