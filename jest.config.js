/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', {jsc: {parser: {syntax: 'typescript', tsx: true}, transform: {react: {runtime: 'automatic'}}, target: 'es2022'}, module: {type: 'commonjs'}}],
  },
  // The Remotion bundle is built once per test run and shared by every render test.
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  testTimeout: 120000,
  // Renders are CPU-heavy and this machine has two cores: one render at a time.
  maxWorkers: 2,
};
