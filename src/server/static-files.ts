/**
 * Serving files from a folder: the path is resolved inside the root and refused if it leaves it (no "..", no
 * absolute paths, no symlink tricks through names), with byte ranges so media elements can seek.
 */
import {createReadStream, promises as fs} from 'node:fs';
import path from 'node:path';
import {Readable} from 'node:stream';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.flac': 'audio/flac',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The files a finished drama offers for download, by the names its done marker and render results give them. */
export const OUTPUT_FILES = ['video', 'poster', 'srt', 'vtt', 'script'] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

/** The file `relative` names inside `root`, or undefined when it would leave the root. */
export function confine(root: string, relative: string): string | undefined {
  if (relative.includes('\0')) return undefined;
  const resolved = path.resolve(root, `.${path.posix.sep}${relative}`);
  const base = path.resolve(root);
  return resolved.startsWith(base + path.sep) ? resolved : undefined;
}

/** Whether `file`, with every symlink in its path followed, is still inside `root` (followed too). */
export async function staysInside(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]).catch(() => []);
  return realRoot !== undefined && realFile !== undefined && realFile.startsWith(realRoot + path.sep);
}

/** A response with the file (or the requested byte range of it); undefined when there is no such file. */
export async function fileResponse(
  file: string,
  request: Request,
  extra: Record<string, string> = {},
): Promise<Response | undefined> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  const headers: Record<string, string> = {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    ...extra,
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '');
  let start = 0;
  let end = stat.size - 1;
  let status = 200;
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      if (range[2]) end = Math.min(end, Number(range[2]));
    } else {
      start = Math.max(0, stat.size - Number(range[2]));
    }
    if (start > end || start >= stat.size) {
      return new Response(null, {status: 416, headers: {'content-range': `bytes */${stat.size}`}});
    }
    status = 206;
    headers['content-range'] = `bytes ${start}-${end}/${stat.size}`;
  }
  headers['content-length'] = String(end - start + 1);
  if (request.method === 'HEAD' || stat.size === 0) return new Response(null, {status, headers});
  const body = Readable.toWeb(createReadStream(file, {start, end})) as ReadableStream;
  return new Response(body, {status, headers});
}
