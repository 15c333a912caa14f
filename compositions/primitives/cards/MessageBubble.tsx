/**
 * A text beat as a phone message: the sender's name, a typing indicator for a moment, then the message bubble in
 * the sender's colour. Fitted, so a 280-character message stays inside the bubble.
 */
import React from 'react';
import {interpolate} from 'remotion';
import type {Character} from '../../../src/schema/script';
import {FONT_FAMILY, WEIGHT} from '../fonts';
import {enter} from '../motion';
import {FittedText} from '../text/FittedText';

export interface MessageBubbleProps {
  text: string;
  sender?: Character;
  localMs: number;
  width: number;
  /** The most height the bubble's text may take. */
  maxTextHeight: number;
  unit: number;
}

const TYPING_MS = 450;

export const MessageBubble: React.FC<MessageBubbleProps> = ({text, sender, localMs, width, maxTextHeight, unit}) => {
  const color = sender?.color ?? '#3b82f6';
  const show = enter(localMs, 250);
  const typing = localMs < TYPING_MS;
  const pop = enter(localMs - TYPING_MS, 220);
  const pad = 30 * unit;
  return (
    <div
      style={{
        width,
        padding: pad,
        borderRadius: 44 * unit,
        background: 'rgba(18,20,30,0.88)',
        border: `${2 * unit}px solid rgba(255,255,255,0.12)`,
        boxShadow: '0 20px 60px rgba(0,0,0,0.5)',
        opacity: show,
        transform: `translateY(${(1 - show) * 80 * unit}px)`,
        fontFamily: FONT_FAMILY,
      }}
    >
      <div style={{display: 'flex', alignItems: 'center', gap: 16 * unit, marginBottom: 20 * unit}}>
        <div style={{width: 56 * unit, height: 56 * unit, borderRadius: '50%', background: color, color: '#0b0b12', fontWeight: WEIGHT.heavy, fontSize: 30 * unit, display: 'flex', alignItems: 'center', justifyContent: 'center'}}>
          {[...(sender?.name ?? '?')][0]}
        </div>
        <div style={{flex: 1, minWidth: 0, color: 'white', fontWeight: WEIGHT.bold, fontSize: 34 * unit, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis'}}>{sender?.name ?? ''}</div>
        <div style={{color: 'rgba(255,255,255,0.5)', fontSize: 26 * unit}}>✉</div>
      </div>
      {typing ? (
        <div style={{display: 'inline-flex', gap: 12 * unit, padding: `${22 * unit}px ${30 * unit}px`, borderRadius: 36 * unit, background: 'rgba(255,255,255,0.14)'}}>
          {[0, 1, 2].map((i) => (
            <div key={i} style={{width: 16 * unit, height: 16 * unit, borderRadius: '50%', background: 'white', opacity: 0.35 + 0.65 * Math.abs(Math.sin(localMs / 160 - i * 0.8))}} />
          ))}
        </div>
      ) : (
        <div
          style={{
            display: 'inline-block',
            maxWidth: '100%',
            padding: `${22 * unit}px ${30 * unit}px`,
            borderRadius: 36 * unit,
            borderBottomLeftRadius: 8 * unit,
            background: color,
            color: '#0b0b12',
            transform: `scale(${interpolate(pop, [0, 1], [0.85, 1])})`,
            transformOrigin: 'left bottom',
          }}
        >
          <FittedText text={text} style={{fontWeight: WEIGHT.bold}} width={width - 2 * pad - 60 * unit} height={maxTextHeight} maxSize={56 * unit} minSize={26 * unit} lineHeight={1.25} align="left" />
        </div>
      )}
    </div>
  );
};
