/**
 * Loudness as ITU-R BS.1770-4 measures it: K-weighting (a high shelf for the head, a high-pass for the ear),
 * mean square over 400 ms blocks overlapping by 75%, an absolute gate at -70 LUFS and a relative gate 10 LU
 * below the ungated level. Left and right weigh 1 each; this mixer only deals in mono and stereo.
 */
import type {PcmAudio} from '../audio/wav';

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** The two K-weighting stages for any sample rate (the formulas behind the standard's 48 kHz coefficients). */
export function kWeighting(rate: number): [Biquad, Biquad] {
  let k = Math.tan((Math.PI * 1681.974450955533) / rate);
  const q1 = 0.7071752369554196;
  const vh = Math.pow(10, 3.999843853973347 / 20);
  const vb = Math.pow(vh, 0.4996667741545416);
  let a0 = 1 + k / q1 + k * k;
  const shelf = {
    b0: (vh + (vb * k) / q1 + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / q1 + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / q1 + k * k) / a0,
  };
  k = Math.tan((Math.PI * 38.13547087602444) / rate);
  const q2 = 0.5003270373238773;
  a0 = 1 + k / q2 + k * k;
  const highPass = {b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q2 + k * k) / a0};
  return [shelf, highPass];
}

/** Sum of squared K-weighted samples of one channel in consecutive steps of `step` samples. */
function weightedEnergy(channel: Float32Array, rate: number, step: number): Float64Array {
  const [f, g] = kWeighting(rate);
  const sums = new Float64Array(Math.floor(channel.length / step));
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0,
    z1 = 0,
    z2 = 0;
  for (let i = 0; i < sums.length * step; i++) {
    const x = channel[i];
    const y = f.b0 * x + f.b1 * x1 + f.b2 * x2 - f.a1 * y1 - f.a2 * y2;
    x2 = x1;
    x1 = x;
    const z = g.b0 * y + g.b1 * y1 + g.b2 * y2 - g.a1 * z1 - g.a2 * z2;
    y2 = y1;
    y1 = y;
    z2 = z1;
    z1 = z;
    sums[(i / step) | 0] += z * z;
  }
  return sums;
}

const ABSOLUTE_GATE = -70;
const RELATIVE_GATE = -10;
const toLufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/** The gated loudness of a list of block mean squares (already summed over channels). */
function gatedLoudness(blocks: number[]): number {
  const aboveAbsolute = blocks.filter((b) => toLufs(b) > ABSOLUTE_GATE);
  if (aboveAbsolute.length === 0) return -Infinity;
  const mean = (list: number[]) => list.reduce((sum, b) => sum + b, 0) / list.length;
  const threshold = toLufs(mean(aboveAbsolute)) + RELATIVE_GATE;
  const aboveRelative = aboveAbsolute.filter((b) => toLufs(b) > threshold);
  return toLufs(mean(aboveRelative));
}

/**
 * Integrated loudness in LUFS (-Infinity for silence). Audio shorter than one 400 ms block, such as a single
 * word, is measured as one block of its own length rather than not at all.
 */
export function integratedLoudness(audio: PcmAudio): number {
  const rate = audio.sampleRate;
  const step = Math.round(rate * 0.1);
  const frames = audio.channels[0]?.length ?? 0;
  if (frames === 0) return -Infinity;
  if (frames < 4 * step) {
    const energy = audio.channels.reduce((sum, c) => sum + weightedEnergy(c, rate, frames)[0] / frames, 0);
    return energy > 0 ? toLufs(energy) : -Infinity;
  }
  const steps = audio.channels.map((c) => weightedEnergy(c, rate, step));
  const blocks: number[] = [];
  for (let b = 0; b + 4 <= steps[0].length; b++) {
    let energy = 0;
    for (const channel of steps) energy += channel[b] + channel[b + 1] + channel[b + 2] + channel[b + 3];
    blocks.push(energy / (4 * step));
  }
  return gatedLoudness(blocks);
}
