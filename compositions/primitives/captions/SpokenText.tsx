/**
 * A whole spoken text fitted into a box, its words lighting up as they are said: for cards (the hook, the
 * cliffhanger) where the full sentence stays on screen, unlike <Captions>, which pages through a line.
 */
import React from 'react';
import type {Segment} from '../../../src/time/timeline';
import {useNowMs} from '../drama';
import type {TextKind} from '../inspect/text-boxes';
import type {TextStyle} from '../text/measure';
import {FittedLines, useFit} from '../text/FittedText';
import {activeWord} from './pages';

export interface SpokenTextProps {
  segment: Segment;
  kind: TextKind;
  style: TextStyle;
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  lineHeight?: number;
  /** Colour of the word being said; the others are white, dimmed until said. */
  highlight: string;
  /** Dim the words not yet said (karaoke); off for a card that must read in full from its first frame. */
  dimUnspoken?: boolean;
  css?: React.CSSProperties;
}

export const SpokenText: React.FC<SpokenTextProps> = ({
  segment,
  kind,
  style,
  highlight,
  dimUnspoken = true,
  css,
  ...box
}) => {
  const nowMs = useNowMs();
  const fit = useFit(
    segment.words.map((w) => w.text),
    style,
    box,
  );
  const active = activeWord(segment.words, nowMs);
  return (
    <FittedLines
      fit={fit}
      kind={kind}
      style={style}
      lineHeight={box.lineHeight}
      css={{color: 'white', ...css}}
      renderToken={(token) => (
        <span
          style={{
            color: token.word === active ? highlight : 'white',
            opacity: token.word <= active || !dimUnspoken ? 1 : 0.55,
          }}
        >
          {token.text}
        </span>
      )}
    />
  );
};
