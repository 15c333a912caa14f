/**
 * The bottom of the phone: the receipt of my last message ("Delivered", "Seen 23:08") on a status line, and the
 * message field where my own messages are typed out, letter by letter, before they are sent.
 */
import React from 'react';
import {interpolate} from 'remotion';
import {boxStyle, labelsFor, textBox, useDrama, useNowMs, WEIGHT} from '../primitives';
import {useChat} from './context';
import {typingAt, type ThreadEntry} from '../../src/time/chat-thread';

/** My newest message on screen, if nobody has written after it: the one whose receipt shows. */
function lastOfMine(entries: readonly ThreadEntry[], nowMs: number): ThreadEntry | undefined {
  const shown = entries.filter((e) => e.kind === 'message' && e.appearMs <= nowMs);
  const last = shown[shown.length - 1];
  return last?.mine ? last : undefined;
}

export const StatusLine: React.FC = () => {
  const {script} = useDrama();
  const {theme, geometry, thread} = useChat();
  const nowMs = useNowMs();
  const mine = lastOfMine(thread.entries, nowMs);
  if (!mine) return null;
  const labels = labelsFor(script.language);
  const seen = mine.seenMs !== undefined && nowMs >= mine.seenMs;
  const {status, font} = geometry;
  return (
    <div
      style={{
        ...boxStyle(status),
        background: theme.screen,
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        paddingInline: font * 0.6,
        boxSizing: 'border-box',
      }}
    >
      <div
        {...textBox('card')}
        style={{fontSize: font * 0.5, lineHeight: 1.2, color: theme.muted, fontWeight: WEIGHT.bold}}
      >
        {seen ? `${labels.seen} ${mine.time}` : labels.delivered}
      </div>
    </div>
  );
};

export const InputBar: React.FC = () => {
  const {theme, geometry, thread} = useChat();
  const nowMs = useNowMs();
  const {input, font} = geometry;
  const typing = typingAt(thread.entries, nowMs);
  const draft = typing?.mine && typing.typingFromMs !== undefined ? typing : undefined;
  const typed = draft
    ? Math.round(
        interpolate(nowMs, [draft.typingFromMs!, draft.appearMs], [0, [...draft.text].length], {
          extrapolateRight: 'clamp',
        }),
      )
    : 0;
  const send = thread.me.color;
  return (
    <div
      style={{
        ...boxStyle(input),
        background: theme.bar,
        display: 'flex',
        alignItems: 'center',
        gap: font * 0.35,
        padding: `0 ${font * 0.45}px`,
        boxSizing: 'border-box',
      }}
    >
      <div
        style={{
          flex: 1,
          minWidth: 0,
          height: font * 1.5,
          borderRadius: font * 0.75,
          background: theme.field,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'flex-end',
          overflow: 'hidden',
          padding: `0 ${font * 0.5}px`,
        }}
      >
        {draft ? (
          // The end of the draft stays in view as it grows, like a real field.
          <div
            {...textBox('caption')}
            style={{flex: 'none', whiteSpace: 'pre', fontSize: font * 0.7, lineHeight: 1.2, color: theme.text}}
          >
            {[...draft.text].slice(0, typed).join('')}
          </div>
        ) : null}
      </div>
      <svg width={font * 1.3} height={font * 1.3} viewBox="0 0 24 24" style={{flex: 'none'}}>
        <circle cx={12} cy={12} r={12} fill={send} />
        <path
          d="M12 17 V7 M7.5 11.5 L12 7 L16.5 11.5"
          stroke="white"
          strokeWidth={2.2}
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </div>
  );
};
