/**
 * A background coloured by how the story feels at this moment: each segment's emotion (emotion.ts) as a gradient
 * with two soft glows drifting across it, wiped over the previous colour (@remotion/transitions) when the feeling
 * changes. Gradients and transforms only: cheap to capture.
 */
import {wipe} from '@remotion/transitions/wipe';
import React, {useMemo} from 'react';
import {AbsoluteFill} from 'remotion';
import type {Emotion} from '../../../src/schema/script';
import {useDrama, useNowMs} from '../drama';
import {EMOTION_COLORS, segmentEmotions} from '../emotion';
import {SpanTransition, useLinearTiming} from '../transitions/SpanTransition';

const Glow: React.FC<{color: string; size: string; x: number; y: number}> = ({color, size, x, y}) => (
  <div
    style={{
      position: 'absolute',
      left: '50%',
      top: '50%',
      width: size,
      height: size,
      marginLeft: `calc(${size} / -2)`,
      marginTop: `calc(${size} / -2)`,
      borderRadius: '50%',
      background: `radial-gradient(circle, ${color} 0%, transparent 68%)`,
      transform: `translate(${x}%, ${y}%)`,
    }}
  />
);

const EmotionFill: React.FC<{emotion: Emotion; seconds: number}> = ({emotion, seconds}) => {
  const colors = EMOTION_COLORS[emotion];
  return (
    <AbsoluteFill
      style={{background: `linear-gradient(160deg, ${colors.top} 0%, ${colors.bottom} 100%)`, overflow: 'hidden'}}
    >
      <Glow
        color={`${colors.accent}33`}
        size="120vmax"
        x={-38 + 14 * Math.sin(seconds / 3.1)}
        y={-30 + 10 * Math.cos(seconds / 4.3)}
      />
      <Glow
        color={`${colors.top}aa`}
        size="90vmax"
        x={34 + 12 * Math.cos(seconds / 3.7)}
        y={36 + 9 * Math.sin(seconds / 2.9)}
      />
    </AbsoluteFill>
  );
};

export const EmotionBackground: React.FC<{transitionMs?: number}> = ({transitionMs = 420}) => {
  const {script, timeline} = useDrama();
  const nowMs = useNowMs();
  const timing = useLinearTiming(transitionMs);
  const spans = useMemo(() => {
    const emotions = segmentEmotions(script, timeline);
    return timeline.segments.map((segment, i) => ({key: emotions[i], startMs: segment.startMs, emotion: emotions[i]}));
  }, [script, timeline]);
  return (
    <SpanTransition
      spans={spans}
      presentation={wipe({direction: 'from-bottom'})}
      timing={timing}
      render={(span) => <EmotionFill emotion={span.emotion} seconds={nowMs / 1000} />}
    />
  );
};
