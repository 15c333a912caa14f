/**
 * Which frames go through Chrome, and for how long ffmpeg holds each. Capturing a frame costs a fixed ~130 ms
 * whatever its size, while most frames of a micro drama barely differ from the one before: captions sit between
 * word changes, cards rest once their entry has played, and only the slow camera drifts. So every frame is
 * captured where the picture moves fast (the entry and exit of each segment, which also covers scene transitions
 * and the twist's punch), the exact frame of every word start in the segments the template draws word by word (so
 * captions light on the same frame as in a plain render; a segment drawn whole, such as a stage direction, shows
 * nothing new when a word starts: see TemplateInfo.wordByWord), and only every `restStep`-th frame in between,
 * where the camera's drift is a fraction of a pixel per frame. The trade: at rest the camera steps a few pixels
 * (at the frame's edges) every half second instead of gliding, and ambient motion in the backdrop updates at the
 * same rate (SSIM against a plain render stays above 0.99 on the sample; the bench measures it). Moving the
 * backdrop in ffmpeg would remove it. Pure: a function of the timeline and the template's rule.
 */
import type {SegmentShape} from '../templates';
import type {Segment, Timeline} from '../time/timeline';

export interface HoldOptions {
  /** Captured frame by frame after a segment starts (entries, springs, transitions, the twist's flash). */
  entryMs: number;
  /** After the entry, captured every `settleStep` frames until then (the tail of eased entries). */
  settleMs: number;
  settleStep: number;
  /** Captured frame by frame before a segment ends (fade-outs). */
  exitMs: number;
  /** At rest: one captured frame per this many frames. */
  restStep: number;
  /** How long a caption page's pop-in lasts after its first word starts. */
  popMs: number;
}

export const DEFAULT_HOLDS: HoldOptions = {
  entryMs: 250,
  settleMs: 600,
  settleStep: 4,
  exitMs: 67,
  restStep: 15,
  popMs: 120,
};

/** Keyframes in order, and how many output frames each one stands for; the holds sum to the range's length. */
export interface HoldPlan {
  frames: number[];
  holds: number[];
}

/** What a range's plan is made from besides the timeline; see planHolds. */
export interface HoldInputs {
  /** The pacing of entries, exits and rests. */
  holds?: HoldOptions;
  /**
   * Frames (of the whole timeline, any order, outside the range ignored) that must be captured besides the ones
   * planned here: the picture changes on them for reasons the timeline's segments and words do not show (a
   * character's mouth or blink); see key-frame-sources.ts.
   */
  extraKeyFrames?: readonly number[];
  /** The segments whose words are captured as they start (the template's wordByWord); every segment when absent. */
  wordByWord?: readonly SegmentShape[];
}

/** The shape of a segment: its card, or its beat's kind. */
export const shapeOf = (segment: Segment): SegmentShape => (segment.kind === 'beat' ? segment.beat.kind : segment.kind);

/** The first frame that shows a time: frame f shows f / fps seconds. */
export const frameAt = (ms: number, fps: number): number => Math.ceil((ms * fps) / 1000 - 1e-6);

/** The keyframes and holds for an inclusive frame range of the timeline. */
export function planHolds(timeline: Timeline, range: [number, number], inputs: HoldInputs = {}): HoldPlan {
  const {holds: options = DEFAULT_HOLDS, extraKeyFrames = [], wordByWord} = inputs;
  const [first, last] = range;
  const {fps} = timeline;
  const byWord = (segment: Segment) => !wordByWord || wordByWord.includes(shapeOf(segment));
  const keys = new Set<number>([first]);
  const add = (frame: number) => {
    if (frame >= first && frame <= last) keys.add(frame);
  };
  const every = (from: number, to: number, step: number) => {
    for (let f = Math.max(from, first); f < Math.min(to, last + 1); f += step) add(f);
  };
  for (const segment of timeline.segments) {
    const start = frameAt(segment.startMs, fps);
    const end = frameAt(segment.startMs + segment.durationMs, fps);
    every(start, Math.min(end, start + frameAt(options.entryMs, fps)), 1);
    every(
      start + frameAt(options.entryMs, fps),
      Math.min(end, start + frameAt(options.settleMs, fps)),
      options.settleStep,
    );
    every(start + frameAt(options.settleMs, fps), end, options.restStep);
    every(Math.max(start, end - frameAt(options.exitMs, fps)), end, 1);
    // A word lights when it starts (captions light the last word begun); a new caption page pops in over
    // `popMs`, so the frame after the pop is captured too. A segment drawn whole has nothing to light.
    if (!byWord(segment)) continue;
    for (const word of segment.words) {
      add(frameAt(word.startMs, fps));
      add(frameAt(word.startMs + options.popMs, fps));
    }
  }
  for (const frame of extraKeyFrames) add(Math.round(frame));
  const frames = [...keys].sort((a, b) => a - b);
  const holds = frames.map((frame, i) => (i + 1 < frames.length ? frames[i + 1] : last + 1) - frame);
  return {frames, holds};
}
