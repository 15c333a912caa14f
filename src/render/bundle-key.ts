/**
 * The cache key of the compositions' bundle: a hash of exactly what webpack puts into it. That is every file the
 * entry point reaches through relative imports (compositions/, the browser-safe src/ core, imported JSON and CSS),
 * the version of every package it imports, the TypeScript settings, and the names and sizes of the public/ files
 * outside public/generated/. Generated media (voices, music, images) are left out on purpose: the bundle links
 * public/ rather than copying it, so a clip recorded after bundling is served at once, and a re-voiced line must
 * not cost a rebuild. (The bundle's list of static files, read only by getStaticFiles(), which no composition
 * uses, may therefore lag behind public/generated/.)
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {hashBytes, hashOf} from '../util/files';

/** Bump when the bundle's options change (bundle.ts), so bundles built the old way are not reused. */
const BUNDLE_FORMAT = 1;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;
const PARSED = /\.(?:[cm]?[jt]sx?)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.json', '/index.ts', '/index.tsx', '/index.js'];

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** 'react-dom/client' -> 'react-dom', '@remotion/fonts/x' -> '@remotion/fonts'. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

function packageVersion(root: string, name: string): string {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing'; // a Node built-in or an unresolvable name: webpack decides; the name alone keys it
  }
}

/** The files the entry point reaches by relative imports (sorted), and the packages it imports with versions. */
export function bundleInputs(entryPoint: string, root: string): {files: string[]; packages: Record<string, string>} {
  const files = new Set<string>();
  const packages: Record<string, string> = {};
  const queue = [entryPoint];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!PARSED.test(file)) continue; // JSON, CSS, fonts: hashed as bytes, not followed
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.')) {
        const resolved = resolveRelative(file, specifier);
        if (resolved) queue.push(resolved);
      } else {
        const name = packageOf(specifier);
        packages[name] ??= packageVersion(root, name);
      }
    }
  }
  return {files: [...files].sort(), packages};
}

/** Names and sizes of public/ files, generated/ left out (see above). */
function publicListing(publicDir: string, dir = publicDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const rel = path.relative(publicDir, full).split(path.sep).join('/');
    if (rel === 'generated') return [];
    if (entry.isDirectory()) return publicListing(publicDir, full);
    return entry.isFile() ? [`${rel}:${statSync(full).size}`] : [];
  });
}

/** The bundle's cache key; `options` are the bundle options that change its output. */
export function bundleKey(entryPoint: string, root: string, publicDir: string, options: unknown): string {
  const {files, packages} = bundleInputs(entryPoint, root);
  const tsconfig = path.join(root, 'tsconfig.json');
  return hashOf(
    {
      format: BUNDLE_FORMAT,
      options,
      files: files.map((file) => [path.relative(root, file), hashBytes(readFileSync(file), 32)]),
      packages,
      tsconfig: existsSync(tsconfig) ? hashBytes(readFileSync(tsconfig), 32) : null,
      public: publicListing(publicDir).sort(),
    },
    24,
  );
}
