/** Choosing a catalogue voice for a character's traits; shared by both providers' catalogues. */
import type {Age, Gender, Tone, Traits} from './traits';

export interface CatalogueVoice {
  /** What must differ between two characters' voices (the espeak-ng variant, the ElevenLabs voice id). */
  identity: string;
  gender: Gender | 'neutral';
  age: Age;
  tones: Tone[];
}

const AGES: Age[] = ['young', 'middle', 'old'];

/** How well a voice fits: gender matters most, then age, then manner. */
export function fit(voice: CatalogueVoice, traits: Traits): number {
  let score = 0;
  if (traits.gender) score += voice.gender === traits.gender ? 20 : voice.gender === 'neutral' ? 4 : -40;
  if (traits.age) {
    const distance = Math.abs(AGES.indexOf(voice.age) - AGES.indexOf(traits.age));
    score += distance === 0 ? 6 : distance === 1 ? 2 : 0;
  }
  return score + 3 * voice.tones.filter((tone) => traits.tones.includes(tone)).length;
}

/** The best-fitting voice whose identity is not taken (catalogue order breaks ties, so casting is repeatable). */
export function pick<V extends CatalogueVoice>(
  catalogue: readonly V[],
  traits: Traits,
  taken: ReadonlySet<string>,
): V | undefined {
  let best: V | undefined;
  let bestScore = -Infinity;
  for (const voice of catalogue) {
    if (taken.has(voice.identity)) continue;
    const score = fit(voice, traits);
    if (score > bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}
