/**
 * Two projects: `unit` (pure code and loopback servers: no Chromium, espeak-ng or ffmpeg, no bundle; `npm run
 * test:unit`, under a minute) and `system` (renders, voices, the mix and the command line run as a process). `npm test`
 * runs both. A new test file is a system test until it is listed here as a unit test.
 */
const UNIT = [
  'cast',
  'cli-flags',
  'cli-input',
  'compositions',
  'config',
  'http-retry',
  'layers',
  'schema',
  'score',
  'templates',
  'timing',
  'visuals-dir',
  'visuals-openai',
  'voice-alignment',
  'write-offline',
  'write-openai',
];
const unitMatch = UNIT.map((name) => `<rootDir>/test/${name}.test.ts`);

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {parser: {syntax: 'typescript', tsx: true}, transform: {react: {runtime: 'automatic'}}, target: 'es2022'},
        module: {type: 'commonjs'},
      },
    ],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {...shared, displayName: 'unit', testMatch: unitMatch},
    {
      ...shared,
      displayName: 'system',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', ...unitMatch],
      // The Remotion bundle is built once per test run and shared by every render test.
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
    },
  ],
  testTimeout: 120000,
  // Renders are CPU-heavy and this machine has two cores: one render at a time.
  maxWorkers: 2,
};
