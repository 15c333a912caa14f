/**
 * One scene's backdrop: its image when the script has one (a path under public/ or a URL), otherwise the painted
 * setting (the scene's `setting`, or one inferred from its location) lit for its time of day, under a slow camera.
 */
import React from 'react';
import {AbsoluteFill, Img} from 'remotion';
import type {Scene} from '../../src/schema/script';
import {sceneSetting} from '../../src/schema/settings';
import {PaintedScene} from './backgrounds/PaintedScene';
import {LIGHTS} from './backgrounds/light';
import {CameraMove} from './CameraMove';
import {mediaSrc} from './media';

export interface SceneBackgroundProps {
  scene: Scene;
  width: number;
  height: number;
  /** Time since the scene started and its length, for the camera move. */
  localMs: number;
  durationMs: number;
  punch?: number;
}

export const SceneBackground: React.FC<SceneBackgroundProps> = ({scene, width, height, localMs, durationMs, punch}) => {
  const light = LIGHTS[scene.timeOfDay];
  return (
    <AbsoluteFill style={{overflow: 'hidden'}}>
      <CameraMove seed={scene.id} progress={localMs / Math.max(1, durationMs)} punch={punch}>
        {scene.image ? (
          <>
            <Img src={mediaSrc(scene.image)} style={{width: '100%', height: '100%', objectFit: 'cover'}} />
            {/* An image gets the same grade of the hour as a painted scene. */}
            <AbsoluteFill style={{background: light.shade, opacity: (1 - light.ambient) * 0.5}} />
          </>
        ) : (
          <PaintedScene
            setting={sceneSetting(scene)}
            timeOfDay={scene.timeOfDay}
            width={width}
            height={height}
            seed={scene.id}
            t={localMs / 1000}
          />
        )}
      </CameraMove>
    </AbsoluteFill>
  );
};
