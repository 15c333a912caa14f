/**
 * The caption page on screen for a spoken segment: its words measured, split into pages of a few words (see
 * pages.ts), and the page holding the word being said now. Shared by <Captions> and <KineticCaptions>, which only
 * differ in how they draw a page.
 */
import {useMemo} from 'react';
import type {Segment} from '../../../src/time/timeline';
import {useDrama, useNowMs} from '../drama';
import {atReference, measureTokens, REFERENCE_SIZE, type TextStyle} from '../text/measure';
import {activeWord, paginate, type CaptionPage} from './pages';

export interface CaptionPageOptions {
  segment: Segment;
  style: TextStyle;
  width: number;
  /** Size in px; stepped down only when a single word is wider than the line. */
  fontSize: number;
  maxLines: number;
  /** A few words per page reads at a glance; spaceless languages count segments, which are longer, so get 3 more. */
  maxWords: number;
  /** How much wider than the others a word is drawn (emphasised words in kinetic type); 1 by default. */
  wordScale?: (word: number) => number;
}

export interface CurrentPage {
  page: CaptionPage;
  /** The font size every page of the segment shares. */
  size: number;
  /** Index of the word being said (-1 before the first). */
  active: number;
  nowMs: number;
  /** When the page's first word is said: pages animate in from there. */
  pageStartMs: number;
}

/** Measured layouts drift from the rendered ones by kerning and rounding; keep a little room. */
const WIDTH_MARGIN = 0.96;

export function useCaptionPage(options: CaptionPageOptions): CurrentPage | null {
  const {segment, style, width, fontSize, maxLines, maxWords, wordScale} = options;
  const {joiner} = useDrama();
  const nowMs = useNowMs();

  const {pages, size} = useMemo(() => {
    const maxWidth = width * WIDTH_MARGIN;
    const minSize = fontSize * 0.5;
    const measured = measureTokens(
      segment.words.map((w) => w.text),
      joiner,
      style,
      atReference(maxWidth, minSize),
    );
    const tokens = wordScale ? measured.map((t) => ({...t, width: t.width * wordScale(t.word)})) : measured;
    // Step down only as far as the widest single word needs, so every page of a segment shares one size.
    const widest = Math.max(1, ...tokens.map((t) => t.width));
    const fitted = Math.max(minSize, Math.min(fontSize, (maxWidth / widest) * REFERENCE_SIZE));
    const limits = {maxWidth: atReference(maxWidth, fitted), maxLines, maxWords: joiner ? maxWords : maxWords + 3};
    return {pages: paginate(tokens, limits), size: fitted};
    // wordScale is derived from the segment, so the segment stands for it in the keys.
  }, [
    segment,
    joiner,
    width,
    fontSize,
    style.fontWeight,
    style.fontStyle,
    style.textTransform,
    style.letterSpacing,
    maxLines,
    maxWords,
  ]);

  const active = activeWord(segment.words, nowMs);
  const page = pages.find((p) => active < p.endWord) ?? pages[pages.length - 1];
  if (!page) return null;
  return {page, size, active, nowMs, pageStartMs: segment.words[page.firstWord]?.startMs ?? segment.startMs};
}
