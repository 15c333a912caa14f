/**
 * Where the figures stand inside the stage box (the part of the frame a template keeps clear of its captions and
 * tags): one figure centred, a two-shot with the listener a little smaller and behind, or the twist's close-up
 * framed on the face. Pure geometry, so the layout test and the figures agree on the boxes.
 */
import type {Shot} from '../../../src/time/acting';
import type {Box} from '../layout';
import {FIGURE_BOX} from './Figure';

export interface Placement {
  id: string;
  /** The whole figure, which may reach past the stage (a close-up's body); the stage clips it. */
  box: Box;
  /** Drawn in front (the speaker) or behind (the listener). */
  front: boolean;
  /** Where the figure looks: towards the other one in a two-shot, at the camera otherwise. */
  facing: number;
}

const ASPECT = FIGURE_BOX.width / FIGURE_BOX.height;

function figure(
  id: string,
  height: number,
  centerX: number,
  bottom: number,
  front: boolean,
  facing: number,
): Placement {
  const width = height * ASPECT;
  return {id, box: {left: centerX - width / 2, top: bottom - height, width, height}, front, facing};
}

/** The figures of a shot in a stage box; `cast` is left to right, `speaker` (if any) stands in front. */
export function placeFigures(stage: Box, shot: Shot, cast: string[], speaker: string | undefined): Placement[] {
  const bottom = stage.top + stage.height;
  const center = stage.left + stage.width / 2;
  if (shot === 'close') {
    // Framed on the face: the figure is drawn 1.6 times the stage's height, its head in the stage's upper half.
    const height = stage.height * 1.6;
    return [figure(cast[0], height, center, stage.top + height * 0.98, true, 0)];
  }
  if (shot === 'single' || cast.length < 2) {
    const height = Math.min(stage.height, (stage.width * 0.95) / ASPECT);
    return [figure(cast[0], height, center, bottom, true, 0)];
  }
  // Two-shot: side by side when the stage is wide, overlapping over the shoulder when it is narrow.
  const wide = stage.width / stage.height > 1.2;
  const height = Math.min(stage.height * (wide ? 1 : 0.92), (stage.width * (wide ? 0.48 : 0.8)) / ASPECT);
  const spread = wide ? 0.25 : 0.24;
  return cast.slice(0, 2).map((id, i) => {
    const front = speaker === undefined ? i === 0 : id === speaker;
    const side = i === 0 ? -1 : 1;
    const h = front ? height : height * 0.92;
    return figure(id, h, center + side * stage.width * spread, bottom, front, -side * 0.8);
  });
}

/** A box cut to the part inside another (a figure inside its stage). */
export function clip(box: Box, to: Box): Box {
  const left = Math.max(box.left, to.left);
  const top = Math.max(box.top, to.top);
  const right = Math.min(box.left + box.width, to.left + to.width);
  const bottom = Math.min(box.top + box.height, to.top + to.height);
  return {left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top)};
}
