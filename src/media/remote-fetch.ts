/**
 * Remote media, when allowed, are downloaded here and nowhere else: each URL's host is resolved and checked
 * (checkRemoteUrl), the connection is pinned to the checked address (a second DNS answer cannot point it
 * elsewhere), every redirect is checked the same way, size and time are bounded. The file lands under
 * public/generated/remote/ and the script refers to it, so ffmpeg and the browser never fetch a URL themselves.
 */
import http from 'node:http';
import https from 'node:https';
import type {LookupFunction} from 'node:net';
import path from 'node:path';
import {httpUrl, isImageRef, scriptMediaRefs, type MediaRef} from '../schema/media-ref';
import type {Script} from '../schema/script';
import {oneLine} from '../schema/text';
import {hashBytes, writeFileAtomic} from '../util/files';
import {imageExtension} from './image-files';
import type {MediaPolicy} from './check';
import {checkRemoteUrl, MediaError, systemLookup} from './resolve';

export interface RemoteFetchLimits {
  /** Largest download accepted. Default 50 MB. */
  maxBytes?: number;
  /** Time allowed for one reference, redirects included. Default 30 s. */
  timeoutMs?: number;
}

const MAX_REDIRECTS = 3;
const AUDIO_EXTENSIONS = ['wav', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'flac', 'webm'];

/** A lookup that answers with the address already checked, whatever the resolver would say now. */
const pinnedLookup =
  (address: string): LookupFunction =>
  (_host, options, callback) => {
    const family = address.includes(':') ? 6 : 4;
    if ((options as {all?: boolean}).all)
      (callback as (e: null, a: {address: string; family: number}[]) => void)(null, [{address, family}]);
    else callback(null, address, family);
  };

function get(
  url: URL,
  address: string,
  limits: Required<RemoteFetchLimits>,
  signal: AbortSignal,
): Promise<{status: number; location?: string; body: Buffer}> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      {lookup: pinnedLookup(address), signal, headers: {'user-agent': 'microdrama'}},
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          response.resume();
          resolve({status, location: response.headers.location, body: Buffer.alloc(0)});
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes)
            request.destroy(new MediaError(`is larger than ${Math.round(limits.maxBytes / 1e6)} MB`));
          else chunks.push(chunk);
        });
        response.on('end', () => resolve({status, body: Buffer.concat(chunks)}));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/** The bytes at a URL, fetched only from checked public addresses; throws a MediaError saying what went wrong. */
export async function fetchRemoteMedia(
  src: string,
  policy: Pick<MediaPolicy, 'lookup' | 'isAllowedAddress'>,
  limits: RemoteFetchLimits = {},
): Promise<Buffer> {
  const bounded = {maxBytes: limits.maxBytes ?? 50e6, timeoutMs: limits.timeoutMs ?? 30_000};
  const signal = AbortSignal.timeout(bounded.timeoutMs);
  let url = src;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const [address] = await checkRemoteUrl(url, policy.lookup ?? systemLookup, policy.isAllowedAddress);
    const response = await get(httpUrl(url)!, address, bounded, signal).catch((error: Error & {code?: string}) => {
      if (error instanceof MediaError) throw error;
      throw new MediaError(
        `could not download ${JSON.stringify(oneLine(url, 100))} (${signal.aborted ? `no answer within ${bounded.timeoutMs / 1000} s` : (error.code ?? error.message)})`,
      );
    });
    if (response.location !== undefined) {
      url = new URL(response.location, url).href;
      continue;
    }
    if (response.status < 200 || response.status >= 300)
      throw new MediaError(`${JSON.stringify(oneLine(url, 100))} answered HTTP ${response.status}`);
    return response.body;
  }
  throw new MediaError(`${JSON.stringify(oneLine(src, 100))} redirects more than ${MAX_REDIRECTS} times`);
}

/** The file name a downloaded reference gets: its content hash and an extension that says what it is. */
function fileName(ref: MediaRef, bytes: Uint8Array): string {
  const hash = hashBytes(bytes, 24);
  if (isImageRef(ref)) {
    const ext = imageExtension(bytes);
    if (!ext) throw new MediaError('is not a PNG, JPEG or WebP image');
    return `${hash}.${ext}`;
  }
  const ext = path.extname(httpUrl(ref.src)!.pathname).slice(1).toLowerCase();
  return `${hash}.${AUDIO_EXTENSIONS.includes(ext) ? ext : 'audio'}`;
}

/**
 * The script with every http(s) media reference replaced by a downloaded copy under publicDir/generated/remote/.
 * Call after checkScriptMedia allowed remote media. Throws a UserError naming the first field that failed.
 */
export async function localiseRemoteMedia(
  script: Script,
  policy: MediaPolicy,
  limits: RemoteFetchLimits = {},
): Promise<Script> {
  const result = structuredClone(script);
  const downloaded = new Map<string, string>();
  for (const ref of scriptMediaRefs(result)) {
    if (!httpUrl(ref.src)) continue;
    const key = `${isImageRef(ref)}:${ref.src}`;
    let local = downloaded.get(key);
    if (!local) {
      try {
        const bytes = await fetchRemoteMedia(ref.src, policy, limits);
        local = ['generated', 'remote', fileName(ref, bytes)].join('/');
        await writeFileAtomic(path.join(policy.publicDir, local), bytes);
      } catch (error) {
        if (error instanceof MediaError) throw new MediaError(`script media: ${ref.path}: ${error.message}`);
        throw error;
      }
      downloaded.set(key, local);
    }
    ref.set(local);
  }
  return result;
}
