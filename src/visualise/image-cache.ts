/**
 * Generated images on disk, named by the hash of the request that made them: a request made before is answered
 * from the file, with no call to the server. Written atomically, so a crash never leaves half an image to reuse.
 */
import {promises as fs} from 'node:fs';
import {exists, writeFileAtomic} from '../util/files';
import {IMAGE_EXTENSIONS, imageExtension, type AssetLocator} from '../media/image-files';

/** The server answered, but not with an image: a problem of this one answer, not of the server. */
export class NotAnImageError extends Error {}

export interface StoredImage {
  /** The file on disk. */
  file: string;
  /** The staticFile() path a script stores. */
  src: string;
}

/** The image stored under `stem` (any image extension), if there is one. */
export async function findStoredImage(asset: AssetLocator, stem: string): Promise<StoredImage | undefined> {
  for (const ext of IMAGE_EXTENSIONS) {
    const stored = asset(`${stem}.${ext}`);
    if (await exists(stored.file)) return stored;
  }
  return undefined;
}

export interface CachedImageOptions {
  asset: AssetLocator;
  /** The file name without its extension: the request's hash. */
  stem: string;
  /** false: ask again even when the image is stored. */
  cache: boolean;
  /** Asks the server for the image's bytes. */
  request: () => Promise<Buffer>;
}

/** The stored image for `stem`, or a new one from `request`, checked to be an image and stored. */
export async function cachedImage(options: CachedImageOptions): Promise<StoredImage> {
  const stored = options.cache ? await findStoredImage(options.asset, options.stem) : undefined;
  if (stored) return stored;
  const bytes = await options.request();
  const ext = imageExtension(bytes);
  if (!ext) throw new NotAnImageError('the server sent data that is not a PNG, JPEG or WebP image');
  const made = options.asset(`${options.stem}.${ext}`);
  await writeFileAtomic(made.file, bytes);
  return made;
}

/** The bytes of a stored image, its extension and its MIME type, to send it as a reference. */
export async function readStoredImage(file: string): Promise<{bytes: Buffer; ext: string; type: string}> {
  const bytes = await fs.readFile(file);
  const ext = imageExtension(bytes);
  if (!ext) throw new NotAnImageError(`${file} is not a PNG, JPEG or WebP image`);
  return {bytes, ext, type: ext === 'jpg' ? 'image/jpeg' : `image/${ext}`};
}
