/**
 * Where the phone goes for each frame shape, and the sizes inside it. A portrait frame is all phone (the safe
 * zone); a square one centres a phone column over the scene; a landscape one centres the phone between two side
 * panels (the cast and the scene's clock). Everything stays inside the safe zone.
 */
import {inset, type Box, type Layout} from '../primitives/layout';

export interface ChatGeometry {
  phone: Box;
  /** The screen inside the bezel, split top to bottom. */
  header: Box;
  viewport: Box;
  status: Box;
  input: Box;
  /** Landscape only. */
  castPanel?: Box;
  scenePanel?: Box;
  /** Message text size; everything in the phone is sized from it. */
  font: number;
}

const PHONE_WIDTH = {square: 600, landscape: 640} as const;

export function chatGeometry({safe, unit, shape}: Layout): ChatGeometry {
  const font = unit * (shape === 'portrait' ? 40 : 33);
  const width = shape === 'portrait' ? safe.width : Math.min(safe.width, PHONE_WIDTH[shape] * unit);
  const phone: Box = {left: safe.left + (safe.width - width) / 2, top: safe.top, width, height: safe.height};
  const screen = inset(phone, font * 0.3);
  const headerHeight = font * 2.7;
  const inputHeight = font * 2.3;
  const statusHeight = font * 1.2;
  const row = (top: number, height: number): Box => ({left: screen.left, width: screen.width, top, height});
  const header = row(screen.top, headerHeight);
  const input = row(screen.top + screen.height - inputHeight, inputHeight);
  const status = row(input.top - statusHeight, statusHeight);
  const viewport = row(header.top + header.height, status.top - header.top - header.height);
  const gap = 40 * unit;
  const panels =
    shape === 'landscape'
      ? {
          castPanel: {left: safe.left, top: safe.top, width: phone.left - gap - safe.left, height: safe.height},
          scenePanel: {
            left: phone.left + phone.width + gap,
            top: safe.top,
            width: safe.left + safe.width - phone.left - phone.width - gap,
            height: safe.height,
          },
        }
      : {};
  return {phone, header, viewport, status, input, font, ...panels};
}
