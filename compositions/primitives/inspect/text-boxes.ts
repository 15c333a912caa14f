/**
 * Every piece of text a template draws sits in an element marked with its kind, so a render can be measured: in
 * measure mode (the `measure` prop) only these boxes are painted, each kind in its own solid colour at half opacity
 * on black, and the layout tests read the boxes back from a still's pixels. Plain data: the tests import it.
 */

/** tag: who speaks (speaker tags, sender names, avatars' initials). caption: the story's words (captions, messages,
 * narration, actions, the hook and the cliffhanger). card: everything else (titles, labels, times, receipts). */
export const TEXT_KINDS = ['tag', 'caption', 'card'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** One colour channel per kind: where two kinds overlap, two channels light up. */
export const MEASURE_COLORS: Record<TextKind, readonly [number, number, number]> = {
  tag: [255, 0, 0],
  caption: [0, 255, 0],
  card: [0, 0, 255],
};

/** Half opacity: one box gives ~128 in its channel, two boxes of one kind on top of each other ~191. */
export const MEASURE_OPACITY = 0.5;

/**
 * In measure mode the whole frame is drawn shrunk to this size in the middle of the still, so text that leaves the
 * frame is still painted (in the margin) instead of being cut off by the edge of the picture.
 */
export const MEASURE_ZOOM = 0.8;

export const TEXT_BOX_ATTRIBUTE = 'data-text-box';

/** Spread on the element that holds a piece of text: `<div {...textBox('caption')}>`. */
export const textBox = (kind: TextKind) => ({[TEXT_BOX_ATTRIBUTE]: kind});
