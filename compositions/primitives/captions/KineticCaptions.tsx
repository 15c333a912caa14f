/**
 * Kinetic typography for a spoken segment: a page of big words at a time, each word landing (a quick scale-down
 * and fade-in) the moment it is said, the key words (emphasis.ts) set larger and in an accent colour. The page is
 * laid out for its final state before any word shows, so words land in place and nothing reflows.
 */
import React, {useMemo} from 'react';
import {interpolate} from 'remotion';
import type {Segment} from '../../../src/time/timeline';
import {WEIGHT} from '../fonts';
import type {TextStyle} from '../text/measure';
import {FittedLines, textStyleCss} from '../text/FittedText';
import {emphasisedWords} from './emphasis';
import {useCaptionPage} from './useCaptionPage';

export interface KineticCaptionsProps {
  segment: Segment;
  width: number;
  fontSize: number;
  /** Colour of the emphasised words. */
  accent: string;
  /** How much bigger an emphasised word is. */
  emphasisScale?: number;
  maxLines?: number;
  maxWords?: number;
  uppercase?: boolean;
  italic?: boolean;
}

const clamp = {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'} as const;
const LAND_MS = 170;

export const KineticCaptions: React.FC<KineticCaptionsProps> = ({
  segment,
  width,
  fontSize,
  accent,
  emphasisScale = 1.38,
  maxLines = 3,
  maxWords = 6,
  uppercase,
  italic,
}) => {
  const style: TextStyle = {
    fontWeight: WEIGHT.heavy,
    fontStyle: italic ? 'italic' : 'normal',
    textTransform: uppercase ? 'uppercase' : 'none',
  };
  const emphasised = useMemo(() => emphasisedWords(segment.words.map((w) => w.text)), [segment]);
  const wordScale = (word: number) => (emphasised.has(word) ? emphasisScale : 1);
  const current = useCaptionPage({segment, style, width, fontSize, maxLines, maxWords, wordScale});
  if (!current) return null;
  const {page, size, nowMs} = current;
  return (
    <FittedLines
      fit={{fontSize: size, lines: page.lines, fits: true}}
      kind="caption"
      style={style}
      lineHeight={1.18}
      css={{...textStyleCss(style, size, 1.18), color: 'white', textShadow: '0 0.05em 0.25em rgba(0,0,0,0.35)'}}
      renderToken={(token) => {
        const since = nowMs - (segment.words[token.word]?.startMs ?? segment.startMs);
        const land = interpolate(since, [0, LAND_MS], [0, 1], clamp);
        const scale = wordScale(token.word);
        return (
          <span
            style={{
              display: 'inline-block',
              fontSize: `${scale}em`,
              color: scale > 1 ? accent : 'white',
              opacity: land,
              transform: `scale(${interpolate(land, [0, 1], [1.45, 1])}) translateY(${(1 - land) * 0.12}em)`,
            }}
          >
            {token.text}
          </span>
        );
      }}
    />
  );
};
