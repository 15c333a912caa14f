/**
 * How long the templates' timed motions last, where nothing in the timeline times them: the components that draw
 * them and the renderer's key-frame sources (src/render/key-frame-sources.ts) both read these, so the frames the
 * held-keyframe renderer captures cannot fall out of step with what is drawn. The chat thread's own motions are in
 * chat-thread.ts.
 */

/** A text beat as a message card (compositions/primitives/cards/MessageCard.tsx). */
export const MESSAGE_CARD_MOTION = {
  /** Typing dots pulse from the segment's start for this long... */
  typingMs: 450,
  /** ...then the bubble pops in over this long. */
  popMs: 220,
} as const;

/** The twist beat's treatment (compositions/primitives/cards/Twist.tsx). */
export const TWIST_MOTION = {
  /** The camera's punch-in and the thread's shake play out within this long of the twist's start. */
  hitMs: 450,
  /** The colour shift fades in over this long at the twist's start, and out over as long before its end. */
  fadeMs: 250,
} as const;
