/**
 * The pipeline, top to bottom: write the script, cast voices, voice the lines, score and mix, visualise, time,
 * render. Each stage takes the script and returns it with its part filled in; nothing else passes between them.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {castVoices} from './cast';
import {formatFor} from './schema/format';
import type {AdBrief, Platform, Script} from './schema/script';
import {checkCraft, describeCheck, type CraftReport} from './craft/gate';
import {keysForPremise, keysForSituation} from './craft/keys';
import type {Situation} from './premise';
import {parseScript} from './schema/validate';
import {cleanPremise} from './schema/text';
import {checkScriptMedia, type MediaPolicy} from './media/check';
import {localiseRemoteMedia} from './media/remote-fetch';
import {PUBLIC_DIR} from './util/paths';
import {describePlan} from './time/plan';
import {toSrt, toVtt} from './time/captions';
import {keyFrames} from './time/key-frames';
import {timeScript, type Timeline} from './time/timeline';
import {createVoiceProvider, voiceScript} from './voice';
import {mixSoundtrackOffThread} from './mix/off-thread';
import {createVisualProvider} from './visualise';
import {offlineWriter} from './write/offline';
import {createOpenAIWriter} from './write/openai';
import type {Writer} from './write/writer';
import {renderChunkedVideo, type ChunkedRenderStats} from './render/chunked';
import {earlyRenderer, type EarlyRenderer} from './render/session';
import {exists, explainWriteError, hashBytes, writeFileAtomic, writeFilesAtomic} from './util/files';
import {UserError} from './util/errors';
import {generatedImage, imageExtension} from './media/image-files';
import {templateInfo} from './templates';
import type {Env, MakeSettings} from './config';
import type {Progress} from './util/progress';

/** The resolved settings (see src/config) plus what one run needs: where to write, the browser, env and reporting. */
export interface PipelineOptions extends Omit<MakeSettings, 'templateOptions'> {
  /** Render this script instead of writing one. */
  script?: Script;
  /** Defaults to no options (each template's own defaults). */
  templateOptions?: Record<string, unknown>;
  outDir: string;
  browser: string | null;
  /** Credentials and server addresses for the cloud providers (OPENAI_*, ELEVENLABS_*). */
  env: Env;
  progress: Progress;
  warn: (message: string) => void;
  /** The compositions' bundle to render with; built (once per process) when absent. */
  serveUrl?: string;
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
  render?: ChunkedRenderStats;
}

function chooseWriter(options: PipelineOptions): Writer {
  if (options.writer === 'offline') return offlineWriter;
  return createOpenAIWriter({
    apiKey: options.env.OPENAI_API_KEY,
    baseURL: options.env.OPENAI_BASE_URL,
    model: options.model,
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
async function writeScript(options: PipelineOptions): Promise<{script: Script; situation?: Situation}> {
  const format = options.aspect ? formatFor(options.aspect) : undefined;
  const ad = options.ad && (await placeLogo(options.ad));
  // Whoever wrote it, the script carries the brief it was asked for: the templates read platform and ad from it.
  const brief = {
    ...(options.platform && {platform: options.platform}),
    ...(options.audience && {audience: options.audience}),
    ...(ad && {ad}),
  };
  if (options.script) {
    const given = parseScript(
      {
        ...options.script,
        ...(format && {format}),
        // A new length re-fits every pause: the pinned timing of an earlier run no longer applies.
        ...(options.durationSec !== undefined && {targetDurationSec: options.durationSec, timing: undefined}),
        ...brief,
      },
      'script',
    );
    return {script: given};
  }
  const request = {
    premise: cleanPremise(options.premise ?? ''),
    durationSec: options.durationSec!,
    genre: options.genre,
    seed: options.seed,
    language: options.language,
    format: format ?? formatFor('9:16'),
    hooks: options.hooks,
    audience: options.audience,
    platform: options.platform,
    ad,
  };
  const writer = chooseWriter(options);
  // The offline writer hands back the situation it read, so the gate does not parse the premise a second time.
  const {script: written, situation} =
    writer === offlineWriter
      ? await offlineWriter.writeStory(request, options.progress)
      : {script: await writer.write(request, options.progress), situation: undefined};
  return {script: {...written, ...brief}, situation};
}

/** Runs every stage; with dryRun, stops after writing and timing script.json. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const renderer = earlyRenderer(options);
  try {
    return await runStages(options, renderer);
  } finally {
    await renderer.close();
  }
}

async function runStages(options: PipelineOptions, renderer: EarlyRenderer): Promise<PipelineResult> {
  const {progress, outDir} = options;
  const files = {
    script: path.join(outDir, 'script.json'),
    craft: path.join(outDir, 'craft.json'),
    srt: path.join(outDir, 'captions.srt'),
    vtt: path.join(outDir, 'captions.vtt'),
  };

  const media: MediaPolicy = {publicDir: PUBLIC_DIR, remoteMedia: options.remoteMedia ?? false};

  // The bundle and the browser get ready beside everything before the render: they need nothing from the script.
  if (!options.dryRun) renderer.start();
  progress('write', 0);
  const story = await writeScript(options);
  let script = story.script;
  // Early: a script's media are checked before any voicing or bundling, and again below for what the stages made.
  await checkScriptMedia(script, media);
  // Allowed remote media are downloaded now, by the one checked fetcher; no later stage fetches a URL itself.
  if (media.remoteMedia && !options.dryRun) script = await localiseRemoteMedia(script, media);
  progress('write', 1);

  if (options.voices !== 'none') {
    script = castVoices(script, options.voices);
    if (!options.dryRun) script = await voiceScript(script, createVoiceProvider(options.voices, options.env), progress);
  }
  if (!options.dryRun) {
    script = await createVisualProvider(options.visuals, options.env, {cache: options.cache}).visualise(
      script,
      progress,
      options.warn,
    );
    await checkScriptMedia(script, media);
  }

  const timeline = timeScript(script);
  // Saved with a rendered script, so re-rendering an edit of it keeps every unchanged segment's length (and its
  // chunk). Not after a dry run: the voices recorded later would change the fit.
  if (!options.dryRun) script = {...script, timing: timeline.timing};
  // The gate reads the premise the script was written from; a hand-written script without one skips its premise checks.
  const premise = script.premise ?? options.premise;
  const keys = story.situation
    ? keysForSituation(story.situation)
    : premise
      ? keysForPremise(premise, script.language)
      : undefined;
  const craft = checkCraft(script, timeline, keys);
  const plan = describePlan(script, timeline, craft);
  // Written together (all or none), and after the render when there is one: a failed run leaves no lone script.
  const writeTexts = () =>
    writeFilesAtomic([
      [files.script, `${JSON.stringify(script, null, 2)}\n`],
      [files.craft, `${JSON.stringify({...craft, keys: keys ?? null}, null, 2)}\n`],
      [files.srt, toSrt(script, timeline)],
      [files.vtt, toVtt(script, timeline)],
    ]);
  if (options.strict && !craft.pass) {
    await writeTexts();
    const failed = craft.checks.filter((c) => !c.pass).map(describeCheck);
    throw new UserError(
      `the script fails the dramaturgy gate (see ${path.basename(files.craft)}): ${failed.join('; ')}`,
    );
  }
  if (options.dryRun) {
    await writeTexts();
    return {script, timeline, plan, files, craft};
  }

  await fs.mkdir(outDir, {recursive: true});
  // The soundtrack is mixed beside the render, on a thread of its own: the picture does not depend on it (the chunks'
  // keys leave it out), so the capture need not wait for it; only the last step, the mux, does.
  const messageSounds = templateInfo(options.template)?.messageSounds;
  const mixing = mixSoundtrackOffThread(
    script,
    {music: options.music, musicVolume: options.musicVolume, messageSounds},
    progress,
  ).then(async (mixed) => {
    await checkScriptMedia(mixed, media);
    return mixed;
  });
  // The script as the picture sees it: an earlier run's soundtrack (in an edited script.json) is no part of it.
  const {soundtrack: _earlier, ...picture} = script;
  const video = path.join(outDir, 'video.mp4');
  const poster = path.join(outDir, 'poster.png');
  const soundtrack = mixing.then((mixed) => mixed.soundtrack);
  soundtrack.catch(() => undefined); // a failed mix is reported by Promise.all below
  const rendering = renderer.ready().then(({session, browser}) =>
    // The poster shows the hook card once it has animated in (the frame the gallery shows); it is rendered only
    // when that frame's picture changed, in the same browser.
    renderChunkedVideo(session, browser, {
      script: picture,
      soundtrack,
      template: options.template,
      templateOptions: options.templateOptions,
      outFile: video,
      scale: options.renderScale,
      frameRange: options.frameRange,
      poster: {frame: keyFrames(script).hook, outFile: poster},
    }).catch((error) => {
      throw explainWriteError(error, video);
    }),
  );
  const [mixed, render] = await Promise.all([mixing, rendering]);
  script = mixed;
  await writeTexts();
  return {script, timeline, plan, files: {...files, video, poster}, render, craft};
}
