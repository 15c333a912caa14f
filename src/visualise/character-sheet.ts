/**
 * Character sheets: one reference picture per character (a front and a three-quarter view on a plain background),
 * generated from how the character looks and sent with every scene image the character appears in (the Images
 * API's edit input), so the same face recurs from scene to scene. A sheet's request reads only the character's look,
 * never the script, and is cached by its hash: an episode of a series, whose cast comes from the series bible, finds
 * the sheets an earlier episode made. A sheet that fails is a warning; its character's scenes go without it.
 */
import {promises as fs} from 'node:fs';
import type {Character} from '../schema/script';
import type {AssetLocator} from '../media/image-files';
import {explainApiError} from '../providers/openai';
import {hashBytes, hashOf} from '../util/files';
import {cachedImage} from './image-cache';
import {generateImage, isServerFailure, type ImageServer, type ImageSize, type Reference} from './image-request';
import {sentence} from './scene-prompt';

/** The style of a sheet when the film has no style line of its own: plain and true to life, whatever the episode's mood. */
export const SHEET_STYLE =
  'Photorealistic, natural skin, sharp focus, soft even studio light. No text, labels, captions, logos or watermarks.';

/** Landscape, for two views side by side; every GPT image model makes it. */
export const SHEET_SIZE: ImageSize = '1536x1024';

/** Models that take reference images through images.edit (DALL·E 3 has no edits; DALL·E 2 edits one square only). */
export const takesReferences = (model: string) => /^(gpt-image|chatgpt-image)/.test(model);

/** Who the character is and how they look, as the script (or the series bible) says it. */
export function characterLook(character: Pick<Character, 'description' | 'appearance'>): string {
  return [character.description, character.appearance ?? '']
    .filter((text) => text.trim())
    .map(sentence)
    .join(' ');
}

export function characterSheetPrompt(character: Pick<Character, 'description' | 'appearance'>, style = SHEET_STYLE) {
  return [
    `Character reference sheet of one person for a film. ${characterLook(character)}`,
    'Two views side by side on a plain light grey background, head to waist: facing the camera, and a three-quarter ' +
      'view. Neutral expression; the same face, hair, build and clothes in both views.',
    style,
  ].join('\n');
}

/**
 * Every sheet's file name starts with the hash of its character's look, so a review (npm run gallery) finds a
 * character's sheets without knowing the server or model that made them.
 */
export const sheetFilePrefix = (character: Pick<Character, 'description' | 'appearance'>) =>
  `sheet-${hashOf(characterLook(character), 12)}-`;

/** A character's sheet: the stored file, sent as a part named after the character. */
export interface CharacterSheet extends Reference {
  characterName: string;
  /**
   * The hash of the sheet's bytes; part of the cache key of every scene image made with it, so a scene made from
   * another version of the sheet (one asked for again with cache: false) is never reused.
   */
  key: string;
}

export interface CharacterSheetOptions {
  images: ImageServer;
  /** The film's own style line, when it has one (default SHEET_STYLE). */
  style?: string;
  /** false: ask again even when the sheet is stored. */
  cache: boolean;
  asset: AssetLocator;
  /** Told before each sheet, for progress. */
  onSheet: (index: number, character: Character) => void;
  warn: (message: string) => void;
}

/** One sheet per character, by character id; a character whose sheet failed is missing, with a warning. */
export async function makeCharacterSheets(
  characters: readonly Character[],
  options: CharacterSheetOptions,
): Promise<Map<string, CharacterSheet>> {
  const {images} = options;
  const sheets = new Map<string, CharacterSheet>();
  let serverFailed = false;
  for (const [i, character] of characters.entries()) {
    options.onSheet(i, character);
    const fallBack = (reason: string) =>
      options.warn(
        `no character sheet for ${character.name} (${reason}); scenes with ${character.name} are generated without it`,
      );
    // When the server itself is the problem, the other sheets would only wait for the same failure.
    if (serverFailed) {
      fallBack('not asked, the image server failed on an earlier sheet');
      continue;
    }
    const prompt = characterSheetPrompt(character, options.style);
    const request = hashOf({
      baseURL: images.server.baseURL,
      model: images.model,
      size: SHEET_SIZE,
      quality: images.quality,
      prompt,
    });
    try {
      const {file} = await cachedImage({
        asset: options.asset,
        stem: `${sheetFilePrefix(character)}${request}`,
        cache: options.cache,
        request: () => generateImage(images, prompt, SHEET_SIZE),
      });
      const bytes = await fs.readFile(file);
      sheets.set(character.id, {file, name: character.id, characterName: character.name, key: hashBytes(bytes, 16)});
    } catch (error) {
      fallBack(explainApiError(error, images.server, images.model).message);
      serverFailed = isServerFailure(error);
    }
  }
  return sheets;
}
