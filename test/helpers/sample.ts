import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Script} from '../../src/schema/script';

export const SAMPLES_DIR = path.join(__dirname, '..', '..', 'public', 'samples');

/** A fresh copy of a bundled sample, safe to mutate. */
export function loadSample(name = 'wrong-wedding'): Script {
  return JSON.parse(readFileSync(path.join(SAMPLES_DIR, `${name}.json`), 'utf8'));
}

export interface DraftBeat {
  kind: string;
  characterId: string | null;
  text: string;
  emotion: string | null;
  marker: string | null;
  setup: string | null;
}
export interface DraftScene {
  id: string;
  location: string;
  setting: string | null;
  timeOfDay: string;
  visual: string;
  beats: DraftBeat[];
}

/** A script as a model in strict mode writes it (see src/write/openai/draft.ts): the draft's fields, null where nothing applies. */
export function modelDraft(script: Script) {
  const {title, logline, genre, mood, hook, twist, cliffhanger} = script;
  return {
    title,
    logline,
    genre,
    mood,
    hook,
    twist,
    cliffhanger,
    characters: script.characters.map(({id, name, role, description, appearance, color}) => ({
      id,
      name,
      role,
      description,
      appearance,
      color,
    })),
    scenes: script.scenes.map((scene): DraftScene => ({
      id: scene.id,
      location: scene.location,
      setting: scene.setting ?? null,
      timeOfDay: scene.timeOfDay,
      visual: scene.visual,
      beats: scene.beats.map((b) => ({
        kind: b.kind,
        characterId: b.characterId ?? null,
        text: b.text,
        emotion: b.emotion ?? null,
        marker: b.marker ?? null,
        setup: b.setup ?? null,
      })),
    })),
  };
}
