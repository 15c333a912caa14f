/**
 * The script and its timeline, computed once per render and shared by every primitive through context, so no
 * element re-runs timeScript. Templates wrap their layout in <DramaFrame script={props}>.
 */
import React, {createContext, useContext, useMemo} from 'react';
import {useCurrentFrame} from 'remotion';
import type {Character, Script} from '../../src/schema/script';
import {segmentAt, timeScript, type Segment, type Timeline} from '../../src/time/timeline';
import {wordJoiner} from '../../src/time/words';

export interface Drama {
  script: Script;
  timeline: Timeline;
  character: (id: string | undefined) => Character | undefined;
  /** What goes between caption words: a space, or nothing for Chinese, Japanese, Thai... */
  joiner: string;
  /** Arabic, Hebrew, Persian and Urdu read right to left: text runs that way and chat sides swap. */
  direction: 'ltr' | 'rtl';
}

const RIGHT_TO_LEFT = /^(ar|he|iw|fa|ur|yi|ps|sd|ug|dv)(-|$)/i;

export const directionOf = (language: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.test(language) ? 'rtl' : 'ltr');

const DramaContext = createContext<Drama | null>(null);

export const DramaProvider: React.FC<{script: Script; children: React.ReactNode}> = ({script, children}) => {
  const drama = useMemo<Drama>(() => {
    const byId = new Map(script.characters.map((c) => [c.id, c]));
    return {
      script,
      timeline: timeScript(script),
      character: (id) => (id === undefined ? undefined : byId.get(id)),
      joiner: wordJoiner(script.language),
      direction: directionOf(script.language),
    };
  }, [script]);
  return <DramaContext.Provider value={drama}>{children}</DramaContext.Provider>;
};

export function useDrama(): Drama {
  const drama = useContext(DramaContext);
  if (!drama) throw new Error('useDrama() needs a <DramaProvider> (or <DramaFrame>) above it');
  return drama;
}

/** The drama when there is one above (the layout reads its platform), else null. */
export function useOptionalDrama(): Drama | null {
  return useContext(DramaContext);
}

/** The current time in ms of the whole video (primitives are not wrapped in Sequences, so the frame is absolute). */
export function useNowMs(): number {
  const frame = useCurrentFrame();
  const {timeline} = useDrama();
  return (frame * 1000) / timeline.fps;
}

/** The segment on screen now, and how far into it we are. */
export function useCurrentSegment(): {segment: Segment; index: number; localMs: number; nowMs: number} {
  const nowMs = useNowMs();
  const {timeline} = useDrama();
  const segment = segmentAt(timeline, nowMs);
  return {segment, index: timeline.segments.indexOf(segment), localMs: nowMs - segment.startMs, nowMs};
}
