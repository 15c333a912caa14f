/** Three dots pulsing in turn, in a bubble: someone is typing. No text, so nothing to measure. */
import React from 'react';

export interface TypingDotsProps {
  /** Time since the dots appeared, for the pulse. */
  localMs: number;
  /** Dot diameter in px; the bubble is sized from it. */
  dot: number;
  background: string;
  color: string;
  /** The corner the bubble's tail is on. */
  tail: 'start' | 'end';
}

export const TypingDots: React.FC<TypingDotsProps> = ({localMs, dot, background, color, tail}) => (
  <div
    style={{
      display: 'inline-flex',
      gap: dot * 0.75,
      padding: `${dot * 1.35}px ${dot * 1.9}px`,
      borderRadius: dot * 2.2,
      [tail === 'start' ? 'borderEndStartRadius' : 'borderEndEndRadius']: dot * 0.5,
      background,
    }}
  >
    {[0, 1, 2].map((i) => (
      <div
        key={i}
        style={{
          width: dot,
          height: dot,
          borderRadius: '50%',
          background: color,
          opacity: 0.35 + 0.65 * Math.abs(Math.sin(localMs / 160 - i * 0.8)),
        }}
      />
    ))}
  </div>
);
