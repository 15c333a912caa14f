/**
 * The offline writer: a premise becomes a complete micro drama script with no network and no model.
 * It reads the premise's people, places, objects and sentence (extract.ts), casts them (cast.ts), picks a genre
 * skeleton with a twist and a cliffhanger (plot.ts), and fits the beats to the duration (fit.ts).
 * Same request, same script: every choice comes from a generator seeded by the request.
 */
import type {Script} from '../../schema/script';
import {parseScript} from '../../schema/validate';
import type {Progress} from '../../util/progress';
import type {WriteRequest, Writer} from '../writer';
import {attempt} from './attempt';
import {better, type Fitted} from './fit';
import {checkRequest, sceneCountFor, setUp} from './setup';

export {OFFLINE_LANGUAGES} from './setup';

/** Plot variants tried per number of scenes before moving on to another number (short videos are tighter). */
const variantsFor = (durationSec: number) => (durationSec <= 20 ? 6 : 3);

/** Writes the script for a request; pure and synchronous, so tests and the CLI get the same script. */
export function writeOffline(request: WriteRequest): Script {
  checkRequest(request);
  const setup = setUp(request);
  const preferred = sceneCountFor(request.durationSec, setup.rng.fork('scenes'));
  // The preferred number of scenes first, then its neighbours, in case the beats cannot fill (or fit) it.
  const counts = [preferred, preferred - 1, preferred + 1, preferred - 2, preferred + 2].filter((n) => n >= 3 && n <= 6);
  let best: Fitted | undefined;
  search: for (const count of counts) {
    for (let variant = 0; variant < variantsFor(request.durationSec); variant++) {
      const fitted = attempt(setup, count, variant);
      if (!best || better(fitted, best)) best = fitted;
      if (fitted.ok && (fitted.strict || request.durationSec <= 20)) break search;
    }
  }
  return parseScript(best!.script, 'offline writer');
}

export const offlineWriter: Writer = {
  name: 'offline',
  async write(request: WriteRequest, progress: Progress): Promise<Script> {
    progress('write', 0, 'offline');
    const script = writeOffline(request);
    progress('write', 1, 'offline');
    return script;
  },
};
