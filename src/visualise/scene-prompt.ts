/**
 * The image prompt for a scene: what the camera sees, where and when, who is in it and how they look (the same
 * words in every scene, so the cast stays recognisable), and one style line shared by every scene of the film.
 */
import type {Script} from '../schema/script';

/** One look for the whole film, from its genre and mood. */
export function filmStyle(script: Script): string {
  return (
    `Cinematic still from a ${script.genre} micro drama with a ${script.mood} mood, shot for a vertical phone screen: ` +
    'photorealistic, natural skin, shallow depth of field, soft film grain, one consistent colour grade and lighting ' +
    'across the film. No text, captions, logos or watermarks.'
  );
}

/** Characters who speak or send messages in the scene, or whom its visual or actions name. */
function castOfScene(script: Script, sceneIndex: number) {
  const scene = script.scenes[sceneIndex];
  const ids = new Set(scene.beats.map((b) => b.characterId).filter((id): id is string => !!id));
  const seen = [scene.visual, ...scene.beats.filter((b) => b.kind === 'action').map((b) => b.text)]
    .join(' ')
    .toLowerCase();
  return script.characters.filter((c) => ids.has(c.id) || seen.includes(c.name.toLowerCase()));
}

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export function sceneImagePrompt(script: Script, sceneIndex: number, style = filmStyle(script)): string {
  const scene = script.scenes[sceneIndex];
  const cast = castOfScene(script, sceneIndex).map((c) => `${c.name}: ${sentence(c.appearance ?? c.description)}`);
  return [
    ...(scene.visual.trim() ? [sentence(scene.visual)] : []),
    `Location: ${scene.location}, ${scene.timeOfDay}.`,
    ...(cast.length ? [`In the scene: ${cast.join(' ')}`] : []),
    style,
  ].join('\n');
}
