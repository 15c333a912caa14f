/**
 * A generated picture for one scene: the CLI's own visualise stage (`--visuals openai`) run on that scene alone.
 * The stage's prompt for a scene reads only that scene, the cast and the film's genre and mood, and the character
 * sheets it sends are those of the scene's cast, cached by their look, so the one-scene script gets the same prompt,
 * the same sheets (and the same image cache entry) the whole script would.
 */
import {createVisualProvider} from '../visualise';
import {ApiError} from './errors';
import {changeScript, loadProject, openAIConfigured, type LoadedProject, type StudioContext} from './studio';

/** Generates scene `sceneIndex`'s picture and saves it as the scene's look (a new version). */
export async function generateSceneImage(ctx: StudioContext, id: string, sceneIndex: number): Promise<LoadedProject> {
  if (!openAIConfigured(ctx.env))
    throw new ApiError(400, 'image', 'generated pictures need OPENAI_API_KEY (or OPENAI_BASE_URL) on the server');
  const {script} = await loadProject(ctx, id);
  const scene = script.scenes[sceneIndex];
  if (!scene) throw new ApiError(404, null, 'no such scene');
  const warnings: string[] = [];
  // The scene's current image is not the stage's to keep: without it the stage asks for a fresh one (or its cache).
  const {image: _image, ...bare} = scene;
  const visualised = await createVisualProvider('openai', ctx.env, {cache: true}).visualise(
    {...script, scenes: [bare]},
    () => undefined,
    (message) => warnings.push(message),
  );
  const image = visualised.scenes[0].image;
  // The stage never fails a video for a picture; here the picture is all that was asked for, so say why there is none
  // (the scene's own warning, not one about a character sheet the scene went without).
  const why = warnings.find((w) => /^scene 1 "[^"]*" keeps/.test(w));
  if (!image)
    throw new ApiError(502, 'image', why?.replace(/^scene 1 "[^"]*" keeps/, 'the scene keeps') ?? 'no picture');
  return changeScript(ctx, id, `generated a picture for scene ${sceneIndex + 1}`, (current) => {
    current.scenes[sceneIndex] = {...current.scenes[sceneIndex], image};
    return current;
  });
}
