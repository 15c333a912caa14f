/**
 * Recasting can change a person's gender (the draft's patient was a woman, the bible's is Julian): the sentences
 * that name them must then say "he" for "she". English only, and only in beats that name the person, so a
 * pronoun that belongs to someone else in another beat is left alone.
 */
import type {Character} from '../schema/script';

export type Gender = 'f' | 'm';

/** The gender a character sheet states ("A woman in her thirties", "Un hombre de cuarenta"), if it states one. */
export function genderOf(c: Character): Gender | undefined {
  const text = `${c.description} ${c.role}`.toLowerCase();
  if (/\b(woman|girl|mujer|chica|niña|señora)\b/u.test(text)) return 'f';
  if (/\b(man|boy|hombre|chico|niño|señor)\b/u.test(text)) return 'm';
  return undefined;
}

const TO_MALE: Record<string, string> = {she: 'he', herself: 'himself', hers: 'his'};
const TO_FEMALE: Record<string, string> = {he: 'she', him: 'her', his: 'her', himself: 'herself'};
/** Words after "her" that make it an object ("tells her to"), not a possessive ("her phone"). */
const NOT_A_NOUN = /^(a|an|the|to|and|or|but|that|if|as|at|in|on|of|off|up|down|back|away|again|out|for|with|too|so)$/i;

const keepCase = (found: string, word: string) => (/^[A-Z]/.test(found) ? word[0].toUpperCase() + word.slice(1) : word);

/**
 * The text with the sentences that open on "he" or "she" (the person the beat names, doing something) turned to
 * the given gender; a pronoun elsewhere ("Julian, her brother, ...") may be someone else's and stays.
 */
export function regender(text: string, to: Gender): string {
  return text.replace(
    /(^|[.!?]["”]?\s+)((?:he|she)\b[^.!?]*)/gi,
    (_found, lead: string, sentence: string) => lead + regenderSentence(sentence, to),
  );
}

function regenderSentence(text: string, to: Gender): string {
  if (to === 'f')
    return text.replace(/\b(he|him|his|himself)\b/gi, (found) => keepCase(found, TO_FEMALE[found.toLowerCase()]));
  return text.replace(/\b(she|herself|hers|her)\b(\s+([\p{L}']+))?/giu, (found, word: string, gap = '', next = '') => {
    const lower = word.toLowerCase();
    const swapped = lower === 'her' ? (next && !NOT_A_NOUN.test(next) ? 'his' : 'him') : TO_MALE[lower];
    return keepCase(word, swapped) + (gap as string);
  });
}
