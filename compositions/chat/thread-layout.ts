/**
 * The thread measured: every entry's height (bubbles fitted with the shared bubble layout), where it sits in the
 * conversation, and how far the conversation has scrolled at a time: once the entries on screen outgrow the
 * viewport it glides up so the newest entry (or the typing indicator) sits at the bottom.
 */
import {useMemo} from 'react';
import {Easing, interpolate} from 'remotion';
import {splitWords} from '../../src/time/words';
import {bubbleMetrics, layoutBubble, useDrama, WEIGHT, type BubbleLayout, type BubbleMetrics} from '../primitives';
import type {ChatGeometry} from './geometry';
import {CHAT_MOTION, typingAt, type Thread, type ThreadEntry} from '../../src/time/chat-thread';

export interface PlacedEntry {
  entry: ThreadEntry;
  top: number;
  height: number;
  /** Messages, system and status lines. */
  bubble?: BubbleLayout;
}

export interface ThreadSizes {
  avatar: number;
  name: number;
  separator: number;
  dot: number;
  gap: number;
  padX: number;
  metrics: BubbleMetrics;
}

export function threadSizes(font: number): ThreadSizes {
  return {
    avatar: font * 1.45,
    name: font * 0.62,
    separator: font * 0.6,
    dot: font * 0.36,
    gap: font * 0.42,
    padX: font * 0.55,
    metrics: bubbleMetrics(font),
  };
}

export interface ThreadLayout {
  placed: PlacedEntry[];
  sizes: ThreadSizes;
  typingHeight: number;
  /** The scroll offset (px the conversation has moved up) at a time. */
  scrollAt: (nowMs: number) => number;
}

export function useThreadLayout(thread: Thread, geometry: ChatGeometry): ThreadLayout {
  const {script, joiner} = useDrama();
  return useMemo(() => {
    const sizes = threadSizes(geometry.font);
    const {viewport} = geometry;
    const inner = viewport.width - 2 * sizes.padX;
    const messageWidth = (inner - sizes.avatar - sizes.gap) * 0.8;
    const maxTextHeight = viewport.height * 0.62;
    const words = (text: string) => splitWords(text, script.language);
    const small = bubbleMetrics(geometry.font * 0.78);

    let top = sizes.gap;
    const placed: PlacedEntry[] = thread.entries.map((entry) => {
      let bubble: BubbleLayout | undefined;
      let height: number;
      if (entry.kind === 'message') {
        bubble = layoutBubble(words(entry.text), joiner, {
          maxWidth: messageWidth,
          maxTextHeight,
          metrics: sizes.metrics,
          meta: true,
        });
        height = Math.max(bubble.height, sizes.avatar) + (entry.showName ? sizes.name * 1.5 : 0);
      } else if (entry.kind === 'separator') {
        height = sizes.separator * 2.4;
      } else {
        const textStyle = {
          fontWeight: entry.kind === 'system' ? WEIGHT.bold : WEIGHT.regular,
          fontStyle: 'italic' as const,
        };
        bubble = layoutBubble(words(entry.text), joiner, {
          maxWidth: inner * 0.9,
          maxTextHeight,
          metrics: small,
          meta: false,
          textStyle,
        });
        height = bubble.height;
      }
      const item = {entry, top, height, bubble};
      top += height + sizes.gap;
      return item;
    });

    const typingHeight = Math.max(sizes.dot * 3.7, sizes.avatar);
    // The bottom of the conversation at a time: the entries that have appeared, plus the typing dots if showing.
    const bottomAt = (ms: number) => {
      const shown = placed.filter((p) => p.entry.appearMs <= ms);
      const last = shown[shown.length - 1];
      const end = last ? last.top + last.height + sizes.gap : sizes.gap;
      const typing = typingAt(thread.entries, ms);
      return typing && !typing.mine ? end + typingHeight + sizes.gap : end;
    };
    const targetAt = (ms: number) => Math.max(0, bottomAt(ms) - viewport.height);
    const changes = [
      ...new Set(
        thread.entries.flatMap((e) => [e.appearMs, ...(e.typingFromMs === undefined ? [] : [e.typingFromMs])]),
      ),
    ].sort((a, b) => a - b);

    const scrollAt = (nowMs: number) => {
      let k = -1;
      changes.forEach((t, i) => {
        if (t <= nowMs) k = i;
      });
      if (k < 0) return 0;
      const from = k > 0 ? targetAt(changes[k - 1]) : 0;
      const to = targetAt(changes[k]);
      return interpolate(nowMs - changes[k], [0, CHAT_MOTION.scrollMs], [from, to], {
        extrapolateLeft: 'clamp',
        extrapolateRight: 'clamp',
        easing: Easing.out(Easing.cubic),
      });
    };
    return {placed, sizes, typingHeight, scrollAt};
  }, [thread, geometry, script.language, joiner]);
}
