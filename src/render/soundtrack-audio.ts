/**
 * The video's audio track, encoded to AAC on its own beside the capture (it needs nothing from the picture), so
 * the last step of a render only copies streams into the MP4. Cached beside the chunks, named by a hash of the
 * soundtrack's bytes and the span it covers: a re-render whose mix did not change encodes nothing.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {Script} from '../schema/script';
import {exists, hashBytes, hashOf, writeFileVia} from '../util/files';
import {PUBLIC_DIR} from '../util/paths';
import {ffmpeg} from './ffmpeg';

/** Bump when the encoding below changes, so cached tracks are not reused. */
const AUDIO_FORMAT = 1;
/** Cached tracks are `audio-KEY.m4a` in the chunk folder. */
export const AUDIO_PREFIX = 'audio-';

type Soundtrack = Script['soundtrack'];

/** The soundtrack as ffmpeg input arguments: the mixed file, or silence (platforms expect an audio track). */
function audioInput(soundtrack: Soundtrack): string[] {
  if (!soundtrack) return ['-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo'];
  return [
    '-i',
    /^(https?:|data:)/.test(soundtrack.src)
      ? soundtrack.src
      : path.join(PUBLIC_DIR, soundtrack.src.replace(/^\/+/, '')),
  ];
}

/** What the track's sound depends on: the file's bytes (a URL stands for itself), or silence. */
async function soundtrackDigest(soundtrack: Soundtrack): Promise<string> {
  if (!soundtrack) return 'silence';
  const [, file] = audioInput(soundtrack);
  if (/^(https?:|data:)/.test(file)) return hashBytes(file);
  return hashBytes(await fs.readFile(file));
}

export interface EncodedAudio {
  file: string;
  /** Its name in the chunk folder, for pruning. */
  name: string;
  reused: boolean;
}

/**
 * The AAC track (48 kHz stereo, 320 kb/s, in an M4A) of `durationSec` of the soundtrack from `offsetSec`, padded
 * with silence when the soundtrack is shorter; found in `dir` or encoded there.
 */
export async function encodedSoundtrack(
  soundtrack: Soundtrack,
  span: {offsetSec: number; durationSec: number},
  dir: string,
): Promise<EncodedAudio> {
  const key = hashOf({format: AUDIO_FORMAT, sound: await soundtrackDigest(soundtrack), ...span}, 24);
  const name = `${AUDIO_PREFIX}${key}.m4a`;
  const file = path.join(dir, name);
  if (await exists(file)) return {file, name, reused: true};
  await writeFileVia(file, (temp) =>
    ffmpeg(
      [
        ...(soundtrack ? ['-ss', String(span.offsetSec)] : []),
        ...audioInput(soundtrack),
        ...['-vn', '-c:a', 'aac', '-b:a', '320k', '-ar', '48000', '-ac', '2'],
        ...['-af', 'apad', '-t', String(span.durationSec), '-f', 'mp4', '-y', temp],
      ],
      'encodes the soundtrack',
    ),
  );
  return {file, name, reused: false};
}
