/**
 * Word-timed captions for a spoken segment: a page of a few words at a time, the word being spoken drawn in the
 * speaker's colour. Words and their times come from the timeline segment (real audio timings when the voice stage
 * has run, an estimate otherwise).
 */
import React, {useMemo} from 'react';
import {interpolate} from 'remotion';
import type {Segment} from '../../../src/time/timeline';
import {useDrama, useNowMs} from '../drama';
import {WEIGHT} from '../fonts';
import {atReference, measureTokens, REFERENCE_SIZE, type TextStyle} from '../text/measure';
import {FittedLines, textStyleCss} from '../text/FittedText';
import {activeWord, paginate} from './pages';

export interface CaptionsProps {
  segment: Segment;
  /** Colour of the word being spoken: the speaker's colour, or a neutral accent for narration. */
  highlight: string;
  width: number;
  /** Caption size in px; stepped down only when a single word is wider than the line. */
  fontSize: number;
  italic?: boolean;
  maxLines?: number;
  /** A few words per page reads at a glance; spaceless languages count segments, which are longer. */
  maxWords?: number;
  align?: 'left' | 'center';
}

const WORD_SHADOW = '0 0.06em 0.2em rgba(0,0,0,0.85), 0 0 0.05em rgba(0,0,0,0.9)';

export const Captions: React.FC<CaptionsProps> = ({segment, highlight, width, fontSize, italic, maxLines = 2, maxWords = 7, align = 'center'}) => {
  const {joiner} = useDrama();
  const nowMs = useNowMs();
  const style: TextStyle = {fontWeight: WEIGHT.heavy, fontStyle: italic ? 'italic' : 'normal'};

  const {pages, size} = useMemo(() => {
    const maxWidth = width * 0.96;
    const minSize = fontSize * 0.5;
    const tokens = measureTokens(segment.words.map((w) => w.text), joiner, style, atReference(maxWidth, minSize));
    // Step down only as far as the widest single word needs, so every page of a line shares one size.
    const widest = Math.max(1, ...tokens.map((t) => t.width));
    const fitted = Math.max(minSize, Math.min(fontSize, (maxWidth / widest) * REFERENCE_SIZE));
    const limits = {maxWidth: atReference(maxWidth, fitted), maxLines, maxWords: joiner ? maxWords : maxWords + 3};
    return {pages: paginate(tokens, limits), size: fitted};
  }, [segment, joiner, width, fontSize, italic, maxLines, maxWords]);

  const active = activeWord(segment.words, nowMs);
  const page = pages.find((p) => active < p.endWord) ?? pages[pages.length - 1];
  if (!page) return null;

  // Each page pops in as it appears: cheap (a transform) and it marks the change of page.
  const pageStartMs = segment.words[page.firstWord]?.startMs ?? segment.startMs;
  const pop = interpolate(nowMs - pageStartMs, [0, 120], [0.94, 1], {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'});

  return (
    <div style={{transform: `scale(${pop})`, transformOrigin: 'center'}}>
      <FittedLines
        fit={{fontSize: size, lines: page.lines, fits: true}}
        style={style}
        align={align}
        css={{...textStyleCss(style, size), color: 'white', textShadow: WORD_SHADOW}}
        renderToken={(token) => {
          const spoken = token.word <= active;
          const current = token.word === active;
          return (
            <span style={{color: current ? highlight : 'white', opacity: spoken ? 1 : 0.62}}>{token.text}</span>
          );
        }}
      />
    </div>
  );
};
