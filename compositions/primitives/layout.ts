/**
 * Where text may go. Short-video apps draw their own UI over the video: the caption, audio and profile rows at the
 * bottom (~20%), the like/comment/share column on the right (~15%) and the status/search bar at the top (~8%).
 * Everything a viewer must read stays inside the rest. Computed from the frame size, so 1:1 and 16:9 work too.
 * A script made for one platform (script.platform) keeps clear of that app's own UI instead.
 */
import type React from 'react';
import {useVideoConfig} from 'remotion';
import type {Platform} from '../../src/schema/script';
import {useOptionalDrama} from './drama';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Insets {
  top: number;
  bottom: number;
  right: number;
  left: number;
}

/** Clear of every app's UI at once: for a drama made for no platform in particular. */
export const SAFE_INSETS: Insets = {top: 0.08, bottom: 0.2, right: 0.15, left: 0.06};

/**
 * Each app's UI as fractions of a 1080x1920 frame. The apps publish no one fixed spec (their UI changes by device,
 * version and ad format), so these are the commonly published creator margins, rounded to the stricter end:
 * - TikTok: For You/Following tabs ~130-250 px at the top, caption, sound and CTA rows ~320-460 px at the bottom,
 *   the like/comment/save/share column ~120-180 px on the right.
 * - Instagram Reels: ~110-220 px at the top, ~310-450 px of caption and audio bar at the bottom (it grew in late
 *   2025), ~120 px of buttons on the right; Meta asks ads to keep 6% clear at the sides.
 * - YouTube Shorts: ~120 px at the top, title, channel and subscribe button over the bottom ~25% (~480 px), the
 *   like/dislike/comment/share column ~130-150 px on the right.
 */
export const PLATFORM_SAFE_INSETS: Record<Platform, Insets> = {
  tiktok: {top: 0.09, bottom: 0.22, right: 0.16, left: 0.06},
  reels: {top: 0.11, bottom: 0.24, right: 0.12, left: 0.06},
  shorts: {top: 0.07, bottom: 0.25, right: 0.14, left: 0.06},
};

export function safeZone(width: number, height: number, platform?: Platform): Box {
  const insets = platform ? PLATFORM_SAFE_INSETS[platform] : SAFE_INSETS;
  // Rounded inwards, so the box never pokes a pixel into the apps' UI.
  const left = Math.ceil(width * insets.left);
  const top = Math.ceil(height * insets.top);
  return {
    left,
    top,
    width: Math.floor(width * (1 - insets.right)) - left,
    height: Math.floor(height * (1 - insets.bottom)) - top,
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
  const platform = useOptionalDrama()?.script.platform;
  return {
    width,
    height,
    safe: safeZone(width, height, platform),
    unit: designUnit(width, height),
    landscape: width > height,
    shape: shapeOf(width, height),
  };
}

/** A vertical column of a box, `width` wide (at most the box's), centred in it. */
export function column(box: Box, width: number): Box {
  const w = Math.min(box.width, width);
  return {left: box.left + (box.width - w) / 2, top: box.top, width: w, height: box.height};
}

/** A box shrunk by `by` px on every side. */
export function inset(box: Box, by: number): Box {
  return {
    left: box.left + by,
    top: box.top + by,
    width: Math.max(0, box.width - 2 * by),
    height: Math.max(0, box.height - 2 * by),
  };
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
