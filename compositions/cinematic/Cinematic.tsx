/**
 * The cinematic template: full-frame scene art under a slow camera, the hook card over the opening, speaker tag
 * and word-lit captions for lines, italic captions for narration, a phone message for texts, a stage direction for
 * actions, the twist treatment, and the end card; with `cast` on (the default) the characters stand in the scene as
 * drawn figures that speak their lines, and a beat's text moves to the band under them. Layout only: everything it draws is a shared primitive.
 */
import React from 'react';
import type {PropsOf} from '../../src/templates';
import {CastStage, DramaFrame, SceneBackdrop, TwistGrade, useLayout, useTwist} from '../primitives';
import {SegmentLayer} from './SegmentLayer';
import {Scrim} from './Scrim';
import {stageBox} from './stage';

const CinematicLayout: React.FC<{cast: boolean}> = ({cast}) => {
  const twist = useTwist();
  const layout = useLayout();
  return (
    <>
      <SceneBackdrop zoom={twist.zoom} />
      {cast ? <CastStage stage={stageBox(layout)} /> : null}
      <Scrim />
      <TwistGrade twist={twist} />
      <SegmentLayer twist={twist} cast={cast} />
    </>
  );
};

export const Cinematic: React.FC<PropsOf<'cinematic'>> = (props) => (
  <DramaFrame script={props}>
    <CinematicLayout cast={props.cast !== 'off'} />
  </DramaFrame>
);
