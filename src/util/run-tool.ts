/** Running a command-line tool (espeak-ng, ffmpeg) with input on stdin and its whole stdout as the result. */
import {spawn} from 'node:child_process';

/**
 * Resolves with stdout when the tool exits 0; rejects with `missing()` when it is not installed, and with its
 * stderr when it fails.
 */
export function runTool(
  binary: string,
  args: string[],
  input: string | Uint8Array,
  missing: () => Error,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {stdio: ['pipe', 'pipe', 'pipe']});
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? missing() : error));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${binary} exited with ${code}: ${Buffer.concat(err).toString().trim() || 'no message'}`));
    });
    child.stdin.on('error', () => undefined); // a tool that exits early closes stdin; 'close' reports why
    child.stdin.end(input);
  });
}
