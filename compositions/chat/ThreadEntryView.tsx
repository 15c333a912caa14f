/**
 * One entry of the conversation at its place: a message (avatar, the sender's name in a group, the bubble with its
 * time and ticks) that pops in when it lands, a scene separator, a system line (narration) or a status line
 * (an action). The twist message slams in bigger and glowing.
 */
import React from 'react';
import {interpolate} from 'remotion';
import {CHAT_MOTION} from '../../src/time/chat-thread';
import {Avatar, ChatBubble, readableOn, textBox, useDrama, WEIGHT} from '../primitives';
import {useChat} from './context';
import {incomingBubble, nameColor} from './theme';
import type {PlacedEntry} from './thread-layout';

const clamp = {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'} as const;
const UNKNOWN_SENDER = {name: '?', color: '#9aa0b4'};
const TWIST_GLOW = '#ff1f4b';

/** The pop of a message landing: in from small, a little past full size, settle. */
function pop(sinceMs: number, twist: boolean): {scale: number; opacity: number} {
  const scale = twist
    ? interpolate(sinceMs, [0, CHAT_MOTION.twistPopMs], [1.35, 1], clamp)
    : interpolate(sinceMs, [0, 120, CHAT_MOTION.popMs], [0.6, 1.06, 1], clamp);
  return {scale, opacity: interpolate(sinceMs, [0, 90], [0, 1], clamp)};
}

export const ThreadEntryView: React.FC<{placed: PlacedEntry; nowMs: number}> = ({placed, nowMs}) => {
  const {theme, layout} = useChat();
  const {direction} = useDrama();
  const {sizes} = layout;
  const {entry, top, height, bubble} = placed;
  const row: React.CSSProperties = {
    position: 'absolute',
    top,
    height,
    insetInlineStart: sizes.padX,
    insetInlineEnd: sizes.padX,
    display: 'flex',
    flexDirection: 'column',
  };
  const since = nowMs - entry.appearMs;

  if (entry.kind === 'separator') {
    return (
      <div style={{...row, alignItems: 'center', justifyContent: 'center'}}>
        <div
          {...textBox('card')}
          style={{
            maxWidth: '90%',
            fontSize: sizes.separator,
            lineHeight: 1.3,
            padding: `${sizes.separator * 0.35}px ${sizes.separator}px`,
            borderRadius: sizes.separator,
            background: theme.bar,
            color: theme.muted,
            fontWeight: WEIGHT.bold,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {entry.text}
        </div>
      </div>
    );
  }
  if (entry.kind !== 'message') {
    const system = entry.kind === 'system';
    return (
      <div
        style={{...row, alignItems: 'center', opacity: interpolate(since, [0, CHAT_MOTION.lineFadeMs], [0, 1], clamp)}}
      >
        <ChatBubble
          layout={bubble!}
          background={system ? theme.bar : 'transparent'}
          color={system ? theme.text : theme.muted}
          align="center"
        />
      </div>
    );
  }

  const sender = entry.sender ?? UNKNOWN_SENDER;
  const background = entry.mine ? sender.color : incomingBubble(theme, sender.color);
  const {scale, opacity} = pop(since, entry.twist);
  const receipt = entry.mine ? (entry.seenMs !== undefined && nowMs >= entry.seenMs ? 'seen' : 'sent') : undefined;
  return (
    <div style={{...row, alignItems: entry.mine ? 'flex-end' : 'flex-start', justifyContent: 'flex-end'}}>
      {entry.showName ? (
        <div
          {...textBox('tag')}
          style={{
            marginInlineStart: sizes.avatar + sizes.gap,
            maxWidth: '70%',
            height: sizes.name * 1.5,
            fontSize: sizes.name,
            lineHeight: 1.5,
            fontWeight: WEIGHT.bold,
            color: nameColor(theme, sender.color),
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {sender.name}
        </div>
      ) : null}
      <div
        style={{
          display: 'flex',
          flexDirection: entry.mine ? 'row-reverse' : 'row',
          alignItems: 'flex-end',
          gap: sizes.gap,
          opacity,
          transform: `scale(${scale})`,
          // Grows from the sender's side: the end side is the right one in left-to-right scripts.
          transformOrigin: entry.mine === (direction === 'ltr') ? 'bottom right' : 'bottom left',
        }}
      >
        <Avatar name={sender.name} color={sender.color} size={sizes.avatar} />
        <ChatBubble
          layout={bubble!}
          background={background}
          color={readableOn(background)}
          tail={entry.mine ? 'end' : 'start'}
          time={entry.time}
          receipt={receipt}
          style={
            entry.twist
              ? {boxShadow: `0 0 ${interpolate(since, [0, CHAT_MOTION.twistGlowMs], [60, 24], clamp)}px ${TWIST_GLOW}`}
              : undefined
          }
        />
      </div>
    </div>
  );
};
