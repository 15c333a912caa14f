/**
 * The database layer on a real Postgres server (the path DATABASE_URL takes; the embedded PGlite runs the same SQL
 * in test/app-api.test.ts): migrations once, versions and undo, jobs claimed once each, and a crash's running jobs
 * marked failed. Skipped, saying so, where Postgres is not installed.
 */
import {openDatabase, type Database} from '../src/db/database';
import {claimJob, createJob, failInterrupted, finishJob, getJob, reportProgress} from '../src/db/jobs';
import {loadMigrations, migrate} from '../src/db/migrate';
import {createProject, headVersion, listVersions, saveVersion, undo} from '../src/db/projects';
import {startPostgres, type TestPostgres} from './helpers/postgres';

let pg: TestPostgres | undefined;
let db: Database;

beforeAll(async () => {
  pg = await startPostgres();
  if (!pg) {
    process.stderr.write('[app-db] Postgres (initdb, postgres) is not installed: skipping the DATABASE_URL tests\n');
    return;
  }
  db = await openDatabase({url: pg.url});
}, 120_000);

afterAll(async () => {
  await db?.close();
  await pg?.stop();
});

const onPostgres = (name: string, fn: () => Promise<void>) => test(name, async () => (pg ? fn() : undefined));

onPostgres('migrations apply once, also when two processes start together', async () => {
  const other = await openDatabase({url: pg!.url});
  try {
    const results = await Promise.all([migrate(db), migrate(other)]);
    const versions = (await loadMigrations()).map((m) => m.version);
    expect(results.flat().sort()).toEqual(versions);
    expect(await migrate(db)).toEqual([]);
  } finally {
    await other.close();
  }
});

onPostgres('every change is a version; undo walks back and loses nothing', async () => {
  const project = await createProject(db, {
    title: 'T',
    premise: 'p',
    settings: {template: 'cinematic'},
    script: {title: 'one'},
  });
  await saveVersion(db, project.id, {script: {title: 'two'}, settings: {template: 'chat'}}, 'edit');
  await saveVersion(db, project.id, {script: {title: 'three'}, settings: {template: 'chat'}}, 'edit');
  expect(await undo(db, project.id)).toBe(4);
  expect((await headVersion(db, project.id))!.script).toEqual({title: 'two'});
  expect(await undo(db, project.id)).toBe(5);
  expect(await headVersion(db, project.id)).toMatchObject({script: {title: 'one'}, settings: {template: 'cinematic'}});
  expect(await undo(db, project.id)).toBeUndefined();
  expect((await listVersions(db, project.id)).map((v) => v.version)).toEqual([5, 4, 3, 2, 1]);
});

onPostgres("two workers never take the same job; a crashed worker's jobs end failed", async () => {
  const ids = await Promise.all(
    [1, 2, 3, 4].map(() => createJob(db, {projectId: null, kind: 'test', input: {}}).then((j) => j.id)),
  );
  const claimed = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => claimJob(db, `w${i % 2}`, 'test')));
  const taken = claimed.filter(Boolean).map((j) => j!.id);
  expect(taken.sort()).toEqual([...ids].sort());
  await reportProgress(db, taken[0], {stage: 'render', progress: 0.5, etaSec: 10});
  expect(await getJob(db, taken[0])).toMatchObject({state: 'running', stage: 'render', progress: 0.5, etaSec: 10});
  expect(await finishJob(db, taken[0], {state: 'cancelled'})).toBe(true);
  // A late report does not bring a cancelled job back.
  await reportProgress(db, taken[0], {stage: 'render', progress: 0.9, etaSec: 1});
  expect(await getJob(db, taken[0])).toMatchObject({state: 'cancelled', progress: 0.5});
  expect(await finishJob(db, taken[0], {state: 'done'})).toBe(false);
  expect(await failInterrupted(db)).toBe(3);
  for (const id of taken.slice(1))
    expect(await getJob(db, id)).toMatchObject({state: 'failed', error: expect.stringMatching(/interrupted/)});
});
