/**
 * Measure mode: hides everything but the text boxes (see text-boxes.ts) and paints each box, text included, in its
 * kind's colour. Animations are kept (transforms are part of where text lands), but every opacity is forced to
 * full so text that is fading in or out is measured where it will be, not skipped.
 */
import React from 'react';
import {AbsoluteFill} from 'remotion';
import {MEASURE_COLORS, MEASURE_OPACITY, MEASURE_ZOOM, TEXT_BOX_ATTRIBUTE, TEXT_KINDS} from './text-boxes';

const ROOT = 'data-measure-root';
const BOX = `[${ROOT}] [${TEXT_BOX_ATTRIBUTE}]`;

const CSS = [
  `[${ROOT}] * { visibility: hidden !important; opacity: 1 !important; }`,
  `${BOX} { visibility: visible !important; opacity: ${MEASURE_OPACITY} !important; text-shadow: none !important; box-shadow: none !important; border-color: transparent !important; filter: none !important; }`,
  `${BOX} * { visibility: visible !important; color: inherit !important; background: transparent !important; text-shadow: none !important; box-shadow: none !important; border-color: transparent !important; }`,
  ...TEXT_KINDS.map((kind) => {
    const color = `rgb(${MEASURE_COLORS[kind].join(',')})`;
    return `[${ROOT}] [${TEXT_BOX_ATTRIBUTE}="${kind}"] { background: ${color} !important; color: ${color} !important; }`;
  }),
].join('\n');

export const MeasureMode: React.FC<{children: React.ReactNode}> = ({children}) => (
  <AbsoluteFill style={{background: 'black'}}>
    <style>{CSS}</style>
    <AbsoluteFill {...{[ROOT]: ''}} style={{transform: `scale(${MEASURE_ZOOM})`}}>
      {children}
    </AbsoluteFill>
  </AbsoluteFill>
);
