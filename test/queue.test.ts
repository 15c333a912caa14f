/**
 * The queue as processes run it: a real Postgres server with two workers (every job done exactly once, shared
 * across both; a worker killed with -9 mid-job loses nothing), and the embedded default (a batch killed with -9
 * mid-way and run again redoes nothing that finished); a job whose input is wrong fails once, not four times. Jobs
 * render tiny (scale 0.25, a few frames) with the test run's bundle, so the machine's two cores are not the
 * bottleneck of what is tested.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DONE_FILE, type DoneMarker} from '../src/queue/done-marker';
import {startPostgres, type TestPostgres} from './helpers/postgres';
import {testServeUrl} from './helpers/bundle';
import {NO_KEYS, writeBatchFile} from './helpers/queue-fixtures';
import {startScript} from './helpers/script-process';

const run = startScript;

const PREMISES = [
  "A bride finds her fiancé's ring in her sister's purse",
  "A nurse sees her own name on tomorrow's death chart",
  'A waiter overhears his boss selling the restaurant',
  'A pilot finds a note in the cockpit in her dead mother’s hand',
];

async function batchFile(dir: string, count: number): Promise<string> {
  const file = path.join(dir, 'rows.jsonl');
  const rows = PREMISES.slice(0, count).map((premise, i) =>
    JSON.stringify({premise, duration: 15, voices: 'none', music: 'none', seed: i + 1}),
  );
  await fs.writeFile(file, `${rows.join('\n')}\n`);
  return file;
}

const readMarker = async (dir: string): Promise<DoneMarker> =>
  JSON.parse(await fs.readFile(path.join(dir, DONE_FILE), 'utf8')) as DoneMarker;

/** The jobs as `npm run jobs -- --json` lists them. */
async function listed(env: NodeJS.ProcessEnv, args: string[] = []) {
  const jobs = run('jobs.ts', ['--json', ...args], env);
  expect(await jobs.exited).toBe(0);
  return JSON.parse(jobs.output().slice(jobs.output().indexOf('['))) as {
    id: string;
    state: string;
    attempts: number;
    worker: string | null;
    outDir: string;
    row: number;
    error: string | null;
  }[];
}

/** "row N (id): started, attempt K" lines, per job id. */
const starts = (text: string) =>
  [...text.matchAll(/row \d+ \(([0-9a-f]{8})\): started, attempt (\d+)/g)].map((m) => m[1]);

let scratch: string;
let bundle: string;
const render = () => ['--bundle', bundle, '--render-scale', '0.25', '--frames', '12'];

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-queue-'));
  bundle = await testServeUrl();
}, 300_000);
afterAll(() => fs.rm(scratch, {recursive: true, force: true}));

describe('on a real Postgres server', () => {
  let pg: TestPostgres | undefined;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 120_000);
  afterAll(() => pg?.stop());

  test('two workers share the jobs and make each exactly once', async () => {
    if (!pg) throw new Error('Postgres is not installed (initdb, postgres): install postgresql');
    const env = {DATABASE_URL: pg.url};
    const dir = path.join(scratch, 'pg-two');
    await fs.mkdir(dir);
    const file = await batchFile(dir, 4);
    const enqueue = run('batch.ts', [file, '--out', path.join(dir, 'out'), '--enqueue-only'], env);
    expect(await enqueue.exited).toBe(0);
    expect(enqueue.output()).toMatch(/Queued 4 of 4 jobs/);

    const workers = [0, 1].map(() => run('worker.ts', ['--until-empty', ...render()], env));
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes).toEqual([0, 0]);

    const jobs = await listed(env);
    expect(jobs.map((j) => j.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(jobs.map((j) => j.attempts)).toEqual([1, 1, 1, 1]);
    // Every job started once, in one worker or the other, and both took part.
    const started = workers.map((w) => starts(w.output()));
    expect(started.flat().sort()).toEqual(jobs.map((j) => j.id.slice(0, 8)).sort());
    expect(started.every((s) => s.length > 0)).toBe(true);
    expect(new Set(jobs.map((j) => j.worker)).size).toBe(2);
    for (const job of jobs) {
      const marker = await readMarker(job.outDir);
      expect(marker.worker).toBe(job.worker);
      await expect(fs.stat(path.join(job.outDir, 'video.mp4'))).resolves.toBeTruthy();
    }
  }, 900_000);

  test('a worker killed with -9 mid-job loses nothing: another worker completes the job, once', async () => {
    if (!pg) throw new Error('Postgres is not installed (initdb, postgres): install postgresql');
    const env = {DATABASE_URL: pg.url};
    const dir = path.join(scratch, 'pg-kill');
    await fs.mkdir(dir);
    const file = path.join(dir, 'rows.jsonl');
    await fs.writeFile(
      file,
      `${JSON.stringify({premise: PREMISES[3], duration: 15, voices: 'none', music: 'none'})}\n`,
    );
    expect(await run('batch.ts', [file, '--out', path.join(dir, 'out'), '--enqueue-only'], env).exited).toBe(0);

    const doomed = run('worker.ts', ['--until-empty', ...render()], env);
    await doomed.waitFor(/: render \d+%|: bundle/);
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const rescuer = run('worker.ts', ['--until-empty', ...render()], env);
    expect(await rescuer.exited).toBe(0);
    expect(rescuer.output()).toMatch(/is gone: its job goes back to the queue/);
    const [job] = (await listed(env)).filter((j) => j.outDir.startsWith(dir));
    expect(job).toMatchObject({state: 'done', attempts: 2, worker: `${os.hostname()}:${rescuer.child.pid}`});
    expect(starts(rescuer.output())).toEqual([job.id.slice(0, 8)]);
    expect((await readMarker(job.outDir)).worker).toBe(job.worker);
  }, 900_000);

  test('a job whose input is wrong fails at its first attempt, naming the field, and is not retried', async () => {
    if (!pg) throw new Error('Postgres is not installed (initdb, postgres): install postgresql');
    const env = {...NO_KEYS, DATABASE_URL: pg.url};
    const dir = path.join(scratch, 'pg-bad');
    const invalid = path.join(dir, 'invalid-script.json');
    const file = await writeBatchFile(path.join(dir, 'rows.jsonl'), [{script: invalid, voices: 'none', music: 'none'}]);
    // It passes the row's check (it starts like a script), then fails the worker's.
    await fs.writeFile(invalid, '{"title": 5}\n');
    expect(await run('batch.ts', [file, '--out', path.join(dir, 'out'), '--enqueue-only'], env).exited).toBe(0);
    const worker = run('worker.ts', ['--until-empty', ...render()], env);
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toMatch(/failed \(bad input: not retried\): field script: invalid-script\.json/);
    const [job] = (await listed(env)).filter((j) => j.outDir.startsWith(dir));
    expect(job).toMatchObject({state: 'failed', attempts: 1, error: expect.stringMatching(/^field script: /)});
  }, 300_000);
});

describe('on the embedded database (the default)', () => {
  test('a batch killed with -9 mid-way and run again redoes nothing that finished', async () => {
    const dir = path.join(scratch, 'embedded');
    await fs.mkdir(dir);
    const file = await batchFile(dir, 3);
    const args = [file, '--out', path.join(dir, 'out'), '--data', path.join(dir, 'data'), ...render()];
    const first = run('batch.ts', args);
    await first.waitFor(/\[batch\] 1 of 3 done/);
    first.child.kill('SIGKILL');
    await first.exited;
    const finished = (first.output().match(/done -> (.*)$/gm) ?? []).map((line) => line.replace('done -> ', ''));
    expect(finished.length).toBeGreaterThanOrEqual(1);
    const markers = await Promise.all(finished.map(readMarker));

    const second = run('batch.ts', args);
    expect(await second.exited).toBe(0);
    const summary = JSON.parse(await fs.readFile(path.join(dir, 'out', 'summary.json'), 'utf8'));
    expect(summary.jobs.map((j: {status: string}) => j.status)).toEqual(['done', 'done', 'done']);
    expect(second.output()).toMatch(/\[batch\] 3 jobs \(0 newly queued\)/);
    // What finished before the kill was not started again, and its folder is as it was.
    for (const [i, folder] of finished.entries()) {
      expect(await readMarker(folder)).toEqual(markers[i]);
      expect(second.output()).not.toContain(`done -> ${folder}`);
    }
    const redone = starts(second.output());
    expect(redone.length).toBe(3 - finished.length);
    process.stderr.write(
      `[queue test] resume after kill -9 started ${redone.length} of 3 jobs again (${finished.length} kept)\n`,
    );
  }, 900_000);
});
