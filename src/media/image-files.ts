/** Where scene images are stored for the renderer, and what kind of image a file really is. */
import {generatedAsset} from '../util/paths';

/** The file on disk and the staticFile() path a script stores, for an image file name. */
export type AssetLocator = (fileName: string) => {file: string; src: string};

/** public/generated/images/: the renderer's bundle and Studio both serve it. */
export const generatedImage: AssetLocator = (fileName) => generatedAsset('images', fileName);

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;

/** The extension that matches an image's bytes (png, jpg, webp), or undefined when they are not one. */
export function imageExtension(bytes: Uint8Array): 'png' | 'jpg' | 'webp' | undefined {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x52, 0x49, 0x46, 0x46) && Buffer.from(bytes.subarray(8, 12)).toString('ascii') === 'WEBP') return 'webp';
  return undefined;
}
