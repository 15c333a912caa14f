/** Shapes several painters share: sky, city skyline, glows, windows onto the outside, lamps, floors. */
import React from 'react';
import type {Art, Painting} from './art';

/** Paintings drawn one after another, bases under bases and lights under lights. */
export function layer(...paintings: Painting[]): Painting {
  return {
    base: paintings.map((p, i) => <React.Fragment key={i}>{p.base}</React.Fragment>),
    lights: paintings.map((p, i) => <React.Fragment key={i}>{p.lights}</React.Fragment>),
  };
}

/** A soft round light; colour at the centre fading to nothing. */
export const Glow: React.FC<{
  art: Art;
  name: string;
  cx: number;
  cy: number;
  r: number;
  color: string;
  strength?: number;
}> = ({art, name, cx, cy, r, color, strength = 1}) => (
  <>
    <defs>
      <radialGradient id={art.id(name)}>
        <stop offset="0%" stopColor={color} stopOpacity={Math.min(1, 0.85 * strength)} />
        <stop offset="45%" stopColor={color} stopOpacity={0.3 * strength} />
        <stop offset="100%" stopColor={color} stopOpacity={0} />
      </radialGradient>
    </defs>
    <circle cx={cx} cy={cy} r={r} fill={`url(#${art.id(name)})`} />
  </>
);

export const VerticalGradient: React.FC<{
  art: Art;
  name: string;
  x?: number;
  y: number;
  w?: number;
  h: number;
  from: string;
  to: string;
}> = ({art, name, x = 0, y, w, h, from, to}) => (
  <>
    <defs>
      <linearGradient id={art.id(name)} x1="0" y1="0" x2="0" y2="1">
        <stop offset="0%" stopColor={from} />
        <stop offset="100%" stopColor={to} />
      </linearGradient>
    </defs>
    <rect x={x} y={y} width={w ?? art.w} height={h} fill={`url(#${art.id(name)})`} />
  </>
);

/** Sky from the top of the frame down to the horizon, with the sun or the moon and, at night, stars. */
export function sky(art: Art, horizon: number, name = 'sky'): Painting {
  const {w, u, light} = art;
  const {body} = light;
  const bodyX = w * (0.25 + art.rnd(`${name}-body`) * 0.5);
  const bodyY = horizon - horizon * 0.85 * body.height;
  const stars = light.stars
    ? Array.from({length: 70}, (_, i) => (
        <circle
          key={i}
          cx={art.rnd(`${name}-sx${i}`) * w}
          cy={art.rnd(`${name}-sy${i}`) * horizon * 0.9}
          r={(0.8 + art.rnd(`${name}-sr${i}`) * 1.8) * u}
          fill="white"
          opacity={0.35 + 0.5 * art.rnd(`${name}-so${i}`)}
        />
      ))
    : null;
  return {
    base: <VerticalGradient art={art} name={name} y={0} h={horizon} from={light.skyTop} to={light.skyBottom} />,
    lights: (
      <>
        {stars}
        <Glow
          art={art}
          name={`${name}-halo`}
          cx={bodyX}
          cy={bodyY}
          r={150 * u}
          color={body.color}
          strength={body.kind === 'sun' ? 0.9 : 0.5}
        />
        <circle cx={bodyX} cy={bodyY} r={(body.kind === 'sun' ? 46 : 34) * u} fill={body.color} />
      </>
    ),
  };
}

export interface SkylineOptions {
  name: string;
  /** Where the buildings stand. */
  baseY: number;
  maxHeight: number;
  color: string;
  /** Window size; 0 for a far silhouette without windows. */
  window?: number;
}

/** A row of buildings across the frame; lit windows go into the lights so they shine at night. */
export function skyline(art: Art, {name, baseY, maxHeight, color, window = 0}: SkylineOptions): Painting {
  const {w, u, light} = art;
  const base: React.ReactNode[] = [];
  const lit: React.ReactNode[] = [];
  let x = -20 * u;
  let i = 0;
  while (x < w) {
    const bw = (70 + art.rnd(`${name}-w${i}`) * 130) * u;
    const bh = maxHeight * (0.35 + art.rnd(`${name}-h${i}`) * 0.65);
    base.push(<rect key={`b${i}`} x={x} y={baseY - bh} width={bw - 6 * u} height={bh} fill={color} />);
    if (window > 0) {
      const step = window * 2.2;
      for (let wy = baseY - bh + step * 0.6; wy < baseY - step; wy += step) {
        for (let wx = x + step * 0.5; wx < x + bw - step; wx += step) {
          const key = `${name}-${i}-${Math.round(wx)}-${Math.round(wy)}`;
          const on = art.rnd(key) < light.windowsLit;
          const rect = <rect key={key} x={wx} y={wy} width={window} height={window * 1.3} />;
          (on ? lit : base).push(
            React.cloneElement(rect, {
              fill: on ? (art.rnd(`${key}c`) > 0.3 ? '#ffd98a' : '#bfe3ff') : 'rgba(255,255,255,0.08)',
            }),
          );
        }
      }
    }
    x += bw;
    i++;
  }
  return {base: <g>{base}</g>, lights: <g>{lit}</g>};
}

/** A window onto the outside: the sky (and a far skyline) seen through a frame with mullions. */
export function windowView(
  art: Art,
  name: string,
  x: number,
  y: number,
  width: number,
  height: number,
  frame: string,
): Painting {
  const inside = {...art, w: width, h: height, id: (n: string) => art.id(`${name}-${n}`)};
  const view = layer(
    sky(inside, height * 0.8),
    skyline(inside, {
      name: `${name}-city`,
      baseY: height,
      maxHeight: height * 0.45,
      color: '#2b3350',
      window: 5 * art.u,
    }),
  );
  const bar = 10 * art.u;
  const frameParts = (
    <g fill={frame}>
      <rect x={x - bar} y={y - bar} width={width + 2 * bar} height={bar} />
      <rect x={x - bar} y={y + height} width={width + 2 * bar} height={bar * 1.6} />
      <rect x={x - bar} y={y} width={bar} height={height} />
      <rect x={x + width} y={y} width={bar} height={height} />
      <rect x={x + width / 2 - bar / 2} y={y} width={bar} height={height} />
      <rect x={x} y={y + height * 0.45} width={width} height={bar * 0.7} />
    </g>
  );
  return {
    base: (
      <>
        <svg x={x} y={y} width={width} height={height}>
          {view.base}
        </svg>
        {frameParts}
      </>
    ),
    lights: (
      <svg x={x} y={y} width={width} height={height}>
        {view.lights}
      </svg>
    ),
  };
}

/** A hanging lamp: cord, shade and the pool of light under it. */
export function pendantLamp(
  art: Art,
  name: string,
  cx: number,
  cy: number,
  size: number,
  color: string,
  shadeColor: string,
): Painting {
  return {
    base: (
      <>
        <line x1={cx} y1={0} x2={cx} y2={cy - size * 0.4} stroke="#1a1a1a" strokeWidth={3 * art.u} />
        <path
          d={`M${cx - size * 0.2},${cy - size * 0.4} L${cx + size * 0.2},${cy - size * 0.4} L${cx + size * 0.5},${cy} L${cx - size * 0.5},${cy} Z`}
          fill={shadeColor}
        />
      </>
    ),
    lights: (
      <>
        <Glow
          art={art}
          name={name}
          cx={cx}
          cy={cy + size * 0.3}
          r={size * 2.4}
          color={color}
          strength={art.light.lamps}
        />
        <ellipse cx={cx} cy={cy} rx={size * 0.42} ry={size * 0.08} fill={color} opacity={0.4 + 0.6 * art.light.lamps} />
      </>
    ),
  };
}

/** Floor from y to the bottom of the frame, darker towards the viewer. */
export function floor(art: Art, name: string, y: number, near: string, far: string): Painting {
  return {base: <VerticalGradient art={art} name={name} y={y} h={art.h - y} from={far} to={near} />};
}

/** A flat wall filling the frame behind everything. */
export function wall(art: Art, color: string): Painting {
  return {base: <rect x={0} y={0} width={art.w} height={art.h} fill={color} />};
}

/** Evenly spaced positions across the width, for rows of tables, windows, pews... */
export function across(art: Art, count: number, margin = 0.1): number[] {
  const span = art.w * (1 - 2 * margin);
  return Array.from({length: count}, (_, i) => art.w * margin + (count === 1 ? span / 2 : (span * i) / (count - 1)));
}
