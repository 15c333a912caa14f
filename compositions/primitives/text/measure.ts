/**
 * Measuring text in the browser with @remotion/layout-utils (a hidden span, so the real font and its fallbacks are
 * used). Call only after <FontsReady> has loaded the fonts: measureText caches, and a measurement taken with a
 * fallback font would stay wrong.
 */
import {measureText} from '@remotion/layout-utils';
import {FONT_FAMILY} from '../fonts';
import type {Token} from './wrap';

export interface TextStyle {
  fontWeight: number;
  fontStyle?: 'normal' | 'italic';
  /** In em, so it scales with the font size. */
  letterSpacing?: number;
  textTransform?: 'none' | 'uppercase';
}

export const REFERENCE_SIZE = 100;

/** A width in px at a font size, expressed at the reference size (widths scale linearly with the size). */
export const atReference = (px: number, fontSize: number) => (px / fontSize) * REFERENCE_SIZE;

export function measureAtReference(text: string, style: TextStyle): number {
  return measureText({
    text,
    fontFamily: FONT_FAMILY,
    fontSize: REFERENCE_SIZE,
    fontWeight: style.fontWeight,
    letterSpacing: style.letterSpacing ? `${style.letterSpacing}em` : undefined,
    textTransform: style.textTransform,
    additionalStyles: style.fontStyle === 'italic' ? {fontStyle: 'italic'} : undefined,
  }).width;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Chinese and Japanese words never take a space between them, even in a script whose language uses spaces. */
const touchesCjk = (before: string, after: string) => CJK.test(before.slice(-1)) || CJK.test(after.charAt(0));

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)].map((g) => g.segment);

/**
 * Splits a word wider than maxWidth (at the reference size) into pieces that fit, between graphemes, so a URL or a
 * 40-letter compound breaks instead of leaving the frame. The pieces join without a gap.
 */
function splitOverlong(token: Token, maxWidth: number, style: TextStyle): Token[] {
  if (token.width <= maxWidth) return [token];
  const pieces: Token[] = [];
  let piece = '';
  for (const g of graphemes(token.text)) {
    if (piece && measureAtReference(piece + g, style) > maxWidth) {
      pieces.push({
        ...token,
        text: piece,
        width: measureAtReference(piece, style),
        gap: pieces.length === 0 ? token.gap : 0,
      });
      piece = g;
    } else piece += g;
  }
  pieces.push({
    ...token,
    text: piece,
    width: measureAtReference(piece, style),
    gap: pieces.length === 0 ? token.gap : 0,
  });
  return pieces;
}

/**
 * Words as measured tokens. `joiner` is what separates words (' ' or '' for spaceless languages); maxWidthAtMin,
 * the line width at the smallest allowed size expressed at the reference size, is where long words get split.
 */
export function measureTokens(words: string[], joiner: string, style: TextStyle, maxWidthAtMin = Infinity): Token[] {
  const gap = joiner ? measureAtReference(joiner, style) : 0;
  return words.flatMap((text, word) => {
    const spaced = word > 0 && !touchesCjk(words[word - 1], text);
    return splitOverlong(
      {text, word, width: measureAtReference(text, style), gap: spaced ? gap : 0},
      maxWidthAtMin,
      style,
    );
  });
}
