/** The speaker's name in their colour, above their captions; slides in when the line starts. */
import React from 'react';
import {interpolate} from 'remotion';
import type {Character} from '../../src/schema/script';
import {FONT_FAMILY, WEIGHT} from './fonts';
import {textBox} from './inspect/text-boxes';

export interface SpeakerTagProps {
  character: Character;
  /** Time since the line started, for the entrance. */
  localMs: number;
  fontSize: number;
  /** Longest a name may be drawn; names are at most 40 characters, long ones are cut with an ellipsis. */
  maxWidth: number;
}

export const SpeakerTag: React.FC<SpeakerTagProps> = ({character, localMs, fontSize, maxWidth}) => {
  const enter = interpolate(localMs, [0, 180], [0, 1], {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'});
  return (
    <div
      {...textBox('tag')}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: fontSize * 0.4,
        maxWidth,
        padding: `${fontSize * 0.22}px ${fontSize * 0.6}px`,
        borderRadius: fontSize,
        background: 'rgba(8,10,20,0.72)',
        fontFamily: FONT_FAMILY,
        fontWeight: WEIGHT.heavy,
        fontSize,
        letterSpacing: '0.04em',
        color: character.color,
        textTransform: 'uppercase',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        opacity: enter,
        transform: `translateY(${(1 - enter) * fontSize * 0.5}px)`,
      }}
    >
      <span
        style={{
          flex: 'none',
          width: fontSize * 0.45,
          height: fontSize * 0.45,
          borderRadius: '50%',
          background: character.color,
        }}
      />
      <span style={{overflow: 'hidden', textOverflow: 'ellipsis'}}>{character.name}</span>
    </div>
  );
};
