/**
 * `openai` visuals: one generated image per scene through the Images API of any OpenAI-compatible server. With a
 * model that takes reference images (the GPT image models), each character first gets a character sheet
 * (character-sheet.ts), and every scene with characters in it is made from its prompt and their sheets
 * (images.edit), so the same faces recur; a scene with nobody in it is generated from its prompt alone.
 * Images are cached by their request (model, size, prompt, the sheets sent), so a re-render reuses them without a
 * request. A failed image never fails the video: that scene keeps its procedural background and a warning says why.
 */
import type {Character, Format, Script} from '../schema/script';
import {hashOf} from '../util/files';
import {connect, explainApiError, type ServerOptions} from '../providers/openai';
import {generatedImage, type AssetLocator} from '../media/image-files';
import {cachedImage} from './image-cache';
import {
  editImage,
  generateImage,
  isServerFailure,
  type ImageQuality,
  type ImageServer,
  type ImageSize,
} from './image-request';
import {makeCharacterSheets, takesReferences, type CharacterSheet} from './character-sheet';
import {castOfScene, sceneImagePrompt} from './scene-prompt';
import type {VisualProvider} from './visuals';

export interface OpenAIImageOptions extends ServerOptions {
  /** Default gpt-image-1. */
  model?: string;
  /** Default: the model's size closest to the video's shape (1024x1536 portrait for GPT image models). */
  size?: ImageSize;
  quality?: ImageQuality;
  /** The style line every scene's prompt ends with; default from the script's genre and mood. */
  style?: string;
  /** false: generate again even when a cached image (or character sheet) exists. Default true. */
  cache?: boolean;
  /** false: no character sheets; every scene is generated from its prompt alone. Default true. */
  sheets?: boolean;
  /** Time allowed for one image, retries included. */
  deadlineMs?: number;
  env?: NodeJS.ProcessEnv;
  asset?: AssetLocator;
}

export const IMAGE_DEFAULTS = {model: 'gpt-image-1', timeoutMs: 120_000, deadlineMs: 180_000} as const;

/** The sizes each family of models offers, by the video's shape; DALL·E 2 only makes squares. */
export function imageSizeFor(model: string, format: Format): ImageSize {
  const shape = format.height > format.width ? 'portrait' : format.width > format.height ? 'landscape' : 'square';
  if (shape === 'square' || /^dall-e-2/.test(model)) return '1024x1024';
  if (/^dall-e-3/.test(model)) return shape === 'portrait' ? '1024x1792' : '1792x1024';
  return shape === 'portrait' ? '1024x1536' : '1536x1024';
}

/** Everyone who appears in at least one scene, once, in the order they first appear. */
const castOfFilm = (casts: readonly Character[][]) => [...new Map(casts.flat().map((c) => [c.id, c])).values()];

export function createOpenAIImageProvider(options: OpenAIImageOptions = {}): VisualProvider {
  const server = connect(
    {...options, timeoutMs: options.timeoutMs ?? IMAGE_DEFAULTS.timeoutMs},
    'Generating scene images',
    options.env,
  );
  const model = options.model ?? IMAGE_DEFAULTS.model;
  const images: ImageServer = {
    server,
    model,
    quality: options.quality,
    deadlineMs: options.deadlineMs ?? IMAGE_DEFAULTS.deadlineMs,
  };
  const asset = options.asset ?? generatedImage;
  const cache = options.cache !== false;

  return {
    name: 'openai',
    async visualise(script: Script, progress, warn): Promise<Script> {
      const size = options.size ?? imageSizeFor(model, script.format);
      const scenes = [...script.scenes];
      const casts = scenes.map((_, i) => castOfScene(script, i));
      const cast = options.sheets === false ? [] : castOfFilm(casts);
      if (cast.length > 0 && !takesReferences(model))
        warn(
          `no character sheets: ${model} cannot take reference images, so each scene is generated from its prompt ` +
            'alone and faces may change between scenes (gpt-image-1 keeps them)',
        );
      const withSheets = takesReferences(model) ? cast : [];
      const steps = withSheets.length + scenes.length;
      const sheets: Map<string, CharacterSheet> = await makeCharacterSheets(withSheets, {
        images,
        style: options.style,
        cache,
        asset,
        warn,
        onSheet: (i, character) =>
          progress('visualise', i / steps, `character sheet ${i + 1} of ${withSheets.length}: ${character.name}`),
      });

      let serverFailed = false;
      for (const [i, scene] of scenes.entries()) {
        progress('visualise', (withSheets.length + i) / steps, `scene ${i + 1} of ${scenes.length}`);
        const fallBack = (reason: string) =>
          warn(`scene ${i + 1} "${scene.id}" keeps its procedural background: ${reason}`);
        if (serverFailed) {
          fallBack('not asked, the image server failed on an earlier scene');
          continue;
        }
        const references = casts[i].flatMap((c) => sheets.get(c.id) ?? []);
        const prompt = sceneImagePrompt(script, i, {
          style: options.style,
          references: references.map((r) => r.characterName),
        });
        const key = hashOf({
          baseURL: server.baseURL,
          model,
          size,
          quality: options.quality,
          prompt,
          ...(references.length > 0 && {references: references.map((r) => r.key)}),
        });
        try {
          const {src} = await cachedImage({
            asset,
            stem: key,
            cache,
            request: () =>
              references.length > 0 ? editImage(images, prompt, size, references) : generateImage(images, prompt, size),
          });
          scenes[i] = {...scene, image: src};
        } catch (error) {
          fallBack(explainApiError(error, server, model).message);
          serverFailed = isServerFailure(error);
        }
      }
      progress('visualise', 1);
      return {...script, scenes};
    },
  };
}
