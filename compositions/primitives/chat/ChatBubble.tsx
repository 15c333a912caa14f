/**
 * A message bubble drawn from its layout (bubble-layout.ts): the fitted text, and under it the time with receipt
 * ticks. The tail corner is on the sender's side; `start`/`end` follow the script's reading direction.
 */
import React from 'react';
import {FittedLines} from '../text/FittedText';
import {textBox} from '../inspect/text-boxes';
import {metaGap, type BubbleLayout} from './bubble-layout';

export type Receipt = 'sent' | 'seen';

export interface ChatBubbleProps {
  layout: BubbleLayout;
  background: string;
  color: string;
  /** The corner the tail is on; none for system lines. */
  tail?: 'start' | 'end';
  /** The clock time shown under the text, when the layout has room for it. */
  time?: string;
  receipt?: Receipt;
  /** Colour of the ticks once seen. */
  seenColor?: string;
  /** Messages read from the start of the line; system lines are centred. */
  align?: 'start' | 'center';
  style?: React.CSSProperties;
}

/** Two ticks, drawn (not a font glyph, which not every fallback font has). */
const Ticks: React.FC<{size: number; color: string; double: boolean}> = ({size, color, double}) => (
  <svg width={size * 1.2} height={size * 0.8} viewBox="0 0 24 16" style={{flex: 'none'}}>
    <path
      d="M1 9 L6 14 L15 3"
      fill="none"
      stroke={color}
      strokeWidth={2.4}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
    {double ? (
      <path
        d="M9 12 L11 14 L22 3"
        fill="none"
        stroke={color}
        strokeWidth={2.4}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    ) : null}
  </svg>
);

export const ChatBubble: React.FC<ChatBubbleProps> = ({
  layout,
  background,
  color,
  tail,
  time,
  receipt,
  seenColor = '#4fc3f7',
  align = 'start',
  style,
}) => {
  const {metrics, fit} = layout;
  return (
    <div
      style={{
        width: layout.width,
        height: layout.height,
        boxSizing: 'border-box',
        padding: `${metrics.padY}px ${metrics.padX}px`,
        borderRadius: metrics.radius,
        ...(tail && {[tail === 'start' ? 'borderEndStartRadius' : 'borderEndEndRadius']: metrics.radius * 0.22}),
        background,
        color,
        ...style,
      }}
    >
      <FittedLines fit={fit} kind="caption" style={layout.textStyle} lineHeight={metrics.lineHeight} align={align} />
      {layout.meta && time ? (
        <div
          {...textBox('card')}
          style={{
            marginTop: metaGap(metrics),
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: metrics.metaSize * 0.3,
            fontSize: metrics.metaSize,
            lineHeight: 1.3,
            opacity: 0.72,
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          <span>{time}</span>
          {receipt ? (
            <Ticks size={metrics.metaSize} color={receipt === 'seen' ? seenColor : color} double={receipt === 'seen'} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
};
