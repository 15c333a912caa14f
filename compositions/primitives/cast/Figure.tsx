/**
 * One drawn character, head and shoulders to half body, as an SVG: built from the look read off the script
 * (appearance.ts), acting through its face (a mouth shape, open or closed eyes, a nod) and feeling (expression.ts),
 * lit by the scene's hour and rimmed in the character's colour. Shapes and flat fills only, no filters: cheap to
 * capture. The figure is a pure function of its props: it moves only when its face changes (src/time/acting.ts).
 */
import React, {useId} from 'react';
import type {Emotion} from '../../../src/schema/script';
import type {Face} from '../../../src/time/acting';
import {mix} from '../color';
import type {Look} from './appearance';
import {body, TORSO} from './clothes';
import {EXPRESSIONS, type Expression} from './expression';
import {face} from './face';
import {HEAD, hairBehind, hairTop} from './hair';

/** The figure's drawing units: every part is drawn in a box this size and scaled to the figure's height. */
export const FIGURE_BOX = {width: 200, height: 250} as const;

/** How the scene's light falls on a figure: darken towards `shade` by `darkness` (0 = full daylight). */
export interface FigureLight {
  shade: string;
  darkness: number;
  /** The tint of the hour, mixed in by `gradeAmount`. */
  grade: string;
  gradeAmount: number;
}

export const DAYLIGHT: FigureLight = {shade: '#000000', darkness: 0, grade: '#ffffff', gradeAmount: 0};

/** What a template can restyle without redrawing: line colour, rim light, and any change to a look or a feeling. */
export interface FigureStyle {
  /** Outline of the head and body (default: a dark line). */
  line?: string;
  lineWidth?: number;
  /** Strength of the rim light and the glow behind the figure in the character's colour (0 to 1, default 0.7). */
  rim?: number;
  restyle?: (look: Look) => Look;
  expression?: (emotion: Emotion, base: Expression) => Expression;
}

export interface FigureProps {
  look: Look;
  face: Face;
  emotion: Emotion;
  /** Where the figure looks: -1 to its left of the frame, 0 at the camera, 1 to the right. */
  facing?: number;
  light?: FigureLight;
  height: number;
  style?: FigureStyle;
}

export const Figure: React.FC<FigureProps> = ({
  look: given,
  face: state,
  emotion,
  facing = 0,
  light = DAYLIGHT,
  height,
  style = {},
}) => {
  const id = `fig${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const look = style.restyle ? style.restyle(given) : given;
  const expression = style.expression ? style.expression(emotion, EXPRESSIONS[emotion]) : EXPRESSIONS[emotion];
  // Every colour goes through the hour's light: darker and bluer at night, warmer at dusk.
  const lit = (color: string) => mix(mix(color, light.shade, light.darkness), light.grade, light.gradeAmount);
  const skin = lit(look.skin);
  const skinShade = lit(mix(look.skin, '#3a1a10', 0.28));
  const hair = lit(look.hair.color);
  const line = style.line ?? lit('#1a1016');
  const lineWidth = style.lineWidth ?? 2.2;
  const rim = style.rim ?? 0.7;
  const width = (height * FIGURE_BOX.width) / FIGURE_BOX.height;
  const tilt = state.nod * 2.2 + facing * 3;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${FIGURE_BOX.width} ${FIGURE_BOX.height}`}
      style={{display: 'block', overflow: 'visible'}}
    >
      <defs>
        <radialGradient id={`${id}-glow`} cx="50%" cy="45%" r="50%">
          <stop offset="0%" stopColor={look.accent} stopOpacity={0.45 * rim} />
          <stop offset="100%" stopColor={look.accent} stopOpacity={0} />
        </radialGradient>
      </defs>
      <ellipse cx={100} cy={120} rx={110} ry={130} fill={`url(#${id}-glow)`} />
      {hairBehind(look.hair.style, hair)}
      {body(look.top.kind, look.items, {
        top: lit(look.top.color),
        topShade: lit(mix(look.top.color, '#000000', 0.35)),
        under: look.under ? lit(look.under) : undefined,
        skin,
        item: lit(look.itemColor),
      })}
      <path d={TORSO} fill="none" stroke={look.accent} strokeWidth={lineWidth * 1.6} opacity={rim * 0.8} />
      <g transform={`rotate(${tilt} 100 130)`}>
        <path d="M 88 108 L 88 140 Q 100 148 112 140 L 112 108 Z" fill={skinShade} />
        {[-1, 1].map((side) => (
          <ellipse
            key={side}
            cx={HEAD.x + side * HEAD.rx}
            cy={HEAD.y + 4}
            rx={5}
            ry={8}
            fill={skin}
            stroke={line}
            strokeWidth={lineWidth * 0.6}
          />
        ))}
        <ellipse cx={HEAD.x} cy={HEAD.y} rx={HEAD.rx} ry={HEAD.ry} fill={skin} stroke={line} strokeWidth={lineWidth} />
        {/* Rim light on the side the figure faces away from: the scene's light behind them, in their colour. */}
        <path
          d={`M ${HEAD.x + HEAD.rx - 2} ${HEAD.y - 22} Q ${HEAD.x + HEAD.rx + 3} ${HEAD.y + 8} ${HEAD.x + 16} ${HEAD.y + HEAD.ry - 4}`}
          stroke={look.accent}
          strokeWidth={2.6}
          fill="none"
          opacity={rim}
          transform={facing > 0 ? `translate(${2 * HEAD.x} 0) scale(-1 1)` : undefined}
        />
        {look.items.includes('earrings') ? (
          <g fill="none" stroke="#e3c15a" strokeWidth={1.8}>
            <circle cx={HEAD.x - HEAD.rx} cy={HEAD.y + 16} r={3.5} />
            <circle cx={HEAD.x + HEAD.rx} cy={HEAD.y + 16} r={3.5} />
          </g>
        ) : null}
        {face(state, expression, facing, look.items, look.age, {
          skin,
          skinShade,
          hair,
          line,
          lips: lit(mix(look.skin, '#9a3040', 0.55)),
          accent: look.accent,
        })}
        {hairTop(look.hair.style, hair, lit('#ffffff'))}
        {look.items.includes('cap') ? (
          <path d="M 64 62 C 66 30, 134 30, 136 62 L 150 66 L 64 66 Z" fill={lit(look.itemColor)} />
        ) : null}
        {look.items.includes('headset') ? (
          <g>
            <path d="M 64 80 C 60 30, 140 30, 136 80" stroke="#22252c" strokeWidth={4} fill="none" />
            <rect x={58} y={72} width={10} height={18} rx={4} fill="#22252c" />
            <path d="M 63 90 C 66 108, 78 114, 90 112" stroke="#22252c" strokeWidth={2.4} fill="none" />
            <circle cx={91} cy={112} r={3} fill={look.accent} />
          </g>
        ) : null}
      </g>
    </svg>
  );
};
