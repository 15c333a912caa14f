/** Character sheets: gender and age in words the voice casting reads ("a woman in her thirties"), role and relation. */
import type {Character} from '../../schema/script';
import {LIMITS} from '../../schema/script';
import type {Member} from './cast';
import {COLORS, HAIR, TRAITS, WEAR} from './lexicon/looks';
import type {Gender} from './lexicon/types';
import type {Rng} from './random';
import {capitalise, truncate, withArticle} from './text';

const NUMBERS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const DECADES: Record<number, string> = {
  2: 'twenties',
  3: 'thirties',
  4: 'forties',
  5: 'fifties',
  6: 'sixties',
  7: 'seventies',
  8: 'eighties',
  9: 'nineties',
};

/** "a woman in her early thirties", "a boy of about ten", "a teenage girl of sixteen". */
export function ageAndGender(age: number, gender: Gender): string {
  const [woman, girl, her] = gender === 'f' ? ['woman', 'girl', 'her'] : ['man', 'boy', 'his'];
  if (age < 13) return `a ${girl} of about ${NUMBERS[age] ?? age}`;
  if (age < 18) return `a teenage ${girl} of ${NUMBERS[age]}`;
  if (age < 20) return `a young ${woman} of ${NUMBERS[age]}`;
  const decade = Math.min(9, Math.floor(age / 10));
  const part = age % 10 < 4 ? 'early ' : age % 10 > 6 ? 'late ' : '';
  return `a ${woman} in ${her} ${decade >= 8 ? '' : part}${DECADES[decade]}`;
}

const FUNCTION: Record<Member['slot'], keyof typeof TRAITS> = {
  P: 'protagonist',
  O: 'counterpart',
  A: 'ally',
  D: 'witness',
};
const SPEECH: Record<Member['voice'], string> = {
  dry: 'speaks in short, dry sentences',
  warm: 'speaks warmly, with pet names',
  brisk: 'speaks fast and to the point',
  loose: 'talks a lot, jokes when nervous',
};

export function describeCast(cast: Member[], rng: Rng): Character[] {
  const protagonist = cast[0];
  const colors = rng.shuffle(COLORS);
  return cast.map((m, i) => {
    const clause = m.relation?.match(/^(\S+) (he|she|they|I) (.+)$/);
    const owner = m.relation?.match(/^(.+) of the (.+)$/);
    const who = clause
      ? `the ${clause[1]} ${protagonist.name} ${clause[3]}`
      : owner
        ? `the ${owner[2]}'s ${owner[1]}`
        : m.slot === 'P'
          ? m.role
            ? withArticle(m.role)
            : 'the one this happens to'
          : m.relation
            ? `${protagonist.name}'s ${m.relation}`
            : m.role
              ? `the ${m.role}`
              : 'a witness';
    const description = `${capitalise(ageAndGender(m.age, m.gender))}, ${who}; ${rng.pick(TRAITS[FUNCTION[m.slot]])}; ${SPEECH[m.voice]}`;
    const hair = rng.pick(m.age >= 55 ? HAIR[m.gender].older : HAIR[m.gender].young);
    return {
      id: m.id,
      name: m.name,
      role: truncate(
        m.slot === 'P' ? `protagonist${m.role ? `, ${m.role}` : ''}` : m.role || m.relation || 'witness',
        60,
      ),
      description: truncate(description, LIMITS.descriptionChars),
      appearance: truncate(`${capitalise(hair)}, ${rng.pick(WEAR[m.gender])}`, LIMITS.descriptionChars),
      color: colors[i % colors.length],
    };
  });
}
