/**
 * Resolving a script's media references on disk and on the network. Every reader of script media (the mix's
 * decoder, the checks before the renderer loads them) goes through here, so nothing reads outside public/ and no
 * URL reaches a private address.
 */
import {promises as dns} from 'node:dns';
import {promises as fs} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {httpUrl, mediaRefProblem, NOT_UNDER_PUBLIC} from '../schema/media-ref';
import {oneLine} from '../schema/text';
import {UserError} from '../util/errors';
import {isPublicAddress} from './addresses';

/** A media reference that may not be read; the message says why (the caller adds the field's path). */
export class MediaError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'MediaError';
  }
}

const quoted = (src: string) => JSON.stringify(oneLine(src, 100));

const inside = (root: string, file: string) => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
};

/**
 * The real path of a local media reference: a regular file inside `publicDir` once every symlink is followed.
 * Throws a MediaError for a reference that climbs out, a symlink that leads out, a missing or non-regular file.
 */
export async function resolvePublicFile(src: string, publicDir: string): Promise<string> {
  const problem = mediaRefProblem(src);
  if (problem) throw new MediaError(problem);
  if (httpUrl(src)) throw new MediaError(`${quoted(src)} is a URL, not a file under public/`);
  const root = await fs.realpath(publicDir).catch(() => {
    throw new MediaError(`the asset folder ${publicDir} does not exist`);
  });
  const candidate = path.resolve(root, src);
  if (!inside(root, candidate)) throw new MediaError(NOT_UNDER_PUBLIC);
  const real = await fs.realpath(candidate).catch((error: NodeJS.ErrnoException) => {
    throw new MediaError(
      `no file public/${oneLine(src, 100)}${error.code === 'ENOENT' ? '' : ` (${error.code ?? error.message})`}`,
    );
  });
  if (!inside(root, real))
    throw new MediaError(`${quoted(src)} is a symlink that leads outside public/; ${NOT_UNDER_PUBLIC}`);
  const stat = await fs.stat(real).catch((error: NodeJS.ErrnoException) => {
    throw new MediaError(`cannot read public/${oneLine(src, 100)} (${error.code ?? error.message})`);
  });
  if (!stat.isFile()) throw new MediaError(`public/${oneLine(src, 100)} is not a regular file`);
  return real;
}

/** Every address a host name resolves to (all of them: any one might be the one that gets connected to). */
export type HostLookup = (host: string) => Promise<{address: string}[]>;

export const systemLookup: HostLookup = (host) => dns.lookup(host, {all: true, verbatim: true});

/**
 * Checks that a URL may be fetched: http(s) with a host whose every address is on the public internet (or passes
 * `isAllowed`, which tests use to admit their loopback server). Returns the addresses, for a fetcher to pin the
 * connection to; throws a MediaError naming the address otherwise. (A redirect's target is checked on its own.)
 */
export async function checkRemoteUrl(
  src: string,
  lookup: HostLookup = systemLookup,
  isAllowed: (address: string) => boolean = isPublicAddress,
): Promise<string[]> {
  const problem = mediaRefProblem(src);
  if (problem) throw new MediaError(problem);
  const url = httpUrl(src);
  if (!url) throw new MediaError(`${quoted(src)} is not an http(s) URL`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  const refuse = (address: string) =>
    new MediaError(
      `${quoted(`${url.protocol}//${url.host}`)} is ${address === host ? '' : `${address}, `}a loopback, private or link-local address; remote media must be on the public internet`,
    );
  if (host === 'localhost' || host.endsWith('.localhost')) throw refuse(host);
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    const found = await lookup(host).catch((error: NodeJS.ErrnoException) => {
      throw new MediaError(`cannot resolve the host of ${quoted(src)} (${error.code ?? error.message})`);
    });
    addresses = found.map((a) => a.address);
    if (addresses.length === 0) throw new MediaError(`the host of ${quoted(src)} has no address`);
  }
  const blocked = addresses.find((address) => !isAllowed(address));
  if (blocked !== undefined) throw refuse(blocked);
  return addresses;
}
