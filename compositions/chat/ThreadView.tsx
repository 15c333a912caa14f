/**
 * The conversation inside the phone's viewport: the entries that have appeared, scrolled so the newest sits at the
 * bottom, the typing dots of whoever is typing, and a shake of the whole thread when the twist lands. The viewport
 * clips, so scrolled-off messages leave at its top edge the way they do on a phone.
 */
import React from 'react';
import {Avatar, boxStyle, shake, TypingDots, useNowMs, useTwist} from '../primitives';
import {useChat} from './context';
import {incomingBubble} from './theme';
import {typingAt} from '../../src/time/chat-thread';
import {ThreadEntryView} from './ThreadEntryView';

export const ThreadView: React.FC = () => {
  const {theme, geometry, thread, layout} = useChat();
  const nowMs = useNowMs();
  const twist = useTwist();
  const {viewport} = geometry;
  const {sizes} = layout;
  const scroll = layout.scrollAt(nowMs);
  const jolt = twist.active ? shake(twist.localMs, geometry.font * 0.45) : {x: 0, y: 0};

  const shown = layout.placed.filter(
    (p) => p.entry.appearMs <= nowMs && p.top + p.height >= scroll && p.top <= scroll + viewport.height,
  );
  const last = layout.placed.filter((p) => p.entry.appearMs <= nowMs).pop();
  const typing = typingAt(thread.entries, nowMs);
  const typist = typing && !typing.mine ? typing.sender : undefined;
  const typingTop = last ? last.top + last.height + sizes.gap : sizes.gap;

  return (
    <div style={{...boxStyle(viewport), overflow: 'hidden', background: theme.screen}}>
      <div style={{position: 'absolute', inset: 0, transform: `translate(${jolt.x}px, ${jolt.y - scroll}px)`}}>
        {shown.map((placed) => (
          <ThreadEntryView key={placed.top} placed={placed} nowMs={nowMs} />
        ))}
        {typist ? (
          <div
            style={{
              position: 'absolute',
              top: typingTop,
              height: layout.typingHeight,
              insetInlineStart: sizes.padX,
              display: 'flex',
              alignItems: 'flex-end',
              gap: sizes.gap,
            }}
          >
            <Avatar name={typist.name} color={typist.color} size={sizes.avatar} />
            <TypingDots
              localMs={nowMs - (typing!.typingFromMs ?? 0)}
              dot={sizes.dot}
              background={incomingBubble(theme, typist.color)}
              color={theme.text}
              tail="start"
            />
          </div>
        ) : null}
      </div>
    </div>
  );
};
