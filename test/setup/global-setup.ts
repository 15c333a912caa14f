// Bundles the compositions once for the whole test run; render tests get it from helpers/bundle.ts (MICRODRAMA_BUNDLE).
// Unit-only runs can skip it with MICRODRAMA_TEST_NO_BUNDLE=1.
import {getBundle} from '../../src/render/bundle';

export default async function globalSetup(): Promise<void> {
  if (process.env.MICRODRAMA_TEST_NO_BUNDLE === '1' || process.env.MICRODRAMA_BUNDLE) return;
  const started = Date.now();
  process.env.MICRODRAMA_BUNDLE = await getBundle();
  process.stderr.write(`\n[test setup] bundled compositions in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
}
