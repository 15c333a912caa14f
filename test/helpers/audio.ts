/** Measuring audio in tests, with tools independent of the code under test where it matters (ffmpeg's meter). */
import {execFileSync, spawnSync} from 'node:child_process';
import {decodeWav, type PcmAudio} from '../../src/audio/wav';

/** Integrated loudness (LUFS) and true peak (dBTP) as ffmpeg's EBU R128 meter measures them. */
export function ffmpegLoudness(
  file: string,
  range?: {fromSec: number; toSec: number},
): {integrated: number; truePeak: number} {
  const trim = range ? ['-ss', String(range.fromSec), '-to', String(range.toSec)] : [];
  const report = spawnSync(
    'ffmpeg',
    ['-nostats', '-hide_banner', ...trim, '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    {encoding: 'utf8'},
  ).stderr;
  const summary = report.slice(report.lastIndexOf('Summary:'));
  return {
    integrated: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)![1]),
    truePeak: Number(/Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)![1]),
  };
}

/** The audio track of any media file, decoded by ffmpeg to mono PCM. */
export function decodeAudioTrack(file: string, sampleRate = 48000): PcmAudio {
  const wav = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vn', '-ac', '1', '-ar', String(sampleRate), '-f', 'wav', '-'],
    {maxBuffer: 1 << 30},
  );
  return decodeWav(wav);
}

/** Magnitude of one frequency in a signal (Goertzel), blind to everything else in it. */
export function goertzel(signal: Float32Array, hz: number, sampleRate: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * hz) / sampleRate);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < signal.length; i++) {
    const s = signal[i] + coefficient * s1 - s2;
    s2 = s1;
    s1 = s;
  }
  return Math.sqrt(s1 * s1 + s2 * s2 - coefficient * s1 * s2);
}

/** Time (ms) of the first 10 ms window whose RMS rises above a level in dBFS; undefined if none does. */
export function onsetMs(audio: PcmAudio, thresholdDb = -40): number | undefined {
  const signal = audio.channels[0];
  const window = Math.round(audio.sampleRate / 100);
  const threshold = 10 ** (thresholdDb / 10);
  for (let start = 0; start + window <= signal.length; start += window / 2) {
    let sum = 0;
    for (let i = start; i < start + window; i++) sum += signal[i] * signal[i];
    if (sum / window > threshold) return (start / audio.sampleRate) * 1000;
  }
  return undefined;
}
