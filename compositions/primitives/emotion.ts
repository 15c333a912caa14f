/**
 * A colour per emotion, for templates that colour the screen by how a beat feels (beat.emotion): a gradient from
 * `top` to `bottom` and an `accent` for emphasised words that reads on both. Beats without an emotion keep the one
 * before them; the story starts from its mood's.
 */
import type {Emotion, Mood, Script} from '../../src/schema/script';
import type {Timeline} from '../../src/time/timeline';

export interface EmotionColors {
  top: string;
  bottom: string;
  accent: string;
}

// Tops are kept dark enough for white type to read on them (WCAG contrast of 4.5 or more).
export const EMOTION_COLORS: Record<Emotion, EmotionColors> = {
  neutral: {top: '#2a3148', bottom: '#0c0f18', accent: '#9ecbff'},
  happy: {top: '#b8560f', bottom: '#4a1a04', accent: '#ffe27a'},
  tender: {top: '#a8426b', bottom: '#3a0f26', accent: '#ffd6e7'},
  sad: {top: '#274b8f', bottom: '#0b1533', accent: '#9fd3ff'},
  angry: {top: '#b51f1f', bottom: '#3a0404', accent: '#ffd166'},
  afraid: {top: '#3b2a5c', bottom: '#0d0a18', accent: '#b8f2a6'},
  surprised: {top: '#00807f', bottom: '#062f3d', accent: '#fff275'},
  cold: {top: '#4a6681', bottom: '#121c26', accent: '#d7f0ff'},
  desperate: {top: '#9a4516', bottom: '#240f05', accent: '#ffe0a3'},
  smug: {top: '#6a3590', bottom: '#2a0f3d', accent: '#ffd54f'},
  shocked: {top: '#b80f4f', bottom: '#33041c', accent: '#ffffff'},
};

const MOOD_EMOTION: Record<Mood, Emotion> = {
  tension: 'cold',
  romance: 'tender',
  mystery: 'afraid',
  sad: 'sad',
  comedy: 'happy',
  triumph: 'smug',
};

/** The emotion of every segment of the timeline: its beat's, else the last one felt, starting from the mood. */
export function segmentEmotions(script: Script, timeline: Timeline): Emotion[] {
  let feeling = MOOD_EMOTION[script.mood];
  return timeline.segments.map((segment) => {
    feeling = segment.beat?.emotion ?? feeling;
    return feeling;
  });
}
