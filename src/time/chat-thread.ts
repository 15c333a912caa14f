/**
 * The conversation as entries, from the script and its timeline: a separator when a scene starts, a message for
 * every line and text (the first character is "me", on the end side), a system line for narration and a status
 * line for actions. Each entry appears when its segment starts, so the voice reads a message as it lands; a
 * message is announced by a typing indicator over the end of the segment before it. Pure: no measuring here.
 */
import type {Character, Script} from '../schema/script';
import type {Timeline} from './timeline';
import {clockAt} from './chat-clock';

export type EntryKind = 'separator' | 'message' | 'system' | 'status';

export interface ThreadEntry {
  kind: EntryKind;
  text: string;
  appearMs: number;
  /** The sender of a message (absent for a text from an unknown number). */
  sender?: Character;
  /** Sent by the protagonist: drawn on the end side. */
  mine: boolean;
  /** A group chat names the sender above the first of their messages in a row. */
  showName: boolean;
  /** The clock time of a message. */
  time: string;
  twist: boolean;
  /** When typing this message starts (messages that follow a beat): dots in the thread, or my draft in the field. */
  typingFromMs?: number;
  /** When one of my messages is read: its ticks turn blue and "Seen" shows under the thread. */
  seenMs?: number;
}

export interface Thread {
  entries: ThreadEntry[];
  /** Everyone but me: the chat's other side (one person, or a group). */
  others: Character[];
  me: Character;
}

const TYPING_MAX_MS = 900;

/**
 * How long the chat's motions last after what starts them (compositions/chat draws them; the renderer captures
 * every frame of them, src/render/key-frame-sources.ts).
 */
export const CHAT_MOTION = {
  /** The thread scrolls to its new bottom over this long after an entry lands or typing starts. */
  scrollMs: 280,
  /** A message pops in over this long (a twist message slams in over twistPopMs); it fades in within it. */
  popMs: 260,
  twistPopMs: 220,
  /** A twist message's glow tightens over this long. */
  twistGlowMs: 600,
  /** A system or status line fades in over this long. */
  lineFadeMs: 200,
  /** The sender's avatar in the phone's header swells over this long when their message lands. */
  notificationMs: 420,
} as const;

/** How long the picture moves after an entry lands: its pop or fade, the scroll, the header's swell, a twist's glow. */
export function landingMs(entry: ThreadEntry): number {
  if (entry.kind !== 'message') return Math.max(CHAT_MOTION.scrollMs, CHAT_MOTION.lineFadeMs);
  const pop = entry.twist ? Math.max(CHAT_MOTION.twistPopMs, CHAT_MOTION.twistGlowMs) : CHAT_MOTION.popMs;
  return Math.max(CHAT_MOTION.scrollMs, pop, entry.sender && !entry.mine ? CHAT_MOTION.notificationMs : 0);
}
const SEEN_AFTER_MS = 1200;

export function buildThread(script: Script, timeline: Timeline): Thread {
  const [me, ...others] = script.characters;
  const byId = new Map(script.characters.map((c) => [c.id, c]));
  const group = others.length > 1;
  const entries: ThreadEntry[] = [];
  let previousSender: string | undefined;

  timeline.segments.forEach((segment, index) => {
    const beat = segment.beat;
    if (!beat) return;
    const scene = script.scenes[segment.sceneIndex];
    const time = clockAt(script, segment.sceneIndex, segment.beatIndex);
    const base = {
      text: beat.text,
      appearMs: segment.startMs,
      mine: false,
      showName: false,
      time,
      twist: beat.marker === 'twist',
    };
    if (segment.beatIndex === 0) {
      entries.push({...base, kind: 'separator', text: `${scene.location} · ${time}`, twist: false});
      previousSender = undefined;
    }
    if (beat.kind === 'narration' || beat.kind === 'action') {
      entries.push({...base, kind: beat.kind === 'narration' ? 'system' : 'status'});
      previousSender = undefined;
      return;
    }
    const sender = beat.characterId ? byId.get(beat.characterId) : undefined;
    const mine = sender?.id === me.id;
    const before = timeline.segments[index - 1];
    const typingMs = before?.beat ? Math.min(TYPING_MAX_MS, before.durationMs * 0.45) : 0;
    entries.push({
      ...base,
      kind: 'message',
      sender,
      mine,
      showName: group && !mine && sender?.id !== previousSender,
      typingFromMs: typingMs > 0 ? segment.startMs - typingMs : undefined,
    });
    previousSender = sender?.id;
  });

  // A message of mine is read when someone else next speaks up, or after a moment.
  entries.forEach((entry, i) => {
    if (entry.kind !== 'message' || !entry.mine) return;
    const reply = entries.slice(i + 1).find((e) => e.kind === 'message' && !e.mine);
    const replyStart = reply ? (reply.typingFromMs ?? reply.appearMs) : Infinity;
    entry.seenMs = Math.min(entry.appearMs + SEEN_AFTER_MS, replyStart);
  });
  return {entries, others, me};
}

/** The message being typed at a time (its indicator showing), if any. */
export function typingAt(entries: readonly ThreadEntry[], nowMs: number): ThreadEntry | undefined {
  return entries.find((e) => e.typingFromMs !== undefined && e.typingFromMs <= nowMs && nowMs < e.appearMs);
}
