/**
 * The cast on stage: the figures of the segment on screen (src/time/acting.ts says who, in which shot, feeling
 * what, and when each face changes), standing in the given box, lit by the scene's hour. Any template can use it:
 * give it a box that keeps clear of the template's captions and tags. The figures only change on the acting key
 * frames (and within a segment's entry, where the renderer captures every frame anyway), so held frames stay
 * exact.
 */
import React, {useMemo} from 'react';
import {Easing, interpolate, useCurrentFrame} from 'remotion';
import {actingOf, faceAt} from '../../../src/time/acting';
import {LIGHTS} from '../backgrounds/light';
import {useCurrentSegment, useDrama} from '../drama';
import {boxStyle, type Box} from '../layout';
import {lookOf} from './appearance';
import {Figure, type FigureLight, type FigureStyle} from './Figure';
import {FIGURE_BOX_ATTRIBUTE, FIGURE_MEASURE_CSS} from './measure';
import {clip, placeFigures} from './staging';

export interface CastStageProps {
  /** Where the figures may stand: the template keeps its captions and tags out of it. */
  stage: Box;
  style?: FigureStyle;
  /** How long the twist's close-up takes to push in. */
  pushInMs?: number;
}

export const CastStage: React.FC<CastStageProps> = ({stage, style, pushInMs = 600}) => {
  const {script, timeline} = useDrama();
  const frame = useCurrentFrame();
  const {segment, index, localMs} = useCurrentSegment();
  const acting = useMemo(() => actingOf(timeline), [timeline]);
  const looks = useMemo(() => new Map(script.characters.map((c) => [c.id, lookOf(c)])), [script.characters]);
  const staged = acting.staging[index];
  const scene = script.scenes[segment.sceneIndex];
  // A scene with its own picture (generated or the creator's) already shows its people: no drawn figures over it.
  if (!staged || scene.image) return <style>{FIGURE_MEASURE_CSS}</style>;

  const hour = LIGHTS[scene.timeOfDay];
  const light: FigureLight = {
    shade: hour.shade,
    darkness: (1 - hour.ambient) * 0.42,
    grade: hour.grade,
    gradeAmount: hour.gradeOpacity,
  };
  const placements = placeFigures(stage, staged.shot, staged.cast, staged.speaker);
  // The twist pushes in on the face over its entry (frames the renderer captures one by one).
  const push =
    staged.shot === 'close'
      ? interpolate(localMs, [0, pushInMs], [1, 1.14], {
          extrapolateLeft: 'clamp',
          extrapolateRight: 'clamp',
          easing: Easing.out(Easing.cubic),
        })
      : 1;
  const ordered = [...placements].sort((a, b) => Number(a.front) - Number(b.front));
  return (
    <>
      <style>{FIGURE_MEASURE_CSS}</style>
      <div style={{...boxStyle(stage), overflow: 'hidden'}}>
        <div
          style={{
            position: 'absolute',
            inset: 0,
            transform: push === 1 ? undefined : `scale(${push})`,
            transformOrigin: '50% 30%',
          }}
        >
          {ordered.map((p) => {
            const look = looks.get(p.id);
            if (!look) return null;
            return (
              <div
                key={p.id}
                style={{
                  position: 'absolute',
                  left: p.box.left - stage.left,
                  top: p.box.top - stage.top,
                }}
              >
                <Figure
                  look={look}
                  face={faceAt(acting, p.id, frame)}
                  emotion={staged.emotions[p.id] ?? 'neutral'}
                  facing={p.facing}
                  // The listener stands a step back, in the speaker's shadow.
                  light={p.front ? light : {...light, darkness: Math.min(1, light.darkness + 0.12)}}
                  height={p.box.height}
                  style={style}
                />
              </div>
            );
          })}
        </div>
        {/* The half body sinks into the dark under the stage (a plain gradient: a CSS mask costs every capture). */}
        <div
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            bottom: 0,
            height: '22%',
            background: 'linear-gradient(to bottom, rgba(5,6,11,0) 0%, rgba(5,6,11,0.8) 100%)',
          }}
        />
      </div>
      {placements.map((p) => (
        <div key={p.id} {...{[FIGURE_BOX_ATTRIBUTE]: p.id}} style={boxStyle(clip(p.box, stage))} />
      ))}
    </>
  );
};
