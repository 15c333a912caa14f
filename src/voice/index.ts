/**
 * Stage 3, voice the script: every line and narration beat, the hook card and the end card get audio in their
 * speaker's voice (the narrator's for narration and cards). Beats whose audio is already on disk for the same
 * voice and text keep it. With no voices the pipeline skips this stage: timing then comes from reading speed.
 */
import type {VoiceProviderName} from '../config';
import type {Beat, Script, SpokenAudio, Voice} from '../schema/script';
import {UserError} from '../util/errors';
import {exists} from '../util/files';
import {publicFile} from '../util/paths';
import type {Progress} from '../util/progress';
import type {ElevenLabsOptions} from './elevenlabs';
import {OfflineVoiceProvider, type OfflineOptions} from './offline';
import type {SpeakRequest, VoiceProvider} from './voice';

export type {SpeakRequest, VoiceProvider} from './voice';

export type VoiceProviderOptions = OfflineOptions & Partial<ElevenLabsOptions>;

/**
 * The voice provider of that name. ElevenLabs reads ELEVENLABS_API_KEY (and optionally ELEVENLABS_BASE_URL,
 * ELEVENLABS_MODEL_ID, ELEVENLABS_OUTPUT_FORMAT) from `env`; explicit options win.
 */
export function createVoiceProvider(
  name: VoiceProviderName,
  env: NodeJS.ProcessEnv = process.env,
  options: VoiceProviderOptions = {},
): VoiceProvider {
  if (name === 'offline') return new OfflineVoiceProvider(options);
  const apiKey = options.apiKey ?? env.ELEVENLABS_API_KEY;
  if (!apiKey)
    throw new UserError(
      'ElevenLabs voices need an API key: set ELEVENLABS_API_KEY, or use the offline voices (or none)',
    );
  // Loaded only when asked for: the ElevenLabs SDK is ~12,000 files, seconds of every run's start-up otherwise
  // (a re-render of an edit with offline voices among them).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {ElevenLabsVoiceProvider} = require('./elevenlabs') as typeof import('./elevenlabs');
  return new ElevenLabsVoiceProvider({
    ...options,
    apiKey,
    baseUrl: options.baseUrl ?? env.ELEVENLABS_BASE_URL,
    modelId: options.modelId ?? env.ELEVENLABS_MODEL_ID,
    outputFormat: options.outputFormat ?? env.ELEVENLABS_OUTPUT_FORMAT,
  });
}

/** One thing to say, and where its audio goes in the script. */
interface Job {
  request: SpeakRequest;
  current?: SpokenAudio;
  store: (audio: SpokenAudio) => void;
}

const spoken = (beat: Beat) => beat.kind === 'line' || beat.kind === 'narration';

/** The voice a role was cast; casting (src/cast) runs before this stage and gives everyone one of this provider. */
function castVoice(voice: Voice | undefined, who: string, provider: VoiceProvider): Voice {
  if (voice?.provider !== provider.name)
    throw new Error(`${who} has no ${provider.name} voice: cast the script for ${provider.name} before voicing it`);
  return voice;
}

/** Voices every spoken beat and both cards of a cast script; returns the updated script. */
export async function voiceScript(cast: Script, provider: VoiceProvider, progress: Progress): Promise<Script> {
  const script = cast;
  const narrator = castVoice(cast.narrator?.voice, 'the narrator', provider);
  const voices = new Map<string, {name: string; voice: Voice}>(
    cast.characters.map((c) => [c.id, {name: c.name, voice: castVoice(c.voice, c.name, provider)}]),
  );
  const result: Script = {
    ...cast,
    scenes: cast.scenes.map((scene) => ({...scene, beats: scene.beats.map((beat) => ({...beat}))})),
    cardAudio: {...cast.cardAudio},
  };
  const base = {language: script.language};

  const jobs: Job[] = [
    {
      request: {...base, text: script.hook, voice: narrator, label: 'narrator, hook'},
      current: result.cardAudio!.hook,
      store: (a) => (result.cardAudio!.hook = a),
    },
  ];
  result.scenes.forEach((scene, s) =>
    scene.beats.forEach((beat, b) => {
      if (!spoken(beat)) return;
      const speaker = beat.kind === 'line' && beat.characterId ? voices.get(beat.characterId) : undefined;
      const who = speaker?.name ?? 'narrator';
      const request = {
        ...base,
        text: beat.text,
        voice: speaker?.voice ?? narrator,
        emotion: beat.emotion,
        label: `${who}, scenes[${s}].beats[${b}]`,
      };
      jobs.push({request, current: beat.audio, store: (a) => (beat.audio = a)});
    }),
  );
  jobs.push({
    request: {...base, text: script.cliffhanger, voice: narrator, label: 'narrator, cliffhanger'},
    current: result.cardAudio!.cliffhanger,
    store: (a) => (result.cardAudio!.cliffhanger = a),
  });

  progress('voices', 0);
  for (const [done, job] of jobs.entries()) {
    // The provider's own notes (retries, estimated timings) are reported at this stage's progress.
    const report: Progress = (_stage, _fraction, detail) => progress('voices', done / jobs.length, detail);
    if (!(await upToDate(job, provider))) job.store(await provider.speak(job.request, report));
    progress('voices', (done + 1) / jobs.length, job.request.label);
  }
  return result;
}

/** The beat already has this voice saying this text (its src is the same hash) and the file is there. */
async function upToDate(job: Job, provider: VoiceProvider): Promise<boolean> {
  if (!job.current || job.current.src !== provider.clipSrc(job.request)) return false;
  const file = publicFile(job.current.src);
  return file !== undefined && (await exists(file));
}
