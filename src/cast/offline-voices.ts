/**
 * espeak-ng voices for casting: a variant (timbre: formants, roughness) with a pitch and a rate. The pitches were
 * tuned with espeak-ng 1.51 so that any two voices of one gender differ by at least 9% in median F0 or in
 * spectral centroid (`f0Hz` is the median F0 measured then), and voices of different genders by far more.
 * Only variants whose pauses are digital silence are listed (no echo), which word timing relies on.
 */
import {baseLanguage} from '../time/words';
import type {Voice} from '../schema/script';
import {UserError} from '../util/errors';
import {ESPEAK_LANGUAGES, ESPEAK_VARIANTS} from './espeak-catalogue';
import type {CatalogueVoice} from './pick';

export interface OfflineCatalogueVoice extends CatalogueVoice {
  pitch: number;
  rate: number;
  /** Median F0 of this voice at its pitch, as measured when the catalogue was tuned (for reference). */
  f0Hz: number;
}

const v = (
  identity: string,
  gender: CatalogueVoice['gender'],
  age: CatalogueVoice['age'],
  pitch: number,
  rate: number,
  f0Hz: number,
  tones: CatalogueVoice['tones'],
): OfflineCatalogueVoice => ({
  identity,
  gender,
  age,
  pitch,
  rate,
  f0Hz,
  tones,
});

export const OFFLINE_VOICES: readonly OfflineCatalogueVoice[] = [
  v('Andrea', 'female', 'young', 50, 175, 237, ['bright']),
  v('linda', 'female', 'young', 48, 170, 218, ['warm', 'soft']),
  v('anika', 'female', 'young', 56, 180, 276, ['bright', 'casual']),
  v('belinda', 'female', 'middle', 64, 165, 263, ['intense', 'authoritative']),
  v('steph', 'female', 'middle', 48, 165, 175, ['calm', 'warm']),
  v('shelby', 'female', 'middle', 31, 160, 152, ['deep', 'intense']),
  v('grandma', 'female', 'old', 47, 150, 187, ['warm', 'soft']),
  v('f1', 'female', 'old', 44, 150, 163, ['calm', 'authoritative']),
  v('aunty', 'female', 'old', 63, 155, 214, ['bright', 'casual']),
  v('m7', 'male', 'young', 68, 180, 120, ['bright', 'casual']),
  v('m6', 'male', 'young', 77, 175, 130, ['soft', 'warm']),
  v('m3', 'male', 'middle', 60, 170, 111, ['warm', 'casual']),
  v('Denis', 'male', 'middle', 57, 165, 104, ['calm', 'authoritative']),
  v('Andy', 'male', 'middle', 53, 170, 97, ['casual', 'intense']),
  v('m4', 'male', 'middle', 47, 160, 88, ['intense', 'deep']),
  v('m8', 'male', 'old', 40, 155, 75, ['deep', 'authoritative']),
  v('m1', 'male', 'old', 39, 145, 82, ['calm', 'warm']),
];

/** The espeak-ng language voice for a BCP 47 tag: exact, then alias, then the bare language; English otherwise. */
export function espeakLanguage(language: string): string {
  const tag = language.toLowerCase();
  // espeak-ng's plain "en" is British; the default drama voice is American.
  if (tag === 'en') return 'en-us';
  return ESPEAK_LANGUAGES[tag] ?? ESPEAK_LANGUAGES[baseLanguage(tag)] ?? 'en-us';
}

export function offlineVoice(entry: OfflineCatalogueVoice, language: string): Voice {
  return {
    provider: 'offline',
    id: `${espeakLanguage(language)}+${entry.identity}`,
    pitch: entry.pitch,
    rate: entry.rate,
  };
}

/** The variant part of an espeak-ng voice id ("en-us+f3" is f3); two characters never share one. */
export function variantOf(id: string): string {
  return id.split('+')[1] ?? '';
}

/** Throws a UserError naming `path` unless `id` is an espeak-ng language voice, optionally with a variant. */
export function checkEspeakVoice(id: string, path: string): void {
  const [language, variant, ...rest] = id.split('+');
  const known =
    Object.hasOwn(ESPEAK_LANGUAGES, language.toLowerCase()) &&
    (variant === undefined || ESPEAK_VARIANTS.has(variant)) &&
    rest.length === 0;
  if (!known) {
    throw new UserError(
      `${path}: ${JSON.stringify(id)} is not an espeak-ng voice; use a language voice such as "en-us", optionally ` +
        `with a variant, e.g. "en-us+f3" (\`espeak-ng --voices\` and \`espeak-ng --voices=variant\` list them)`,
    );
  }
}
