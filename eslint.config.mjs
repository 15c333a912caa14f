// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, plus the layers (eslint/layers.mjs): browser-safe code (the core,
 * compositions/, web/) imports no Node built-in and the core no React, and imports between folders follow the layer
 * picture in the README. Formatting is Prettier's (npm run format:check), so no style rules here.
 */
import js from '@eslint/js';
import {builtinModules} from 'node:module';
import tseslint from 'typescript-eslint';
import {CORE, layersPlugin} from './eslint/layers.mjs';

// A regex, not gitignore-style groups: a group "util/*" would also match the project's own "../util/errors".
const builtinNames = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/]/g, '\\/'));
const nodeBuiltins = {
  regex: `^(node:.*|(${builtinNames.join('|')})(\\/.*)?)$`,
  message: 'Browser-safe code (the core, compositions/, web/) imports no Node built-in: move this to a node stage.',
};
const reactAndRemotion = {
  // @remotion/zod-types is zod schemas (colours), no React: the script schema uses it.
  group: [
    'react',
    'react/*',
    'react-dom',
    'react-dom/*',
    'remotion',
    'remotion/*',
    '@remotion/*',
    '!@remotion/zod-types',
  ],
  message: 'The core imports no React or Remotion: it is plain data and functions that every layer shares.',
};

const coreFiles = CORE.map((folder) => `src/${folder}/**`);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'public/generated/**',
      '.cache/**',
      'coverage/**',
      'build/**',
      'dist/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: {layers: layersPlugin},
    rules: {
      'layers/boundaries': 'error',
      // `_name` marks a value left out on purpose (e.g. a field dropped by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true},
      ],
      // Control characters are what some patterns are for (cleaning text, matching binary headers).
      'no-control-regex': 'off',
      // zod's empty shape is spelt `{}`.
      '@typescript-eslint/no-empty-object-type': ['error', {allowObjectTypes: 'always'}],
      // A variable a closure reads before its one assignment cannot be const.
      'prefer-const': ['error', {ignoreReadBeforeAssign: true}],
    },
  },
  {
    // Tests poke at loosely typed replies and mocks.
    files: ['test/**'],
    rules: {'@typescript-eslint/no-explicit-any': 'off'},
  },
  {
    // Emoji ranges written as they read; the offline writer's owners may tighten this.
    files: ['src/write/offline/text.ts'],
    rules: {'no-misleading-character-class': 'off'},
  },
  {
    files: coreFiles,
    rules: {'no-restricted-imports': ['error', {patterns: [nodeBuiltins, reactAndRemotion]}]},
  },
  {
    files: ['compositions/**', 'web/**'],
    ignores: ['web/vite.config.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: [nodeBuiltins]}]},
  },
  {
    // loadScriptFile still reads files beside the schema; it moves to a node-side module with the media resolver.
    files: ['src/schema/validate.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: [reactAndRemotion]}]},
  },
  {
    files: ['eslint.config.mjs', 'eslint/**'],
    languageOptions: {globals: {URL: 'readonly'}},
  },
);
