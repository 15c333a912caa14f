/** A PNG still's pixels as packed RGB (decoded by ffmpeg), with its size from the PNG header: what layout tests read. */
import {execFileSync} from 'node:child_process';

export function pngPixels(png: Buffer): {rgb: Uint8Array; width: number; height: number} {
  const rgb = execFileSync('ffmpeg', ['-v', 'error', '-i', 'pipe:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], {
    input: png,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {rgb, width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}
