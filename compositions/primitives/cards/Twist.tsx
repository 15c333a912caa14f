/**
 * The twist treatment for the twist-marked beat: a white flash on the cut, a zoom punch on the camera, a colour
 * shift that holds while the twist is said, and a "PLOT TWIST" stamp. Cheap: opacity and transforms only.
 */
import React from 'react';
import {AbsoluteFill, interpolate} from 'remotion';
import {TWIST_MOTION} from '../../../src/time/motion';
import {markedSegment} from '../../../src/time/timeline';
import {useDrama, useNowMs} from '../drama';
import {FONT_FAMILY, WEIGHT} from '../fonts';
import {textBox} from '../inspect/text-boxes';
import {labelsFor} from '../labels';
import {punch} from '../motion';

export interface TwistState {
  /** True while the twist beat is on screen. */
  active: boolean;
  /** Time since the twist beat started (negative before it). */
  localMs: number;
  durationMs: number;
  /** Camera zoom factor for the punch-in; 1 outside the twist. */
  zoom: number;
}

export function useTwist(): TwistState {
  const {timeline} = useDrama();
  const nowMs = useNowMs();
  const twist = markedSegment(timeline, 'twist');
  if (!twist) return {active: false, localMs: -1, durationMs: 0, zoom: 1};
  const localMs = nowMs - twist.startMs;
  const active = localMs >= 0 && localMs < twist.durationMs;
  return {
    active,
    localMs,
    durationMs: twist.durationMs,
    zoom: active ? punch(localMs, 0.09, TWIST_MOTION.hitMs) * 1.04 : 1,
  };
}

const clamp = {extrapolateLeft: 'clamp', extrapolateRight: 'clamp'} as const;

/** Flash and colour shift over the whole frame: put it above the background, below the text. */
export const TwistGrade: React.FC<{twist: TwistState; color?: string}> = ({twist, color = '#ff1f4b'}) => {
  if (!twist.active) return null;
  const flash = interpolate(twist.localMs, [0, 50, 320], [0, 0.85, 0], clamp);
  const fade = TWIST_MOTION.fadeMs;
  const tint = interpolate(
    twist.localMs,
    [0, fade, twist.durationMs - fade, twist.durationMs],
    [0, 0.3, 0.3, 0],
    clamp,
  );
  return (
    <>
      <AbsoluteFill style={{background: color, opacity: tint, mixBlendMode: 'multiply'}} />
      <AbsoluteFill
        style={{background: `radial-gradient(circle at 50% 45%, transparent 40%, ${color} 140%)`, opacity: tint * 1.6}}
      />
      <AbsoluteFill style={{background: 'white', opacity: flash}} />
    </>
  );
};

/** The stamp: slams in from big and tilted, then sits until the twist ends. */
export const TwistStamp: React.FC<{twist: TwistState; fontSize: number; color?: string}> = ({
  twist,
  fontSize,
  color = '#ff1f4b',
}) => {
  const {script} = useDrama();
  if (!twist.active) return null;
  const slam = interpolate(twist.localMs, [0, 180], [1.8, 1], clamp);
  const opacity = interpolate(twist.localMs, [0, 120, twist.durationMs - 200, twist.durationMs], [0, 1, 1, 0], clamp);
  return (
    <div
      {...textBox('card')}
      style={{
        display: 'inline-block',
        fontFamily: FONT_FAMILY,
        fontWeight: WEIGHT.heavy,
        fontSize,
        letterSpacing: '0.12em',
        color: 'white',
        background: color,
        padding: `${fontSize * 0.18}px ${fontSize * 0.5}px`,
        transform: `rotate(-4deg) scale(${slam})`,
        opacity,
        boxShadow: `0 0 ${fontSize * 0.6}px ${color}`,
        whiteSpace: 'nowrap',
      }}
    >
      {labelsFor(script.language).twist}
    </div>
  );
};
