/**
 * The storytime template: the protagonist tells the story in the first person over bold kinetic type. The screen
 * takes the colour of each beat's emotion, a progress bar runs along the top with the twist marked on it, and each
 * beat pushes the last one up. Layout only: the type, cards, backgrounds and transitions are shared primitives.
 */
import {slide} from '@remotion/transitions/slide';
import React, {useMemo} from 'react';
import type {PropsOf} from '../../src/templates';
import {markedSegment} from '../../src/time/timeline';
import {
  Avatar,
  boxStyle,
  DramaFrame,
  EmotionBackground,
  EMOTION_COLORS,
  ProgressBar,
  segmentEmotions,
  SpanTransition,
  textBox,
  TwistGrade,
  useDrama,
  useLayout,
  useLinearTiming,
  useNowMs,
  useTwist,
  WEIGHT,
} from '../primitives';
import {BeatContent} from './BeatContent';
import {typeMeasure} from './type-measure';

/** The narrator (the protagonist, the first character) and the title: whose story this is. */
const NarratorHeader: React.FC = () => {
  const {script} = useDrama();
  const layout = useLayout();
  const {header} = typeMeasure(layout);
  const [narrator] = script.characters;
  const size = header.height * 0.62;
  return (
    <div style={{...boxStyle(header), display: 'flex', alignItems: 'center', gap: size * 0.35}}>
      <Avatar name={narrator.name} color={narrator.color} size={size} />
      <div
        {...textBox('card')}
        style={{
          minWidth: 0,
          color: 'white',
          fontWeight: WEIGHT.heavy,
          fontSize: size * 0.48,
          letterSpacing: '0.08em',
          textTransform: 'uppercase',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {script.title}
      </div>
    </div>
  );
};

const StorytimeLayout: React.FC<{uppercase: boolean}> = ({uppercase}) => {
  const {script, timeline} = useDrama();
  const {safe, unit} = useLayout();
  const nowMs = useNowMs();
  const twist = useTwist();
  const timing = useLinearTiming(260);
  const emotions = useMemo(() => segmentEmotions(script, timeline), [script, timeline]);
  const spans = useMemo(
    () =>
      timeline.segments.map((segment, i) => ({
        key: String(i),
        startMs: segment.startMs,
        segment,
        emotion: emotions[i],
      })),
    [timeline, emotions],
  );
  const twistSegment = markedSegment(timeline, 'twist');
  const current = spans.filter((s) => s.startMs <= nowMs).pop() ?? spans[0];
  return (
    <>
      <EmotionBackground />
      <TwistGrade twist={twist} />
      <ProgressBar
        box={{left: safe.left, top: safe.top, width: safe.width, height: 9 * unit}}
        progress={nowMs / timeline.totalMs}
        color={EMOTION_COLORS[current.emotion].accent}
        marks={twistSegment ? [twistSegment.startMs / timeline.totalMs] : []}
        markColor="#ff1f4b"
      />
      <NarratorHeader />
      <SpanTransition
        spans={spans}
        presentation={slide({direction: 'from-bottom'})}
        timing={timing}
        render={(span) => (
          <BeatContent segment={span.segment} emotion={span.emotion} twist={twist} uppercase={uppercase} />
        )}
      />
    </>
  );
};

export const Storytime: React.FC<PropsOf<'storytime'>> = (props) => (
  <DramaFrame script={props}>
    <StorytimeLayout uppercase={props.uppercase} />
  </DramaFrame>
);
