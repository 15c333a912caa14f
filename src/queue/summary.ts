/** `<out>/summary.json` of a batch, and the lines `npm run jobs` prints: one entry per row or job. */
import path from 'node:path';
import {writeFileAtomic} from '../util/files';
import type {ListedJob} from './list';

export interface SummaryEntry {
  row: number | null;
  premise: string | null;
  /** A series of this many episodes (its folders ep01, ep02, ... are in output); null for one drama. */
  episodes: number | null;
  status: string;
  output: string | null;
  error: string | null;
  attempts: number;
  worker: string | null;
  /** Already made before this job ran (its folder's done marker matched): nothing was redone. */
  reused: boolean;
}

export function summaryOf(jobs: readonly ListedJob[]): SummaryEntry[] {
  return jobs.map((j) => ({
    row: j.row,
    premise: j.premise,
    episodes: j.episodes,
    status: j.state,
    output: j.outDir,
    error: j.error,
    attempts: j.attempts,
    worker: j.worker,
    reused: j.reused,
  }));
}

export async function writeSummary(outRoot: string, entries: SummaryEntry[]): Promise<string> {
  const file = path.join(outRoot, 'summary.json');
  const counts = entries.reduce<Record<string, number>>((c, e) => ({...c, [e.status]: (c[e.status] ?? 0) + 1}), {});
  await writeFileAtomic(file, `${JSON.stringify({counts, jobs: entries}, null, 2)}\n`);
  return file;
}

/** One line per job: state, attempts, worker, progress, output folder, and the error of a failed one. */
export function jobLines(jobs: readonly ListedJob[], cwd = process.cwd()): string[] {
  return jobs.map((j) => {
    const progress = j.state === 'running' ? ` ${j.stage ?? ''} ${Math.round(j.progress * 100)}%` : '';
    const out = j.outDir ? path.relative(cwd, j.outDir) || j.outDir : '-';
    const error = j.error && j.state !== 'done' ? `  error: ${j.error}` : '';
    const series = j.episodes === null ? '' : ` (series of ${j.episodes})`;
    return `${j.id.slice(0, 8)}  row ${String(j.row ?? '-').padEnd(3)} ${j.state.padEnd(9)} attempts ${j.attempts}  ${j.worker ?? '-'}${progress}  ${out}${series}${error}`;
  });
}
