/** Shared shell for command-line entry points: user mistakes exit 2 with one message, never a stack trace. */
import {ScriptError} from '../schema/validate';
import {UserError} from '../util/errors';

export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UserError || error instanceof ScriptError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const err = error as Error;
    process.stderr.write(`error: ${err?.message ?? String(error)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    else process.stderr.write('(set DEBUG=1 for details)\n');
    process.exitCode = 1;
  }
}
