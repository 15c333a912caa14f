// The studio page. Vite transpiles TSX itself (oxc) with React's automatic JSX runtime; the page imports the same
// compositions, schema and timeline as the renderer, from outside web/.
import path from 'node:path';
import {defineConfig} from 'vite';

export default defineConfig({
  root: __dirname,
  base: '/',
  oxc: {jsx: {runtime: 'automatic'}},
  build: {outDir: path.join(__dirname, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000},
  server: {fs: {allow: [path.join(__dirname, '..')]}},
});
