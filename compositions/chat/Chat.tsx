/**
 * The chat template: the story as a text-message conversation on a phone, over the scene. The hook card opens it,
 * the phone slides up for the conversation, and slides away for the end card. Layout only: the cards, bubbles,
 * avatars and twist treatment are shared primitives; this folder decides where they go and when.
 */
import {slide} from '@remotion/transitions/slide';
import React, {useMemo} from 'react';
import {AbsoluteFill} from 'remotion';
import type {PropsOf} from '../../src/templates';
import {
  band,
  DramaFrame,
  EndCard,
  GENRE_ACCENT,
  SceneBackdrop,
  SpanTransition,
  TitleCard,
  TwistGrade,
  useCurrentSegment,
  useDrama,
  useLayout,
  useLinearTiming,
  useTwist,
} from '../primitives';
import {ChatProvider, useChat} from './context';
import {Phone} from './Phone';
import {CastPanel, ScenePanel} from './SidePanels';

type Part = 'hook' | 'chat' | 'end';

const Cards: React.FC<{part: Exclude<Part, 'chat'>}> = ({part}) => {
  const {script} = useDrama();
  const {safe, unit} = useLayout();
  const {segment, localMs} = useCurrentSegment();
  const accent = GENRE_ACCENT[script.genre];
  // During the slide the outgoing card is drawn while the timeline has moved on: it holds its last look.
  if (part === 'hook') {
    return segment.kind === 'hook' ? (
      <TitleCard segment={segment} localMs={localMs} box={band(safe, 0.08, 0.72)} unit={unit} accent={accent} />
    ) : null;
  }
  return segment.kind === 'end' ? (
    <EndCard segment={segment} localMs={localMs} box={safe} unit={unit} accent={accent} />
  ) : null;
};

const ChatScreen: React.FC = () => (
  <AbsoluteFill>
    <CastPanel />
    <Phone />
    <ScenePanel />
  </AbsoluteFill>
);

const ChatLayout: React.FC = () => {
  const {timeline} = useDrama();
  const {theme} = useChat();
  const twist = useTwist();
  const timing = useLinearTiming(380);
  const parts = useMemo(
    () =>
      timeline.segments.map((segment) => ({
        key: (segment.kind === 'beat' ? 'chat' : segment.kind) as Part,
        startMs: segment.startMs,
      })),
    [timeline],
  );
  return (
    <>
      <SceneBackdrop />
      <AbsoluteFill style={{background: theme.backdropShade}} />
      <SpanTransition
        spans={parts}
        presentation={slide({direction: 'from-bottom'})}
        timing={timing}
        render={(part) => (part.key === 'chat' ? <ChatScreen /> : <Cards part={part.key} />)}
      />
      <TwistGrade twist={twist} />
    </>
  );
};

export const Chat: React.FC<PropsOf<'chat'>> = (props) => (
  <DramaFrame script={props}>
    <ChatProvider theme={props.theme}>
      <ChatLayout />
    </ChatProvider>
  </DramaFrame>
);
