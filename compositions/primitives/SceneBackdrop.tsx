/**
 * The backgrounds of the whole drama: the scene of the moment under its slow camera, cross-fading from the
 * previous scene at each scene change. Only the one or two scenes on screen are drawn.
 */
import React from 'react';
import {AbsoluteFill, useVideoConfig} from 'remotion';
import {useDrama, useNowMs} from './drama';
import {SceneBackground} from './SceneBackground';

export interface SceneBackdropProps {
  /** Extra camera zoom (the twist's punch-in). */
  zoom?: number;
  transitionMs?: number;
}

export const SceneBackdrop: React.FC<SceneBackdropProps> = ({zoom = 1, transitionMs = 450}) => {
  const {script, timeline} = useDrama();
  const {width, height} = useVideoConfig();
  const nowMs = useNowMs();
  const spans = timeline.scenes;
  const found = spans.findIndex((s) => nowMs < s.endMs);
  const index = found === -1 ? spans.length - 1 : found;
  const span = spans[index];
  const localMs = nowMs - span.startMs;
  const fading = index > 0 && localMs < transitionMs;
  const previous = spans[index - 1];
  return (
    <AbsoluteFill>
      {fading && previous ? (
        <SceneBackground scene={script.scenes[index - 1]} width={width} height={height} localMs={nowMs - previous.startMs} durationMs={previous.endMs - previous.startMs} />
      ) : null}
      <AbsoluteFill style={{opacity: fading ? localMs / transitionMs : 1}}>
        <SceneBackground scene={script.scenes[index]} width={width} height={height} localMs={localMs} durationMs={span.endMs - span.startMs} punch={zoom} />
      </AbsoluteFill>
    </AbsoluteFill>
  );
};
