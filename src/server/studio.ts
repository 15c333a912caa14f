/**
 * What the studio does to a project, on top of the database and the pipeline's own stages: write a drama, voice
 * and mix it for the live preview, apply an edit (re-voicing only what changed: the voice stage caches per line),
 * regenerate, undo. Every change is saved as a new script version before the call returns.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {castVoices} from '../cast';
import type {Database} from '../db/database';
import * as projects from '../db/projects';
import {getUpload} from '../db/uploads';
import {mixSoundtrack} from '../mix';
import {formatFor} from '../schema/format';
import type {Beat, Script} from '../schema/script';
import {ScriptError, safeParseScript} from '../schema/validate';
import {UserError} from '../util/errors';
import {silentProgress, type Progress} from '../util/progress';
import {createVoiceProvider, voiceScript} from '../voice';
import {templateInfo} from '../templates';
import {defaultModel} from '../config';
import {ApiError, notFound} from './errors';
import {uploadSrc} from './uploads';
import type {NewProject, ProjectSettings} from './settings';

export interface StudioContext {
  db: Database;
  /** The server's environment: API keys are read here and never leave the server. */
  env: NodeJS.ProcessEnv;
}

/** Turns a stage's user error into a 4xx naming the field; anything else is a bug and stays a 500. */
function asApiError(error: unknown, field: string): never {
  if (error instanceof ScriptError) throw new ApiError(422, field, error.problems.join('; '));
  if (error instanceof UserError) throw new ApiError(400, field, error.message);
  throw error;
}

/** Writes a script through the pipeline's own write stage (the CLI's --dry-run path, in a scratch folder). */
async function writeWith(
  ctx: StudioContext,
  premise: string,
  settings: ProjectSettings,
  progress: Progress,
): Promise<Script> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-write-'));
  try {
    // Loaded on first use: the pipeline module pulls in the renderer, which writing does not need.
    const {runPipeline} = await import('../pipeline');
    const result = await runPipeline({
      premise,
      durationSec: settings.durationSec,
      genre: settings.genre,
      seed: settings.seed,
      template: settings.template,
      aspect: settings.aspect,
      language: settings.language,
      writer: settings.writer,
      model: defaultModel(ctx.env),
      remoteMedia: false,
      voices: 'none',
      music: 'none',
      musicVolume: settings.musicVolume,
      visuals: 'procedural',
      cache: true,
      dryRun: true,
      browser: null,
      outDir: scratch,
      env: ctx.env,
      progress,
      warn: () => undefined,
    });
    return result.script;
  } catch (error) {
    asApiError(error, 'premise');
  } finally {
    await fs.rm(scratch, {recursive: true, force: true});
  }
}

/** The music option the mix stage takes: auto, none, or the uploaded file's path. */
async function musicPath(ctx: StudioContext, music: ProjectSettings['music']): Promise<string> {
  if (typeof music === 'string') return music;
  const upload = await getUpload(ctx.db, music.upload);
  if (!upload || upload.kind !== 'audio') throw new ApiError(400, 'music', 'no such uploaded audio file');
  return uploadSrc(upload).file;
}

/**
 * Voices and mixes a script for the preview: the same cast, voice and mix stages the pipeline runs, so the player
 * plays what the render will. Lines already voiced with the same words and voice are reused from the cache.
 */
export async function prepare(
  ctx: StudioContext,
  script: Script,
  settings: ProjectSettings,
  progress: Progress = silentProgress,
): Promise<Script> {
  try {
    let prepared = castVoices(script, settings.voices);
    prepared = await voiceScript(prepared, createVoiceProvider(settings.voices, ctx.env), progress);
    return await mixSoundtrack(
      prepared,
      {
        music: await musicPath(ctx, settings.music),
        musicVolume: settings.musicVolume,
        messageSounds: templateInfo(settings.template)?.messageSounds,
      },
      progress,
    );
  } catch (error) {
    asApiError(error, 'script');
  }
}

/** The writer and voices the settings ask for must be configured here: refused before any work starts. */
export function checkProviders(ctx: StudioContext, settings: Pick<ProjectSettings, 'writer' | 'voices'>): void {
  if (settings.writer === 'openai' && !openAIConfigured(ctx.env))
    throw new ApiError(
      400,
      'writer',
      'the LLM writer is not configured on this server (set OPENAI_API_KEY or OPENAI_BASE_URL)',
    );
  if (settings.voices === 'elevenlabs' && !ctx.env.ELEVENLABS_API_KEY)
    throw new ApiError(400, 'voices', 'ElevenLabs voices need ELEVENLABS_API_KEY on the server');
}

/** A new drama: write it, voice and mix it, save it as version 1. */
export async function createDrama(
  ctx: StudioContext,
  request: NewProject,
  progress: Progress = silentProgress,
): Promise<projects.ProjectRow> {
  const {premise, ...settings} = request;
  checkProviders(ctx, settings);
  const written = await writeWith(ctx, premise, settings, progress);
  const script = await prepare(ctx, written, settings, progress);
  return projects.createProject(ctx.db, {title: script.title, premise, settings, script});
}

export const openAIConfigured = (env: NodeJS.ProcessEnv) => Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL);

export interface LoadedProject {
  project: projects.ProjectRow;
  settings: ProjectSettings;
  script: Script;
  version: number;
}

export async function loadProject(ctx: StudioContext, id: string): Promise<LoadedProject> {
  const project = await projects.getProject(ctx.db, id);
  const head = project && (await projects.headVersion(ctx.db, id));
  if (!project || !head) throw notFound('project');
  return {project, settings: head.settings as ProjectSettings, script: head.script as Script, version: head.version};
}

/**
 * Applies `change` to the project's script, checks the result against the schema (a change that breaks the script
 * is refused with the schema's words), re-voices and re-mixes what changed and saves it as a new version.
 */
export async function changeScript(
  ctx: StudioContext,
  id: string,
  note: string,
  change: (script: Script, settings: ProjectSettings) => Script | Promise<Script>,
  settings?: ProjectSettings,
): Promise<LoadedProject> {
  const loaded = await loadProject(ctx, id);
  const effective = settings ?? loaded.settings;
  const changed = await change(structuredClone(loaded.script), effective);
  const parsed = safeParseScript(changed);
  if (!parsed.ok) throw new ApiError(422, parsed.problems[0]?.split(':')[0] ?? 'script', parsed.problems.join('; '));
  const script = await prepare(ctx, parsed.script, effective);
  await projects.saveVersion(ctx.db, id, {script, settings: effective}, note);
  return loadProject(ctx, id);
}

/** New settings: the aspect re-formats the script; the template, music and voices re-prepare it. */
export function changeSettings(
  ctx: StudioContext,
  id: string,
  patch: Partial<ProjectSettings>,
): Promise<LoadedProject> {
  return loadProject(ctx, id).then((loaded) => {
    const settings = {...loaded.settings, ...patch};
    // Options of one template do not apply to another.
    if (patch.template && patch.template !== loaded.settings.template && !patch.templateOptions)
      settings.templateOptions = {};
    const what = Object.entries(patch)
      .map(([k, v]) => `${k} ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(', ');
    return changeScript(
      ctx,
      id,
      `settings: ${what}`,
      (script) => (patch.aspect ? {...script, format: formatFor(patch.aspect)} : script),
      settings,
    );
  });
}

/** Another seed for the whole script, one scene or one beat; the rest stays as it is. */
export async function regenerate(
  ctx: StudioContext,
  id: string,
  scope: {scope: 'script' | 'scene' | 'beat'; scene?: number; beat?: number},
): Promise<LoadedProject> {
  const loaded = await loadProject(ctx, id);
  const {script: current, settings} = loaded;
  if (scope.scope !== 'script') {
    if (scope.scene === undefined || !current.scenes[scope.scene])
      throw new ApiError(400, 'scene', `no scene ${scope.scene} (the script has ${current.scenes.length})`);
    if (scope.scope === 'beat' && (scope.beat === undefined || !current.scenes[scope.scene].beats[scope.beat]))
      throw new ApiError(400, 'beat', `no beat ${scope.beat} in scene ${scope.scene}`);
  }
  // A few seeds in turn: a regenerated part must still make a valid script with the rest.
  let lastProblem = '';
  for (let attempt = 1; attempt <= 6; attempt++) {
    const seed = (settings.seed + attempt * 7919) % 2 ** 31;
    const fresh = await writeWith(ctx, loaded.project.premise, {...settings, seed}, silentProgress);
    const candidates =
      scope.scope === 'script'
        ? [fresh]
        : splice(current, fresh, scope.scene!, scope.scope === 'beat' ? scope.beat : undefined);
    // A "new" version that reads the same as the old one is no regeneration: try the next one.
    const changed = candidates.filter((candidate) => wordsOf(candidate, scope) !== wordsOf(current, scope));
    const valid = changed.map((candidate) => safeParseScript(candidate));
    const parsed = valid.find((result) => result.ok);
    if (!parsed?.ok) {
      const problem = valid.find((result) => !result.ok);
      if (problem && !problem.ok) lastProblem = problem.problems[0];
      continue;
    }
    const nextSettings = scope.scope === 'script' ? {...settings, seed} : undefined;
    const note =
      scope.scope === 'script'
        ? `regenerated the script (seed ${seed})`
        : scope.scope === 'scene'
          ? `regenerated scene ${scope.scene! + 1}`
          : `regenerated a beat in scene ${scope.scene! + 1}`;
    return changeScript(ctx, id, note, () => parsed.script, nextSettings);
  }
  throw new ApiError(
    409,
    scope.scope,
    `could not regenerate this ${scope.scope} so that the script stays valid${lastProblem ? ` (${lastProblem})` : ''}; try again or edit it by hand`,
  );
}

/** The words of the part being regenerated, to tell whether a regeneration changed anything. */
function wordsOf(script: Script, scope: {scope: 'script' | 'scene' | 'beat'; scene?: number; beat?: number}): string {
  const scenes = scope.scope === 'script' ? script.scenes : [script.scenes[scope.scene!]];
  const beats = scenes.flatMap((scene) => scene.beats);
  return JSON.stringify(scope.scope === 'beat' ? beats[scope.beat!]?.text : beats.map((b) => b.text));
}

/**
 * The current script with one scene (or one beat) taken from a freshly written one. Characters are matched by
 * their place in the cast, and the fresh names in the words are replaced by the current ones; markers stay where
 * they were, so the hook, twist and cliffhanger remain one each.
 */
function splice(current: Script, fresh: Script, sceneIndex: number, beatIndex?: number): Script[] {
  const ids = new Map(fresh.characters.map((c, i) => [c.id, current.characters[i]?.id]));
  const names = fresh.characters.map((c, i) => [c.name, current.characters[i]?.name] as const).filter(([, to]) => to);
  const rename = (text: string) => names.reduce((t, [from, to]) => t.split(from).join(to!), text);
  const adapt = (beat: Beat, marker: Beat['marker']): Beat | undefined => {
    const characterId = beat.characterId ? ids.get(beat.characterId) : undefined;
    if (beat.characterId && !characterId) return undefined;
    const {audio: _audio, marker: _marker, setup: _setup, characterId: _id, ...rest} = beat;
    return {...rest, text: rename(beat.text), ...(characterId && {characterId}), ...(marker && {marker})};
  };
  const scene = current.scenes[sceneIndex];
  if (beatIndex === undefined) {
    // The scene at the same place in the fresh script first, then the others.
    const sources = [fresh.scenes[Math.min(sceneIndex, fresh.scenes.length - 1)], ...fresh.scenes];
    const markers = scene.beats.map((b) => b.marker).filter((m) => m);
    return sources.flatMap((source) => {
      const beats = source.beats.map((b) => adapt(b, undefined));
      if (beats.some((b) => !b) || beats.length < markers.length) return [];
      // The scene's markers move onto its last beats, in order.
      markers.forEach((m, i) => (beats[beats.length - markers.length + i]!.marker = m));
      const script = structuredClone(current);
      script.scenes[sceneIndex] = {...scene, visual: rename(source.visual), beats: beats as Beat[]};
      return [script];
    });
  }
  const old = scene.beats[beatIndex];
  // Beats of the same kind, from the same scene of the fresh script first, then beats of any other kind (a story
  // may have one narration only); the marker stays, and so does the speaker of a line that stays a line.
  const near = fresh.scenes[Math.min(sceneIndex, fresh.scenes.length - 1)].beats;
  const all = [...near, ...fresh.scenes.flatMap((s) => s.beats)].filter((b) => rename(b.text) !== old.text);
  const pool = [...all.filter((b) => b.kind === old.kind), ...all.filter((b) => b.kind !== old.kind)];
  return pool.flatMap((pick) => {
    const beat = adapt(pick, old.marker);
    if (!beat) return [];
    const script = structuredClone(current);
    script.scenes[sceneIndex].beats[beatIndex] =
      old.characterId && beat.kind === old.kind ? {...beat, characterId: old.characterId} : beat;
    return [script];
  });
}

/** Undo: the previous version comes back (as a new version, so the undone one is still in the history). */
export async function undoChange(ctx: StudioContext, id: string): Promise<LoadedProject> {
  await loadProject(ctx, id);
  const version = await projects.undo(ctx.db, id);
  if (version === undefined) throw new ApiError(409, null, 'nothing to undo');
  return loadProject(ctx, id);
}
