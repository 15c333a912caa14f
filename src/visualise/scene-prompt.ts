/**
 * The image prompt for a scene: what the camera sees, where and when, who is in it and how they look (the same
 * words in every scene, so the cast stays recognisable), and one style line shared by every scene of the film.
 * When the characters' sheets go along as reference images, the prompt says which image is whose.
 */
import type {Character, Script} from '../schema/script';

/** One look for the whole film, from its genre and mood. */
export function filmStyle(script: Script): string {
  return (
    `Cinematic still from a ${script.genre} micro drama with a ${script.mood} mood, shot for a vertical phone screen: ` +
    'photorealistic, natural skin, shallow depth of field, soft film grain, one consistent colour grade and lighting ' +
    'across the film. No text, captions, logos or watermarks.'
  );
}

/** Characters who speak or send messages in the scene, or whom its visual or actions name; in the script's order. */
export function castOfScene(script: Script, sceneIndex: number): Character[] {
  const scene = script.scenes[sceneIndex];
  const ids = new Set(scene.beats.map((b) => b.characterId).filter((id): id is string => !!id));
  const seen = [scene.visual, ...scene.beats.filter((b) => b.kind === 'action').map((b) => b.text)]
    .join(' ')
    .toLowerCase();
  return script.characters.filter((c) => ids.has(c.id) || seen.includes(c.name.toLowerCase()));
}

/** The text as a sentence: trimmed, with a full stop unless it already ends a sentence. */
export const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The line that tells the model which reference image shows whom (image 1 is the first part sent). */
function referenceLine(names: readonly string[]): string {
  const whose = names.map((name, i) => `image ${i + 1} is ${name}'s`).join(', ');
  return (
    `Reference images: ${whose} character sheet. Keep each person's face, hair, build and clothes exactly as in ` +
    "their sheet, in a new shot of this scene; do not copy the sheet's layout or plain background."
  );
}

export interface ScenePromptOptions {
  /** The style line every scene ends with; default filmStyle(script). */
  style?: string;
  /** Names of the characters whose sheets are sent with the prompt, in the order of the images. */
  references?: readonly string[];
}

export function sceneImagePrompt(script: Script, sceneIndex: number, options: ScenePromptOptions = {}): string {
  const scene = script.scenes[sceneIndex];
  const cast = castOfScene(script, sceneIndex).map((c) => `${c.name}: ${sentence(c.appearance ?? c.description)}`);
  const references = options.references ?? [];
  return [
    ...(scene.visual.trim() ? [sentence(scene.visual)] : []),
    `Location: ${scene.location}, ${scene.timeOfDay}.`,
    ...(cast.length ? [`In the scene: ${cast.join(' ')}`] : []),
    ...(references.length ? [referenceLine(references)] : []),
    options.style ?? filmStyle(script),
  ].join('\n');
}
