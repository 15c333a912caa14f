/**
 * The dramaturgy gate as the offline writer plans against it: the shared gate (src/craft/gate.ts) measured on
 * the timed script, its failures as short phrases. A plan with any is replaced by another.
 */
import {checkCraft, describeCheck, type PremiseKeys} from '../../craft/gate';
import type {Script} from '../../schema/script';
import {timeScript} from '../../time/timeline';

/** Problems with a script's pace and structure; empty when it passes. */
export function planProblems(script: Script, keys: PremiseKeys): string[] {
  return checkCraft(script, timeScript(script), keys)
    .checks.filter((c) => !c.pass)
    .map(describeCheck);
}
