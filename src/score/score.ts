/**
 * The procedural score: music synthesised from the drama's mood and genre, following its timeline. Deterministic:
 * every random choice is seeded from the title, so the same script always gives the same bytes. The bed is made of
 * one part per section (sections.ts), taken from a cache when one is given, so re-scoring an edit synthesises only
 * the sections it changed; the riser, the hit, the sting, the reverb and the fades are redone over the whole.
 */
import type {PcmAudio} from '../audio/wav';
import {addInto, dbToGain, fadeEnds, msToFrames, MIX_RATE, peakOf, scaleInPlace, silence} from '../audio/pcm';
import type {Script} from '../schema/script';
import type {Timeline} from '../time/timeline';
import {HIT, playPhrase, playRiser} from './accents';
import {arrange, type Arrangement} from './arrangement';
import {midiToHz} from './dsp';
import {play, type Buses} from './performer';
import {seededRandom, seedFrom, type Random} from './random';
import type {ScorePartCache} from './part-cache';
import {addReverb} from './reverb';
import {sectionParts, type SectionPart} from './sections';
import {styleFor, type Style} from './styles';
import {voiceChord} from './theory';

export interface ScoreOptions {
  sampleRate?: number;
  /** Where section parts are kept between runs; without one every part is synthesised. */
  cache?: ScorePartCache;
}

const RISER_MAX_SECONDS = 3;
const RISER_MIN_SECONDS = 1;
/** The bed drops to this gain under the riser, so the riser stands out and the hit lands in space. */
const BED_UNDER_RISER = 0.3;
const PEAK_DB = -1;

/** Lowers the bed from where the riser starts to the twist, easing down over the riser's first 40%. */
function dipUnderRiser(buses: Buses, fromSeconds: number, toSeconds: number): void {
  const rate = buses.dry.sampleRate;
  const from = Math.round(fromSeconds * rate);
  const to = Math.round(toSeconds * rate);
  const ease = Math.max(1, Math.round((to - from) * 0.4));
  for (const bus of [buses.dry, buses.wet]) {
    for (const channel of bus.channels) {
      const end = Math.min(to, channel.length);
      for (let i = Math.max(0, from); i < end; i++) {
        const down = i - from < ease ? (i - from) / ease : 1;
        channel[i] *= 1 - (1 - BED_UNDER_RISER) * down;
      }
    }
  }
}

/** Under the end card: the tonic chord held on the style's first held instrument, fading with the picture. */
function holdTonic(buses: Buses, style: Style, form: Arrangement, random: Random): void {
  const layer = style.layers.find((l) => l.type === 'chord') ?? {instrument: 'pad' as const, send: 0.5};
  const seconds = (form.totalMs - form.endCardMs) / 1000 - 1.2;
  if (seconds <= 0) return;
  for (const midi of voiceChord(style.tonic, {...style.progression[0], root: 0}, style.tonic - 9)) {
    play(
      buses,
      {
        instrument: layer.instrument,
        hz: midiToHz(midi),
        atSeconds: form.endCardMs / 1000,
        holdSeconds: seconds,
        velocity: 0.3,
        brightness: style.brightness,
        pan: 0,
        send: layer.send,
      },
      random,
    );
  }
}

/** A part's samples: the cached ones, else rendered now (and cached). */
async function partSamples(part: SectionPart, cache: ScorePartCache | undefined): Promise<Buses> {
  const cached = await cache?.read(part.key);
  if (cached) return cached;
  // After a long synthesis, whatever else this process runs (the render beside the mix) gets a turn.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const rendered = part.render();
  await cache?.write(part.key, rendered);
  return rendered;
}

/** The music bed for the whole timeline, stereo, peaking at -1 dBFS (the mixer sets its real level). */
export async function composeScore(script: Script, timeline: Timeline, options: ScoreOptions = {}): Promise<PcmAudio> {
  const rate = options.sampleRate ?? MIX_RATE;
  const style = styleFor(script.mood, script.genre);
  const seed = seedFrom('score', script.title);
  const form = arrange(timeline);
  const frames = msToFrames(timeline.totalMs, rate);
  const buses: Buses = {dry: silence(frames, rate), wet: silence(frames, rate)};

  for (const part of sectionParts(form, style, seed, rate)) {
    const samples = await partSamples(part, options.cache);
    addInto(buses.dry, samples.dry, part.startFrame);
    addInto(buses.wet, samples.wet, part.startFrame);
  }

  const accents = seededRandom(seedFrom(seed, 'accents'));
  if (form.twistMs !== undefined) {
    const twist = form.twistMs / 1000;
    const riserSeconds = Math.min(RISER_MAX_SECONDS, twist - 0.5);
    if (riserSeconds >= RISER_MIN_SECONDS) {
      dipUnderRiser(buses, twist - riserSeconds, twist);
      playRiser(buses, twist, riserSeconds, style, accents);
    }
    playPhrase(buses, HIT, twist, style, accents);
  }
  if (form.endCardMs < form.totalMs) {
    playPhrase(buses, style.sting, form.endCardMs / 1000, style, accents);
    holdTonic(buses, style, form, accents);
  }

  addReverb(buses.wet, buses.dry, {size: 0.75, damping: 0.5});
  const outro = msToFrames(form.totalMs - form.endCardMs, rate);
  fadeEnds(
    buses.dry,
    msToFrames(20, rate),
    Math.max(msToFrames(300, rate), Math.min(msToFrames(1200, rate), Math.round(outro * 0.4))),
  );
  const peak = peakOf(buses.dry);
  if (peak > 0) scaleInPlace(buses.dry, dbToGain(PEAK_DB) / peak);
  return buses.dry;
}
