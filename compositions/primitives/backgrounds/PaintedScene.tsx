/** A painted setting as one SVG: its base, the shade of the hour, its lights, then the grade and a vignette. */
import React, {useId} from 'react';
import type {Setting, TimeOfDay} from '../../../src/schema/script';
import {makeArt} from './art';
import {LIGHTS} from './light';
import {PAINTERS} from './painters';

export interface PaintedSceneProps {
  setting: Setting;
  timeOfDay: TimeOfDay;
  width: number;
  height: number;
  /** Seeds the random details, so a scene always looks the same and two streets differ. */
  seed: string;
  /** Seconds into the scene, for ambient motion. */
  t: number;
}

export const PaintedScene: React.FC<PaintedSceneProps> = ({setting, timeOfDay, width, height, seed, t}) => {
  // useId gives a document-unique prefix; gradient ids must not collide while two scenes cross-fade.
  const prefix = `bg${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const light = LIGHTS[timeOfDay];
  const art = makeArt(width, height, light, prefix, seed, t);
  const painting = PAINTERS[setting](art);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{position: 'absolute', inset: 0}}>
      <defs>
        <radialGradient id={`${prefix}-vignette`} cx="50%" cy="45%" r="75%">
          <stop offset="55%" stopColor="#000" stopOpacity={0} />
          <stop offset="100%" stopColor="#000" stopOpacity={0.55} />
        </radialGradient>
      </defs>
      {painting.base}
      <rect width={width} height={height} fill={light.shade} opacity={(1 - light.ambient) * 0.85} />
      {painting.lights}
      <rect
        width={width}
        height={height}
        fill={light.grade}
        opacity={light.gradeOpacity}
        style={{mixBlendMode: 'soft-light'}}
      />
      <rect width={width} height={height} fill={`url(#${prefix}-vignette)`} />
    </svg>
  );
};
