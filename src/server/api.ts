/**
 * The JSON API under /api: every action the page takes, documented in /api/openapi.json so scripts can drive it
 * too. Requests are checked with the schemas in settings.ts; edits go through the script schema.
 */
import {Hono} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {stream} from 'hono/streaming';
import {createJob, getJob, listJobs, type JobRow} from '../db/jobs';
import * as projects from '../db/projects';
import {getUpload} from '../db/uploads';
import {aspectOf} from '../schema/format';
import {BEAT_KINDS, EMOTIONS, GENRES, MARKERS, SETTINGS, TIMES_OF_DAY, type Script} from '../schema/script';
import {createVoiceProvider} from '../voice';
import {ASPECTS} from '../schema/format';
import {TEMPLATES} from '../templates';
import {ApiError, notFound} from './errors';
import {errorBody, errorReply, indexParam, parseBody} from './http';
import type {JobRunner} from './jobs/runner';
import type {RenderJobInput} from './jobs/render-job';
import {openApiDocument} from './openapi';
import {generateSceneImage} from './scene-image';
import {withWriteProgress} from './write-progress';
import {
  beatPatch,
  characterPatch,
  newProject,
  regenerateRequest,
  renderRequest,
  scenePatch,
  settingsPatch,
  type ProjectSettings,
} from './settings';
import {
  changeScript,
  changeSettings,
  checkProviders,
  createDrama,
  loadProject,
  openAIConfigured,
  regenerate,
  undoChange,
  type LoadedProject,
  type StudioContext,
} from './studio';
import {createQueueApi} from './queue-jobs';
import {OUTPUT_FILES} from './static-files';
import {storeUpload, UPLOAD_LIMITS, uploadSrc} from './uploads';

export interface ApiOptions extends StudioContext {
  jobs: JobRunner;
}

const JSON_LIMIT = 256 * 1024;
const NDJSON = 'application/x-ndjson';

/** What the page gets for a project: never anything from the server's environment. */
async function projectView(ctx: StudioContext, loaded: LoadedProject) {
  const versions = await projects.listVersions(ctx.db, loaded.project.id);
  const head = versions.find((v) => v.version === loaded.version);
  const jobs = await listJobs(ctx.db, loaded.project.id, 5);
  return {
    id: loaded.project.id,
    title: loaded.project.title,
    premise: loaded.project.premise,
    settings: loaded.settings,
    version: loaded.version,
    canUndo: head?.parent !== null && head?.parent !== undefined,
    versions: versions.slice(0, 20),
    script: loaded.script,
    updatedAt: loaded.project.updatedAt,
    jobs: jobs.map(jobView),
  };
}

function jobView(job: JobRow) {
  const files = (job.result?.files ?? {}) as Record<string, string>;
  return {
    id: job.id,
    projectId: job.projectId,
    state: job.state,
    stage: job.stage,
    progress: job.progress,
    etaSec: job.etaSec,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    files: Object.fromEntries(
      OUTPUT_FILES.filter((k) => files[k]).map((k) => [k, `/files/renders/${job.id}/${files[k]}`]),
    ),
  };
}

export function createApi(options: ApiOptions): Hono {
  const ctx: StudioContext = {db: options.db, env: options.env};
  const api = new Hono();
  api.onError((error, c) => errorReply(c, error));
  api.notFound((c) => c.json({error: {field: null, message: `no such endpoint: ${c.req.method} ${c.req.path}`}}, 404));
  const jsonLimit = bodyLimit({
    maxSize: JSON_LIMIT,
    onError: (c) => c.json({error: {field: null, message: `the body may be at most ${JSON_LIMIT / 1024} KB`}}, 413),
  });
  api.use('*', async (c, next) => (c.req.path.startsWith('/api/uploads') ? next() : jsonLimit(c, next)));

  // The queue's batch and series jobs (npm run batch, worker), as the page's "Batches & series" lists them.
  api.route('/queue', createQueueApi(ctx.db));

  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.get('/health', async (c) => {
    const migrations = await options.db.query<{version: number}>('SELECT version FROM migrations ORDER BY version');
    return c.json({ok: true, database: options.db.kind, migrations: migrations.map((m) => m.version)});
  });

  api.get('/options', (c) =>
    c.json({
      templates: TEMPLATES.map((t) => ({name: t.name, description: t.description, aspects: t.aspects})),
      genres: GENRES,
      aspects: Object.keys(ASPECTS),
      emotions: EMOTIONS,
      kinds: BEAT_KINDS,
      markers: MARKERS,
      styles: SETTINGS,
      timesOfDay: TIMES_OF_DAY,
      voices: ['offline', ...(options.env.ELEVENLABS_API_KEY ? ['elevenlabs'] : [])],
      writers: ['offline', ...(openAIConfigured(options.env) ? ['openai'] : [])],
      // Generated scene pictures: through the same OpenAI-compatible server as the LLM writer.
      images: openAIConfigured(options.env),
      duration: {min: 15, max: 90, default: 45},
      uploadLimits: UPLOAD_LIMITS,
    }),
  );

  api.get('/projects', async (c) => {
    const rows = await projects.listProjects(ctx.db);
    const list = await Promise.all(
      rows.map(async (p) => {
        const head = await projects.headVersion(ctx.db, p.id);
        const script = head?.script as Script | undefined;
        const settings = p.settings as ProjectSettings;
        return {
          id: p.id,
          title: p.title,
          premise: p.premise,
          template: settings.template,
          aspect: script ? aspectOf(script.format) : settings.aspect,
          durationSec: script?.targetDurationSec ?? settings.durationSec,
          updatedAt: p.updatedAt,
          poster: p.poster ? `/files/renders/${p.poster}` : null,
          // The page draws a thumbnail from the script itself until a render has made a poster.
          script: p.poster ? undefined : script,
        };
      }),
    );
    return c.json({projects: list});
  });

  api.post('/projects', async (c) => {
    const request = await parseBody(c, newProject);
    if (!c.req.header('accept')?.includes(NDJSON)) {
      const project = await createDrama(ctx, request);
      return c.json(await projectView(ctx, await loadProject(ctx, project.id)), 201);
    }
    // Asked for progress: one JSON object a line, {type: 'progress', step, message} while writing, voicing and
    // mixing, then {type: 'done', project} or {type: 'error', status, error}. Bad settings are still a plain 4xx.
    checkProviders(ctx, request);
    c.header('content-type', `${NDJSON}; charset=utf-8`);
    c.header('cache-control', 'no-cache');
    return stream(c, async (out) => {
      // Lines are written in the order they were made, whatever the stream's backpressure.
      let written: Promise<unknown> = Promise.resolve();
      const line = (value: unknown) => (written = written.then(() => out.write(`${JSON.stringify(value)}\n`)));
      try {
        const project = await withWriteProgress(
          (event) => void line({type: 'progress', ...event}),
          (progress) => createDrama(ctx, request, progress),
        );
        void line({type: 'done', project: await projectView(ctx, await loadProject(ctx, project.id))});
      } catch (error) {
        const {status, body} = errorBody(error);
        void line({type: 'error', status, ...body});
      }
      await written;
    });
  });

  api.get('/projects/:id', async (c) => c.json(await projectView(ctx, await loadProject(ctx, c.req.param('id')))));

  api.delete('/projects/:id', async (c) => {
    if (!(await projects.deleteProject(ctx.db, c.req.param('id')))) throw notFound('project');
    return c.body(null, 204);
  });

  api.patch('/projects/:id/settings', async (c) => {
    const patch = await parseBody(c, settingsPatch);
    if (typeof patch.music === 'object') await requireUpload(ctx, patch.music.upload, 'audio', 'music');
    return c.json(await projectView(ctx, await changeSettings(ctx, c.req.param('id'), patch)));
  });

  api.patch('/projects/:id/scenes/:scene/beats/:beat', async (c) => {
    const s = indexParam(c.req.param('scene'), 'scene');
    const b = indexParam(c.req.param('beat'), 'beat');
    const patch = await parseBody(c, beatPatch);
    const loaded = await changeScript(ctx, c.req.param('id'), `edited scene ${s + 1}, beat ${b + 1}`, (script) => {
      const beat = script.scenes[s]?.beats[b];
      if (!beat) throw notFound('beat');
      if (patch.text !== undefined) beat.text = patch.text;
      if (patch.kind !== undefined) beat.kind = patch.kind;
      if (patch.emotion !== undefined) setOrDelete(beat, 'emotion', patch.emotion);
      if (patch.characterId !== undefined) setOrDelete(beat, 'characterId', patch.characterId);
      return script;
    });
    return c.json(await projectView(ctx, loaded));
  });

  api.patch('/projects/:id/scenes/:scene', async (c) => {
    const s = indexParam(c.req.param('scene'), 'scene');
    const patch = await parseBody(c, scenePatch);
    const image = patch.image ? uploadSrc(await requireUpload(ctx, patch.image, 'image', 'image')).src : patch.image;
    const loaded = await changeScript(ctx, c.req.param('id'), `changed scene ${s + 1}`, (script) => {
      const scene = script.scenes[s];
      if (!scene) throw notFound('scene');
      if (patch.location !== undefined) scene.location = patch.location;
      if (patch.timeOfDay !== undefined) scene.timeOfDay = patch.timeOfDay;
      if (patch.setting !== undefined) setOrDelete(scene, 'setting', patch.setting);
      if (image !== undefined) setOrDelete(scene, 'image', image);
      return script;
    });
    return c.json(await projectView(ctx, loaded));
  });

  // A generated picture as the scene's look (the visualise stage, on this scene only).
  api.post('/projects/:id/scenes/:scene/image', async (c) => {
    const s = indexParam(c.req.param('scene'), 'scene');
    return c.json(await projectView(ctx, await generateSceneImage(ctx, c.req.param('id'), s)));
  });

  api.patch('/projects/:id/characters/:character', async (c) => {
    const patch = await parseBody(c, characterPatch);
    const loaded = await changeScript(ctx, c.req.param('id'), `changed ${c.req.param('character')}`, (script) => {
      const character = script.characters.find((ch) => ch.id === c.req.param('character'));
      if (!character) throw notFound('character');
      Object.assign(character, patch);
      return script;
    });
    return c.json(await projectView(ctx, loaded));
  });

  // A short sample of a character's voice ("hear the voice"), from the same voice stage and cache as the lines.
  api.post('/projects/:id/characters/:character/sample', async (c) => {
    const {script, settings} = await loadProject(ctx, c.req.param('id'));
    const character = script.characters.find((ch) => ch.id === c.req.param('character'));
    if (!character?.voice) throw notFound('character');
    const audio = await createVoiceProvider(settings.voices, ctx.env).speak(
      {
        text: `I'm ${character.name}.`,
        voice: character.voice,
        language: script.language,
        label: `${character.name}, sample`,
      },
      () => undefined,
    );
    return c.json({src: `/${audio.src}`});
  });

  api.post('/projects/:id/regenerate', async (c) => {
    const request = await parseBody(c, regenerateRequest);
    return c.json(await projectView(ctx, await regenerate(ctx, c.req.param('id'), request)));
  });

  api.post('/projects/:id/undo', async (c) => c.json(await projectView(ctx, await undoChange(ctx, c.req.param('id')))));

  api.post('/projects/:id/renders', async (c) => {
    const request = await parseBody(c, renderRequest);
    const {project, settings, script, version} = await loadProject(ctx, c.req.param('id'));
    const music =
      typeof settings.music === 'string'
        ? settings.music
        : uploadSrc(await requireUpload(ctx, settings.music.upload, 'audio', 'music')).file;
    const input: RenderJobInput = {
      version,
      template: settings.template,
      templateOptions: settings.templateOptions,
      aspect: aspectOf(script.format) ?? settings.aspect,
      seed: settings.seed,
      voices: settings.voices,
      music,
      musicVolume: settings.musicVolume,
      scale: request.scale,
      ...(request.frames && {frames: request.frames}),
    };
    const job = await createJob(ctx.db, {
      projectId: project.id,
      kind: 'render',
      input: input as unknown as Record<string, unknown>,
    });
    options.jobs.wake();
    return c.json(jobView(job), 202);
  });

  api.get('/jobs/:id', async (c) => {
    const job = await getJob(ctx.db, c.req.param('id'));
    if (!job) throw notFound('job');
    return c.json(jobView(job));
  });

  api.post('/jobs/:id/cancel', async (c) => {
    const job = await getJob(ctx.db, c.req.param('id'));
    if (!job) throw notFound('job');
    if (!(await options.jobs.cancel(job.id))) throw new ApiError(409, null, `the job is already ${job.state}`);
    return c.json(jobView((await getJob(ctx.db, job.id))!));
  });

  api.post(
    '/uploads',
    bodyLimit({
      maxSize: Math.max(...Object.values(UPLOAD_LIMITS)),
      onError: (c) => c.json({error: {field: 'file', message: 'the file is too large'}}, 413),
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const expected = c.req.query('kind');
      if (expected !== undefined && expected !== 'image' && expected !== 'audio')
        throw new ApiError(400, 'kind', 'must be "image" or "audio"');
      const upload = await storeUpload(ctx.db, bytes, c.req.query('name') ?? 'upload', expected);
      return c.json({...upload, src: `/${uploadSrc(upload).src}`}, 201);
    },
  );

  return api;
}

async function requireUpload(ctx: StudioContext, hash: string, kind: 'image' | 'audio', field: string) {
  const upload = await getUpload(ctx.db, hash);
  if (!upload || upload.kind !== kind)
    throw new ApiError(400, field, `no uploaded ${kind === 'image' ? 'picture' : 'sound file'} with that hash`);
  return upload;
}

/** Sets an optional field, or removes it for null (the schema has no nulls). */
function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null): void {
  if (value === null) delete target[key];
  else target[key] = value;
}
