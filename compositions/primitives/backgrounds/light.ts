/**
 * Colour grading per time of day. A painter draws a scene in its daylight colours, then one shade layer darkens
 * everything by (1 - ambient), and the lights (lit windows, lamps, screens) are drawn above it, so the same room
 * reads as sunny at noon and lamp-lit at night without any CSS filter.
 */
import type {TimeOfDay} from '../../../src/schema/script';

export interface Light {
  skyTop: string;
  skyBottom: string;
  /** 1 is full daylight, 0 pitch dark. */
  ambient: number;
  /** Colour the shade layer darkens towards: deep blue at night, plum at dusk. */
  shade: string;
  /** Fraction of city windows lit. */
  windowsLit: number;
  /** Strength of lamps and glows: faint by day, full at night. */
  lamps: number;
  body: {kind: 'sun' | 'moon'; color: string; height: number};
  stars: boolean;
  /** A last tint over the whole frame, the "look" of the hour. */
  grade: string;
  gradeOpacity: number;
}

export const LIGHTS: Record<TimeOfDay, Light> = {
  dawn: {
    skyTop: '#2d3b6e',
    skyBottom: '#f3a27f',
    ambient: 0.72,
    shade: '#1b1838',
    windowsLit: 0.25,
    lamps: 0.55,
    body: {kind: 'sun', color: '#ffc98a', height: 0.05},
    stars: false,
    grade: '#ff9a8a',
    gradeOpacity: 0.12,
  },
  morning: {
    skyTop: '#5da8e8',
    skyBottom: '#fde7bd',
    ambient: 0.96,
    shade: '#1c2440',
    windowsLit: 0.04,
    lamps: 0.2,
    body: {kind: 'sun', color: '#fff1c9', height: 0.35},
    stars: false,
    grade: '#ffe2a8',
    gradeOpacity: 0.08,
  },
  day: {
    skyTop: '#3a8ee0',
    skyBottom: '#c4e6fa',
    ambient: 1,
    shade: '#1c2440',
    windowsLit: 0,
    lamps: 0.12,
    body: {kind: 'sun', color: '#fffbe8', height: 0.8},
    stars: false,
    grade: '#ffffff',
    gradeOpacity: 0,
  },
  afternoon: {
    skyTop: '#4f96d6',
    skyBottom: '#f7d59c',
    ambient: 0.93,
    shade: '#2a2040',
    windowsLit: 0.04,
    lamps: 0.2,
    body: {kind: 'sun', color: '#ffe0a0', height: 0.45},
    stars: false,
    grade: '#ffc870',
    gradeOpacity: 0.1,
  },
  dusk: {
    skyTop: '#35295c',
    skyBottom: '#f07a50',
    ambient: 0.6,
    shade: '#2a1234',
    windowsLit: 0.5,
    lamps: 0.75,
    body: {kind: 'sun', color: '#ff9355', height: 0.02},
    stars: false,
    grade: '#ff7a45',
    gradeOpacity: 0.14,
  },
  evening: {
    skyTop: '#10163a',
    skyBottom: '#5c3b78',
    ambient: 0.42,
    shade: '#0c0e2a',
    windowsLit: 0.75,
    lamps: 0.95,
    body: {kind: 'moon', color: '#f4f1ff', height: 0.55},
    stars: true,
    grade: '#6b4cff',
    gradeOpacity: 0.1,
  },
  night: {
    skyTop: '#03050d',
    skyBottom: '#17204a',
    ambient: 0.28,
    shade: '#04061a',
    windowsLit: 0.85,
    lamps: 1,
    body: {kind: 'moon', color: '#e9f0ff', height: 0.7},
    stars: true,
    grade: '#2746ff',
    gradeOpacity: 0.12,
  },
};
