/**
 * Word-timed captions for a spoken segment: a page of a few words at a time, the word being spoken drawn in the
 * speaker's colour. Words and their times come from the timeline segment (real audio timings when the voice stage
 * has run, an estimate otherwise).
 */
import React from 'react';
import {interpolate} from 'remotion';
import type {Segment} from '../../../src/time/timeline';
import {WEIGHT} from '../fonts';
import type {TextStyle} from '../text/measure';
import {FittedLines, textStyleCss} from '../text/FittedText';
import {useCaptionPage} from './useCaptionPage';

export interface CaptionsProps {
  segment: Segment;
  /** Colour of the word being spoken: the speaker's colour, or a neutral accent for narration. */
  highlight: string;
  width: number;
  /** Caption size in px; stepped down only when a single word is wider than the line. */
  fontSize: number;
  italic?: boolean;
  maxLines?: number;
  maxWords?: number;
  align?: 'start' | 'center';
}

const WORD_SHADOW = '0 0.06em 0.2em rgba(0,0,0,0.85), 0 0 0.05em rgba(0,0,0,0.9)';

export const Captions: React.FC<CaptionsProps> = ({
  segment,
  highlight,
  width,
  fontSize,
  italic,
  maxLines = 2,
  maxWords = 7,
  align = 'center',
}) => {
  const style: TextStyle = {fontWeight: WEIGHT.heavy, fontStyle: italic ? 'italic' : 'normal'};
  const current = useCaptionPage({segment, style, width, fontSize, maxLines, maxWords});
  if (!current) return null;
  const {page, size, active, nowMs, pageStartMs} = current;

  // Each page pops in as it appears: cheap (a transform) and it marks the change of page.
  const pop = interpolate(nowMs - pageStartMs, [0, 120], [0.94, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });

  return (
    <div style={{transform: `scale(${pop})`, transformOrigin: 'center'}}>
      <FittedLines
        fit={{fontSize: size, lines: page.lines, fits: true}}
        kind="caption"
        style={style}
        align={align}
        css={{...textStyleCss(style, size), color: 'white', textShadow: WORD_SHADOW}}
        renderToken={(token) => {
          const spoken = token.word <= active;
          const current = token.word === active;
          return <span style={{color: current ? highlight : 'white', opacity: spoken ? 1 : 0.62}}>{token.text}</span>;
        }}
      />
    </div>
  );
};
