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
    if (scheme !== 'http' && scheme !== 'https') return `must be a file under public/ or an http(s) URL, not a "${scheme.slice(0, 20)}:" URL`;
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

/** One media reference of a script: where it is (a field path, as errors name it) and what it says. */
export interface MediaRef {
  path: string;
  src: string;
}

/** Every media reference a script holds: voice clips, the soundtrack, scene images and the ad's logo. */
export function scriptMediaRefs(script: {
  scenes: {image?: string; beats: {audio?: {src: string}}[]}[];
  cardAudio?: {hook?: {src: string}; cliffhanger?: {src: string}};
  soundtrack?: {src: string};
  ad?: {logo?: string};
}): MediaRef[] {
  const refs: MediaRef[] = [];
  script.scenes.forEach((scene, s) => {
    if (scene.image !== undefined) refs.push({path: `scenes[${s}].image`, src: scene.image});
    scene.beats.forEach((beat, b) => {
      if (beat.audio) refs.push({path: `scenes[${s}].beats[${b}].audio.src`, src: beat.audio.src});
    });
  });
  for (const card of ['hook', 'cliffhanger'] as const) {
    const audio = script.cardAudio?.[card];
    if (audio) refs.push({path: `cardAudio.${card}.src`, src: audio.src});
  }
  if (script.soundtrack) refs.push({path: 'soundtrack.src', src: script.soundtrack.src});
  if (script.ad?.logo !== undefined) refs.push({path: 'ad.logo', src: script.ad.logo});
  return refs;
}
