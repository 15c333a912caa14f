/**
 * The one reader of script files, for the command line and the server alike: a regular file of bounded size,
 * UTF-8 (a leading BOM allowed), checked against the schema. Every problem is a UserError on one line.
 */
import {constants, promises as fs} from 'node:fs';
import path from 'node:path';
import type {Script} from '../schema/script';
import {oneLine} from '../schema/text';
import {parseScriptJson, ScriptError} from '../schema/validate';
import {UserError} from '../util/errors';

/** Far above any real script (a long one with word timings is ~200 KB); refuses to read a huge file into memory. */
export const MAX_SCRIPT_BYTES = 4 * 1024 * 1024;

/** A script's bytes as text: UTF-8 only, so a UTF-16 or binary file is named as such rather than misread. */
export function decodeScriptBytes(bytes: Uint8Array, source = 'script'): string {
  if (bytes.byteLength > MAX_SCRIPT_BYTES) {
    throw new ScriptError([`is ${bytes.byteLength} bytes; a script is at most ${MAX_SCRIPT_BYTES} bytes`], source);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ScriptError(['is UTF-16; save it as UTF-8'], source);
  }
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
  } catch {
    throw new ScriptError(['is not UTF-8 text'], source);
  }
}

/** Parses a script from raw bytes (an upload, a file): decoding, JSON and schema problems all as ScriptError. */
export function parseScriptBytes(bytes: Uint8Array, source = 'script'): Script {
  return parseScriptJson(decodeScriptBytes(bytes, source), source);
}

/** Reads and checks a script file; problems are reported against the file's name. */
export async function readScriptFile(file: string): Promise<Script> {
  const name = oneLine(path.basename(file), 120);
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; on a regular file it changes nothing.
  const handle = await fs
    .open(file, constants.O_RDONLY | constants.O_NONBLOCK)
    .catch((error: NodeJS.ErrnoException) => {
      throw new UserError(
        `cannot read script ${name}: ${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)}`,
      );
    });
  try {
    // Checked on the open handle, so a FIFO or device swapped in after a check cannot make the read hang.
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UserError(`cannot read script ${name}: not a regular file`);
    if (stat.size > MAX_SCRIPT_BYTES) {
      throw new ScriptError([`is ${stat.size} bytes; a script is at most ${MAX_SCRIPT_BYTES} bytes`], name);
    }
    const bytes = new Uint8Array(stat.size);
    const {bytesRead} = await handle.read(bytes, 0, stat.size, 0);
    return parseScriptBytes(bytes.subarray(0, bytesRead), name);
  } finally {
    await handle.close();
  }
}
