import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Script} from '../../src/schema/script';

export const SAMPLES_DIR = path.join(__dirname, '..', '..', 'public', 'samples');

/** A fresh copy of a bundled sample, safe to mutate. */
export function loadSample(name = 'wrong-wedding'): Script {
  return JSON.parse(readFileSync(path.join(SAMPLES_DIR, `${name}.json`), 'utf8'));
}
