/**
 * The two panels beside the phone on a landscape frame: on one side the cast of the chat (avatar, name, and their
 * role or "typing…"), on the other the phone's clock and where the scene is, so the wide frame tells more of the
 * story instead of showing empty sides.
 */
import React from 'react';
import {
  Avatar,
  boxStyle,
  FittedText,
  labelsFor,
  textBox,
  typingLabel,
  useCurrentSegment,
  useDrama,
  useNowMs,
  WEIGHT,
} from '../primitives';
import {clockAt} from '../../src/time/chat-clock';
import {useChat} from './context';
import {typingAt} from '../../src/time/chat-thread';

const ellipsis: React.CSSProperties = {whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis'};
const PANEL_SHADE = 'rgba(8,10,18,0.72)';

export const CastPanel: React.FC = () => {
  const {script} = useDrama();
  const {geometry, thread} = useChat();
  const nowMs = useNowMs();
  const box = geometry.castPanel;
  if (!box) return null;
  const font = geometry.font;
  const typing = typingAt(thread.entries, nowMs);
  const labels = labelsFor(script.language);
  // Rows share the panel's height, at most the size of a comfortable row.
  const row = Math.min(font * 2.6, (box.height - font * 2.4) / script.characters.length);
  return (
    <div
      style={{
        ...boxStyle(box),
        background: PANEL_SHADE,
        borderRadius: font * 0.9,
        padding: font * 0.7,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        gap: font * 0.2,
      }}
    >
      <div
        {...textBox('card')}
        style={{
          ...ellipsis,
          color: 'white',
          fontWeight: WEIGHT.heavy,
          fontSize: font * 0.75,
          lineHeight: 1.3,
          letterSpacing: '0.06em',
          textTransform: 'uppercase',
          marginBottom: font * 0.3,
        }}
      >
        {script.title}
      </div>
      {script.characters.map((character) => {
        const isTyping = typing?.sender?.id === character.id;
        return (
          <div
            key={character.id}
            style={{height: row, display: 'flex', alignItems: 'center', gap: font * 0.4, minWidth: 0}}
          >
            <Avatar name={character.name} color={character.color} size={row * 0.7} />
            <div style={{flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column'}}>
              <div
                {...textBox('tag')}
                style={{
                  ...ellipsis,
                  color: character.color,
                  fontWeight: WEIGHT.bold,
                  fontSize: row * 0.3,
                  lineHeight: 1.2,
                }}
              >
                {character.name}
              </div>
              <div
                {...textBox('card')}
                style={{
                  ...ellipsis,
                  color: isTyping ? '#34c759' : 'rgba(255,255,255,0.6)',
                  fontSize: row * 0.22,
                  lineHeight: 1.25,
                }}
              >
                {isTyping ? typingLabel(labels, character.name) : character.role}
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
};

export const ScenePanel: React.FC = () => {
  const {script} = useDrama();
  const {geometry} = useChat();
  const {segment} = useCurrentSegment();
  const box = geometry.scenePanel;
  if (!box) return null;
  const font = geometry.font;
  const scene = script.scenes[segment.sceneIndex];
  const pad = font * 0.7;
  return (
    <div
      style={{
        ...boxStyle(box),
        background: PANEL_SHADE,
        borderRadius: font * 0.9,
        padding: pad,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: 'center',
        gap: font * 0.5,
      }}
    >
      <div
        {...textBox('card')}
        style={{
          color: 'white',
          fontWeight: WEIGHT.heavy,
          fontSize: font * 2.6,
          lineHeight: 1.1,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {clockAt(script, segment.sceneIndex, segment.beatIndex)}
      </div>
      <FittedText
        text={scene.location}
        kind="card"
        style={{fontWeight: WEIGHT.bold}}
        width={box.width - 2 * pad}
        height={box.height * 0.4}
        maxSize={font * 0.9}
        minSize={font * 0.5}
        css={{color: 'rgba(255,255,255,0.8)'}}
      />
    </div>
  );
};
