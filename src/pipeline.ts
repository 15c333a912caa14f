/**
 * The pipeline, top to bottom: write the script, cast voices, voice the lines, score and mix, visualise, time,
 * render. Each stage takes the script and returns it with its part filled in; nothing else passes between them.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {castVoices} from './cast';
import {formatFor, type Aspect} from './schema/format';
import type {Genre, Script} from './schema/script';
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
import {renderChunkedVideo, type ChunkedRenderStats} from './render/chunked';
import {openRenderBrowser, renderPoster} from './render/render';
import {writeFileAtomic} from './util/files';
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
  /** Tests render small and short through the same path. */
  renderScale?: number;
  frameRange?: [number, number];
}

export interface PipelineResult {
  script: Script;
  timeline: Timeline;
  plan: string;
  files: {script: string; video?: string; poster?: string; srt: string; vtt: string};
  render?: ChunkedRenderStats;
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

/** Stage 1: the script, written from the premise or taken as given, with the user's format and length applied. */
async function writeScript(options: PipelineOptions): Promise<Script> {
  const format = options.aspect ? formatFor(options.aspect) : undefined;
  if (options.script) {
    return parseScript(
      {
        ...options.script,
        ...(format && {format}),
        // A new length re-fits every pause: the pinned timing of an earlier run no longer applies.
        ...(options.durationSec !== undefined && {targetDurationSec: options.durationSec, timing: undefined}),
      },
      'script',
    );
  }
  return chooseWriter(options).write(
    {
      premise: options.premise!,
      durationSec: options.durationSec!,
      genre: options.genre,
      seed: options.seed,
      language: options.language,
      format: format ?? formatFor('9:16'),
    },
    options.progress,
  );
}

/** Runs every stage; with dryRun, stops after writing and timing script.json. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const {progress, outDir} = options;
  const files = {
    script: path.join(outDir, 'script.json'),
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
  // Saved with a rendered script, so re-rendering an edit of it keeps every unchanged segment's length (and its
  // chunk). Not after a dry run: the voices recorded later would change the fit.
  if (!options.dryRun) script = {...script, timing: timeline.timing};
  const plan = describePlan(script, timeline);
  await fs.mkdir(outDir, {recursive: true});
  await writeFileAtomic(files.script, `${JSON.stringify(script, null, 2)}\n`);
  await writeFileAtomic(files.srt, toSrt(script, timeline));
  await writeFileAtomic(files.vtt, toVtt(script, timeline));
  if (options.dryRun) return {script, timeline, plan, files};

  const session = {serveUrl: await getBundle(progress), browser: options.browser, progress};
  const browser = await openRenderBrowser(session);
  try {
    const video = path.join(outDir, 'video.mp4');
    const poster = path.join(outDir, 'poster.png');
    const render = await renderChunkedVideo(session, browser, {
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
    return {script, timeline, plan, files: {...files, video, poster}, render};
  } finally {
    await browser.close({silent: true});
  }
}
