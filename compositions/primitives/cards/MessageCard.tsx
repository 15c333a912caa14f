/**
 * A text beat shown as a phone message over a scene: the sender's avatar and name, a typing indicator for a
 * moment, then the message in a bubble of the sender's colour. Built from the chat primitives, so a text looks the
 * same in every template; the bubble is fitted, so a 280-character message stays inside.
 */
import React from 'react';
import {interpolate} from 'remotion';
import type {Character} from '../../../src/schema/script';
import {Avatar} from '../chat/Avatar';
import {bubbleMetrics, useBubbleLayout} from '../chat/bubble-layout';
import {ChatBubble} from '../chat/ChatBubble';
import {TypingDots} from '../chat/TypingDots';
import {readableOn} from '../color';
import {FONT_FAMILY, WEIGHT} from '../fonts';
import {textBox} from '../inspect/text-boxes';
import {MESSAGE_CARD_MOTION} from '../../../src/time/motion';
import {enter} from '../motion';

export interface MessageCardProps {
  text: string;
  sender?: Character;
  localMs: number;
  width: number;
  /** The most height the bubble's text may take. */
  maxTextHeight: number;
  unit: number;
}

const {typingMs: TYPING_MS, popMs: POP_MS} = MESSAGE_CARD_MOTION;
const FALLBACK_COLOR = '#3b82f6';

export const MessageCard: React.FC<MessageCardProps> = ({text, sender, localMs, width, maxTextHeight, unit}) => {
  const color = sender?.color ?? FALLBACK_COLOR;
  const show = enter(localMs, 250);
  const pop = enter(localMs - TYPING_MS, POP_MS);
  const pad = 30 * unit;
  const layout = useBubbleLayout(text, {
    maxWidth: width - 2 * pad,
    maxTextHeight,
    metrics: bubbleMetrics(52 * unit),
    meta: false,
  });
  return (
    <div
      style={{
        width,
        boxSizing: 'border-box',
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
        <Avatar name={sender?.name ?? '?'} color={color} size={56 * unit} />
        <div
          {...textBox('tag')}
          style={{
            flex: 1,
            minWidth: 0,
            color: 'white',
            fontWeight: WEIGHT.bold,
            fontSize: 34 * unit,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {sender?.name ?? ''}
        </div>
      </div>
      {localMs < TYPING_MS ? (
        <TypingDots localMs={localMs} dot={16 * unit} background="rgba(255,255,255,0.14)" color="white" tail="start" />
      ) : (
        <ChatBubble
          layout={layout}
          background={color}
          color={readableOn(color)}
          tail="start"
          style={{transform: `scale(${interpolate(pop, [0, 1], [0.85, 1])})`, transformOrigin: 'left bottom'}}
        />
      )}
    </div>
  );
};
