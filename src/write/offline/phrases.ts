/**
 * The small words of each language the offline writer writes in: everything outside the genre books that
 * ends up on screen. Adding a language means a Phrases entry, Spanish-style words in the lexicon (objects'
 * `es`, places' `esAt`) and a set of genre texts (genres/es/).
 */
import {baseLanguage} from '../../time/words';

export type StoryLanguage = 'en' | 'es';

export interface Phrases {
  /** End-card tails after the cliffhanger's question. */
  partTwo: string[];
  /** How long a secret was kept, by number of years. */
  years: Record<number, string>;
  /** What a protagonist calls a parent or grandparent to their face: [feminine, masculine]. */
  calls: Record<'parent' | 'grandparent', [string, string]>;
  /** Titles capitalise every word (English) or only the first (Spanish). */
  titleCase: boolean;
  /** The logline's opening when the premise cannot be quoted; a template like the genre books'. */
  loglineOpening: string;
  /** A title when no genre title fits. */
  fallbackTitle: string;
  /** Conjunctions a logline tail may start with, dropped when the tail starts its own sentence. */
  conjunctions: RegExp;
}

export const PHRASES: Record<StoryLanguage, Phrases> = {
  en: {
    partTwo: ['Part 2 tomorrow.', 'Follow for Part 2.', 'Part 2 drops tonight.', 'Part 2 is coming.'],
    years: {3: 'three years', 5: 'five years', 7: 'seven years', 10: 'ten years', 20: 'twenty years'},
    calls: {parent: ['Mom', 'Dad'], grandparent: ['Grandma', 'Grandpa']},
    titleCase: true,
    loglineOpening: '{A} thought {A.their} life made sense,',
    fallbackTitle: '{A}\'s Secret',
    conjunctions: /^(and|but)\s+/i,
  },
  es: {
    partTwo: ['Parte 2 mañana.', 'Sígueme para la parte 2.', 'La parte 2, esta noche.', 'Parte 2 muy pronto.'],
    years: {3: 'tres años', 5: 'cinco años', 7: 'siete años', 10: 'diez años', 20: 'veinte años'},
    calls: {parent: ['mamá', 'papá'], grandparent: ['abuela', 'abuelo']},
    titleCase: false,
    loglineOpening: '{A} creía que su vida tenía sentido,',
    fallbackTitle: 'El secreto de {A}',
    conjunctions: /^(y|pero)\s+/i,
  },
};

export const storyLanguage = (tag: string): StoryLanguage => (baseLanguage(tag) === 'es' ? 'es' : 'en');
