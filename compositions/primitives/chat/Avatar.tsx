/** A character's avatar: their initial on a disc of their colour. It says who speaks, so it measures as a tag. */
import React from 'react';
import {readableOn} from '../color';
import {FONT_FAMILY, WEIGHT} from '../fonts';
import {textBox} from '../inspect/text-boxes';

export const initialOf = (name: string) =>
  [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(name.trim())][0]?.segment ?? '?';

export const Avatar: React.FC<{name: string; color: string; size: number; style?: React.CSSProperties}> = ({
  name,
  color,
  size,
  style,
}) => (
  <div
    {...textBox('tag')}
    style={{
      flex: 'none',
      width: size,
      height: size,
      borderRadius: '50%',
      background: color,
      color: readableOn(color),
      fontFamily: FONT_FAMILY,
      fontWeight: WEIGHT.heavy,
      fontSize: size * 0.5,
      lineHeight: 1,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      ...style,
    }}
  >
    {initialOf(name)}
  </div>
);
