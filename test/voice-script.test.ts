/** voiceScript: every spoken beat and both cards voiced in the right voice, unchanged lines skipped, progress. */
import {promises as fs} from 'node:fs';
import {scriptSchema, type Script, type SpokenAudio} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {timeScript} from '../src/time/timeline';
import {publicFile} from '../src/util/paths';
import {castVoices} from '../src/cast';
import {createVoiceProvider, voiceScript, type VoiceProvider} from '../src/voice';
import {FakeElevenLabsServer} from './helpers/elevenlabs-server';
import sample from '../public/samples/wrong-wedding.json';
import {scratchVoiceCache} from './helpers/voice-cache';

// Lines of its own (a suffix), so no other test file's clips collide with this one's.
const SAMPLE: Script = (() => {
  const script = parseScript(sample);
  const own = (text: string) => `${text.replace(/[.?!]$/, '')}, voice-script test.`;
  return {
    ...script,
    hook: own(script.hook),
    cliffhanger: own(script.cliffhanger),
    scenes: script.scenes.map((scene) => ({
      ...scene,
      beats: scene.beats.map((beat) => ({...beat, text: own(beat.text)})),
    })),
  };
})();
const SPOKEN = SAMPLE.scenes.flatMap((s) => s.beats).filter((b) => b.kind === 'line' || b.kind === 'narration').length;

const made = scratchVoiceCache('md-voice-script-');

/** The provider, with every speak() recorded (and every file it makes remembered for cleaning up). */
function counting(provider: VoiceProvider) {
  const spoken: string[] = [];
  const wrapped: VoiceProvider = {
    name: provider.name,
    clipSrc: (request) => provider.clipSrc(request),
    speak: async (request, progress) => {
      spoken.push(request.label);
      const audio = await provider.speak(request, progress);
      made.add(audio.src);
      return audio;
    },
  };
  return {provider: wrapped, spoken};
}

const audios = (script: Script): SpokenAudio[] => [
  script.cardAudio!.hook!,
  ...script.scenes.flatMap((s) => s.beats).flatMap((b) => (b.audio ? [b.audio] : [])),
  script.cardAudio!.cliffhanger!,
];

describe('offline', () => {
  let voiced: Script;
  const progress: [string, number, string | undefined][] = [];

  beforeAll(async () => {
    const {provider} = counting(createVoiceProvider('offline'));
    voiced = await voiceScript(castVoices(SAMPLE, 'offline'), provider, (stage, fraction, detail) =>
      progress.push([stage, fraction, detail]),
    );
  });

  test('every line and narration beat and both cards get audio; text and action beats none', async () => {
    expect(() => scriptSchema.parse(voiced)).not.toThrow();
    for (const beat of voiced.scenes.flatMap((s) => s.beats)) {
      expect(beat.audio !== undefined).toBe(beat.kind === 'line' || beat.kind === 'narration');
    }
    expect(audios(voiced)).toHaveLength(SPOKEN + 2);
    for (const audio of audios(voiced)) {
      await expect(fs.access(publicFile(audio.src)!)).resolves.toBeUndefined();
      expect(audio.words.length).toBeGreaterThan(0);
    }
    // The cast is kept in the script, for re-renders and later episodes.
    expect(voiced.characters.every((c) => c.voice?.provider === 'offline')).toBe(true);
    expect(voiced.narrator?.voice?.provider).toBe('offline');
  });

  test('each beat in its speaker voice: characters for lines, the narrator for narration and cards', () => {
    const provider = createVoiceProvider('offline');
    const voiceOf = (id?: string) =>
      id ? voiced.characters.find((c) => c.id === id)!.voice! : voiced.narrator!.voice!;
    for (const beat of voiced.scenes.flatMap((s) => s.beats).filter((b) => b.audio)) {
      const request = {
        text: beat.text,
        voice: voiceOf(beat.kind === 'line' ? beat.characterId : undefined),
        emotion: beat.emotion,
        language: 'en',
        label: '',
      };
      expect(beat.audio!.src).toBe(provider.clipSrc(request));
    }
    expect(voiced.cardAudio!.hook!.src).toBe(
      provider.clipSrc({text: SAMPLE.hook, voice: voiceOf(), language: 'en', label: ''}),
    );
  });

  test('progress: the voices stage from 0 to 1, naming each line', () => {
    expect(progress.every(([stage]) => stage === 'voices')).toBe(true);
    expect(progress[0][1]).toBe(0);
    expect(progress.at(-1)![1]).toBe(1);
    const fractions = progress.map(([, f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.map(([, , detail]) => detail)).toContain('Lena, scenes[0].beats[3]');
  });

  test('the timeline runs on the real audio: segment speech is the clip duration', () => {
    const timeline = timeScript(voiced);
    const hook = timeline.segments[0];
    expect(hook.speechMs).toBe(voiced.cardAudio!.hook!.durationMs);
    expect(hook.words[0].startMs).toBe(hook.speechStartMs);
  });

  test('voicing again skips every beat already voiced; a changed line or a lost file is voiced anew', async () => {
    const {provider, spoken} = counting(createVoiceProvider('offline'));
    const again = await voiceScript(voiced, provider, () => undefined);
    expect(spoken).toEqual([]);
    expect(again).toEqual(voiced);

    const edited: Script = structuredClone(voiced);
    edited.scenes[1].beats[1].text = 'You do not get to explain anything, voice-script test.';
    await fs.rm(publicFile(voiced.scenes[2].beats[0].audio!.src)!);
    const redone = await voiceScript(edited, provider, () => undefined);
    expect(spoken).toEqual(['Lena, scenes[1].beats[1]', 'Clara, scenes[2].beats[0]']);
    expect(redone.scenes[1].beats[1].audio!.src).not.toBe(voiced.scenes[1].beats[1].audio!.src);
    await expect(fs.access(publicFile(redone.scenes[2].beats[0].audio!.src)!)).resolves.toBeUndefined();
  });
});

test('an uncast script is a programming error, not a silent recast', async () => {
  await expect(voiceScript(SAMPLE, createVoiceProvider('offline'), () => undefined)).rejects.toThrow(
    /has no offline voice: cast the script/,
  );
});

describe('elevenlabs', () => {
  let server: FakeElevenLabsServer;
  beforeAll(async () => {
    server = await FakeElevenLabsServer.start();
  });
  afterAll(() => server.close());

  test('one request per spoken segment, each in its speaker voice; a second run makes none', async () => {
    const provider = createVoiceProvider('elevenlabs', {
      ELEVENLABS_API_KEY: server.apiKey,
      ELEVENLABS_BASE_URL: server.baseUrl,
    });
    const {provider: counted} = counting(provider);
    const voiced = await voiceScript(castVoices(SAMPLE, 'elevenlabs'), counted, () => undefined);
    expect(server.requests).toHaveLength(SPOKEN + 2);
    const byText = new Map(server.requests.map((r) => [r.body.text as string, r.voiceId]));
    const narrator = voiced.narrator!.voice!.id;
    expect(byText.get(SAMPLE.hook)).toBe(narrator);
    for (const beat of voiced.scenes.flatMap((s) => s.beats).filter((b) => b.audio)) {
      const speaker =
        beat.kind === 'line' ? voiced.characters.find((c) => c.id === beat.characterId)!.voice!.id : narrator;
      expect(byText.get(beat.text)).toBe(speaker);
    }
    expect(new Set(voiced.characters.map((c) => c.voice!.id)).size).toBe(3);

    await voiceScript(voiced, counted, () => undefined);
    expect(server.requests).toHaveLength(SPOKEN + 2);
  });
});
