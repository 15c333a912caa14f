/**
 * Shared shell for command-line entry points: user mistakes exit 2 with one line, anything else exits 1; never a
 * stack trace unless DEBUG is set, and never a secret (URL passwords and API keys are masked).
 */
import {ScriptError} from '../schema/validate';
import {SettingError, UserError} from '../util/errors';
import {inFlagTerms} from './flags';
import {redactSecrets} from '../util/redact';

/** A message as one line: "x is not valid:\n  a\n  b" becomes "x is not valid: a; b". */
export function oneLine(message: string): string {
  return message
    .trim()
    .replace(/:[ \t]*\r?\n\s*/g, ': ')
    .replace(/\s*\r?\n\s*/g, '; ');
}

export async function runCommand(main: () => Promise<void>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const print = (message: string) => process.stderr.write(`error: ${redactSecrets(oneLine(message), env)}\n`);
  try {
    await main();
  } catch (error) {
    if (error instanceof UserError || error instanceof ScriptError) {
      // A stage names a setting (`voices: none`); the user gave it as a flag, so that is what the message says.
      print(error instanceof SettingError ? inFlagTerms(error) : error.message);
      process.exitCode = 2;
      return;
    }
    const err = error as Error;
    print(err?.message ?? String(error));
    if (env.DEBUG) process.stderr.write(`${redactSecrets(err?.stack ?? '', env)}\n`);
    else process.stderr.write('(set DEBUG=1 for details)\n');
    process.exitCode = 1;
  }
}
