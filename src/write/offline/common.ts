/** Beats any genre can use for a fourth character, so a premise with four people keeps all of them. */
import type {BeatTemplate} from './genres/types';
import type {StoryLanguage} from './phrases';

export const FOURTH_CHARACTER_BEATS: Record<StoryLanguage, BeatTemplate[]> = {
  en: [
    ['? * {D}, {D.who}, watches {A} from across the room.', '? * {D} is watching {A} from across the room.'],
    '? D> (afraid) {A}, we need to talk. Not on the phone.',
    '? D: (cold) I saw {B} last night. With {obj}.',
  ],
  es: [
    '? * {D} observa a {A} desde el otro lado de la sala.',
    '? D> (afraid) {A}, tenemos que hablar. Por teléfono no.',
    '? D: (cold) Anoche vi a {B}. Con {obj}.',
  ],
};
