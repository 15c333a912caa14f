import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

/**
 * The SSIM of each frame of two videos of the same size, in order (ffmpeg's ssim filter, its per-frame "All").
 * With `skip`, frame i of `a` is compared with frame i + skip of `b` (skip 1 and the same video twice: how much
 * the picture changes from each frame to the next).
 */
export function ssimPerFrame(a: string, b: string, statsFile: string, skip = 0): number[] {
  const second = skip > 0 ? `[1:v]trim=start_frame=${skip},setpts=PTS-STARTPTS[b];[0:v][b]` : '[0:v][1:v]';
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    a,
    '-i',
    b,
    '-lavfi',
    `${second}ssim=stats_file=${statsFile}`,
    '-f',
    'null',
    '-',
  ]);
  return readFileSync(statsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => Number(/All:([\d.]+)/.exec(line)![1]));
}
