/**
 * ElevenLabs premade voices, available to every account, with the labels ElevenLabs gives them (gender, age,
 * accent, description) as listed by GET /v1/voices. Ids are 20 letters and digits.
 */
import type {Voice} from '../schema/script';
import type {CatalogueVoice} from './pick';

export interface ElevenLabsCatalogueVoice extends CatalogueVoice {
  name: string;
  accent: string;
}

const v = (
  name: string,
  identity: string,
  gender: CatalogueVoice['gender'],
  age: CatalogueVoice['age'],
  accent: string,
  tones: CatalogueVoice['tones'],
): ElevenLabsCatalogueVoice => ({
  name,
  identity,
  gender,
  age,
  accent,
  tones,
});

export const ELEVENLABS_VOICES: readonly ElevenLabsCatalogueVoice[] = [
  v('Sarah', 'EXAVITQu4vr4xnSDxMaL', 'female', 'young', 'american', ['soft', 'warm']),
  v('Laura', 'FGY2WhTYpPnrIDTdsKH5', 'female', 'young', 'american', ['bright', 'casual']),
  v('Jessica', 'cgSgspJ2msm6clMCkdW9', 'female', 'young', 'american', ['bright', 'intense']),
  v('Matilda', 'XrExE9yKIg1WjnnlVkGX', 'female', 'middle', 'american', ['warm', 'calm']),
  v('Alice', 'Xb7hH8MSUJpSbSDYk0k2', 'female', 'middle', 'british', ['authoritative', 'intense']),
  v('Lily', 'pFZP5JQG7iQjIQuC4Bku', 'female', 'middle', 'british', ['warm', 'calm']),
  v('Liam', 'TX3LPaxmHKxFdv7VOQHJ', 'male', 'young', 'american', ['bright', 'casual']),
  v('Will', 'bIHbv24MWmeRgasZH58o', 'male', 'young', 'american', ['warm', 'casual']),
  v('Callum', 'N2lVS1w4EtoT3dr4eOWO', 'male', 'middle', 'transatlantic', ['intense', 'deep']),
  v('Roger', 'CwhRBWXzGAHq8TQ4Fs17', 'male', 'middle', 'american', ['authoritative', 'casual']),
  v('Chris', 'iP95p4xoKVk53GoZ742B', 'male', 'middle', 'american', ['casual', 'warm']),
  v('Eric', 'cjVigY5qzO86Huf0OWal', 'male', 'middle', 'american', ['warm', 'soft']),
  v('Charlie', 'IKne3meq5aSn9XLyUdCD', 'male', 'middle', 'australian', ['casual', 'bright']),
  v('Daniel', 'onwK4e9ZLuTAKqWW03F9', 'male', 'middle', 'british', ['authoritative', 'deep']),
  v('Brian', 'nPczCjzI2devNBz1zQrb', 'male', 'middle', 'american', ['deep', 'calm']),
  v('George', 'JBFqnCBsd6RMkjVDRZzb', 'male', 'middle', 'british', ['warm', 'calm']),
  v('Bill', 'pqHfZKP75CvOlQylNhV4', 'male', 'old', 'american', ['warm', 'calm', 'authoritative']),
  v('River', 'SAz9YHcvj6GT2YYXdXww', 'neutral', 'middle', 'american', ['calm', 'authoritative']),
];

/** Voice ids are 20 letters and digits (premade, cloned and library voices alike). */
export const ELEVENLABS_VOICE_ID = /^[A-Za-z0-9]{20}$/;

export function elevenLabsVoice(entry: ElevenLabsCatalogueVoice): Voice {
  return {provider: 'elevenlabs', id: entry.identity};
}
