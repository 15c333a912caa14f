/**
 * The top bar of the chat: who the conversation is with (the other person, or the story's title for a group) and
 * their status, "online" or "Omar is typing…". Each incoming message pops its sender's avatar here, the visual
 * half of the notification (the mixer adds the sound). When the twist lands, the "PLOT TWIST" stamp takes the bar.
 */
import React from 'react';
import {
  Avatar,
  boxStyle,
  labelsFor,
  punch,
  textBox,
  TwistStamp,
  typingLabel,
  useDrama,
  useNowMs,
  useTwist,
  WEIGHT,
} from '../primitives';
import {useChat} from './context';
import {CHAT_MOTION, typingAt, type ThreadEntry} from '../../src/time/chat-thread';

/** A group shows this many of its members' avatars side by side. */
const GROUP_AVATARS = 3;

/** The pop of a sender's avatar: a quick swell when their latest message lands. */
function notificationPop(entries: readonly ThreadEntry[], senderId: string, nowMs: number): number {
  const landed = entries.filter((e) => e.kind === 'message' && e.sender?.id === senderId && e.appearMs <= nowMs).pop();
  return landed ? punch(nowMs - landed.appearMs, 0.28, CHAT_MOTION.notificationMs) : 1;
}

export const PhoneHeader: React.FC = () => {
  const {script} = useDrama();
  const {theme, geometry, thread} = useChat();
  const nowMs = useNowMs();
  const twist = useTwist();
  const {header, font} = geometry;
  const labels = labelsFor(script.language);
  const group = thread.others.length !== 1;
  const faces = thread.others.length > 0 ? thread.others.slice(0, GROUP_AVATARS) : [thread.me];
  const typing = typingAt(thread.entries, nowMs);
  const status =
    typing?.sender && !typing.mine
      ? typingLabel(labels, typing.sender.name)
      : group
        ? thread.others.map((c) => c.name).join(', ')
        : labels.online;
  const text: React.CSSProperties = {whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis'};

  return (
    <div
      style={{
        ...boxStyle(header),
        background: theme.bar,
        display: 'flex',
        alignItems: 'center',
        gap: font * 0.4,
        padding: `0 ${font * 0.6}px`,
        boxSizing: 'border-box',
      }}
    >
      {twist.active ? (
        <div style={{flex: 1, display: 'flex', justifyContent: 'center'}}>
          <TwistStamp twist={twist} fontSize={font * 0.95} />
        </div>
      ) : (
        <>
          {/* Apart enough that a popping avatar doesn't cover its neighbour. */}
          <div style={{display: 'flex', gap: font * 0.3, flex: 'none'}}>
            {faces.map((c) => (
              <Avatar
                key={c.id}
                name={c.name}
                color={c.color}
                size={font * (group ? 1.25 : 1.6)}
                style={{transform: `scale(${notificationPop(thread.entries, c.id, nowMs)})`}}
              />
            ))}
          </div>
          <div style={{flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: font * 0.08}}>
            <div
              {...textBox('card')}
              style={{...text, color: theme.text, fontWeight: WEIGHT.heavy, fontSize: font * 0.8, lineHeight: 1.2}}
            >
              {group ? script.title : thread.others[0].name}
            </div>
            <div
              {...textBox('card')}
              style={{
                ...text,
                color: typing && !typing.mine ? '#34c759' : theme.muted,
                fontSize: font * 0.55,
                lineHeight: 1.25,
              }}
            >
              {status}
            </div>
          </div>
        </>
      )}
    </div>
  );
};
