/** Stage 5, visualise: the provider behind --visuals (procedural, openai, or a folder of images). */
import path from 'node:path';
import {createDirVisualProvider} from './image-dir';
import {createOpenAIImageProvider, type OpenAIImageOptions} from './openai-images';
import {proceduralVisuals} from './procedural';
import type {VisualProvider} from './visuals';

export type {VisualProvider} from './visuals';
export {createOpenAIImageProvider, type OpenAIImageOptions} from './openai-images';
export {createDirVisualProvider, listSceneImages} from './image-dir';
export {filmStyle} from './scene-prompt';

/** Options for the openai provider (model, size, style, cache...); `asset` also places the folder provider's copies. */
export type VisualProviderOptions = Omit<OpenAIImageOptions, 'env'>;

/**
 * `mode` is "procedural", "openai", or else the path of a folder of images. `env` supplies OPENAI_API_KEY and
 * OPENAI_BASE_URL for "openai". Throws a UserError at once for a missing key or an empty or missing folder.
 */
export function createVisualProvider(
  mode: 'procedural' | 'openai' | string,
  env: NodeJS.ProcessEnv = process.env,
  options: VisualProviderOptions = {},
): VisualProvider {
  if (mode === 'procedural') return proceduralVisuals;
  if (mode === 'openai') return createOpenAIImageProvider({...options, env});
  return createDirVisualProvider(path.resolve(mode), {asset: options.asset});
}
