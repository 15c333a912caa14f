/** Character descriptions that cast to one gender at several ages and temperaments: six voices that must all differ. */
export const SIX_WOMEN = [
  'A young woman',
  'A woman in her forties',
  'An old woman',
  'A girl of nineteen',
  'A cold businesswoman',
  'Her grandmother',
];

export const SIX_MEN = [
  'A young man',
  'A man in his forties',
  'An old man',
  'A boy of nineteen',
  'A ruthless businessman',
  'His grandfather',
];
