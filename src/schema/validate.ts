/**
 * Parsing a script from outside (a file's text, an LLM, Studio, an upload) into a checked Script, with readable
 * errors. Browser-safe: reading a script file from disk is src/media/script-file.ts.
 */
import type {z} from 'zod';
import {UserError} from '../util/errors';
import {scriptSchema, type Script} from './script';
import {oneLine} from './text';

/** `scenes[2].beats[0].characterId` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

/** How many problems a ScriptError's message lists before "and N more". */
const LISTED_PROBLEMS = 3;

/** One line naming the first problems, each shown safely (no control characters, bounded length). */
export function summariseProblems(problems: readonly string[]): string {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((problem) => oneLine(problem, 240));
  const more = problems.length - listed.length;
  return `${listed.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/** An invalid script: a user mistake (exit 2, API 4xx), reported on one line; `problems` holds each one. */
export class ScriptError extends UserError {
  constructor(
    readonly problems: string[],
    readonly source = 'script',
  ) {
    super(`${oneLine(source, 120)} is not a valid script: ${summariseProblems(problems)}`);
    this.name = 'ScriptError';
  }
}

export type ParseResult = {ok: true; script: Script} | {ok: false; problems: string[]};

export function safeParseScript(value: unknown): ParseResult {
  const result = scriptSchema.safeParse(value);
  return result.success ? {ok: true, script: result.data} : {ok: false, problems: formatIssues(result.error)};
}

/** Parses and checks a script; throws ScriptError naming every problem. */
export function parseScript(value: unknown, source = 'script'): Script {
  const result = safeParseScript(value);
  if (!result.ok) throw new ScriptError(result.problems, source);
  return result.script;
}

/** Parses JSON text as a script (a leading UTF-8 BOM is allowed); a JSON syntax error is a ScriptError too. */
export function parseScriptJson(text: string, source = 'script'): Script {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ScriptError([`not valid JSON (${(error as Error).message})`], source);
  }
  return parseScript(value, source);
}
