/**
 * The compositions' bundle, built with webpack (~26 s cold, ~4 s with webpack's cache) and kept between processes
 * under the cache folder, named by bundleKey (a hash of exactly what goes into it): a re-render after an edit, or a
 * second `make`, reuses it at no cost.
 *
 * Lifecycle: a process that finds no bundle for the key builds one into a temporary folder beside the cache
 * (removed at exit if the process dies mid-build) and renames it into place, so a bundle in the cache is always
 * complete. Two processes building the same key at once both build; the first rename wins and the other drops its
 * copy and uses the winner's. Using a bundle touches it; building one removes the least recently used beyond
 * KEEP_BUNDLES, never one used in the last hour (another process may be rendering with it).
 */
import {promises as fs, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {exists, hashBytes, writeFileAtomic} from '../util/files';
import {cacheDir, PROJECT_ROOT, PUBLIC_DIR} from '../util/paths';
import type {Progress} from '../util/progress';
import {bundleKey} from './bundle-key';

export const ENTRY_POINT = path.join(PROJECT_ROOT, 'compositions', 'index.ts');

/** The options given to bundle(); part of the key. Linked, not copied: media generated after bundling is served. */
const BUNDLE_OPTIONS = {symlinkPublicDir: true};

const KEEP_BUNDLES = 3;
const IN_USE_MS = 60 * 60 * 1000;
/** Written into a bundle folder when it is built: the hash of its JavaScript (see bundleCodeHash). */
const CODE_HASH_FILE = 'microdrama-code-hash.txt';

let pending: Promise<string> | undefined;

/**
 * Removes `dir` when the process exits, after a failure too (an 'exit' listener runs on errors and process.exit;
 * interrupts are re-raised after the removal). Returns a function that cancels the removal.
 */
export function removeAtExit(dir: string): () => void {
  const remove = () => rmSync(dir, {recursive: true, force: true});
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  process.once('exit', remove);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('exit', remove);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** The hash of a bundle folder's JavaScript files, in name order. */
async function hashCode(dir: string): Promise<string> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.js')).sort();
  const parts = await Promise.all(
    names.map(async (name) => `${name}:${hashBytes(await fs.readFile(path.join(dir, name)))}`),
  );
  return hashBytes(parts.join('\n'), 16);
}

/** Least recently used bundles beyond KEEP_BUNDLES, except `keep` and any used within the last hour. */
async function pruneBundles(root: string, keep: string): Promise<void> {
  const entries = await fs.readdir(root).catch(() => [] as string[]);
  const bundles = await Promise.all(
    entries
      .filter((name) => !name.startsWith('.') && name !== keep)
      .map(async (name) => ({name, used: (await fs.stat(path.join(root, name))).mtimeMs})),
  );
  bundles.sort((a, b) => b.used - a.used);
  for (const old of bundles.slice(KEEP_BUNDLES - 1)) {
    if (Date.now() - old.used > IN_USE_MS) await fs.rm(path.join(root, old.name), {recursive: true, force: true});
  }
}

/** Builds the compositions' bundle into `outDir` with webpack. */
async function webpackBundle(outDir: string, progress?: Progress): Promise<void> {
  // Loaded only here: webpack is a heavy import, and a cached bundle needs none of it.
  const {bundle} = await import('@remotion/bundler');
  await bundle({
    entryPoint: ENTRY_POINT,
    publicDir: PUBLIC_DIR,
    outDir,
    ...BUNDLE_OPTIONS,
    onProgress: (percent) => progress?.('bundle', percent / 100),
  });
}

/** Builds this process has started, to name each one's temporary folder apart. */
let buildsStarted = 0;

/**
 * The bundle folder `root/key`: the one there, or one made by `build` into a temporary folder and renamed into
 * place (see the lifecycle above). `build` fills the folder it is given.
 */
export async function cachedBundle(
  root: string,
  key: string,
  build: (outDir: string) => Promise<void>,
  progress?: Progress,
): Promise<string> {
  const final = path.join(root, key);
  if (await exists(path.join(final, CODE_HASH_FILE))) {
    const now = new Date();
    await fs.utimes(final, now, now).catch(() => undefined); // marks it recently used, against pruning
    progress?.('bundle', 1, 'cached');
    return final;
  }
  await fs.mkdir(root, {recursive: true});
  // The pid keeps processes apart and the counter keeps two builds of one process apart (Date.now() alone collided).
  const temp = path.join(root, `.build-${key}-${process.pid}-${Date.now()}-${++buildsStarted}`);
  const cancelRemoval = removeAtExit(temp);
  try {
    await build(temp);
    await writeFileAtomic(path.join(temp, CODE_HASH_FILE), await hashCode(temp));
    await fs.rename(temp, final).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished the same bundle first: use theirs.
      if (!(await exists(path.join(final, CODE_HASH_FILE)))) throw error;
    });
  } finally {
    await fs.rm(temp, {recursive: true, force: true});
    cancelRemoval();
  }
  await pruneBundles(root, key);
  return final;
}

/** The serve URL of the bundle for the current sources: the cached one, or one built now and cached. */
async function findOrBuild(progress?: Progress): Promise<string> {
  const bundlerVersion = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'node_modules', '@remotion', 'bundler', 'package.json'), 'utf8'),
  ).version;
  const key = bundleKey(ENTRY_POINT, PROJECT_ROOT, PUBLIC_DIR, {...BUNDLE_OPTIONS, bundlerVersion});
  return cachedBundle(cacheDir('bundles'), key, (outDir) => webpackBundle(outDir, progress), progress);
}

/** The serve URL of the bundle, found or built on first use and shared by every later render in this process. */
export function getBundle(progress?: Progress): Promise<string> {
  pending ??= findOrBuild(progress).catch((error) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

const codeHashes = new Map<string, string>();

/**
 * A hash of the bundle's code (its JavaScript files), part of every chunk's cache key so that a change to any
 * composition re-renders, while a change that leaves the code the same (a comment, a new bundle key) does not.
 * Read from the file written at build time; a folder without one is hashed now; a serve URL that is not a local
 * folder hashes as itself.
 */
export async function bundleCodeHash(serveUrl: string): Promise<string> {
  let hash = codeHashes.get(serveUrl);
  if (hash) return hash;
  hash = await fs
    .readFile(path.join(serveUrl, CODE_HASH_FILE), 'utf8')
    .catch(() => hashCode(serveUrl))
    .catch(() => hashBytes(serveUrl, 16)); // a remote serve URL: its address is all we know of its code
  codeHashes.set(serveUrl, hash);
  return hash;
}
