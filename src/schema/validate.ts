/** Parsing a script from outside (a file, an LLM, Studio) into a checked Script, with readable errors. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {scriptSchema, type Script} from './script';

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

export class ScriptError extends Error {
  constructor(
    readonly problems: string[],
    readonly source = 'script',
  ) {
    super(`${source} is not a valid script:\n  ${problems.join('\n  ')}`);
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

/** Parses JSON text as a script; a JSON syntax error is reported as a ScriptError too. */
export function parseScriptJson(text: string, source = 'script'): Script {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScriptError([`not valid JSON (${(error as Error).message})`], source);
  }
  return parseScript(value, source);
}

/** Reads a script file; problems are reported against the file's name. */
export async function loadScriptFile(file: string): Promise<Script> {
  return parseScriptJson(await fs.readFile(file, 'utf8'), path.basename(file));
}
