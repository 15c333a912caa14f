import {execFileSync} from 'node:child_process';
import {closeSync, openSync, readSync, statSync} from 'node:fs';

export interface Probe {
  width: number;
  height: number;
  fps: number;
  durationSec: number;
  videoCodec: string;
  pixelFormat: string;
  audioCodec?: string;
  audioChannels?: number;
}

/** What ffprobe reads back from a video file. */
export function probe(file: string): Probe {
  const json = JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], {encoding: 'utf8'}),
  ) as {streams: Record<string, string | number>[]; format: {duration: string}};
  const video = json.streams.find((s) => s.codec_type === 'video')!;
  const audio = json.streams.find((s) => s.codec_type === 'audio');
  const [num, den] = String(video.r_frame_rate).split('/').map(Number);
  return {
    width: Number(video.width),
    height: Number(video.height),
    fps: num / den,
    durationSec: Number(json.format.duration),
    videoCodec: String(video.codec_name),
    pixelFormat: String(video.pix_fmt),
    audioCodec: audio && String(audio.codec_name),
    audioChannels: audio && Number(audio.channels),
  };
}

/** Top-level MP4 boxes in file order, e.g. ['ftyp', 'moov', 'mdat'] for a faststart file. */
export function topLevelBoxes(file: string): string[] {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  const boxes: string[] = [];
  try {
    const header = Buffer.alloc(16);
    for (let offset = 0; offset < size;) {
      readSync(fd, header, 0, 16, offset);
      let length = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (length === 1) length = Number(header.readBigUInt64BE(8));
      else if (length === 0) length = size - offset;
      boxes.push(type);
      if (length < 8) break;
      offset += length;
    }
  } finally {
    closeSync(fd);
  }
  return boxes;
}

/** One frame of a video as a PNG file, for looking at or measuring. */
export function extractFrame(video: string, seconds: number, png: string): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-ss', String(seconds), '-i', video, '-frames:v', '1', png]);
}
