import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {decodeWav, durationMs, encodeWav, type PcmAudio} from '../src/audio/wav';
import {mixSoundtrack, type MixOptions} from '../src/mix';
import {mixSoundtrackOffThread} from '../src/mix/off-thread';
import {masterTrack} from '../src/mix/master';
import {diskScoreCache, type ScorePartCache} from '../src/score/part-cache';
import {seededRandom} from '../src/score/random';
import type {Script, SpokenAudio} from '../src/schema/script';
import {timeScript, type Segment} from '../src/time/timeline';
import {UserError} from '../src/util/errors';
import {PUBLIC_DIR, publicFile} from '../src/util/paths';
import {ffmpegLoudness, goertzel} from './helpers/audio';
import {loadSample} from './helpers/sample';

const RATE = 48000;
/** Test clips and music live under public/ like the voice stage's, in a folder of this run's own. */
const CLIP_DIR = `generated/test-mix-${process.pid}`;
const mixes = new Set<string>();
/** The score's parts go to a folder of this run's own, not the project's cache. */
const SCORE_DIR = mkdtempSync(path.join(os.tmpdir(), 'microdrama-mix-score-'));

beforeAll(() => mkdirSync(path.join(PUBLIC_DIR, CLIP_DIR), {recursive: true}));
afterAll(() => {
  rmSync(path.join(PUBLIC_DIR, CLIP_DIR), {recursive: true, force: true});
  rmSync(SCORE_DIR, {recursive: true, force: true});
  for (const file of mixes) rmSync(file, {force: true});
});

const AUTO: MixOptions = {music: 'auto', musicVolume: 0.35, scoreCache: diskScoreCache(SCORE_DIR)};

/** Mixes and remembers the file for clean-up; returns the script and the decoded track. */
async function mix(
  script: Script,
  options: MixOptions = AUTO,
): Promise<{script: Script; file: string; audio: PcmAudio}> {
  const mixed = await mixSoundtrack(script, options);
  const file = publicFile(mixed.soundtrack!.src)!;
  mixes.add(file);
  return {script: mixed, file, audio: decodeWav(readFileSync(file))};
}

function writeWav(name: string, audio: PcmAudio): string {
  const file = path.join(PUBLIC_DIR, CLIP_DIR, name);
  writeFileSync(file, encodeWav(audio));
  return file;
}

function clip(name: string, audio: PcmAudio): SpokenAudio {
  writeWav(`${name}.wav`, audio);
  return {src: `${CLIP_DIR}/${name}.wav`, durationMs: durationMs(audio), words: []};
}

/** A 1 kHz tone at 22.05 kHz (the mixer must resample it), starting on its first sample after a 2 ms fade-in. */
function toneClip(name: string, amplitude: number, seconds = 1.2): SpokenAudio {
  const rate = 22050;
  const samples = Float32Array.from(
    {length: Math.round(seconds * rate)},
    (_, i) => amplitude * Math.min(1, i / (0.002 * rate)) * Math.sin((2 * Math.PI * 1000 * i) / rate),
  );
  return clip(name, {sampleRate: rate, channels: [samples]});
}

function speak(name: string, text: string, voice: string): SpokenAudio {
  const src = `${CLIP_DIR}/${name}.wav`;
  execFileSync('espeak-ng', ['-v', voice, '-w', path.join(PUBLIC_DIR, src), text]);
  return {src, durationMs: durationMs(decodeWav(readFileSync(path.join(PUBLIC_DIR, src)))), words: []};
}

/** A music file made by ffmpeg from an expression of t (seconds). */
function musicFile(name: string, seconds: number, expression: string): string {
  const file = path.join(PUBLIC_DIR, CLIP_DIR, name);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `aevalsrc=${expression}:s=44100:d=${seconds}`,
    file,
  ]);
  return file;
}

const frame = (ms: number) => Math.round((ms * RATE) / 1000);

/** RMS level in dBFS of the left channel between two times. */
function rmsDb(audio: PcmAudio, fromMs: number, toMs: number): number {
  const signal = audio.channels[0].subarray(frame(fromMs), frame(toMs));
  return 10 * Math.log10(signal.reduce((sum, x) => sum + x * x, 0) / signal.length);
}

/** Level in dB of one frequency between two times (Goertzel), blind to everything else in the mix. */
function toneDb(audio: PcmAudio, hz: number, fromMs: number, toMs: number): number {
  const signal = audio.channels[0].subarray(frame(fromMs), frame(toMs));
  return 20 * Math.log10(goertzel(signal, hz, RATE) / signal.length);
}

/** Three lines with silent action beats between them; no cards voiced, no effects called for. */
function dialogueScript(lines: SpokenAudio[]): Script {
  const sample = loadSample();
  const quiet = (text: string) => ({kind: 'action' as const, text});
  return {
    ...sample,
    targetDurationSec: 25,
    scenes: [
      {
        ...sample.scenes[0],
        beats: [
          {kind: 'line', characterId: 'lena', text: 'The first line is here.', audio: lines[0]},
          quiet('They look at each other.'),
          {kind: 'line', characterId: 'omar', text: 'The second line is here.', audio: lines[1]},
          quiet('Nobody moves.'),
          {kind: 'line', characterId: 'lena', text: 'The third line is here.', audio: lines[2]},
        ],
      },
    ],
  };
}

const lineSegments = (script: Script): Segment[] => timeScript(script).segments.filter((s) => s.beat?.kind === 'line');

describe('mixSoundtrack', () => {
  it('masters voices over the score to -14 LUFS with true peaks under -1 dBTP (measured by ffmpeg)', async () => {
    const script = loadSample();
    const voices: Record<string, string> = {lena: 'en-us+f3', omar: 'en-us+m3', clara: 'en-gb+f4'};
    let n = 0;
    for (const scene of script.scenes) {
      for (const beat of scene.beats) {
        if (beat.kind === 'line' || beat.kind === 'narration')
          beat.audio = speak(`line-${n++}`, beat.text, voices[beat.characterId ?? ''] ?? 'en-us');
      }
    }
    script.cardAudio = {
      hook: speak('hook', script.hook, 'en-us'),
      cliffhanger: speak('cliffhanger', script.cliffhanger, 'en-us'),
    };

    const {script: mixed, file, audio} = await mix(script);
    const timeline = timeScript(script);
    expect(mixed.soundtrack).toEqual({
      src: expect.stringMatching(/^generated\/mix\/[0-9a-f]{16}\.wav$/),
      durationMs: timeline.totalMs,
    });
    expect(audio.sampleRate).toBe(RATE);
    expect(audio.channels).toHaveLength(2);
    expect(durationMs(audio)).toBeCloseTo(timeline.totalMs, -1);
    const {integrated, truePeak} = ffmpegLoudness(file);
    expect(Math.abs(integrated + 14)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThan(-1);
  });

  it('masters music alone to the same targets', async () => {
    const script = {...loadSample(), mood: 'triumph' as const};
    const {file, audio} = await mix(script);
    expect(durationMs(audio)).toBeCloseTo(timeScript(script).totalMs, -1);
    const {integrated, truePeak} = ffmpegLoudness(file);
    expect(Math.abs(integrated + 14)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThan(-1);
  });

  it('places every clip at its segment’s speechStartMs, levelled to one loudness', async () => {
    const script = dialogueScript([toneClip('soft', 0.02), toneClip('loud', 0.7), toneClip('middle', 0.15)]);
    const {audio} = await mix(script, {music: 'none', musicVolume: 0.35});
    const left = audio.channels[0];
    const levels = lineSegments(script).map((segment) => {
      const start = segment.speechStartMs;
      const peak = left.subarray(frame(start), frame(start + 200)).reduce((max, x) => Math.max(max, Math.abs(x)), 0);
      const onset = left.findIndex((x, i) => i >= frame(start - 100) && Math.abs(x) > peak * 0.1);
      expect(Math.abs((onset / RATE) * 1000 - start)).toBeLessThan(2);
      // Silence right before the line: nothing is early.
      expect(rmsDb(audio, start - 100, start - 2)).toBeLessThan(-80);
      return rmsDb(audio, start + 200, start + segment.speechMs - 100);
    });
    expect(Math.max(...levels) - Math.min(...levels)).toBeLessThan(1);
  });

  it('ducks the music under each line by 8 dB or more and brings it back between lines', async () => {
    const script = dialogueScript([toneClip('a', 0.3), toneClip('b', 0.3), toneClip('c', 0.3)]);
    const music = musicFile('hum.wav', 40, '0.3*sin(2*PI*110*t)');
    const {audio} = await mix(script, {music, musicVolume: 0.35});
    const timeline = timeScript(script);
    const musicDb = (fromMs: number, toMs: number) => toneDb(audio, 110, fromMs, toMs);
    const under = lineSegments(script).map((s) => musicDb(s.speechStartMs + 300, s.speechStartMs + s.speechMs - 100));
    const between = timeline.segments
      .filter((s) => s.beat?.kind === 'action')
      .map((s) => musicDb(s.startMs + s.durationMs / 2 - 150, s.startMs + s.durationMs / 2 + 150));
    const open = musicDb(200, timeline.segments[0].durationMs - 100); // the unvoiced hook card
    for (const level of between) {
      for (const ducked of under) expect(level - ducked).toBeGreaterThanOrEqual(8);
      expect(open - level).toBeLessThan(2);
    }
  });

  it('loops a short music file (any format) to the length of the video', async () => {
    // 3 s of OGG: a 0.3 s beep, then silence. Looped with a 0.75 s crossfade, a beep starts every 2.25 s.
    const music = musicFile('beep.ogg', 3, "'if(lt(t,0.3),0.5*sin(2*PI*440*t),0)'");
    const script = {...loadSample(), targetDurationSec: 20};
    const {audio} = await mix(script, {music, musicVolume: 0.35});
    const totalMs = timeScript(script).totalMs;
    expect(durationMs(audio)).toBeCloseTo(totalMs, -1);
    const beeps: number[] = [];
    for (let ms = 0; ms + 50 < totalMs; ms += 10) {
      const on = toneDb(audio, 440, ms, ms + 50) > -40;
      if (on && (beeps.length === 0 || ms - beeps[beeps.length - 1] > 1000)) beeps.push(ms);
    }
    expect(beeps.length).toBeGreaterThanOrEqual(Math.floor((totalMs - 2000) / 2250));
    beeps.slice(1).forEach((ms, i) => expect(Math.abs(ms - beeps[i] - 2250)).toBeLessThanOrEqual(30));
    expect(beeps[beeps.length - 1]).toBeGreaterThan(totalMs - 2250 - 2000);
  });

  it('reuses an unchanged mix, renders the same bytes when asked again, and a new file when options change', async () => {
    const script = {...loadSample(), targetDurationSec: 15, mood: 'comedy' as const};
    const first = await mix(script);
    const modified = statSync(first.file).mtimeMs;
    const bytes = readFileSync(first.file);
    const again = await mixSoundtrack(structuredClone(script), AUTO);
    expect(again.soundtrack).toEqual(first.script.soundtrack);
    expect(statSync(first.file).mtimeMs).toBe(modified);
    rmSync(first.file);
    await mixSoundtrack(script, AUTO);
    expect(readFileSync(first.file).equals(bytes)).toBe(true);
    const quieter = await mix(script, {...AUTO, musicVolume: 0.2});
    expect(quieter.file).not.toBe(first.file);
  });

  it('re-mixes an edited line with the score parts of every other section read back, to the bytes of a fresh mix', async () => {
    const written = {...loadSample(), targetDurationSec: 20, mood: 'mystery' as const};
    const script: Script = {...written, timing: timeScript(written).timing};
    const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-mix-edit-'));
    try {
      const log = {hits: 0, writes: 0};
      const disk = diskScoreCache(dir);
      const counted: ScorePartCache = {
        read: async (key) => {
          const part = await disk.read(key);
          if (part) log.hits++;
          return part;
        },
        write: async (key, part) => {
          log.writes++;
          await disk.write(key, part);
        },
      };
      await mix(script, {...AUTO, scoreCache: counted});
      const sections = log.writes;
      expect(log.hits).toBe(0);

      const edited = structuredClone(script);
      edited.scenes[0].beats[2].text = 'Lena? You are the wedding planner they hired for tonight?';
      Object.assign(log, {hits: 0, writes: 0});
      const remixed = await mix(edited, {...AUTO, scoreCache: counted});
      expect(log).toEqual({hits: sections - 1, writes: 1});
      // Mixed again from nothing (no mix file, an empty cache): the same bytes.
      const bytes = readFileSync(remixed.file);
      rmSync(remixed.file);
      await mixSoundtrack(edited, {...AUTO, scoreCache: diskScoreCache(path.join(dir, 'cold'))});
      expect(readFileSync(remixed.file).equals(bytes)).toBe(true);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('leaves the soundtrack unset with neither voices nor music', async () => {
    const script = {...loadSample(), soundtrack: {src: 'generated/mix/stale.wav', durationMs: 1000}};
    const mixed = await mixSoundtrack(script, {music: 'none', musicVolume: 0.35});
    expect(mixed.soundtrack).toBeUndefined();
    expect(mixed.scenes).toEqual(script.scenes);
  });

  it('explains a missing music file and an impossible volume', async () => {
    const script = loadSample();
    await expect(mixSoundtrack(script, {music: 'no/such/track.mp3', musicVolume: 0.35})).rejects.toThrow(UserError);
    await expect(mixSoundtrack(script, {music: 'no/such/track.mp3', musicVolume: 0.35})).rejects.toThrow(
      /no such music file/,
    );
    await expect(mixSoundtrack(script, {music: 'auto', musicVolume: 1.5})).rejects.toThrow(/between 0 and 1/);
  });
});

describe('mixSoundtrackOffThread', () => {
  it('mixes on a thread of its own to the bytes of a mix on this one, reporting its progress here', async () => {
    const script = {...loadSample(), targetDurationSec: 12, mood: 'tension' as const};
    const here = await mix(script);
    const bytes = readFileSync(here.file);
    rmSync(here.file);
    const reports: [string, number][] = [];
    const there = await mixSoundtrackOffThread(
      script,
      {music: 'auto', musicVolume: 0.35, scoreDir: SCORE_DIR},
      (stage, fraction) => reports.push([stage, fraction]),
    );
    expect(there.soundtrack).toEqual(here.script.soundtrack);
    expect(readFileSync(here.file).equals(bytes)).toBe(true);
    expect(reports[0]).toEqual(['mix', 0]);
    expect(reports.at(-1)).toEqual(['mix', 1]);
  });

  it("keeps a user's mistake one (the command line prints it as such)", async () => {
    const missing = mixSoundtrackOffThread(loadSample(), {music: 'no/such/track.mp3', musicVolume: 0.35}, () => {});
    await expect(missing).rejects.toThrow(UserError);
    await expect(
      mixSoundtrackOffThread(loadSample(), {music: 'no/such/track.mp3', musicVolume: 0.35}, () => {}),
    ).rejects.toThrow(/no such music file/);
  });
});

describe('masterTrack', () => {
  /**
   * Noise bursts, like lines of speech, over a 12 kHz tone sampled 45 degrees off its crests: every sample sits
   * 3 dB under the waveform's true peak, so only an oversampling limiter can hold it under the ceiling.
   */
  function intersamplePeaks(seconds: number): PcmAudio {
    const random = seededRandom(7);
    // Globals hoisted: a global lookup per sample is slow in jest's vm context.
    const [sin, step, phase] = [Math.sin, (2 * Math.PI * 12000) / RATE, Math.PI / 4];
    const channel = () => {
      const samples = new Float32Array(seconds * RATE);
      for (let i = 0; i < samples.length; i++) {
        const burst = (i / RATE) % 0.5 < 0.25 ? (random() * 2 - 1) * 0.2 : 0;
        samples[i] = burst + 0.5 * sin(step * i + phase);
      }
      return samples;
    };
    return {sampleRate: RATE, channels: [channel(), channel()]};
  }

  it('holds inter-sample peaks under -1 dBTP at -14 LUFS (measured by ffmpeg)', () => {
    const source = intersamplePeaks(20);
    const samplePeak = source.channels[0].reduce((max, x) => Math.max(max, Math.abs(x)), 0);
    const {integrated, truePeak} = ffmpegLoudness(writeWav('overs.wav', masterTrack(source).audio));
    expect(ffmpegLoudness(writeWav('source.wav', source)).truePeak - 20 * Math.log10(samplePeak)).toBeGreaterThan(1);
    expect(Math.abs(integrated + 14)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThan(-1);
  });

  it('masters 90 s of stereo in a couple of seconds', () => {
    const source = intersamplePeaks(90);
    const started = process.cpuUsage();
    masterTrack(source);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1e6).toBeLessThan(2.5);
  });
});
