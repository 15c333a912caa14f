import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {PcmAudio} from '../src/audio/wav';
import {integratedLoudness} from '../src/mix/loudness';
import {msToFrames} from '../src/audio/pcm';
import {MOODS, type Mood, type Script} from '../src/schema/script';
import {cuesFor, effectsFor} from '../src/score/cues';
import {diskScoreCache, type ScorePartCache} from '../src/score/part-cache';
import {composeScore} from '../src/score/score';
import {styleFor} from '../src/score/styles';
import {timeScript, type Timeline} from '../src/time/timeline';
import {goertzel} from './helpers/audio';
import {loadSample} from './helpers/sample';

const RATE = 48000;

function scriptWith(changes: Partial<Script>): Script {
  return {...loadSample(), targetDurationSec: 30, ...changes};
}

const mono = (audio: PcmAudio, fromMs: number, toMs: number): Float32Array => {
  const [left, right] = audio.channels;
  const from = msToFrames(fromMs, RATE);
  return Float32Array.from(left.subarray(from, msToFrames(toMs, RATE)), (l, i) => (l + right[from + i]) / 2);
};

/** K-weighted energy of a window (one BS.1770 block of its own length), in LUFS. */
const energyDb = (audio: PcmAudio, fromMs: number, toMs: number) =>
  integratedLoudness({sampleRate: RATE, channels: [mono(audio, fromMs, toMs)]});

/** Tempo from the autocorrelation of an onset envelope (rises in log energy of the signal's slope, 10 ms hops). */
function onsetTempo(signal: Float32Array): number {
  const hop = RATE / 100;
  const hops = Math.floor(signal.length / hop);
  const logEnergy = new Float64Array(hops);
  for (let h = 0; h < hops; h++) {
    let energy = 1e-9;
    for (let i = h * hop + 1; i < (h + 1) * hop; i++) energy += (signal[i] - signal[i - 1]) ** 2;
    logEnergy[h] = Math.log10(energy);
  }
  const onsets = logEnergy.map((e, h) => (h > 0 ? Math.max(0, e - logEnergy[h - 1]) : 0));
  const mean = onsets.reduce((a, b) => a + b, 0) / hops;
  let bestLag = 0;
  let best = -Infinity;
  for (let lag = 30; lag <= 150; lag++) {
    let sum = 0;
    for (let h = lag; h < hops; h++) sum += (onsets[h] - mean) * (onsets[h - lag] - mean);
    if (sum / (hops - lag) > best) [best, bestLag] = [sum / (hops - lag), lag];
  }
  return 6000 / bestLag;
}

/** Strength of each pitch class over three octaves (Goertzel), normalised to unit length. */
function chroma(signal: Float32Array): number[] {
  const strength = Array.from({length: 12}, (_, pitchClass) => {
    let total = 0;
    for (let midi = 48 + pitchClass; midi < 84; midi += 12) {
      total += goertzel(signal, 440 * 2 ** ((midi - 69) / 12), RATE);
    }
    return total;
  });
  const norm = Math.hypot(...strength);
  return strength.map((s) => s / norm);
}

const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i], 0);

describe('procedural score', () => {
  const twistOf = (timeline: Timeline) => timeline.segments.find((s) => s.beat?.marker === 'twist')!.startMs;

  it('gives each mood its own key, tempo and pitch content', async () => {
    const heard: {mood: Mood; tempo: number; chroma: number[]; style: ReturnType<typeof styleFor>}[] = [];
    for (const mood of MOODS) {
      const script = scriptWith({mood});
      const timeline = timeScript(script);
      const audio = await composeScore(script, timeline);
      expect(audio.sampleRate).toBe(RATE);
      expect(audio.channels).toHaveLength(2);
      expect(audio.channels[0].length).toBe(msToFrames(timeline.totalMs, RATE));
      // From the second scene (all layers under way) to the end card.
      const body = mono(audio, timeline.scenes[1].startMs, timeline.segments.at(-1)!.startMs);
      heard.push({mood, tempo: onsetTempo(body), chroma: chroma(body), style: styleFor(mood, script.genre)});
    }

    // The strongest pulse is the style's beat or a simple ratio of it (half time, double time, dotted, or the bar of
    // a three-beat figure: which one wins depends on how the sections fall in this script's timing).
    const offTempo = heard.filter(
      ({tempo, style}) => ![1 / 3, 0.5, 2 / 3, 1, 1.5, 2].some((r) => Math.abs(tempo / (style.tempo * r) - 1) < 0.04),
    );
    expect(offTempo.map((h) => `${h.mood}: heard ${h.tempo.toFixed(1)} bpm, style ${h.style.tempo}`)).toEqual([]);
    expect(new Set(heard.map((h) => Math.round(h.style.tempo))).size).toBe(MOODS.length);
    const alike = heard.flatMap((a, i) =>
      heard
        .slice(i + 1)
        .filter((b) => cosine(a.chroma, b.chroma) > 0.92)
        .map((b) => `${a.mood}/${b.mood}`),
    );
    expect(alike).toEqual([]);
  });

  it.each(MOODS)('%s: rises into the twist, hits on it and stings on the end card', async (mood: Mood) => {
    const script = scriptWith({mood});
    const timeline = timeScript(script);
    const audio = await composeScore(script, timeline);
    const twist = twistOf(timeline);
    const quarters = [1000, 750, 500, 250].map((before) => energyDb(audio, twist - before, twist - before + 250));
    quarters.slice(1).forEach((level, i) => expect(level).toBeGreaterThan(quarters[i]));
    expect(quarters[3] - quarters[0]).toBeGreaterThan(4);
    expect(energyDb(audio, twist, twist + 250)).toBeGreaterThan(quarters[3] + 4);

    const endCard = timeline.segments.at(-1)!.startMs;
    expect(energyDb(audio, endCard, endCard + 1000)).toBeGreaterThan(energyDb(audio, endCard - 1000, endCard));
    // The music fades out with the picture.
    expect(energyDb(audio, timeline.totalMs - 50, timeline.totalMs)).toBeLessThan(
      energyDb(audio, endCard, endCard + 1000) - 30,
    );
  });

  it('is deterministic: the same script gives the same samples, another title other ones', async () => {
    const script = scriptWith({mood: 'mystery', targetDurationSec: 15});
    const timeline = timeScript(script);
    const first = await composeScore(script, timeline);
    const again = await composeScore(structuredClone(script), timeScript(structuredClone(script)));
    expect(Buffer.from(again.channels[0].buffer).equals(Buffer.from(first.channels[0].buffer))).toBe(true);
    expect(Buffer.from(again.channels[1].buffer).equals(Buffer.from(first.channels[1].buffer))).toBe(true);
    const other = await composeScore({...script, title: 'Another Title'}, timeline);
    expect(Buffer.from(other.channels[0].buffer).equals(Buffer.from(first.channels[0].buffer))).toBe(false);
  });

  it('synthesises 90 s of stereo score in a few seconds', async () => {
    const script = scriptWith({mood: 'triumph', targetDurationSec: 90});
    const timeline = timeScript(script);
    const started = process.cpuUsage();
    await composeScore(script, timeline);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1e6).toBeLessThan(4);
  });
});

/** A cache that notes which keys it was asked for and which it had. */
function recording(cache: ScorePartCache) {
  const log = {hits: [] as string[], misses: [] as string[], writes: [] as string[]};
  const recorder: ScorePartCache = {
    read: async (key) => {
      const part = await cache.read(key);
      (part ? log.hits : log.misses).push(key);
      return part;
    },
    write: async (key, part) => {
      log.writes.push(key);
      await cache.write(key, part);
    },
  };
  return {cache: recorder, log};
}

const sameSamples = (a: PcmAudio, b: PcmAudio) =>
  a.channels.every((channel, c) => Buffer.from(channel.buffer).equals(Buffer.from(b.channels[c].buffer)));

describe('score parts', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-score-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('re-synthesises only the section of an edited line; the moved sections after it are reused', async () => {
    const written = scriptWith({mood: 'tension'});
    // As the pipeline saves it: the timing pinned, so the edit moves what follows instead of re-fitting every pause.
    const script: Script = {...written, timing: timeScript(written).timing};
    const first = recording(diskScoreCache(dir));
    await composeScore(script, timeScript(script), {cache: first.cache});
    expect(first.log.hits).toEqual([]);
    expect(first.log.writes).toEqual(first.log.misses);
    expect(readdirSync(dir)).toHaveLength(first.log.writes.length);

    const edited = structuredClone(script);
    edited.scenes[1].beats[0].text = 'I never told you why I left, and tonight you will finally hear all of it.';
    const before = timeScript(script);
    const after = timeScript(edited);
    expect(after.scenes[2].startMs).toBeGreaterThan(before.scenes[2].startMs);

    const again = recording(diskScoreCache(dir));
    const score = await composeScore(edited, after, {cache: again.cache});
    // The intro, scene 0 and both halves of scene 2 (split at the twist) are read back; scene 1 alone is new.
    expect(again.log.writes).toHaveLength(1);
    expect(again.log.hits).toHaveLength(first.log.writes.length - 1);
    expect(again.log.hits).toEqual(first.log.writes.filter((key) => key !== first.log.writes[2]));
    // The same samples as scoring the edited script from nothing.
    expect(sameSamples(score, await composeScore(edited, after))).toBe(true);
  });
});

describe('sound effects', () => {
  const sample = loadSample();
  const timeline = timeScript(sample);

  it('cues a message on text beats and effects at the words of action beats that call for them', () => {
    const cues = cuesFor(timeline);
    const text = timeline.segments.find((s) => s.beat?.kind === 'text')!;
    const action = timeline.segments.find((s) => s.beat?.text === 'The groom walks in. Lena freezes.')!;
    const wordStart = (word: string) => action.words.find((w) => w.text.startsWith(word))!.startMs;
    expect(cues).toEqual([
      {effect: 'footsteps', atMs: wordStart('walks'), pan: expect.any(Number)},
      {effect: 'heartbeat', atMs: wordStart('freezes'), pan: expect.any(Number)},
      {effect: 'message', atMs: text.speechStartMs, pan: expect.any(Number)},
    ]);
  });

  it('cues a message on every line too for templates that show lines as texts (chat)', () => {
    const messages = cuesFor(timeline, 'every-message').filter((c) => c.effect === 'message');
    const lines = timeline.segments.filter((s) => s.beat?.kind === 'line');
    const texts = timeline.segments.filter((s) => s.beat?.kind === 'text');
    expect(messages).toHaveLength(lines.length + texts.length);
    // Each line's sound lands as its bubble does: at the start of its segment.
    for (const line of lines) expect(messages.some((c) => c.atMs === line.startMs)).toBe(true);
  });

  it('reads keywords with care: one door sound per door, no ringtone for a wedding ring', () => {
    const beatWith = (text: string) => {
      const script = loadSample();
      script.scenes[0].beats[1] = {kind: 'action', text};
      return cuesFor(timeScript(script))
        .filter((c) => c.effect !== 'message')
        .map((c) => c.effect);
    };
    expect(beatWith('She slams the door and the glass shatters.')).toEqual(['slam', 'glass']);
    expect(beatWith('He slides the wedding ring across the table.')).toEqual([]);
    expect(beatWith('Her phone rings. She drops it.')).toEqual(['ring', 'thud']);
    expect(beatWith('A gunshot. Footsteps on the stairs. A car engine.')).toHaveLength(2);
  });

  it('renders each cue where it is placed, silence before, and no stem when nothing calls for one', () => {
    const stem = effectsFor(sample, timeline, RATE)!;
    expect(stem.channels[0].length).toBe(msToFrames(timeline.totalMs, RATE));
    const cues = cuesFor(timeline);
    for (const cue of cues) expect(energyDb(stem, cue.atMs, cue.atMs + 200)).toBeGreaterThan(-40);
    expect(energyDb(stem, 0, cues[0].atMs - 5)).toBe(-Infinity);

    const dialogueOnly = {...sample, scenes: [{...sample.scenes[0], beats: [sample.scenes[0].beats[2]]}]};
    expect(effectsFor(dialogueOnly, timeScript(dialogueOnly), RATE)).toBeUndefined();
  });
});
