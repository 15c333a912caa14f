/**
 * `openai` visuals: one generated image per scene through the Images API of any OpenAI-compatible server.
 * Images are cached by their request (model, size, prompt), so a re-render reuses them without a request.
 * A failed image never fails the video: that scene keeps its procedural background and a warning says why.
 */
import {APIError} from 'openai';
import type {ImageGenerateParamsNonStreaming} from 'openai/resources/images';
import type {Format, Script} from '../schema/script';
import {exists, hashOf, writeFileAtomic} from '../util/files';
import {startDeadline} from '../providers/deadline';
import {callWithRetries, connect, explainApiError, type Server, type ServerOptions} from '../providers/openai';
import {generatedImage, IMAGE_EXTENSIONS, imageExtension, type AssetLocator} from '../media/image-files';
import {sceneImagePrompt} from './scene-prompt';
import type {VisualProvider} from './visuals';

type ImageSize = NonNullable<ImageGenerateParamsNonStreaming['size']>;
type ImageQuality = NonNullable<ImageGenerateParamsNonStreaming['quality']>;

export interface OpenAIImageOptions extends ServerOptions {
  /** Default gpt-image-1. */
  model?: string;
  /** Default: the model's size closest to the video's shape (1024x1536 portrait for GPT image models). */
  size?: ImageSize;
  quality?: ImageQuality;
  /** The style line every scene's prompt ends with; default from the script's genre and mood. */
  style?: string;
  /** false: generate again even when a cached image exists. Default true. */
  cache?: boolean;
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

/** GPT image models always answer in base64 and reject response_format; others (DALL·E, most local servers) need it. */
const needsResponseFormat = (model: string) => !/^gpt-image/.test(model);

/** A failure that belongs to this one prompt (e.g. a safety refusal); any other means the server will not help. */
const isPromptProblem = (error: unknown) => error instanceof APIError && error.status === 400;

class NotAnImageError extends Error {}

async function findCached(asset: AssetLocator, key: string): Promise<string | undefined> {
  for (const ext of IMAGE_EXTENSIONS) {
    const {file, src} = asset(`${key}.${ext}`);
    if (await exists(file)) return src;
  }
  return undefined;
}

async function generate(
  server: Server,
  options: OpenAIImageOptions,
  params: ImageGenerateParamsNonStreaming,
): Promise<Buffer> {
  const deadline = startDeadline(options.deadlineMs ?? IMAGE_DEFAULTS.deadlineMs);
  try {
    const response = await callWithRetries(server, deadline, (signal) =>
      server.client.images.generate(params, {signal}),
    );
    const b64 = response.data?.[0]?.b64_json;
    if (!b64) throw new NotAnImageError('the server sent no base64 image');
    return Buffer.from(b64, 'base64');
  } finally {
    deadline.dispose();
  }
}

export function createOpenAIImageProvider(options: OpenAIImageOptions = {}): VisualProvider {
  const server = connect(
    {...options, timeoutMs: options.timeoutMs ?? IMAGE_DEFAULTS.timeoutMs},
    'Generating scene images',
    options.env,
  );
  const model = options.model ?? IMAGE_DEFAULTS.model;
  const asset = options.asset ?? generatedImage;

  return {
    name: 'openai',
    async visualise(script: Script, progress, warn): Promise<Script> {
      const size = options.size ?? imageSizeFor(model, script.format);
      const scenes = [...script.scenes];
      let serverFailed = false;
      for (const [i, scene] of scenes.entries()) {
        progress('visualise', i / scenes.length, `scene ${i + 1} of ${scenes.length}`);
        const fallBack = (reason: string) =>
          warn(`scene ${i + 1} "${scene.id}" keeps its procedural background: ${reason}`);
        if (serverFailed) {
          fallBack('not asked, the image server failed on an earlier scene');
          continue;
        }
        const prompt = sceneImagePrompt(script, i, options.style);
        const params: ImageGenerateParamsNonStreaming = {
          model,
          prompt,
          n: 1,
          size,
          ...(options.quality && {quality: options.quality}),
          ...(needsResponseFormat(model) && {response_format: 'b64_json' as const}),
        };
        const key = hashOf({baseURL: server.baseURL, model, size, quality: options.quality, prompt});
        const cached = options.cache === false ? undefined : await findCached(asset, key);
        if (cached) {
          scenes[i] = {...scene, image: cached};
          continue;
        }
        try {
          const bytes = await generate(server, options, params);
          const ext = imageExtension(bytes);
          if (!ext) throw new NotAnImageError('the server sent data that is not a PNG, JPEG or WebP image');
          const {file, src} = asset(`${key}.${ext}`);
          await writeFileAtomic(file, bytes);
          scenes[i] = {...scene, image: src};
        } catch (error) {
          fallBack(explainApiError(error, server, model).message);
          // When the server itself is the problem, the other scenes would only wait for the same failure.
          if (!isPromptProblem(error) && !(error instanceof NotAnImageError)) serverFailed = true;
        }
      }
      progress('visualise', 1);
      return {...script, scenes};
    },
  };
}
