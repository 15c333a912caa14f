/** What a painter gets and returns; see light.ts for why a scene is split into a base and its lights. */
import type React from 'react';
import {random} from 'remotion';
import type {Light} from './light';

export interface Art {
  w: number;
  h: number;
  /** Design unit: 1 on a 1080-wide portrait frame. */
  u: number;
  light: Light;
  /** A document-unique id for a gradient or filter (two scenes are on screen during a transition). */
  id: (name: string) => string;
  /** Deterministic random in [0, 1): the same scene always paints the same way. */
  rnd: (key: string | number) => number;
  /** Seconds since the scene started, for slow ambient motion. */
  t: number;
}

export interface Painting {
  /** Everything the shade layer darkens at night. */
  base: React.ReactNode;
  /** Light sources, drawn above the shade so they glow in the dark. */
  lights?: React.ReactNode;
}

export type Painter = (art: Art) => Painting;

export function makeArt(w: number, h: number, light: Light, prefix: string, seed: string, t: number): Art {
  return {
    w,
    h,
    u: Math.min(w, h) / 1080,
    light,
    id: (name) => `${prefix}-${name}`,
    rnd: (key) => random(`${seed}:${key}`),
    t,
  };
}
