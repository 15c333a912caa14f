/**
 * The ~65 MB bundle in the temp folder is removed when the process exits, whether the run succeeded or failed.
 * A child process registers a folder as if it were the bundle, then ends in each way.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BUNDLE_MODULE = path.join(__dirname, '..', 'src', 'render', 'bundle.ts');
const TSX = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');

function runChild(ending: string): {dir: string; status: number | null} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'microdrama-fake-bundle-'));
  writeFileSync(path.join(dir, 'bundle.js'), '// bundled code');
  const code = `const {removeAtExit} = require(${JSON.stringify(BUNDLE_MODULE)}); removeAtExit(${JSON.stringify(dir)}); ${ending}`;
  const result = spawnSync(TSX, ['-e', code], {encoding: 'utf8', timeout: 60000});
  return {dir, status: result.status};
}

describe('the temporary bundle', () => {
  it('is removed when the process ends normally', () => {
    const {dir, status} = runChild('');
    expect(status).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('is removed after a failure', () => {
    const {dir, status} = runChild('setTimeout(() => { throw new Error("render failed"); }, 10);');
    expect(status).not.toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('is removed when the process is interrupted', () => {
    const {dir, status} = runChild(
      'setTimeout(() => process.kill(process.pid, "SIGTERM"), 10); setTimeout(() => undefined, 5000);',
    );
    expect(status).not.toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});
