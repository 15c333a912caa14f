/**
 * A voice test file's scratch space: a throwaway clip cache (MICRODRAMA_CACHE_DIR) for the whole file, and the
 * clips it writes under public/ remembered and removed after its last test, so no run leaves audio behind.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {publicFile} from '../../src/util/paths';

/** Call at the top of a test file; add every clip's `src` the file makes to the returned set. */
export function scratchVoiceCache(prefix: string): Set<string> {
  let cache: string | undefined;
  const made = new Set<string>();
  beforeAll(async () => {
    cache = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
    process.env.MICRODRAMA_CACHE_DIR = cache;
  });
  afterAll(async () => {
    await Promise.all([...made].map((src) => fs.rm(publicFile(src)!, {force: true})));
    if (cache) await fs.rm(cache, {recursive: true, force: true});
    delete process.env.MICRODRAMA_CACHE_DIR;
  });
  return made;
}
