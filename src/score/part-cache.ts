/**
 * Score parts on disk (see sections.ts), one file per key: a 16-byte header (magic, format, rate, frames) and the
 * four channels (dry left and right, send left and right) as float32 in this machine's byte order, so a part read
 * back is the very samples that were rendered. The folder is kept under a size cap, least recently used parts
 * going first (reading a part marks it used). Files are written atomically; a part that is missing, unreadable or
 * of another format is a miss and is rendered again.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../util/files';
import type {Buses} from './performer';

export interface ScorePartCache {
  /** The part of that key, or undefined when there is none. */
  read(key: string): Promise<Buses | undefined>;
  write(key: string, part: Buses): Promise<void>;
}

const MAGIC = 0x5053444d; // "MDSP"
const FORMAT = 1;
const HEADER_BYTES = 16;
/** About four 45 s dramas' worth of parts (a second of part is 768 KB). */
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

function encodePart(part: Buses): Uint8Array {
  const channels = [...part.dry.channels, ...part.wet.channels];
  const frames = channels[0].length;
  const bytes = new Uint8Array(HEADER_BYTES + channels.length * frames * 4);
  const header = new Uint32Array(bytes.buffer, 0, 4);
  header.set([MAGIC, FORMAT, part.dry.sampleRate, frames]);
  channels.forEach((channel, c) => new Float32Array(bytes.buffer, HEADER_BYTES + c * frames * 4, frames).set(channel));
  return bytes;
}

function decodePart(data: Uint8Array): Buses | undefined {
  if (data.byteLength < HEADER_BYTES) return undefined;
  // Copied to a buffer of its own: typed views need aligned offsets, which a file's Buffer may not have.
  const bytes = new Uint8Array(data).buffer;
  const [magic, format, sampleRate, frames] = new Uint32Array(bytes, 0, 4);
  if (magic !== MAGIC || format !== FORMAT || bytes.byteLength !== HEADER_BYTES + 16 * frames) return undefined;
  const channel = (c: number) => new Float32Array(bytes, HEADER_BYTES + c * frames * 4, frames);
  return {
    dry: {sampleRate, channels: [channel(0), channel(1)]},
    wet: {sampleRate, channels: [channel(2), channel(3)]},
  };
}

/** Removes the least recently used parts until the folder holds at most `maxBytes`. */
async function prune(dir: string, maxBytes: number): Promise<void> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.part'));
  const parts = await Promise.all(
    names.map(async (name) => {
      const stat = await fs.stat(path.join(dir, name)).catch(() => undefined);
      return {name, size: stat?.size ?? 0, used: stat?.mtimeMs ?? 0};
    }),
  );
  parts.sort((a, b) => b.used - a.used);
  let total = 0;
  for (const part of parts) {
    total += part.size;
    if (total > maxBytes) await fs.rm(path.join(dir, part.name), {force: true});
  }
}

/** Parts in `dir` (created when first written), the folder kept under `maxBytes`. */
export function diskScoreCache(dir: string, maxBytes = DEFAULT_MAX_BYTES): ScorePartCache {
  const fileOf = (key: string) => path.join(dir, `${key}.part`);
  return {
    read: async (key) => {
      const data = await fs.readFile(fileOf(key)).catch(() => undefined);
      const part = data && decodePart(data);
      if (part) {
        const now = new Date();
        await fs.utimes(fileOf(key), now, now).catch(() => undefined); // used: last to be pruned
      }
      return part;
    },
    write: async (key, part) => {
      await writeFileAtomic(fileOf(key), encodePart(part));
      await prune(dir, maxBytes);
    },
  };
}
