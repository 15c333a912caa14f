/** Character sheets: the description says gender and age in words the voice casting reads ("a woman in her thirties"). */
import type {Character} from '../../schema/script';
import {LIMITS} from '../../schema/script';
import type {CastMember} from './cast';
import type {GenreBook} from './genres/types';
import {PRONOUNS} from './grammar';
import {COLORS, HAIR, TRAITS, UNTITLED_ABOUT, WEAR} from './lexicon/looks';
import type {Gender} from './lexicon/types';
import type {Rng} from './random';
import {capitalise, truncate} from './text';

const NUMBERS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const DECADES: Record<number, string> = {2: 'twenties', 3: 'thirties', 4: 'forties', 5: 'fifties', 6: 'sixties', 7: 'seventies', 8: 'eighties', 9: 'nineties'};

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

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const withPronouns = (text: string, gender: Gender) => {
  const p = PRONOUNS[gender];
  return text.replace(/\{(they|them|their|themself)\}/g, (_, key: keyof typeof p) => p[key]);
};

function aboutOf(member: CastMember, protagonist: CastMember, book: GenreBook, rng: Rng): string {
  const role = member.role;
  if (role?.kin && member.title) {
    const whose = member.owned && member !== protagonist ? `${protagonist.name}'s ${member.title}` : `a ${member.title}`;
    return `${whose}, ${withPronouns(role.about, member.gender)}`;
  }
  if (role) {
    // The premise's own word for the role leads ("an intern who..."), in place of the lexicon's ("an assistant who...").
    const own = member.title && !role.about.includes(member.title) ? role.about.replace(/^(a|an|the|someone)\s+(\S+)/, () => withArticle(member.title!)) : role.about;
    return withPronouns(own, member.gender);
  }
  if (member.function === 'protagonist') return withPronouns(rng.pick(UNTITLED_ABOUT), member.gender).replace(/^/, 'someone ');
  const title = member.function === 'counterpart' ? book.counterpartTitle : member.function === 'ally' ? book.allyTitle : 'witness';
  return member.function === 'ally' ? `${protagonist.name}'s ${title}` : `the ${title}`;
}

/** The cast as schema characters, with colours that differ and read on dark backgrounds. */
export function describeCast(cast: CastMember[], book: GenreBook, rng: Rng): Character[] {
  const protagonist = cast[0];
  const colors = rng.shuffle(COLORS);
  return cast.map((member, i) => {
    const also = member.also ? `, and secretly ${protagonist.name}'s ${member.also}` : '';
    const description = `${capitalise(ageAndGender(member.age, member.gender))}, ${aboutOf(member, protagonist, book, rng)}${also}; ${rng.pick(TRAITS[member.function])}`;
    const hair = rng.pick(member.age >= 55 ? HAIR[member.gender].older : HAIR[member.gender].young);
    const role = member.function === 'protagonist' ? `protagonist${member.title ? `, ${member.title}` : ''}` : (member.title ?? (member.function === 'counterpart' ? book.counterpartTitle : member.function === 'ally' ? book.allyTitle : 'witness'));
    return {
      id: member.id,
      name: member.name,
      role: truncate(role, 60),
      description: truncate(description, LIMITS.descriptionChars),
      appearance: truncate(`${capitalise(hair)}, ${member.role?.wear ?? rng.pick(WEAR[member.gender])}`, LIMITS.descriptionChars),
      color: colors[i % colors.length],
    };
  });
}
