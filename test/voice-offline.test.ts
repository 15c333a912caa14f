/**
 * The offline (espeak-ng) provider: word timings measured against known boundaries, timings that sit on the
 * silences of the audio actually written, cast voices that are measurably distinct, caching, a missing espeak-ng.
 */
import {promises as fs, statSync} from 'node:fs';
import {castVoices} from '../src/cast';
import {OFFLINE_VOICES} from '../src/cast/offline-voices';
import {decodeWav} from '../src/audio/wav';
import type {Script, SpokenAudio, Voice} from '../src/schema/script';
import {spreadWords, splitWords} from '../src/time/words';
import {SettingError, UserError} from '../src/util/errors';
import {inFlagTerms} from '../src/cli/flags';
import {publicFile} from '../src/util/paths';
import {ESPEAK_LANGUAGES, ESPEAK_VARIANTS} from '../src/cast/espeak-catalogue';
import {espeakVersion, installedVoices, spokenGrouping, synthesise} from '../src/voice/espeak';
import {OfflineVoiceProvider} from '../src/voice/offline';
import type {SpeakRequest} from '../src/voice/voice';
import {captionSpans, findWordGaps, speechSpan} from '../src/voice/word-gaps';
import sample from '../public/samples/wrong-wedding.json';
import {scratchVoiceCache} from './helpers/voice-cache';
import {SIX_MEN, SIX_WOMEN} from './helpers/descriptions';

const SAMPLE = sample as unknown as Script;
const LINES = [
  'Three years ago he left me at the altar.',
  "Lena? You're the planner?",
  'Congratulations. Your seating chart is a mess.',
  'I never told you why I left.',
  "You don't get to explain tonight.",
  "So you're the girl from the photo in his wallet.",
  "He didn't leave you. My father paid him to.",
  'Then why is he marrying you?',
];

const made = scratchVoiceCache('md-offline-');
const provider = new OfflineVoiceProvider();

const voice = (variant: string, pitch = 50, rate = 170): Voice => ({
  provider: 'offline',
  id: `en-us+${variant}`,
  pitch,
  rate,
});

/** Speaks with the shared provider; any note from it (timings estimated instead of measured) fails the test. */
async function speak(request: Omit<SpeakRequest, 'language' | 'label'> & Partial<SpeakRequest>): Promise<SpokenAudio> {
  const full = {language: 'en', label: 'Lena, scenes[0].beats[3]', ...request};
  made.add(provider.clipSrc(full));
  const notes: string[] = [];
  const audio = await provider.speak(full, (_stage, _fraction, detail) => detail && notes.push(detail));
  expect(notes).toEqual([]);
  return audio;
}

/** Deterministic pseudo-random numbers, so the constructed clips are the same every run. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('word timing against known boundaries', () => {
  /**
   * Ground truth: each word rendered on its own by espeak-ng, trimmed, and laid end to end with known pauses
   * (some zero: words that run into each other), once as played and once as the probe with every pause 50 ms
   * longer, which is what `-g` does to a real render. The intra-word silences (stop closures) are real.
   */
  test('measured boundaries match the true ones (error reported in ms)', async () => {
    const next = random(7);
    const errors: number[] = [];
    for (const [n, line] of LINES.entries()) {
      const variant = ['Andrea', 'm3', 'm8', 'linda'][n % 4];
      const words = splitWords(line, 'en');
      const clips = await Promise.all(
        words.map((w) => synthesise(w, {voice: `en-us+${variant}`, pitch: 50, rate: 170, wordGap: 0})),
      );
      const sampleRate = clips[0].sampleRate;
      const ms = (x: number) => Math.round((x / 1000) * sampleRate);
      const spoken = clips.map((clip) => {
        const span = speechSpan(clip.channels[0], 0);
        return clip.channels[0].slice(span.start, span.end);
      });
      const pauses = words.map((_, i) => (i === 0 ? ms(40) : next() < 0.25 ? 0 : ms(5 + next() * 60)));
      const build = (extra: number) => {
        const parts: Float32Array[] = [];
        const truth: {start: number; end: number}[] = [];
        let at = 0;
        spoken.forEach((samples, i) => {
          const pause = new Float32Array(pauses[i] + (i > 0 ? extra : 0));
          parts.push(pause, samples);
          at += pause.length;
          truth.push({start: at, end: at + samples.length});
          at += samples.length;
        });
        parts.push(new Float32Array(ms(60) + extra));
        const out = new Float32Array(at + ms(60) + extra);
        let offset = 0;
        for (const part of parts) {
          out.set(part, offset);
          offset += part.length;
        }
        return {out, truth};
      };
      const played = build(0);
      const probe = build(ms(50));
      const found = findWordGaps(played.out, probe.out, sampleRate);
      // Each word was rendered on its own: one spoken word each, none shared.
      const spans = captionSpans(found, words, {counts: words.map(() => 1), shared: words.slice(1).map(() => 0)});
      expect(spans).toBeDefined();
      spans!.forEach((span, i) => {
        errors.push((Math.abs(span.start - played.truth[i].start) / sampleRate) * 1000);
        errors.push((Math.abs(span.end - played.truth[i].end) / sampleRate) * 1000);
      });
    }
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    const max = Math.max(...errors);
    process.stdout.write(
      `\n[word timing] ${errors.length} boundaries: mean error ${mean.toFixed(2)} ms, max ${max.toFixed(2)} ms\n`,
    );
    expect(mean).toBeLessThan(1);
    expect(max).toBeLessThan(5);
  });

  test("the method's premise holds for espeak-ng: -g lengthens the pauses between words and nothing else", async () => {
    for (const [n, line] of LINES.entries()) {
      const prosody = {voice: `en-us+${['Andrea', 'm3', 'm8', 'linda'][n % 4]}`, pitch: 50, rate: 150 + 20 * (n % 3)};
      const [played, probe] = await Promise.all([1, 21].map((wordGap) => synthesise(line, {...prosody, wordGap})));
      const found = findWordGaps(played.channels[0], probe.channels[0], played.sampleRate);
      // Every extra sample of the probe is in a pause that grew, one between each two words espeak-ng says.
      expect(found.complete).toBe(true);
      const words = splitWords(line, 'en');
      const {counts, shared} = await spokenGrouping(words, prosody.voice);
      expect(found.gaps).toHaveLength(counts.reduce((a, b) => a + b, 0) - shared.reduce((a, b) => a + b, 0) - 1);
    }
  });

  /**
   * Real renders have no ground truth beyond the audio itself, so the claim checked is the one that matters for
   * captions: every word starts at the first sound after a pause and ends at the last sound before one, in the
   * WAV that is written. The error reported is the distance to those transitions (word times are whole ms).
   */
  test('on real renders, every boundary sits on a silence-to-sound transition of the written WAV', async () => {
    const errors: number[] = [];
    let measuredVsEstimated = 0;
    for (const [n, line] of LINES.entries()) {
      const v = voice(['Andrea', 'm3', 'm8', 'linda'][n % 4]);
      const audio = await speak({text: line, voice: v, emotion: n % 2 ? 'angry' : 'sad'});
      const {shared} = await spokenGrouping(splitWords(line, 'en'), v.id);
      let points = 0;
      const samples = decodeWav(await fs.readFile(publicFile(audio.src)!)).channels[0];
      const rate = samples.length / (audio.durationMs / 1000);
      const sound = (i: number) => Math.abs(samples[i]) > 0;
      expect(audio.words.map((w) => w.text)).toEqual(splitWords(line, 'en'));
      // Trimmed: the clip starts and ends with sound.
      expect(sound(0) && sound(samples.length - 1)).toBe(true);
      expect(audio.words[0].startMs).toBe(0);
      expect(Math.abs(audio.words.at(-1)!.endMs - audio.durationMs)).toBeLessThanOrEqual(1);
      for (let i = 1; i < audio.words.length; i++) {
        const [before, after] = [audio.words[i - 1], audio.words[i]];
        expect(after.startMs).toBeGreaterThanOrEqual(before.endMs);
        // From the middle of the boundary walk to the actual transitions: back to the last sound, on to the first.
        const middle = Math.round(((before.endMs + after.startMs) / 2000) * rate);
        if (sound(middle)) {
          // Only words espeak-ng says as one ("from the") have no pause between them: a point, shared out.
          expect(after.startMs - before.endMs).toBeLessThanOrEqual(1);
          points++;
          continue;
        }
        let last = middle;
        while (last > 0 && !sound(last)) last--;
        let first = middle;
        while (first < samples.length - 1 && !sound(first)) first++;
        errors.push(
          Math.abs(before.endMs - ((last + 1) / rate) * 1000),
          Math.abs(after.startMs - (first / rate) * 1000),
        );
      }
      expect(points).toBe(shared.reduce((a, b) => a + b, 0));
      const estimate = spreadWords(splitWords(line, 'en'), 0, audio.durationMs);
      measuredVsEstimated +=
        audio.words.reduce((sum, w, i) => sum + Math.abs(w.startMs - estimate[i].startMs), 0) / audio.words.length;
    }
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    const max = Math.max(...errors);
    process.stdout.write(
      `[word timing, real renders] ${errors.length} boundaries: mean ${mean.toFixed(2)} ms, max ${max.toFixed(2)} ms from the audio's transitions\n`,
    );
    expect(max).toBeLessThanOrEqual(1);
    // Not even division in disguise: the measured starts differ from a length-weighted spread of the same line.
    expect(measuredVsEstimated / LINES.length).toBeGreaterThan(20);
  });

  test('caption words espeak-ng says as one ("from the"): the pair is measured, the point between them shared out', async () => {
    const text = 'She took it from the photo in his wallet.';
    const audio = await speak({text, voice: voice('linda')});
    const [from, the, photo] = audio.words.slice(3, 6);
    expect([from.text, the.text, photo.text]).toEqual(['from', 'the', 'photo']);
    expect(the.startMs).toBe(from.endMs);
    expect(the.endMs - the.startMs).toBeGreaterThan(30);
    expect(photo.startMs).toBeGreaterThan(the.endMs); // a measured pause
  });

  test('caption words espeak-ng says as several words ("1999", "$5") and unsaid ones (a lone dash)', async () => {
    const text = 'It cost $5 in 1999 — remember?';
    const audio = await speak({text, voice: voice('m3')});
    expect(audio.words.map((w) => w.text)).toEqual(['It', 'cost', '$5', 'in', '1999', '—', 'remember?']);
    const length = (i: number) => audio.words[i].endMs - audio.words[i].startMs;
    expect(length(4)).toBeGreaterThan(2 * length(3)); // "nineteen ninety-nine" outlasts "in"
    expect(length(5)).toBe(0);
    audio.words.slice(1).forEach((w, i) => expect(w.startMs).toBeGreaterThanOrEqual(audio.words[i].endMs));
  });
});

describe('cast voices are measurably distinct', () => {
  /** Median F0 by normalised autocorrelation over voiced 40 ms frames. */
  function medianF0(x: Float32Array, sr: number): number {
    const frame = Math.round(sr * 0.04);
    const found: number[] = [];
    for (let s = 0; s + frame < x.length; s += Math.round(sr * 0.01)) {
      let energy = 0;
      for (let k = 0; k < frame; k++) energy += x[s + k] ** 2;
      if (energy / frame < 1e-3) continue;
      let best = 0;
      let bestLag = 0;
      for (let lag = Math.round(sr / 500); lag <= Math.round(sr / 60); lag++) {
        let c = 0;
        let e1 = 0;
        let e2 = 0;
        for (let k = 0; k + lag < frame; k++) {
          c += x[s + k] * x[s + k + lag];
          e1 += x[s + k] ** 2;
          e2 += x[s + k + lag] ** 2;
        }
        const r = c / Math.sqrt(e1 * e2 + 1e-12);
        if (r > best) [best, bestLag] = [r, lag];
      }
      if (best > 0.7) found.push(sr / bestLag);
    }
    found.sort((a, b) => a - b);
    return found[found.length >> 1];
  }

  /** In-place iterative radix-2 FFT (length a power of two). */
  function fft(re: Float64Array, im: Float64Array): void {
    const n = re.length;
    for (let i = 1, j = 0; i < n; i++) {
      let bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) [re[i], re[j], im[i], im[j]] = [re[j], re[i], im[j], im[i]];
    }
    for (let size = 2; size <= n; size <<= 1) {
      const step = (-2 * Math.PI) / size;
      for (let start = 0; start < n; start += size) {
        for (let k = 0; k < size / 2; k++) {
          const [c, s] = [Math.cos(step * k), Math.sin(step * k)];
          const [a, b] = [start + k, start + k + size / 2];
          const tr = re[b] * c - im[b] * s;
          const ti = re[b] * s + im[b] * c;
          [re[b], im[b]] = [re[a] - tr, im[a] - ti];
          [re[a], im[a]] = [re[a] + tr, im[a] + ti];
        }
      }
    }
  }

  /** Magnitude-weighted mean frequency of the spectrum over voiced 1024-sample Hann-windowed frames. */
  function spectralCentroid(x: Float32Array, sr: number): number {
    const n = 1024;
    let weighted = 0;
    let total = 0;
    for (let s = 0; s + n < x.length; s += n / 2) {
      let energy = 0;
      for (let k = 0; k < n; k++) energy += x[s + k] ** 2;
      if (energy / n < 1e-3) continue;
      const re = Float64Array.from({length: n}, (_, k) => x[s + k] * (0.5 - 0.5 * Math.cos((2 * Math.PI * k) / n)));
      const im = new Float64Array(n);
      fft(re, im);
      for (let f = 1; f < n / 2; f++) {
        const magnitude = Math.hypot(re[f], im[f]);
        weighted += magnitude * ((f * sr) / n);
        total += magnitude;
      }
    }
    return weighted / total;
  }

  async function features(v: Voice): Promise<{f0: number; centroid: number}> {
    const audio = await synthesise("He didn't leave you. My father paid him to marry me, and you knew it.", {
      voice: v.id,
      pitch: v.pitch!,
      rate: v.rate!,
      wordGap: 0,
    });
    return {
      f0: medianF0(audio.channels[0], audio.sampleRate),
      centroid: spectralCentroid(audio.channels[0], audio.sampleRate),
    };
  }

  test('the catalogue F0 still holds with this espeak-ng (within 8%)', async () => {
    for (const entry of OFFLINE_VOICES.filter((_, i) => i % 3 === 0)) {
      const {f0} = await features({
        provider: 'offline',
        id: `en-us+${entry.identity}`,
        pitch: entry.pitch,
        rate: entry.rate,
      });
      expect(Math.abs(Math.log(f0 / entry.f0Hz))).toBeLessThan(0.08);
    }
  });

  test.each([
    ['the sample drama', SAMPLE],
    [
      'six women and a narrator',
      {
        ...SAMPLE,
        characters: Array.from({length: 6}, (_, i) => ({
          ...SAMPLE.characters[0],
          id: `w${i}`,
          name: `W${i}`,
          description: SIX_WOMEN[i],
        })),
      },
    ],
    [
      'six men and a narrator',
      {
        ...SAMPLE,
        characters: Array.from({length: 6}, (_, i) => ({
          ...SAMPLE.characters[1],
          id: `m${i}`,
          name: `M${i}`,
          description: SIX_MEN[i],
        })),
      },
    ],
  ])('%s: every pair differs by at least 6%% in median F0 or in spectral centroid', async (name, script) => {
    const cast = castVoices(script as Script, 'offline');
    const voices = [...cast.characters.map((c) => c.voice!), cast.narrator!.voice!];
    const measured = await Promise.all(voices.map(features));
    let closest = {distance: Infinity, pair: ''};
    for (let i = 0; i < voices.length; i++) {
      for (let j = i + 1; j < voices.length; j++) {
        const f0 = Math.abs(Math.log(measured[i].f0 / measured[j].f0));
        const centroid = Math.abs(Math.log(measured[i].centroid / measured[j].centroid));
        const distance = Math.max(f0, centroid);
        expect(distance).toBeGreaterThan(0.06);
        if (distance < closest.distance) {
          closest = {
            distance,
            pair: `${voices[i].id}@${voices[i].pitch} / ${voices[j].id}@${voices[j].pitch}: F0 ${(f0 * 100).toFixed(0)}%, centroid ${(centroid * 100).toFixed(0)}%`,
          };
        }
      }
    }
    process.stdout.write(`[distinct voices] ${name}: closest pair ${closest.pair}\n`);
  });
});

describe('synthesis', () => {
  test('the same line is never synthesised twice: a cache hit rewrites no clip', async () => {
    const request = {
      text: 'Where are you? Everyone is waiting.',
      voice: voice('Andrea'),
      emotion: 'desperate' as const,
    };
    const first = await speak(request);
    const clip = publicFile(first.src)!;
    const written = statSync(clip).mtimeMs;
    await expect(speak(request)).resolves.toEqual(first);
    expect(statSync(clip).mtimeMs).toBe(written);
    // Another espeak-ng (here: none) is another cache key: its clips are not the installed one's.
    const noEspeak = new OfflineVoiceProvider({binary: '/nonexistent/espeak-ng'});
    await expect(noEspeak.speak({...request, language: 'en', label: 'Clara'})).rejects.toThrow(UserError);
  });

  test('espeak-ng missing: a UserError saying how to install it, or to render without voices', async () => {
    const error = await new OfflineVoiceProvider({binary: '/nonexistent/espeak-ng'})
      .speak({text: 'Hello there.', voice: voice('m3'), language: 'en', label: 'Omar, scenes[0].beats[2]'})
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('Omar, scenes[0].beats[2]');
    expect((error as Error).message).toContain('apt-get install espeak-ng');
    expect((error as Error).message).toContain('brew install espeak-ng');
    // The stage names the setting that avoids it; the command line says it as the flag.
    expect(error).toBeInstanceOf(SettingError);
    expect((error as SettingError).choice).toEqual({setting: 'voices', value: 'none'});
    expect((error as Error).message).toContain('render without voices: `voices: none`.');
    expect(inFlagTerms(error as SettingError)).toContain('render without voices: `--voices none`.');
    expect(inFlagTerms(error as SettingError)).toContain('Omar, scenes[0].beats[2]');
  });

  test('emotion colours the delivery: sad is slower and lower than shocked', async () => {
    const text = 'I never told you why I left.';
    const sad = await speak({text, voice: voice('m4'), emotion: 'sad'});
    const shocked = await speak({text, voice: voice('m4'), emotion: 'shocked'});
    expect(sad.src).not.toBe(shocked.src);
    expect(sad.durationMs).toBeGreaterThan(shocked.durationMs * 1.1);
  });
});

describe('the espeak-ng catalogue casting uses', () => {
  test('matches the installed espeak-ng (else: npm run espeak-catalogue)', () => {
    const {languages, variants} = installedVoices();
    expect(ESPEAK_LANGUAGES).toEqual(
      Object.fromEntries([...languages.entries()].map(([name, {voice}]) => [name, voice])),
    );
    expect([...ESPEAK_VARIANTS].sort()).toEqual([...variants].sort());
  });

  test('the clip cache key follows the espeak-ng build', () => {
    expect(espeakVersion()).toMatch(/^eSpeak NG text-to-speech: \d+\.\d+/);
  });
});
