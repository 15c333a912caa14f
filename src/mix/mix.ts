/**
 * Stage 4, score and mix: one premixed soundtrack for the whole timeline. Dialogue levelled and placed on its
 * segments' speech times, the music bed ducked under it, effects on the beats that call for them, all mastered to
 * -14 LUFS with true peaks under -1 dBTP, written once per distinct input under public/generated/mix/.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {encodeWav, type PcmAudio} from '../audio/wav';
import type {Script} from '../schema/script';
import {effectsFor} from '../score/cues';
import {diskScoreCache, type ScorePartCache} from '../score/part-cache';
import type {MessageSounds} from '../templates';
import {timeScript, type Timeline} from '../time/timeline';
import {UserError} from '../util/errors';
import {exists, hashBytes, hashOf, writeFileAtomic} from '../util/files';
import {cacheDir, generatedAsset} from '../util/paths';
import {silentProgress, type Progress} from '../util/progress';
import {clipSource, dialogueStem, DIALOGUE_LUFS, spokenSegments} from './dialogue';
import {duckingGain} from './duck';
import {integratedLoudness} from './loudness';
import {masterTrack} from './master';
import {musicBed, type MusicChoice} from './music';
import {addInto, applyGainCurve, dbToGain, gainToDb, msToFrames, MIX_RATE, silence} from '../audio/pcm';

export interface MixOptions {
  /** 'auto': the procedural score; 'none': no music; anything else: a path to the user's track. */
  music: MusicChoice;
  /** Music level relative to the dialogue, 0..1 (the default 0.35, MUSIC_VOLUME in src/config: about 9 dB under the voices between lines). */
  musicVolume: number;
  /** Where a message sound plays: on text beats (default), or on every message for templates that show lines as texts. */
  messageSounds?: MessageSounds;
  /**
   * Where the score's section parts are kept, so an edit re-synthesises only the sections it changed (default: the
   * cache folder's `score/`). Not part of the mix's key: a part is the same samples wherever it is kept.
   */
  scoreCache?: ScorePartCache;
}

/** Bump when the mix's sound changes, so cached mixes are not reused. */
const MIX_VERSION = 2;
/** Effects sit just under the dialogue's level (their peaks are set per effect). */
const EFFECTS_GAIN_DB = -2;
/** With no voices the music is the programme; it sits where the dialogue would. */
const MUSIC_ALONE_LUFS = DIALOGUE_LUFS;

async function fileDigest(file: string): Promise<string> {
  if (/^https?:/.test(file)) return file;
  const data = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read audio file ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  return hashBytes(data);
}

/** A hash of everything the mix depends on: timing, texts (effects), markers, clips' and music's contents. */
async function mixKey(script: Script, timeline: Timeline, options: MixOptions): Promise<string> {
  const clips = await Promise.all(spokenSegments(timeline).map(async (s) => fileDigest(await clipSource(s.audio.src))));
  const music = options.music === 'auto' || options.music === 'none' ? options.music : await fileDigest(options.music);
  return hashOf({
    version: MIX_VERSION,
    rate: MIX_RATE,
    title: script.title,
    mood: script.mood,
    genre: script.genre,
    music,
    musicVolume: options.musicVolume,
    messageSounds: options.messageSounds ?? 'texts',
    clips,
    totalMs: timeline.totalMs,
    scenes: timeline.scenes,
    segments: timeline.segments.map((s) => ({
      kind: s.kind,
      startMs: s.startMs,
      durationMs: s.durationMs,
      speechStartMs: s.speechStartMs,
      beat: s.beat && {kind: s.beat.kind, marker: s.beat.marker},
      text: s.text,
      words: s.words.map((w) => w.startMs),
    })),
  });
}

/**
 * Lets other work of this process run between the mix's long computations: the render runs beside the mix, and its
 * browser waits on this process between frames.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Renders the mix: stems, levels, ducking, master. */
async function renderMix(
  script: Script,
  timeline: Timeline,
  options: MixOptions,
  progress: Progress,
): Promise<PcmAudio> {
  const rate = MIX_RATE;
  const frames = msToFrames(timeline.totalMs, rate);
  const dialogue = await dialogueStem(timeline, frames, rate, (done, of) =>
    progress('mix', (0.3 * done) / of, 'voices'),
  );
  const bed = await musicBed(script, timeline, options.music, rate, options.scoreCache);
  progress('mix', 0.6, 'music');
  await breathe();
  const effects = effectsFor(script, timeline, rate, options.messageSounds);
  progress('mix', 0.7, 'effects');
  await breathe();

  const mix = silence(frames, rate);
  if (dialogue) addInto(mix, dialogue);
  if (bed) {
    const target = dialogue ? DIALOGUE_LUFS + gainToDb(options.musicVolume) : MUSIC_ALONE_LUFS;
    const loudness = integratedLoudness(bed);
    if (dialogue) applyGainCurve(bed, duckingGain(dialogue));
    if (Number.isFinite(loudness)) addInto(mix, bed, 0, dbToGain(target - loudness));
  }
  if (effects) addInto(mix, effects, 0, dbToGain(EFFECTS_GAIN_DB));
  progress('mix', 0.8, 'master');
  await breathe();
  const mastered = masterTrack(mix);
  progress('mix', 0.95, `${mastered.loudness.toFixed(1)} LUFS`);
  return mastered.audio;
}

/**
 * Mixes the script's soundtrack and returns the script with `soundtrack` set. A script with no voices and no music
 * comes back without one. An unchanged script (same timing, clips and options) reuses the mix already written.
 */
export async function mixSoundtrack(
  script: Script,
  options: MixOptions,
  progress: Progress = silentProgress,
): Promise<Script> {
  if (!(options.musicVolume >= 0 && options.musicVolume <= 1)) {
    throw new UserError(`the music volume must be between 0 and 1 (got ${options.musicVolume})`);
  }
  const music: MusicChoice = options.musicVolume === 0 ? 'none' : options.music;
  if (music !== 'auto' && music !== 'none' && !/^https?:/.test(music)) {
    if (!(await exists(music))) throw new UserError(`no such music file ${path.resolve(music)}`);
  }
  const timeline = timeScript(script);
  const {soundtrack: _previous, ...withoutSoundtrack} = script;
  if (spokenSegments(timeline).length === 0 && music === 'none') return withoutSoundtrack;

  progress('mix', 0);
  const resolved = {
    music,
    musicVolume: options.musicVolume,
    messageSounds: options.messageSounds,
    scoreCache: options.scoreCache ?? diskScoreCache(cacheDir('score')),
  };
  const {file, src} = generatedAsset('mix', `${await mixKey(script, timeline, resolved)}.wav`);
  const soundtrack = {src, durationMs: timeline.totalMs};
  if (!(await exists(file)))
    await writeFileAtomic(file, encodeWav(await renderMix(script, timeline, resolved, progress)));
  progress('mix', 1);
  return {...withoutSoundtrack, soundtrack};
}
