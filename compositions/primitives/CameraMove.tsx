/**
 * A slow Ken Burns move over a scene: a gentle push in or out with a drift, different per scene (seeded by its id)
 * so consecutive scenes don't move alike. Always scaled above 1 so the frame's edges never show.
 */
import React from 'react';
import {interpolate, random} from 'remotion';

export interface CameraMoveProps {
  seed: string;
  /** 0 at the start of the scene, 1 at its end. */
  progress: number;
  /** Extra zoom on top of the move, e.g. the punch-in of a twist. */
  punch?: number;
  children: React.ReactNode;
}

export const CameraMove: React.FC<CameraMoveProps> = ({seed, progress, punch = 1, children}) => {
  const pushIn = random(`${seed}:push`) > 0.35;
  const [from, to] = pushIn ? [1.06, 1.16] : [1.16, 1.06];
  const scale =
    interpolate(progress, [0, 1], [from, to], {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'}) * punch;
  // Drift stays within the margin the scale leaves, in percent of the frame.
  const dx = (random(`${seed}:dx`) - 0.5) * 4 * (progress - 0.5);
  const dy = (random(`${seed}:dy`) - 0.5) * 3 * (progress - 0.5);
  return (
    <div
      style={{
        position: 'absolute',
        inset: 0,
        transform: `translate(${dx}%, ${dy}%) scale(${scale})`,
        transformOrigin: '50% 45%',
      }}
    >
      {children}
    </div>
  );
};
