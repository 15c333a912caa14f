/**
 * The compositions' bundle for render tests: the one the test setup built for the whole run (MICRODRAMA_BUNDLE, read
 * only here and in the setup), else built now. Production code never reads it: the serve URL is passed in.
 */
import {getBundle} from '../../src/render/bundle';

export function testServeUrl(): Promise<string> {
  return process.env.MICRODRAMA_BUNDLE ? Promise.resolve(process.env.MICRODRAMA_BUNDLE) : getBundle();
}
