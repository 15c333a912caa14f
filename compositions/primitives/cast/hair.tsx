/**
 * Hair in the figure's drawing units (a 200x250 box, the head centred at HEAD): what falls behind the head and
 * shoulders (long hair, a ponytail, braids) and what sits on top of it, per style.
 */
import React from 'react';
import type {HairStyle} from './appearance';

export const HEAD = {x: 100, y: 82, rx: 33, ry: 40} as const;

/** Curls as circles [x, y, radius]: around the face behind the head, or on top of it. */
const curls = (circles: number[][], fill: string, extra?: React.ReactNode) => (
  <g fill={fill}>
    {circles.map(([cx, cy, r]) => (
      <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r={r} />
    ))}
    {extra}
  </g>
);

/** Hair drawn before the head and body: the length that hangs behind them. */
export function hairBehind(style: HairStyle, fill: string): React.ReactNode {
  switch (style) {
    case 'long':
      return <path d="M 62 80 C 56 130, 58 170, 50 196 L 150 196 C 142 170, 144 130, 138 80 Z" fill={fill} />;
    case 'braids':
      return (
        <g fill={fill}>
          <path d="M 64 84 C 58 130, 60 170, 56 205 L 76 205 C 74 160, 72 120, 72 90 Z" />
          <path d="M 136 84 C 142 130, 140 170, 144 205 L 124 205 C 126 160, 128 120, 128 90 Z" />
        </g>
      );
    case 'ponytail':
      return <path d="M 128 60 C 150 70, 152 110, 140 150 C 136 120, 132 96, 122 74 Z" fill={fill} />;
    case 'curly':
      return curls(
        [
          [64, 70, 20],
          [136, 70, 20],
          [62, 100, 17],
          [138, 100, 17],
          [70, 122, 13],
          [130, 122, 13],
        ],
        fill,
      );
    case 'bob':
      return <path d="M 63 78 C 58 104, 60 122, 66 130 L 134 130 C 140 122, 142 104, 137 78 Z" fill={fill} />;
    default:
      return null;
  }
}

/** The hairline over the forehead (a cap over the top of the head), shaped per style. */
export function hairTop(style: HairStyle, fill: string, shine: string): React.ReactNode {
  const cap = 'M 66 86 C 60 36, 140 36, 134 86 C 130 70, 118 58, 100 60 C 86 58, 74 66, 66 86 Z';
  switch (style) {
    case 'bald':
      return <ellipse cx={88} cy={52} rx={9} ry={5} fill={shine} opacity={0.35} />;
    case 'buzz':
      return <path d={cap} fill={fill} opacity={0.75} />;
    case 'slicked':
      return (
        <g>
          <path d="M 66 84 C 60 34, 140 34, 134 84 C 128 64, 112 54, 96 56 C 84 58, 72 68, 66 84 Z" fill={fill} />
          <path d="M 80 50 C 96 44, 114 46, 126 56" stroke={shine} strokeWidth={2} fill="none" opacity={0.4} />
        </g>
      );
    case 'bun':
      return (
        <g fill={fill}>
          <circle cx={100} cy={36} r={15} />
          <path d={cap} />
        </g>
      );
    case 'curly':
      return curls(
        [
          [72, 58, 14],
          [86, 46, 15],
          [102, 42, 16],
          [118, 47, 15],
          [130, 60, 13],
        ],
        fill,
        <path d={cap} />,
      );
    case 'bob':
    case 'long':
    case 'braids':
    case 'ponytail':
      // A side part: the fringe sweeps from the part down over one temple.
      return (
        <g fill={fill}>
          <path d="M 65 88 C 56 36, 144 32, 135 88 C 133 72, 124 60, 110 56 C 98 64, 82 68, 67 80 Z" />
          <path d="M 84 46 C 100 40, 118 44, 128 56" stroke={shine} strokeWidth={2} fill="none" opacity={0.35} />
        </g>
      );
    default:
      return (
        <g>
          <path d={cap} fill={fill} />
          <path d="M 78 52 C 92 44, 112 44, 124 54" stroke={shine} strokeWidth={2} fill="none" opacity={0.35} />
        </g>
      );
  }
}
