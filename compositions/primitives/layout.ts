/**
 * Where text may go. Short-video apps draw their own UI over the video: the caption, audio and profile rows at the
 * bottom (~20%), the like/comment/share column on the right (~15%) and the status/search bar at the top (~8%).
 * Everything a viewer must read stays inside the rest. Computed from the frame size, so 1:1 and 16:9 work too.
 */
import type React from 'react';
import {useVideoConfig} from 'remotion';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const SAFE_INSETS = {top: 0.08, bottom: 0.2, right: 0.15, left: 0.06} as const;

export function safeZone(width: number, height: number): Box {
  // Rounded inwards, so the box never pokes a pixel into the apps' UI.
  const left = Math.ceil(width * SAFE_INSETS.left);
  const top = Math.ceil(height * SAFE_INSETS.top);
  return {
    left,
    top,
    width: Math.floor(width * (1 - SAFE_INSETS.right)) - left,
    height: Math.floor(height * (1 - SAFE_INSETS.bottom)) - top,
  };
}

/**
 * One design unit: 1 px on the 1080-wide portrait frame, scaled by the short side so a 1920x1080 frame gets the
 * same sizes as a 1080x1920 one and a 4K frame twice them.
 */
export function designUnit(width: number, height: number): number {
  return Math.min(width, height) / 1080;
}

export interface Layout {
  width: number;
  height: number;
  safe: Box;
  unit: number;
  /** Landscape frames put cards side by side where portrait frames stack them. */
  landscape: boolean;
  /** The frame's shape, for templates whose layout changes with it (9:16, 1:1, 16:9 and anything near them). */
  shape: Shape;
}

export type Shape = 'portrait' | 'square' | 'landscape';

export function shapeOf(width: number, height: number): Shape {
  const ratio = width / height;
  return ratio < 0.8 ? 'portrait' : ratio > 1.25 ? 'landscape' : 'square';
}

export function useLayout(): Layout {
  const {width, height} = useVideoConfig();
  return {width, height, safe: safeZone(width, height), unit: designUnit(width, height), landscape: width > height, shape: shapeOf(width, height)};
}

/** A vertical column of a box, `width` wide (at most the box's), centred in it. */
export function column(box: Box, width: number): Box {
  const w = Math.min(box.width, width);
  return {left: box.left + (box.width - w) / 2, top: box.top, width: w, height: box.height};
}

/** A box shrunk by `by` px on every side. */
export function inset(box: Box, by: number): Box {
  return {left: box.left + by, top: box.top + by, width: Math.max(0, box.width - 2 * by), height: Math.max(0, box.height - 2 * by)};
}

/** A horizontal band of the safe zone: from `from` to `to` as fractions of its height. */
export function band(safe: Box, from: number, to: number): Box {
  return {left: safe.left, width: safe.width, top: safe.top + safe.height * from, height: safe.height * (to - from)};
}

export const boxStyle = (box: Box): React.CSSProperties => ({
  position: 'absolute',
  left: box.left,
  top: box.top,
  width: box.width,
  height: box.height,
});
