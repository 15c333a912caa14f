/**
 * The cinematic frame with its cast on: the figures stand in the stage (from just under the top of the frame down
 * to where the tallest caption block can reach), and every text of a beat sits in the band under it. The caption
 * block is at most a speaker tag and two lines of captions (Captions pages never hold more), so the stage is sized
 * from those, and test/cast-layout.test.ts measures that no figure reaches a caption or a tag.
 */
import {band, type Box, type Layout} from '../primitives';

/** The captions' band in the safe zone (fractions of its height), shared with the layout without a cast. */
export const CAPTIONS_BAND = [0.5, 0.98] as const;
/** Room kept for the caption block at the bottom of its band: a tag, the gap, two lines and a margin (design units). */
const CAPTION_BLOCK = 34 * 1.2 + 34 * 0.44 + 22 + 2 * 70 * 1.2 + 46;

/** The band of the safe zone under the stage: captions, tags, stage directions. */
export function textBand({safe, unit}: Layout): Box {
  const captions = band(safe, CAPTIONS_BAND[0], CAPTIONS_BAND[1]);
  const bottom = captions.top + captions.height;
  const top = Math.max(captions.top, bottom - CAPTION_BLOCK * unit);
  return {...captions, top, height: bottom - top};
}

/** Where the figures stand: the frame's width, from half the safe zone's top margin down to the text band. */
export function stageBox(layout: Layout): Box {
  const top = layout.safe.top * 0.5;
  const bottom = textBand(layout).top - 8 * layout.unit;
  return {left: 0, top, width: layout.width, height: bottom - top};
}
