/**
 * The cinematic template: full-frame scene art under a slow camera, the hook card over the opening, speaker tag
 * and word-lit captions for lines, italic captions for narration, a phone message for texts, a stage direction for
 * actions, the twist treatment, and the end card. Layout only: everything it draws is a shared primitive.
 */
import React from 'react';
import type {PropsOf} from '../../src/templates';
import {DramaFrame, SceneBackdrop, TwistGrade, useTwist} from '../primitives';
import {SegmentLayer} from './SegmentLayer';
import {Scrim} from './Scrim';

const CinematicLayout: React.FC = () => {
  const twist = useTwist();
  return (
    <>
      <SceneBackdrop zoom={twist.zoom} />
      <Scrim />
      <TwistGrade twist={twist} />
      <SegmentLayer twist={twist} />
    </>
  );
};

export const Cinematic: React.FC<PropsOf<'cinematic'>> = (props) => (
  <DramaFrame script={props}>
    <CinematicLayout />
  </DramaFrame>
);
