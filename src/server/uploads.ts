/**
 * Uploads: the type is read from the bytes (never from the name or the client's content type), the size is
 * limited, and the file is stored under its SHA-256 in public/generated/uploads/ (where the renderer and the
 * preview both load media from). The name the user gave is kept for display only, never used as a path.
 */
import type {Database} from '../db/database';
import {recordUpload, type UploadRow} from '../db/uploads';
import {exists, hashBytes, writeFileAtomic} from '../util/files';
import {generatedAsset} from '../util/paths';
import {ApiError} from './errors';

export const UPLOAD_LIMITS = {image: 15 * 1024 * 1024, audio: 40 * 1024 * 1024} as const;

interface Sniffed {
  kind: 'image' | 'audio';
  mime: string;
  ext: string;
}

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** What the bytes are, from their signature; undefined for anything we do not take. */
export function sniff(bytes: Uint8Array): Sniffed | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0x89 && ascii(bytes, 1, 'PNG')) return {kind: 'image', mime: 'image/png', ext: 'png'};
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return {kind: 'image', mime: 'image/jpeg', ext: 'jpg'};
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return {kind: 'image', mime: 'image/webp', ext: 'webp'};
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return {kind: 'audio', mime: 'audio/wav', ext: 'wav'};
  if (ascii(bytes, 0, 'ID3') || (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0))
    return {kind: 'audio', mime: 'audio/mpeg', ext: 'mp3'};
  if (ascii(bytes, 0, 'OggS')) return {kind: 'audio', mime: 'audio/ogg', ext: 'ogg'};
  if (ascii(bytes, 0, 'fLaC')) return {kind: 'audio', mime: 'audio/flac', ext: 'flac'};
  if (ascii(bytes, 4, 'ftyp') && /^(M4A |M4B |mp42|isom)$/.test(String.fromCharCode(...bytes.slice(8, 12))))
    return {kind: 'audio', mime: 'audio/mp4', ext: 'm4a'};
  return undefined;
}

/** Where an upload lives: its file on disk and the staticFile() path a script stores. */
export const uploadSrc = (upload: Pick<UploadRow, 'hash' | 'ext'>) =>
  generatedAsset('uploads', `${upload.hash}.${upload.ext}`);

/** Checks and stores one uploaded file; the same bytes twice are one upload. */
export async function storeUpload(
  db: Database,
  bytes: Uint8Array,
  name: string,
  expected?: 'image' | 'audio',
): Promise<UploadRow> {
  const type = sniff(bytes);
  if (!type)
    throw new ApiError(415, 'file', 'not a picture (PNG, JPEG, WebP) or a sound file (WAV, MP3, OGG, FLAC, M4A)');
  if (expected && type.kind !== expected)
    throw new ApiError(
      415,
      'file',
      `expected ${expected === 'image' ? 'a picture' : 'a sound file'}, got ${type.mime}`,
    );
  if (bytes.length > UPLOAD_LIMITS[type.kind]) {
    throw new ApiError(413, 'file', `${type.kind} files may be at most ${UPLOAD_LIMITS[type.kind] / 1024 / 1024} MB`);
  }
  const hash = hashBytes(bytes);
  const {file} = uploadSrc({hash, ext: type.ext});
  if (!(await exists(file))) await writeFileAtomic(file, bytes);
  // The name is shown, never used as a path: keep it short and printable.
  const display = name.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 120) || 'upload';
  return recordUpload(db, {hash, ...type, size: bytes.length, name: display});
}
