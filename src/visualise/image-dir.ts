/**
 * Visuals from a folder of the user's own images: sorted by name the way people number files (scene2 before
 * scene10), the first image for the first scene and so on. They are copied into public/generated/images/ (named
 * by content, so a re-render copies nothing) because the renderer only serves files under public/.
 */
import {readdirSync, promises as fs} from 'node:fs';
import path from 'node:path';
import type {Script} from '../schema/script';
import {UserError} from '../util/errors';
import {exists, hashBytes, writeFileAtomic} from '../util/files';
import {generatedImage, IMAGE_EXTENSIONS, imageExtension, type AssetLocator} from '../media/image-files';
import type {VisualProvider} from './visuals';

const byNaturalName = new Intl.Collator('en', {numeric: true, sensitivity: 'base'}).compare;

const isImageName = (name: string) =>
  !name.startsWith('.') && (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).slice(1).toLowerCase());

/** The folder's images in scene order. Read at once, so a wrong folder fails before any paid work starts. */
export function listSceneImages(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, {withFileTypes: true})
      .filter((entry) => entry.isFile() && isImageName(entry.name))
      .map((entry) => entry.name);
  } catch {
    throw new UserError(`no folder of scene images at ${dir}`);
  }
  if (names.length === 0) throw new UserError(`the folder ${dir} has no scene images (${IMAGE_EXTENSIONS.join(', ')})`);
  return names.sort(byNaturalName).map((name) => path.join(dir, name));
}

export function createDirVisualProvider(dir: string, options: {asset?: AssetLocator} = {}): VisualProvider {
  const files = listSceneImages(dir);
  const asset = options.asset ?? generatedImage;
  return {
    name: 'dir',
    async visualise(script: Script, progress, warn): Promise<Script> {
      const scenes = [...script.scenes];
      for (const [i, file] of files.slice(0, scenes.length).entries()) {
        progress('visualise', i / scenes.length, path.basename(file));
        const bytes = await fs.readFile(file);
        const ext = imageExtension(bytes);
        if (!ext) {
          warn(
            `${path.basename(file)} is not a PNG, JPEG or WebP image; scene ${i + 1} uses the procedural background`,
          );
          continue;
        }
        const {file: copy, src} = asset(`dir-${hashBytes(bytes, 16)}.${ext}`);
        if (!(await exists(copy))) await writeFileAtomic(copy, bytes);
        scenes[i] = {...scenes[i], image: src};
      }
      if (files.length < scenes.length) {
        const rest =
          files.length + 1 === scenes.length
            ? `scene ${scenes.length} uses a procedural background`
            : `scenes ${files.length + 1} to ${scenes.length} use procedural backgrounds`;
        warn(`${dir} has ${files.length} images for ${scenes.length} scenes; ${rest}`);
      } else if (files.length > scenes.length) {
        warn(
          `${dir} has ${files.length} images for ${scenes.length} scenes; unused: ${files
            .slice(scenes.length)
            .map((f) => path.basename(f))
            .join(', ')}`,
        );
      }
      progress('visualise', 1);
      return {...script, scenes};
    },
  };
}
