/**
 * The size of a message bubble before it is drawn: its text fitted to the widest a bubble may be (and, for a very
 * long message, shrunk until it fits the height it may take), the bubble as wide as its longest line. A chat thread
 * needs every bubble's height up front to know how far to scroll.
 */
import {useMemo} from 'react';
import {splitWords} from '../../../src/time/words';
import {useDrama} from '../drama';
import {atReference, measureTokens, REFERENCE_SIZE, type TextStyle} from '../text/measure';
import {fitTokens, lineWidth, type Fit} from '../text/wrap';

export interface BubbleMetrics {
  fontSize: number;
  /** The smallest a long message may be set. */
  minSize: number;
  lineHeight: number;
  padX: number;
  padY: number;
  radius: number;
  /** Size of the time under the text. */
  metaSize: number;
}

/** Bubble proportions from the text size. */
export function bubbleMetrics(fontSize: number): BubbleMetrics {
  return {
    fontSize,
    minSize: fontSize * 0.62,
    lineHeight: 1.28,
    padX: fontSize * 0.68,
    padY: fontSize * 0.42,
    radius: fontSize * 0.95,
    metaSize: fontSize * 0.56,
  };
}

export interface BubbleLayout {
  fit: Fit;
  textStyle: TextStyle;
  width: number;
  height: number;
  metrics: BubbleMetrics;
  /** Whether a row for the time (and receipt ticks) sits under the text. */
  meta: boolean;
}

/** Messages are set regular, like a phone's. */
export const BUBBLE_STYLE: TextStyle = {fontWeight: 400};

/**
 * The time row under a message's text, with a gap above it: emoji and some scripts draw below their line box,
 * and must not run into the time.
 */
export const metaRowHeight = (metrics: BubbleMetrics) => metrics.metaSize * 1.3 + metaGap(metrics);
export const metaGap = (metrics: BubbleMetrics) => metrics.metaSize * 0.35;

/** Rendered lines run a little wider than measured (kerning, rounding): the bubble keeps this much room. */
const WIDTH_SLACK = 1.04;
/** The time and ticks need about this many of their own em. */
const META_EMS = 4.6;

export interface BubbleRequest {
  maxWidth: number;
  maxTextHeight: number;
  metrics: BubbleMetrics;
  meta: boolean;
  /** BUBBLE_STYLE unless given: chat system lines are italic. */
  textStyle?: TextStyle;
}

export function layoutBubble(words: string[], joiner: string, request: BubbleRequest): BubbleLayout {
  const {maxWidth, maxTextHeight, metrics, meta, textStyle = BUBBLE_STYLE} = request;
  const inner = maxWidth - 2 * metrics.padX;
  const textWidth = inner / WIDTH_SLACK;
  const tokens = measureTokens(words, joiner, textStyle, atReference(textWidth, metrics.minSize));
  const fit = fitTokens({
    tokens,
    referenceSize: REFERENCE_SIZE,
    maxWidth: textWidth,
    maxHeight: maxTextHeight,
    maxSize: metrics.fontSize,
    minSize: metrics.minSize,
    lineHeight: metrics.lineHeight,
  });
  const widest = Math.max(0, ...fit.lines.map(lineWidth)) * (fit.fontSize / REFERENCE_SIZE) * WIDTH_SLACK;
  const metaWidth = meta ? metrics.metaSize * META_EMS : 0;
  const width = Math.min(maxWidth, Math.ceil(Math.max(widest, metaWidth) + 2 * metrics.padX));
  const textHeight = fit.lines.length * fit.fontSize * metrics.lineHeight;
  const height = Math.ceil(textHeight + 2 * metrics.padY + (meta ? metaRowHeight(metrics) : 0));
  return {fit, textStyle, width, height, metrics, meta};
}

/** One bubble's layout for a text in the script's language, measured once. */
export function useBubbleLayout(text: string, request: Omit<BubbleRequest, 'textStyle'>): BubbleLayout {
  const {script, joiner} = useDrama();
  const {maxWidth, maxTextHeight, metrics, meta} = request;
  return useMemo(
    () => layoutBubble(splitWords(text, script.language), joiner, {maxWidth, maxTextHeight, metrics, meta}),
    // metrics is derived from its font size.
    [text, script.language, joiner, maxWidth, maxTextHeight, metrics.fontSize, meta],
  );
}
