/**
 * Text fitted into a box: the largest size (between minSize and maxSize) at which its words wrap inside, drawn line
 * by line exactly as measured, so nothing can spill out of the frame whatever the length, script or emoji.
 */
import React, {useMemo} from 'react';
import {splitWords} from '../../../src/time/words';
import {useDrama} from '../drama';
import {FONT_FAMILY} from '../fonts';
import {textBox, type TextKind} from '../inspect/text-boxes';
import {atReference, measureTokens, REFERENCE_SIZE, type TextStyle} from './measure';
import {fitTokens, type Fit, type Token} from './wrap';

export interface FitOptions {
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  lineHeight?: number;
  maxLines?: number;
}

/** Measured layouts drift from the rendered ones by kerning and rounding; keep a little room. */
const WIDTH_MARGIN = 0.96;

/** Fits words (already split the way the captions split them) into a box. */
export function useFit(words: string[], style: TextStyle, options: FitOptions): Fit {
  const {joiner} = useDrama();
  const {width, height, maxSize, minSize, lineHeight = 1.2, maxLines} = options;
  // Keyed by content, so callers may pass a fresh array every frame without re-measuring.
  const key = words.join('\u0000');
  return useMemo(() => {
    const maxWidth = width * WIDTH_MARGIN;
    const tokens = measureTokens(words, joiner, style, atReference(maxWidth, minSize));
    return fitTokens({
      tokens,
      referenceSize: REFERENCE_SIZE,
      maxWidth,
      maxHeight: height,
      maxSize,
      minSize,
      lineHeight,
      maxLines,
    });
  }, [
    key,
    joiner,
    style.fontWeight,
    style.fontStyle,
    style.letterSpacing,
    style.textTransform,
    width,
    height,
    maxSize,
    minSize,
    lineHeight,
    maxLines,
  ]);
}

export function textStyleCss(style: TextStyle, fontSize: number, lineHeight = 1.2): React.CSSProperties {
  return {
    fontFamily: FONT_FAMILY,
    fontSize,
    lineHeight,
    fontWeight: style.fontWeight,
    fontStyle: style.fontStyle ?? 'normal',
    letterSpacing: style.letterSpacing ? `${style.letterSpacing}em` : undefined,
    textTransform: style.textTransform,
  };
}

export interface LinesProps {
  fit: Fit;
  /** What the text is, for measuring (see inspect/text-boxes.ts). */
  kind: TextKind;
  style: TextStyle;
  lineHeight?: number;
  align?: 'start' | 'center' | 'end';
  /** Draws one token; the default draws its text. Used by captions to colour the spoken word. */
  renderToken?: (token: Token, index: number) => React.ReactNode;
  css?: React.CSSProperties;
}

/** The fitted lines, each on its own row with no further wrapping (the measurement already broke them). */
export const FittedLines: React.FC<LinesProps> = ({
  fit,
  kind,
  style,
  lineHeight = 1.2,
  align = 'center',
  renderToken,
  css,
}) => {
  const {joiner, direction} = useDrama();
  let index = 0;
  return (
    <div
      {...textBox(kind)}
      dir={direction}
      style={{...textStyleCss(style, fit.fontSize, lineHeight), textAlign: align, ...css}}
    >
      {fit.lines.map((line, l) => (
        <div key={l} style={{whiteSpace: 'pre'}}>
          {line.map((token, t) => {
            const i = index++;
            const separator = t > 0 && token.gap > 0 ? joiner : '';
            return (
              <React.Fragment key={t}>
                {separator}
                {renderToken ? renderToken(token, i) : token.text}
              </React.Fragment>
            );
          })}
        </div>
      ))}
    </div>
  );
};

export interface FittedTextProps extends FitOptions {
  text: string;
  kind: TextKind;
  style: TextStyle;
  align?: 'start' | 'center' | 'end';
  css?: React.CSSProperties;
}

/** Plain fitted text: split into words for the script's language, fitted, drawn. */
export const FittedText: React.FC<FittedTextProps> = ({text, kind, style, align, css, ...options}) => {
  const {script} = useDrama();
  const words = useMemo(() => splitWords(text, script.language), [text, script.language]);
  const fit = useFit(words, style, options);
  return <FittedLines fit={fit} kind={kind} style={style} lineHeight={options.lineHeight} align={align} css={css} />;
};
