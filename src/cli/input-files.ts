/**
 * Files and folders given on the command line, checked when the options are parsed: they must exist, be a regular
 * file (or a folder where one is asked for), and hold what the flag expects, judged by content, not by name. A FIFO,
 * a socket or a device is refused from its metadata alone, never opened, so it cannot hang the run.
 */
import {closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats} from 'node:fs';
import path from 'node:path';
import {UserError} from '../util/errors';
import {IMAGE_EXTENSIONS, imageExtension} from '../media/image-files';

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The file's stats, or a UserError naming the flag when there is nothing there. */
function statOf(flag: string, file: string, shown: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `--${flag}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no file at' : `cannot read (${code})`} ${shown}`,
    );
  }
}

/**
 * The first `length` bytes of a regular file. Opened non-blocking and checked again once open, so a file swapped for
 * a pipe between the check and the read still cannot block.
 */
export function readHead(flag: string, value: string, length = 64): {file: string; head: Buffer; size: number} {
  const file = path.resolve(value);
  const stats = statOf(flag, file, value);
  if (!stats.isFile()) throw new UserError(`--${flag}: ${value} is ${kindOf(stats)}, not a file`);
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UserError(`--${flag}: ${value} is ${kindOf(opened)}, not a file`);
    const head = Buffer.alloc(Math.min(length, opened.size));
    const read = readSync(fd, head, 0, head.length, 0);
    return {file, head: head.subarray(0, read), size: opened.size};
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `--${flag}: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

/** The audio container a file's first bytes announce, or undefined when they announce none. */
export function audioKind(head: Buffer): string | undefined {
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'wav';
  if (ascii(head, 0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame (MP3) or an ADTS AAC frame: 11 bits of frame sync.
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0) return 'mp3';
  if (ascii(head, 0, 4) === 'OggS') return 'ogg';
  if (ascii(head, 0, 4) === 'fLaC') return 'flac';
  if (ascii(head, 4, 8) === 'ftyp') return 'm4a';
  if (ascii(head, 0, 4) === 'FORM' && ['AIFF', 'AIFC'].includes(ascii(head, 8, 12))) return 'aiff';
  return undefined;
}

/** `--music FILE`: an absolute path to a regular file whose content is audio. */
export function audioFileOption(flag: string, value: string): string {
  const {file, head} = readHead(flag, value);
  if (!audioKind(head))
    throw new UserError(`--${flag}: ${value} is not an audio file (WAV, MP3, AAC/M4A, OGG, FLAC or AIFF)`);
  return file;
}

/** `--logo FILE` and the like: an absolute path to a regular file whose content is a PNG, JPEG or WebP image. */
export function imageFileOption(flag: string, value: string): string {
  const {file, head} = readHead(flag, value, 16);
  if (!imageExtension(head)) throw new UserError(`--${flag}: ${value} is not a PNG, JPEG or WebP image`);
  return file;
}

/** Scripts are small; anything larger is not one (and would only be read into memory to be rejected). */
const MAX_SCRIPT_BYTES = 5 * 1024 * 1024;

/** `--script FILE`: an absolute path to a regular file that starts like a JSON object (the schema checks the rest). */
export function scriptFileOption(flag: string, value: string): string {
  const {file, head, size} = readHead(flag, value);
  if (size > MAX_SCRIPT_BYTES)
    throw new UserError(`--${flag}: ${value} is ${(size / 1024 / 1024).toFixed(1)} MB; a script is at most 5 MB`);
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text !== '' && !text.startsWith('{'))
    throw new UserError(`--${flag}: ${value} is not a JSON script (it does not start with "{")`);
  return file;
}

/** `--visuals DIR`: an absolute path to a folder holding at least one image by name. */
export function imageFolderOption(flag: string, value: string): string {
  const dir = path.resolve(value);
  const stats = statOf(flag, dir, value);
  if (!stats.isDirectory())
    throw new UserError(`--${flag}: "${value}" is neither procedural, openai nor a folder of images`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new UserError(`--${flag}: cannot read the folder ${value} (${(error as NodeJS.ErrnoException).code})`);
  }
  const images = names.filter(
    (name) =>
      !name.startsWith('.') &&
      (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).slice(1).toLowerCase()),
  );
  if (images.length === 0)
    throw new UserError(`--${flag}: the folder ${value} has no images (${IMAGE_EXTENSIONS.join(', ')})`);
  return dir;
}
