/**
 * The check a script's media pass before anything reads them: each local reference resolved inside public/, each
 * URL refused unless remote media were allowed, and then only to public addresses. Run by the pipeline early (a
 * given script, before voicing and bundling) and again before the mix and the render (what the stages produced).
 */
import {scriptMediaRefs, httpUrl, type MediaRef} from '../schema/media-ref';
import {summariseProblems} from '../schema/validate';
import type {Script} from '../schema/script';
import {UserError} from '../util/errors';
import {checkRemoteUrl, resolvePublicFile, systemLookup, type HostLookup} from './resolve';

export interface MediaPolicy {
  /** The project's asset folder: every local reference must resolve to a regular file inside it. */
  publicDir: string;
  /** Whether http(s) media may be fetched at all (never from loopback or private addresses). */
  remoteMedia: boolean;
  /** Host name resolution; tests inject one. Default: the system resolver (dns.lookup, all addresses). */
  lookup?: HostLookup;
  /** Which resolved addresses may be connected to. Default: public internet only (tests admit their loopback server). */
  isAllowedAddress?: (address: string) => boolean;
}

/** Media references a script may not use, each problem naming its field. */
export class ScriptMediaError extends UserError {
  constructor(readonly problems: string[]) {
    super(`script media: ${summariseProblems(problems)}`);
    this.name = 'ScriptMediaError';
  }
}

async function refProblem(ref: MediaRef, policy: MediaPolicy): Promise<string | undefined> {
  try {
    if (httpUrl(ref.src)) {
      if (!policy.remoteMedia) return 'is a URL, and remote media were not allowed for this run';
      await checkRemoteUrl(ref.src, policy.lookup ?? systemLookup, policy.isAllowedAddress);
    } else {
      await resolvePublicFile(ref.src, policy.publicDir);
    }
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}

/**
 * Checks every media reference of a script; throws a ScriptMediaError (a UserError, one line) naming each field
 * whose reference may not be read. Each distinct reference is resolved once.
 */
export async function checkScriptMedia(script: Script, policy: MediaPolicy): Promise<void> {
  const refs = scriptMediaRefs(script);
  const verdicts = new Map<string, Promise<string | undefined>>();
  for (const ref of refs) if (!verdicts.has(ref.src)) verdicts.set(ref.src, refProblem(ref, policy));
  const found = await Promise.all(refs.map((ref) => verdicts.get(ref.src)!));
  const problems = refs.flatMap((ref, i) => (found[i] ? [`${ref.path}: ${found[i]}`] : []));
  if (problems.length) throw new ScriptMediaError(problems);
}
