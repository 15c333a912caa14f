/**
 * A transition from @remotion/transitions (fade, slide, wipe...) between consecutive spans of the timeline: scenes,
 * backgrounds, the hook card and what follows it. TransitionSeries would overlap its sequences and so shorten the
 * video, while the timeline (and the mixed soundtrack) is fixed to the ms; so the same presentations are driven here
 * from absolute time instead: the new span enters over its first frames while the previous one exits beneath it.
 */
import {linearTiming, type TransitionPresentation, type TransitionTiming} from '@remotion/transitions';
import React, {useMemo} from 'react';
import {AbsoluteFill, useVideoConfig} from 'remotion';
import {useNowMs} from '../drama';

export interface Span {
  /** Spans in a row with the same key are one span: no transition between them. */
  key: string;
  startMs: number;
}

export interface SpanTransitionProps<S extends Span> {
  /** In time order. */
  spans: readonly S[];
  render: (span: S) => React.ReactNode;
  // The presentations' own props types differ; any of them goes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  presentation: TransitionPresentation<any>;
  timing: TransitionTiming;
}

/** The spans merged by key: each run starts where its first span does. */
function runs<S extends Span>(spans: readonly S[]): S[] {
  return spans.filter((span, i) => i === 0 || spans[i - 1].key !== span.key);
}

const noop = () => undefined;

export function SpanTransition<S extends Span>({
  spans,
  render,
  presentation,
  timing,
}: SpanTransitionProps<S>): React.ReactElement | null {
  const nowMs = useNowMs();
  const {fps} = useVideoConfig();
  const merged = runs(spans);
  let index = 0;
  merged.forEach((span, i) => {
    if (span.startMs <= nowMs) index = i;
  });
  const current = merged[index];
  if (!current) return null;
  const frames = timing.getDurationInFrames({fps});
  const elapsed = Math.floor(((nowMs - current.startMs) * fps) / 1000);
  const previous = merged[index - 1];
  if (!previous || elapsed >= frames) return <AbsoluteFill>{render(current)}</AbsoluteFill>;

  const progress = timing.getProgress({frame: elapsed, fps});
  const Presentation = presentation.component;
  const common = {
    passedProps: presentation.props,
    presentationDurationInFrames: frames,
    onElementImage: noop,
    onUnmount: noop,
    bothEnteringAndExiting: false,
  };
  return (
    <AbsoluteFill>
      <Presentation {...common} presentationDirection="exiting" presentationProgress={progress}>
        {render(previous)}
      </Presentation>
      <Presentation {...common} presentationDirection="entering" presentationProgress={progress}>
        {render(current)}
      </Presentation>
    </AbsoluteFill>
  );
}

/** A linear timing of about `ms`, in whole frames of this video. */
export function useLinearTiming(ms: number): TransitionTiming {
  const {fps} = useVideoConfig();
  return useMemo(() => linearTiming({durationInFrames: Math.max(1, Math.round((ms * fps) / 1000))}), [ms, fps]);
}
