/**
 * The face in the figure's drawing units: brows and eyes from the expression (closed for a blink), the mouth as
 * the word's viseme or, between words, the emotion's resting shape; beard, glasses and age lines on top.
 */
import React from 'react';
import type {Face} from '../../../src/time/acting';
import type {Item, AgeGroup} from './appearance';
import type {Expression} from './expression';

export interface FaceColors {
  skin: string;
  skinShade: string;
  hair: string;
  line: string;
  lips: string;
  accent: string;
}

const EYE_Y = 84;
const MOUTH_Y = 107;

function eye(cx: number, open: number, closed: boolean, look: number, c: FaceColors): React.ReactNode {
  if (closed)
    return (
      <path
        d={`M ${cx - 6} ${EYE_Y} Q ${cx} ${EYE_Y + 3} ${cx + 6} ${EYE_Y}`}
        stroke={c.line}
        strokeWidth={2}
        fill="none"
      />
    );
  const ry = 4.2 * open;
  return (
    <g>
      <ellipse cx={cx} cy={EYE_Y} rx={6} ry={ry} fill="#f7f5f2" />
      <circle cx={cx + look * 2} cy={EYE_Y + 0.3} r={Math.min(3.4, ry)} fill="#2a1d17" />
      <circle cx={cx + look * 2 + 1.1} cy={EYE_Y - 1} r={0.9} fill="#ffffff" />
      {/* The upper lid: a heavier line that drops over the eye when it narrows. */}
      <path
        d={`M ${cx - 6.5} ${EYE_Y - ry * 0.6} Q ${cx} ${EYE_Y - ry - 1.5} ${cx + 6.5} ${EYE_Y - ry * 0.6}`}
        stroke={c.line}
        strokeWidth={1.8}
        fill="none"
      />
    </g>
  );
}

function brow(cx: number, side: -1 | 1, e: Expression, c: FaceColors): React.ReactNode {
  const lift = e.browLift + (side === 1 ? e.browAsymmetry : 0);
  const y = EYE_Y - 11 - lift;
  // The inner end (towards the nose) rises with worry and drops with anger.
  const inner = y - e.browSlant;
  const [x1, x2] = side === -1 ? [cx - 8, cx + 6] : [cx - 6, cx + 8];
  const [y1, y2] = side === -1 ? [y, inner] : [inner, y];
  return (
    <path
      d={`M ${x1} ${y1} Q ${cx} ${Math.min(y1, y2) - 2.5} ${x2} ${y2}`}
      stroke={c.hair}
      strokeWidth={3.2}
      strokeLinecap="round"
      fill="none"
    />
  );
}

function mouth(face: Face, e: Expression, c: FaceColors): React.ReactNode {
  const x = 100;
  const y = MOUTH_Y;
  const dark = '#3a1416';
  const smile = e.smile;
  switch (face.mouth) {
    case 'open':
      return (
        <g>
          <ellipse cx={x} cy={y + 2} rx={8} ry={7} fill={dark} />
          <rect x={x - 6} y={y - 4.2} width={12} height={2.6} rx={1} fill="#f4f1ea" />
          <ellipse cx={x} cy={y + 6.5} rx={5} ry={2.2} fill="#c25a5f" />
        </g>
      );
    case 'wide':
      return (
        <g>
          <path
            d={`M ${x - 11} ${y} Q ${x} ${y + 8 + smile * 0.3} ${x + 11} ${y} Q ${x} ${y - 2} ${x - 11} ${y} Z`}
            fill={dark}
          />
          <rect x={x - 8} y={y - 0.8} width={16} height={2.2} rx={1} fill="#f4f1ea" />
        </g>
      );
    case 'round':
      return <ellipse cx={x} cy={y + 1} rx={5} ry={6} fill={dark} stroke={c.lips} strokeWidth={2} />;
    case 'press':
      return (
        <path
          d={`M ${x - 9} ${y} Q ${x} ${y + 1.5} ${x + 9} ${y}`}
          stroke={c.lips}
          strokeWidth={3.6}
          strokeLinecap="round"
          fill="none"
        />
      );
    default: {
      if (e.restOpen > 0) {
        return (
          <ellipse
            cx={x}
            cy={y + 1}
            rx={5 + e.restOpen * 0.4}
            ry={1.5 + e.restOpen * 0.8}
            fill={dark}
            stroke={c.lips}
            strokeWidth={1.4}
          />
        );
      }
      const left = y - smile * 0.6;
      const right = y - smile * 0.6 - e.smirk;
      return (
        <path
          d={`M ${x - 10} ${left} Q ${x} ${y + smile} ${x + 10} ${right}`}
          stroke={c.lips}
          strokeWidth={2.6}
          strokeLinecap="round"
          fill="none"
        />
      );
    }
  }
}

/** The face, turned by `look` (-1 left to 1 right) towards whoever the figure faces. */
export function face(
  state: Face,
  e: Expression,
  look: number,
  items: Item[],
  age: AgeGroup,
  c: FaceColors,
): React.ReactNode {
  const shift = look * 4;
  const open = e.eyeOpen;
  return (
    <g transform={`translate(${shift} 0)`}>
      {items.includes('beard') ? (
        <path
          d="M 70 96 C 72 126, 88 134, 100 134 C 112 134, 128 126, 130 96 C 124 112, 112 116, 100 116 C 88 116, 76 112, 70 96 Z"
          fill={c.hair}
        />
      ) : null}
      {items.includes('stubble') ? (
        <path
          d="M 72 100 C 76 124, 90 130, 100 130 C 110 130, 124 124, 128 100 C 120 114, 80 114, 72 100 Z"
          fill={c.hair}
          opacity={0.25}
        />
      ) : null}
      {brow(86, -1, e, c)}
      {brow(114, 1, e, c)}
      {eye(86, open, state.eyesClosed, look, c)}
      {eye(114, open, state.eyesClosed, look, c)}
      <path
        d="M 100 88 Q 97 98 100 99 Q 103 99 104 97"
        stroke={c.skinShade}
        strokeWidth={2}
        fill="none"
        strokeLinecap="round"
      />
      {e.blush > 0 ? (
        <g fill="#ff6f7d" opacity={e.blush}>
          <ellipse cx={80} cy={98} rx={7} ry={4} />
          <ellipse cx={120} cy={98} rx={7} ry={4} />
        </g>
      ) : null}
      {age === 'older' ? (
        <g stroke={c.skinShade} strokeWidth={1.2} fill="none" opacity={0.8}>
          <path d="M 86 62 Q 100 59 114 62" />
          <path d="M 78 100 Q 80 108 84 112 M 122 100 Q 120 108 116 112" />
        </g>
      ) : null}
      {mouth(state, e, c)}
      {items.includes('glasses') ? (
        <g stroke="#1b1b1f" strokeWidth={2} fill="#ffffff" fillOpacity={0.08}>
          <rect x={76} y={77} width={20} height={14} rx={5} />
          <rect x={104} y={77} width={20} height={14} rx={5} />
          <path d="M 96 83 L 104 83" fill="none" />
        </g>
      ) : null}
    </g>
  );
}
