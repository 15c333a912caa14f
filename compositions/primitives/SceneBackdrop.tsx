/**
 * The backgrounds of the whole drama: the scene of the moment under its slow camera, fading in over the previous
 * scene at each scene change (a @remotion/transitions fade). Only the one or two scenes on screen are drawn.
 */
import {fade} from '@remotion/transitions/fade';
import React, {useMemo} from 'react';
import {useVideoConfig} from 'remotion';
import {useDrama, useNowMs} from './drama';
import {SceneBackground} from './SceneBackground';
import {SpanTransition, useLinearTiming} from './transitions/SpanTransition';

export interface SceneBackdropProps {
  /** Extra camera zoom (the twist's punch-in). */
  zoom?: number;
  transitionMs?: number;
}

export const SceneBackdrop: React.FC<SceneBackdropProps> = ({zoom = 1, transitionMs = 450}) => {
  const {script, timeline} = useDrama();
  const {width, height} = useVideoConfig();
  const nowMs = useNowMs();
  const spans = useMemo(() => timeline.scenes.map((span) => ({...span, key: String(span.index)})), [timeline]);
  const timing = useLinearTiming(transitionMs);
  return (
    <SpanTransition
      spans={spans}
      presentation={fade()}
      timing={timing}
      render={(span) => (
        <SceneBackground
          scene={script.scenes[span.index]}
          width={width}
          height={height}
          localMs={nowMs - span.startMs}
          durationMs={span.endMs - span.startMs}
          punch={zoom}
        />
      )}
    />
  );
};
