/**
 * Render jobs, run by the server: takes queued render jobs from the jobs table one at a time, renders each in a
 * child process (render-child.ts) with the bundle this process built once, writes stage, percent and ETA to the
 * job's row as they come, and ends the row done, failed or cancelled. Outputs go to <data>/renders/<job id>/.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Database} from '../../db/database';
import {claimJob, failInterrupted, finishJob, getJob, reportProgress, type JobRow} from '../../db/jobs';
import {setPoster} from '../../db/projects';
import type {Aspect} from '../../schema/format';
import type {Script} from '../../schema/script';
import type {Progress} from '../../util/progress';
import type {ChildMessage} from './render-child';
import {createEstimator} from '../../queue/eta';
import type {JobRunner} from './runner';

/** Everything a render needs, resolved: the child process knows nothing of projects or the database. */
export interface RenderInput {
  script: Script;
  template: string;
  templateOptions: Record<string, unknown>;
  aspect: Aspect;
  seed: number;
  outDir: string;
  /** The bundle the server built once; every render child renders with it instead of bundling again. */
  serveUrl: string;
  voices: 'offline' | 'elevenlabs';
  music: string;
  musicVolume: number;
  scale: number;
  frames?: [number, number];
}

/** What a render job's row holds as input: the project, the script version and how to render it. */
export type RenderJobInput = Omit<RenderInput, 'outDir' | 'script' | 'serveUrl'> & {version: number};

export interface RenderRunnerOptions {
  db: Database;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The Remotion bundle's serve URL, built once per server (src/render/bundle's getBundle). */
  bundle: (progress: Progress) => Promise<string>;
  /** Loads the script of a project's version (the runner does not know the projects' tables). */
  script: (projectId: string, version: number) => Promise<Script>;
}

const CHILD = path.join(__dirname, 'render-child.ts');
const TSX = pathToFileURL(require.resolve('tsx')).href;
const PROGRESS_EVERY_MS = 400;

export const renderDir = (dataDir: string, jobId: string) => path.join(path.resolve(dataDir), 'renders', jobId);

export function createRenderRunner(options: RenderRunnerOptions): JobRunner & {ready: Promise<void>} {
  const {db} = options;
  const worker = `${os.hostname()}:${process.pid}`;
  const children = new Map<string, ChildProcess>();
  let busy = false;
  let stopped = false;

  const loop = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      for (
        let job = await claimJob(db, worker, 'render');
        job && !stopped;
        job = await claimJob(db, worker, 'render')
      ) {
        await run(job).catch((error) =>
          finishJob(db, job!.id, {state: 'failed', error: `render failed: ${(error as Error).message}`}),
        );
      }
    } finally {
      busy = false;
    }
  };

  const run = async (job: JobRow): Promise<void> => {
    const input = job.input as unknown as RenderJobInput;
    const estimate = createEstimator();
    let lastWrite = 0;
    let lastStage = '';
    const report = (stage: string, fraction: number) => {
      const now = Date.now();
      if (stage === lastStage && now - lastWrite < PROGRESS_EVERY_MS && fraction < 1) return;
      lastWrite = now;
      lastStage = stage;
      void reportProgress(db, job.id, estimate(stage, fraction)).catch(() => undefined);
    };
    const serveUrl = await options.bundle(report);
    if ((await getJob(db, job.id))?.state !== 'running') return;
    const script = await options.script(job.projectId!, input.version);
    const outDir = renderDir(options.dataDir, job.id);
    const renderInput: RenderInput = {...input, script, outDir, serveUrl};

    const child = spawn(process.execPath, ['--import', TSX, CHILD], {
      env: options.env,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // Its own process group, so a cancel stops the browser it started too.
      detached: true,
    });
    children.set(job.id, child);
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-2000)));
    let outcome: ChildMessage | undefined;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'progress') report(message.stage, message.fraction);
      else if (message.type === 'done' || message.type === 'error') outcome = message;
    });
    child.send(renderInput);
    await new Promise<void>((resolve) => child.once('exit', () => resolve()));
    children.delete(job.id);

    if (outcome?.type === 'done') {
      const files = Object.fromEntries(
        Object.entries(outcome.files)
          .filter(([, f]) => f)
          .map(([k, f]) => [k, path.relative(outDir, f!)]),
      );
      if (await finishJob(db, job.id, {state: 'done', result: {files}})) {
        if (files.poster) await setPoster(db, job.projectId!, `${job.id}/${files.poster}`);
      }
    } else {
      const error =
        outcome?.type === 'error'
          ? outcome.message
          : `the render process stopped unexpectedly${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`;
      await finishJob(db, job.id, {state: 'failed', error});
    }
  };

  const kill = (child: ChildProcess) => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 3000).unref();
    } catch {
      // Already gone.
    }
  };

  // Renders a previous server left running died with it: mark them failed; queued ones are taken again.
  const ready = failInterrupted(db, {kind: 'render'}).then(() => undefined);

  return {
    ready,
    wake: () => void ready.then(loop),
    async cancel(jobId) {
      const ended = await finishJob(db, jobId, {state: 'cancelled', error: 'cancelled'});
      const child = children.get(jobId);
      if (child) kill(child);
      return ended;
    },
    async stop() {
      stopped = true;
      for (const [jobId, child] of children) {
        await finishJob(db, jobId, {
          state: 'failed',
          error: 'interrupted: the server stopped while this job ran; render again',
        });
        kill(child);
      }
    },
  };
}
