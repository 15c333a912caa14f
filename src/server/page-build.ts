/**
 * Building the page (web/) with Vite when its output is missing or older than any source it is made from (the
 * page imports the compositions, the schema and the timeline, so a change there rebuilds it too).
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {PROJECT_ROOT} from '../util/paths';

export const WEB_ROOT = path.join(PROJECT_ROOT, 'web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');
const SOURCES = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'compositions',
  'src/schema',
  'src/time',
  'src/craft',
  'package.json',
];

async function newestMtime(entry: string): Promise<number> {
  const stat = await fs.stat(entry).catch(() => undefined);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const children = await fs.readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(stat.mtimeMs, ...times);
}

/** Whether web/dist is missing or older than its sources. */
export async function pageIsStale(): Promise<boolean> {
  const built = await fs.stat(path.join(WEB_DIST, 'index.html')).catch(() => undefined);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(PROJECT_ROOT, s))))));
  return newest > built.mtimeMs;
}

/** Builds the page into web/dist with the project's Vite config. */
export async function buildPage(): Promise<void> {
  // Vite ships ES-module-only types, which this project's CommonJS module resolution cannot see.
  const {build} = (await import('vite' as string)) as {build: (config: Record<string, unknown>) => Promise<unknown>};
  await build({configFile: path.join(WEB_ROOT, 'vite.config.ts'), root: WEB_ROOT, logLevel: 'error'});
}
