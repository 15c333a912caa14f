/** Running ffmpeg for the renderer: quiet but for errors, and a missing ffmpeg named with what needed it. */
import {runTool} from '../util/run-tool';

/** Runs ffmpeg with `args` (after `-v error`); `purpose` completes "the renderer ... with it" when it is missing. */
export function ffmpeg(args: string[], purpose: string): Promise<Buffer> {
  return runTool(
    'ffmpeg',
    ['-v', 'error', ...args],
    '',
    () => new Error(`ffmpeg is not installed: the renderer ${purpose} with it`),
  );
}

/** A concat-demuxer list as an input (its paths are absolute, which the demuxer calls unsafe). */
export const concatInput = (list: string): string[] => ['-f', 'concat', '-safe', '0', '-i', list];
