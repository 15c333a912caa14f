/** Pools for describing characters the premise only sketches: traits, hair, clothes, and their colours. */
import type {Gender} from './types';

/** Trait phrases for the description, by what the character is to the story. */
export const TRAITS = {
  protagonist: [
    'stubborn and sharp-eyed',
    'guarded, and fearless when cornered',
    'exhausted but relentless',
    'quietly furious and very patient',
    'warm on the outside, steel underneath',
    'too proud to ask for help',
  ],
  counterpart: [
    'charming and hard to read',
    'calm in a way that feels rehearsed',
    'generous with smiles, stingy with answers',
    'polished, evasive and used to winning',
    'soft-spoken, with a temper underneath',
  ],
  ally: [
    'loyal to a fault',
    'funny, nervous and always online',
    'blunt, protective and nosy',
    'kind, and a little too curious',
    'practical and impossible to shock',
  ],
  witness: [
    'quiet and easy to overlook',
    'nervous, and carrying something heavy',
    'polite to everyone and close to no one',
  ],
};

/** What an untitled protagonist is, when the premise gives only a name or an "I". */
export const UNTITLED_ABOUT = [
  'who has kept {their} head down for too long',
  'who always saw the best in people',
  'who thought {their} life was finally settled',
  'who left home to forget and came back to remember',
];

export const HAIR: Record<Gender, {young: string[]; older: string[]}> = {
  f: {
    young: [
      'dark curly hair',
      'a sleek black bob',
      'long auburn hair',
      'a messy blonde bun',
      'box braids tied back',
      'straight chestnut hair',
    ],
    older: ['silver hair in a neat bun', 'short grey curls', 'a greying chignon'],
  },
  m: {
    young: [
      'short dark hair',
      'a buzz cut',
      'tousled brown hair',
      'slicked-back black hair',
      'a close fade and a beard',
      'sandy hair, stubble',
    ],
    older: ['grey hair, neatly combed', 'a bald head and a white beard', 'salt-and-pepper hair'],
  },
};

export const WEAR: Record<Gender, string[]> = {
  f: [
    'a camel trench coat',
    'a black turtleneck',
    'a red wrap dress',
    'a denim jacket over a slip dress',
    'an oversized grey hoodie',
    'a cream blouse and gold hoops',
  ],
  m: [
    'a navy overcoat',
    'a black leather jacket',
    'a white shirt with the sleeves rolled up',
    'a grey hoodie',
    'a charcoal suit, no tie',
    'a worn flannel shirt',
  ],
};

/** Bright, distinct colours that read on a dark background (caption names, speaker tags). */
export const COLORS = ['#ff5c8a', '#4fc3f7', '#ffd54f', '#81c784', '#ce93d8', '#ffab91', '#80deea', '#f48fb1'];
