/**
 * What storytime shows for one segment: the hook card, the end card, or a beat: spoken beats as kinetic type (with
 * the speaker's tag for a character's line, none for the narrator), texts as a phone message, actions as a stage
 * direction, and the "PLOT TWIST" stamp over the twist.
 */
import React from 'react';
import type {Segment} from '../../src/time/timeline';
import {
  band,
  boxStyle,
  EMOTION_COLORS,
  EndCard,
  KineticCaptions,
  MessageCard,
  SpeakerTag,
  StageDirection,
  TitleCard,
  TwistStamp,
  useDrama,
  useLayout,
  useNowMs,
  type TwistState,
} from '../primitives';
import type {Emotion} from '../../src/schema/script';
import {typeMeasure} from './type-measure';

export interface BeatContentProps {
  segment: Segment;
  emotion: Emotion;
  twist: TwistState;
  uppercase: boolean;
}

const column = (gap: number): React.CSSProperties => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  gap,
});

export const BeatContent: React.FC<BeatContentProps> = ({segment, emotion, twist, uppercase}) => {
  const {character} = useDrama();
  const layout = useLayout();
  const {safe, unit} = layout;
  const nowMs = useNowMs();
  const localMs = nowMs - segment.startMs;
  // The cards take the colour of the moment's feeling, which reads on its background (the genre's may not).
  const accent = EMOTION_COLORS[emotion].accent;
  const measure = typeMeasure(layout);

  if (segment.kind === 'hook')
    return <TitleCard segment={segment} localMs={localMs} box={band(safe, 0.12, 0.9)} unit={unit} accent={accent} />;
  if (segment.kind === 'end')
    return <EndCard segment={segment} localMs={localMs} box={band(safe, 0.12, 1)} unit={unit} accent={accent} />;

  const {beat} = segment;
  const speaker = character(segment.characterId);
  const {words} = measure;
  if (beat.kind === 'text') {
    const width = Math.min(words.width, 860 * unit);
    return (
      <div style={{...boxStyle(words), ...column(0)}}>
        <MessageCard
          text={beat.text}
          sender={speaker}
          localMs={localMs}
          width={width}
          maxTextHeight={words.height * 0.6}
          unit={unit}
        />
      </div>
    );
  }
  if (beat.kind === 'action') {
    return (
      <div style={{...boxStyle(words), ...column(0)}}>
        <StageDirection
          text={beat.text}
          localMs={localMs}
          durationMs={segment.durationMs}
          width={words.width}
          height={words.height * 0.7}
          unit={unit}
        />
      </div>
    );
  }

  const line = beat.kind === 'line' && speaker;
  return (
    <>
      {twist.active ? (
        <div style={{...boxStyle(measure.stamp), ...column(0)}}>
          <TwistStamp twist={twist} fontSize={50 * unit} />
        </div>
      ) : null}
      <div style={{...boxStyle(words), ...column(22 * unit)}}>
        {line ? (
          <SpeakerTag character={speaker} localMs={localMs} fontSize={measure.tagSize} maxWidth={words.width} />
        ) : null}
        <KineticCaptions
          segment={segment}
          width={words.width}
          fontSize={measure.fontSize}
          accent={accent}
          maxWords={measure.maxWords}
          maxLines={measure.maxLines}
          uppercase={uppercase}
        />
      </div>
    </>
  );
};
