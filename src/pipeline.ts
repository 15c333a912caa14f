/**
 * The pipeline, top to bottom: write the script, cast voices, voice the lines, score and mix, visualise, time,
 * render. Each stage takes the script and returns it with its part filled in; nothing else passes between them.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {castVoices} from './cast';
import {formatFor, type Aspect} from './schema/format';
import type {AdBrief, Genre, Platform, Script} from './schema/script';
import {checkCraft, describeCheck, type CraftReport} from './craft/gate';
import {keysForPremise} from './craft/keys';
import {parseScript} from './schema/validate';
import {describePlan} from './time/plan';
import {toSrt, toVtt} from './time/captions';
import {timeScript, type Timeline} from './time/timeline';
import {createVoiceProvider, voiceScript} from './voice';
import {mixSoundtrack} from './mix';
import {createVisualProvider} from './visualise';
import {offlineWriter} from './write/offline';
import {createOpenAIWriter} from './write/openai';
import type {Writer} from './write/writer';
import {getBundle} from './render/bundle';
import {openRenderBrowser, renderPoster, renderVideo, type RenderStats} from './render/render';
import {exists, hashBytes, writeFileAtomic} from './util/files';
import {UserError} from './util/errors';
import {generatedImage, imageExtension} from './visualise/image-files';
import {templateInfo} from '../compositions/templates';
import type {Progress} from './util/progress';

export interface PipelineOptions {
  premise?: string;
  /** Render this script instead of writing one. */
  script?: Script;
  durationSec?: number;
  genre?: Genre;
  seed: number;
  template: string;
  /** The template's own props from --set, already checked against its options schema. */
  templateOptions?: Record<string, unknown>;
  aspect?: Aspect;
  outDir: string;
  dryRun: boolean;
  browser: string | null;
  writer: 'offline' | 'openai';
  model?: string;
  language?: string;
  visuals: string;
  cache: boolean;
  voices: 'offline' | 'elevenlabs' | 'none';
  music: string;
  musicVolume: number;
  env: NodeJS.ProcessEnv;
  progress: Progress;
  warn: (message: string) => void;
  /** Fail the run (after writing craft.json) when the script fails the dramaturgy gate. */
  strict?: boolean;
  /** Cold opens to write and rank; the writer's default when omitted. */
  hooks?: number;
  audience?: string;
  platform?: Platform;
  /** An advertisement's brief; `logo` may be a file anywhere (it is copied under public/). */
  ad?: AdBrief;
  /** Tests render small and short through the same path. */
  renderScale?: number;
  frameRange?: [number, number];
}

export interface PipelineResult {
  script: Script;
  timeline: Timeline;
  plan: string;
  files: {script: string; craft: string; video?: string; poster?: string; srt: string; vtt: string};
  craft: CraftReport;
  render?: RenderStats;
}

function chooseWriter(options: PipelineOptions): Writer {
  if (options.writer === 'offline') return offlineWriter;
  return createOpenAIWriter({
    apiKey: options.env.OPENAI_API_KEY,
    baseURL: options.env.OPENAI_BASE_URL,
    model: options.model ?? options.env.OPENAI_MODEL ?? 'gpt-4o-mini',
    cache: options.cache,
    artifactsDir: options.outDir,
  });
}

/**
 * The ad's logo as the templates can load it: a file outside public/ is copied into public/generated/images/
 * (named by content, so a re-run copies nothing).
 */
async function placeLogo(ad: AdBrief): Promise<AdBrief> {
  if (!ad.logo || !path.isAbsolute(ad.logo)) return ad;
  const bytes = await fs.readFile(ad.logo).catch(() => {
    throw new UserError(`logo: cannot read ${ad.logo}`);
  });
  const ext = imageExtension(bytes);
  if (!ext) throw new UserError(`logo: ${path.basename(ad.logo)} is not a PNG, JPEG or WebP image`);
  const {file, src} = generatedImage(`logo-${hashBytes(bytes, 16)}.${ext}`);
  if (!(await exists(file))) await writeFileAtomic(file, bytes);
  return {...ad, logo: src};
}

/** Stage 1: the script, written from the premise or taken as given, with the user's format, length and brief applied. */
async function writeScript(options: PipelineOptions): Promise<Script> {
  const format = options.aspect ? formatFor(options.aspect) : undefined;
  const ad = options.ad && (await placeLogo(options.ad));
  // Whoever wrote it, the script carries the brief it was asked for: the templates read platform and ad from it.
  const brief = {
    ...(options.platform && {platform: options.platform}),
    ...(options.audience && {audience: options.audience}),
    ...(ad && {ad}),
  };
  if (options.script) {
    return parseScript(
      {
        ...options.script,
        ...(format && {format}),
        ...(options.durationSec !== undefined && {targetDurationSec: options.durationSec}),
        ...brief,
      },
      'script',
    );
  }
  const written = await chooseWriter(options).write(
    {
      premise: options.premise!,
      durationSec: options.durationSec!,
      genre: options.genre,
      seed: options.seed,
      language: options.language,
      format: format ?? formatFor('9:16'),
      hooks: options.hooks,
      audience: options.audience,
      platform: options.platform,
      ad,
    },
    options.progress,
  );
  return {...written, ...brief};
}

/** Runs every stage; with dryRun, stops after writing and timing script.json. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const {progress, outDir} = options;
  const files = {
    script: path.join(outDir, 'script.json'),
    craft: path.join(outDir, 'craft.json'),
    srt: path.join(outDir, 'captions.srt'),
    vtt: path.join(outDir, 'captions.vtt'),
  };

  progress('write', 0);
  let script = await writeScript(options);
  progress('write', 1);

  if (options.voices !== 'none') {
    script = castVoices(script, options.voices);
    if (!options.dryRun) script = await voiceScript(script, createVoiceProvider(options.voices, options.env), progress);
  }
  if (!options.dryRun) {
    const messageSounds = templateInfo(options.template)?.messageSounds;
    script = await mixSoundtrack(script, {music: options.music, musicVolume: options.musicVolume, messageSounds}, progress);
    script = await createVisualProvider(options.visuals, options.env, {cache: options.cache}).visualise(script, progress, options.warn);
  }

  const timeline = timeScript(script);
  // The gate reads the premise the script was written from; a hand-written script without one skips its premise checks.
  const premise = script.premise ?? options.premise;
  const keys = premise ? keysForPremise(premise, script.language) : undefined;
  const craft = checkCraft(script, timeline, keys);
  const plan = describePlan(script, timeline, craft);
  await fs.mkdir(outDir, {recursive: true});
  await writeFileAtomic(files.script, `${JSON.stringify(script, null, 2)}\n`);
  await writeFileAtomic(files.craft, `${JSON.stringify({...craft, keys: keys ?? null}, null, 2)}\n`);
  await writeFileAtomic(files.srt, toSrt(script, timeline));
  await writeFileAtomic(files.vtt, toVtt(script, timeline));
  if (options.strict && !craft.pass) {
    const failed = craft.checks.filter((c) => !c.pass).map(describeCheck);
    throw new UserError(`the script fails the dramaturgy gate (see ${path.basename(files.craft)}): ${failed.join('; ')}`);
  }
  if (options.dryRun) return {script, timeline, plan, files, craft};

  const session = {serveUrl: await getBundle(progress), browser: options.browser, progress};
  const browser = await openRenderBrowser(session);
  try {
    const video = path.join(outDir, 'video.mp4');
    const poster = path.join(outDir, 'poster.png');
    const render = await renderVideo(session, browser, {
      script,
      template: options.template,
      templateOptions: options.templateOptions,
      outFile: video,
      scale: options.renderScale,
      frameRange: options.frameRange,
    });
    // The poster shows the hook card once it has animated in.
    const hookFrame = Math.round(Math.min(1200, timeline.segments[0].durationMs * 0.6) / (1000 / script.format.fps));
    await renderPoster(session, browser, {
      script,
      template: options.template,
      templateOptions: options.templateOptions,
      outFile: poster,
      frame: hookFrame,
      scale: options.renderScale,
    });
    return {script, timeline, plan, files: {...files, video, poster}, render, craft};
  } finally {
    await browser.close({silent: true});
  }
}
