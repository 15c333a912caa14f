/**
 * Line breaking and font-size fitting on measured widths. Pure (no DOM), so it is unit-tested; measure.ts supplies
 * the widths. Widths are measured once at a reference size and scaled, because text width grows linearly with size.
 */

export interface Token {
  text: string;
  /** Width at the reference size. */
  width: number;
  /** Width of the separator drawn before this token when it shares a line with the previous one (a space or 0). */
  gap: number;
  /** Index of the word this token belongs to (a long word split to fit spans several tokens). */
  word: number;
}

/** Greedy line breaking: each line takes tokens while they fit; a token wider than the line gets a line of its own. */
export function wrapTokens(tokens: Token[], maxWidth: number): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let used = 0;
  for (const token of tokens) {
    const added = line.length === 0 ? token.width : token.gap + token.width;
    if (line.length > 0 && used + added > maxWidth) {
      lines.push(line);
      line = [token];
      used = token.width;
    } else {
      line.push(token);
      used += added;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Like wrapTokens, but with the lines as even as possible: the narrowest width that still needs no more lines
 * ("I never told you / why I left." rather than "I never told you why I / left.").
 */
export function wrapBalanced(tokens: Token[], maxWidth: number): Token[][] {
  const greedy = wrapTokens(tokens, maxWidth);
  if (greedy.length < 2) return greedy;
  let lo = Math.max(...tokens.map((t) => t.width));
  let hi = maxWidth;
  // Width is continuous; 12 halvings get within 0.03% of the best, far below a pixel.
  for (let i = 0; i < 12 && lo < hi; i++) {
    const mid = (lo + hi) / 2;
    if (wrapTokens(tokens, mid).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return wrapTokens(tokens, hi);
}

export function lineWidth(line: Token[]): number {
  return line.reduce((sum, token, i) => sum + token.width + (i > 0 ? token.gap : 0), 0);
}

export interface FitRequest {
  tokens: Token[];
  /** Size the widths were measured at. */
  referenceSize: number;
  maxWidth: number;
  maxHeight: number;
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  maxLines?: number;
}

export interface Fit {
  fontSize: number;
  lines: Token[][];
  /** False when even minSize overflows the box (the caller should have split long words; it still renders). */
  fits: boolean;
}

// Each step is 4% smaller: fine enough to fill the box, coarse enough to stay cheap for 280-character beats.
const STEP = 0.96;

/** The largest font size (down to minSize) at which the tokens wrap inside the box. */
export function fitTokens(request: FitRequest): Fit {
  const {tokens, referenceSize, maxWidth, maxHeight, maxSize, minSize, lineHeight, maxLines = Infinity} = request;
  let fontSize = maxSize;
  for (;;) {
    const scale = fontSize / referenceSize;
    const lines = wrapBalanced(tokens, maxWidth / scale);
    const fitsWidth = lines.every((line) => lineWidth(line) * scale <= maxWidth);
    const fitsHeight = lines.length * fontSize * lineHeight <= maxHeight && lines.length <= maxLines;
    if (fitsWidth && fitsHeight) return {fontSize, lines, fits: true};
    if (fontSize <= minSize) return {fontSize: minSize, lines, fits: false};
    fontSize = Math.max(minSize, fontSize * STEP);
  }
}
