/**
 * How far into the story we are, as a bar across a box: filled up to now, with a tick at each marked moment (the
 * twist) so viewers feel it coming. Shapes only, no text.
 */
import React from 'react';
import {useDrama} from './drama';
import {boxStyle, type Box} from './layout';

export interface ProgressBarProps {
  box: Box;
  /** 0 to 1. */
  progress: number;
  color: string;
  /** Positions (0 to 1) of moments to mark on the track. */
  marks?: readonly number[];
  markColor?: string;
}

export const ProgressBar: React.FC<ProgressBarProps> = ({box, progress, color, marks = [], markColor = 'white'}) => {
  const {direction} = useDrama();
  const radius = box.height / 2;
  return (
    // Right-to-left readers expect the bar to fill from the right: the whole bar is mirrored.
    <div
      style={{
        ...boxStyle(box),
        borderRadius: radius,
        background: 'rgba(255,255,255,0.22)',
        transform: direction === 'rtl' ? 'scaleX(-1)' : undefined,
      }}
    >
      <div
        style={{
          position: 'absolute',
          inset: 0,
          borderRadius: radius,
          background: color,
          transformOrigin: 'left center',
          transform: `scaleX(${Math.min(1, Math.max(0, progress))})`,
        }}
      />
      {marks.map((at) => (
        <div
          key={at}
          style={{
            position: 'absolute',
            left: at * box.width - box.height,
            top: -box.height * 0.5,
            width: box.height * 2,
            height: box.height * 2,
            borderRadius: '50%',
            background: at <= progress ? markColor : 'rgba(255,255,255,0.5)',
            boxShadow: `0 0 ${box.height * 2}px ${markColor}`,
          }}
        />
      ))}
    </div>
  );
};
