/**
 * The storytime type settings per frame shape: how wide a line of kinetic type runs (a portrait frame uses its
 * whole safe width, a landscape one a wider measure with more words per page) and how big the words are. Sized so
 * a full page (its lines at the emphasised size) fits the words' band.
 */
import {band, type Box, type Layout} from '../primitives/layout';

export interface TypeMeasure {
  header: Box;
  stamp: Box;
  words: Box;
  fontSize: number;
  maxWords: number;
  maxLines: number;
  tagSize: number;
}

const BY_SHAPE = {
  portrait: {fontSize: 92, maxWords: 6, measure: 1},
  square: {fontSize: 78, maxWords: 7, measure: 1},
  landscape: {fontSize: 86, maxWords: 10, measure: 0.9},
} as const;

export function typeMeasure({safe, unit, shape}: Layout): TypeMeasure {
  const settings = BY_SHAPE[shape];
  const words = band(safe, 0.24, 1);
  const width = safe.width * settings.measure;
  return {
    header: band(safe, 0.03, 0.1),
    stamp: band(safe, 0.12, 0.22),
    words: {...words, left: safe.left + (safe.width - width) / 2, width},
    fontSize: settings.fontSize * unit,
    maxWords: settings.maxWords,
    maxLines: 3,
    tagSize: 34 * unit,
  };
}
