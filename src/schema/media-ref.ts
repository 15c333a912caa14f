/**
 * What a media reference in a script (an audio clip, the soundtrack, a scene image, a logo) may be: the name of a
 * file inside the project's asset folder, public/ (what staticFile() serves), or an http(s) URL. This is the
 * syntactic half, browser-safe, run by the schema; src/media/ resolves the names on disk (realpath, no symlink
 * escape) and decides whether a URL's host may be fetched at all.
 */

export const NOT_UNDER_PUBLIC = 'must be a file under public/ (no "..", no absolute path)';

/** A URL scheme at the start ("javascript:", "data:", "file:", "http:"...). */
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The reference percent-decoded, so "%2e%2e" is judged as the ".." a browser would make of it. */
function decoded(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

/** The URL, when `src` is an http(s) reference. */
export function httpUrl(src: string): URL | undefined {
  const scheme = SCHEME.exec(src)?.[1].toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  try {
    return new URL(src);
  } catch {
    return undefined;
  }
}

/** Why `src` is not an acceptable media reference, or undefined when it is one. */
export function mediaRefProblem(src: string): string | undefined {
  if (/^[a-zA-Z]:[\\/]/.test(src) || src.startsWith('\\\\')) return NOT_UNDER_PUBLIC;
  const scheme = SCHEME.exec(src)?.[1].toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https')
      return `must be a file under public/ or an http(s) URL, not a "${scheme.slice(0, 20)}:" URL`;
    const url = httpUrl(src);
    if (!url || !url.hostname) return 'is not a valid http(s) URL';
    if (url.username || url.password) return 'must not carry a user name or password in the URL';
    return undefined;
  }
  for (const form of [src, decoded(src)]) {
    if (form.includes('\0')) return 'must not contain a NUL character';
    if (form.includes('\\')) return 'must be a file under public/ written with "/" (no "\\")';
    if (form.startsWith('/') || form.startsWith('~')) return NOT_UNDER_PUBLIC;
    if (form.split('/').some((segment) => segment === '..')) return NOT_UNDER_PUBLIC;
  }
  if (src.endsWith('/')) return 'must name a file, not a folder';
  return undefined;
}

/** One media reference of a script: where it is (a field path, as errors name it), what it says, how to change it. */
export interface MediaRef {
  path: string;
  src: string;
  /** Replaces the reference in the script it was listed from (e.g. a URL by its downloaded copy). */
  set: (src: string) => void;
}

/** Whether a reference is shown as a picture (a scene image, the logo) rather than played as sound. */
export const isImageRef = (ref: Pick<MediaRef, 'path'>): boolean =>
  ref.path.endsWith('.image') || ref.path === 'ad.logo';

/** Every media reference a script holds: voice clips, the soundtrack, scene images and the ad's logo. */
export function scriptMediaRefs(script: {
  scenes: {image?: string; beats: {audio?: {src: string}}[]}[];
  cardAudio?: {hook?: {src: string}; cliffhanger?: {src: string}};
  soundtrack?: {src: string};
  ad?: {logo?: string};
}): MediaRef[] {
  const refs: MediaRef[] = [];
  const audioRef = (path: string, audio: {src: string}) =>
    refs.push({path, src: audio.src, set: (src) => (audio.src = src)});
  script.scenes.forEach((scene, s) => {
    if (scene.image !== undefined)
      refs.push({path: `scenes[${s}].image`, src: scene.image, set: (src) => (scene.image = src)});
    scene.beats.forEach((beat, b) => beat.audio && audioRef(`scenes[${s}].beats[${b}].audio.src`, beat.audio));
  });
  for (const card of ['hook', 'cliffhanger'] as const) {
    const audio = script.cardAudio?.[card];
    if (audio) audioRef(`cardAudio.${card}.src`, audio);
  }
  if (script.soundtrack) audioRef('soundtrack.src', script.soundtrack);
  const ad = script.ad;
  if (ad?.logo !== undefined) refs.push({path: 'ad.logo', src: ad.logo, set: (src) => (ad.logo = src)});
  return refs;
}
