/** An action beat: what happens, as an italic stage direction between dashes, fading in. Fitted to its box. */
import React from 'react';
import {WEIGHT} from '../fonts';
import {fadeInOut} from '../motion';
import {FittedText} from '../text/FittedText';

export interface StageDirectionProps {
  text: string;
  localMs: number;
  durationMs: number;
  width: number;
  height: number;
  unit: number;
}

export const StageDirection: React.FC<StageDirectionProps> = ({text, localMs, durationMs, width, height, unit}) => (
  <div
    style={{
      opacity: fadeInOut(localMs, durationMs, 300, 250),
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      gap: 18 * unit,
    }}
  >
    <div style={{width: 80 * unit, height: 3 * unit, background: 'rgba(255,255,255,0.7)'}} />
    <FittedText
      text={text}
      kind="caption"
      style={{fontWeight: WEIGHT.regular, fontStyle: 'italic'}}
      width={width}
      height={height}
      maxSize={64 * unit}
      minSize={30 * unit}
      lineHeight={1.3}
      css={{color: 'rgba(255,255,255,0.95)', textShadow: '0 3px 16px rgba(0,0,0,0.9)'}}
    />
    <div style={{width: 80 * unit, height: 3 * unit, background: 'rgba(255,255,255,0.7)'}} />
  </div>
);
