/**
 * One image from the Images API, within a deadline that covers its retries, as the bytes of the first base64 image
 * in the answer: a generation from a prompt (images.generate), or a picture made from a prompt and reference images
 * (images.edit, sent as multipart/form-data with one `image[]` part per reference). And how to judge a failure:
 * this prompt's, or the server's.
 */
import {APIError, toFile} from 'openai';
import type {
  ImageEditParamsNonStreaming,
  ImageGenerateParamsNonStreaming,
  ImagesResponse,
} from 'openai/resources/images';
import {startDeadline} from '../providers/deadline';
import {callWithRetries, type Server} from '../providers/openai';
import {NotAnImageError, readStoredImage} from './image-cache';

export type ImageSize = NonNullable<ImageGenerateParamsNonStreaming['size']>;
export type ImageQuality = NonNullable<ImageGenerateParamsNonStreaming['quality']>;

/** What every image request of a run shares. */
export interface ImageServer {
  server: Server;
  model: string;
  quality?: ImageQuality;
  /** Time allowed for one image, retries included. */
  deadlineMs: number;
}

/** GPT image models always answer in base64 and reject response_format; others (DALL·E, most local servers) need it. */
const needsResponseFormat = (model: string) => !/^gpt-image/.test(model);

/** GPT image models that can be asked to keep the reference faces closely (gpt-image-1-mini cannot). */
const takesInputFidelity = (model: string) => /^gpt-image-1(\.5)?(-\d{4}-\d{2}-\d{2})?$/.test(model);

/** Runs `call` (retried as every OpenAI request is) and returns the image it brought back. */
async function requestImage(
  {server, deadlineMs}: ImageServer,
  call: (signal: AbortSignal) => Promise<ImagesResponse>,
): Promise<Buffer> {
  const deadline = startDeadline(deadlineMs);
  try {
    const response = await callWithRetries(server, deadline, call);
    const b64 = response.data?.[0]?.b64_json;
    if (!b64) throw new NotAnImageError('the server sent no base64 image');
    return Buffer.from(b64, 'base64');
  } finally {
    deadline.dispose();
  }
}

/** The fields a generation and an edit share. */
function commonParams({model, quality}: ImageServer, prompt: string, size: ImageSize) {
  return {
    model,
    prompt,
    n: 1,
    size,
    ...(quality && {quality}),
    ...(needsResponseFormat(model) && {response_format: 'b64_json' as const}),
  };
}

/** An image from a prompt alone. */
export function generateImage(images: ImageServer, prompt: string, size: ImageSize): Promise<Buffer> {
  const params: ImageGenerateParamsNonStreaming = commonParams(images, prompt, size);
  return requestImage(images, (signal) => images.server.client.images.generate(params, {signal}));
}

/** A reference image sent with an edit: a stored file, and the name its part carries. */
export interface Reference {
  file: string;
  name: string;
}

/** An image from a prompt and reference images (the character sheets), in the order given. */
export async function editImage(
  images: ImageServer,
  prompt: string,
  size: ImageSize,
  references: readonly Reference[],
): Promise<Buffer> {
  const parts = await Promise.all(
    references.map(async ({file, name}) => {
      const {bytes, ext, type} = await readStoredImage(file);
      // The MIME type must be set: the API refuses parts sent as application/octet-stream.
      return toFile(bytes, `${name}.${ext}`, {type});
    }),
  );
  // Edits only take GPT image models' sizes and qualities, which are the ones used with references.
  const params = {
    ...commonParams(images, prompt, size),
    image: parts,
    ...(takesInputFidelity(images.model) && {input_fidelity: 'high' as const}),
  } as ImageEditParamsNonStreaming;
  return requestImage(images, (signal) => images.server.client.images.edit(params, {signal}));
}

/**
 * True when the server itself is the problem (unreachable, failing, refusing the key): the next request would
 * only wait for the same failure. A 400 (e.g. a safety refusal) or an answer that is no image belongs to one prompt.
 */
export const isServerFailure = (error: unknown) =>
  !(error instanceof APIError && error.status === 400) && !(error instanceof NotAnImageError);
