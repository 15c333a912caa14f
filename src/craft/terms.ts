/**
 * Matching a premise's key terms in a script's text: words, stems and the small words that name nothing.
 * Shared by the hook rubric and the dramaturgy gate so "names the premise" means the same thing in both.
 * Pure and browser-safe.
 */

/** Words too common to show that a text names the premise (English and Spanish, the offline writer's languages). */
const STOP = new Set(
  `the a an and or but of to in on at by for with from into onto over under about after before his her hers him he she
  they them their theirs its it this that these those who whom whose which what when where why how is are was were be
  been being has have had do does did not no yes my mine your yours our ours me you we us i one ones own same very just
  than then there here out up down off all any each every some such only also too can could will would should may might
  must shall el la los las un una unos unas de del al y o en con por para su sus que se lo le les es son fue era mi tu`.split(
    /\s+/,
  ),
);

/** Words of a text: runs separated by whitespace that hold at least one letter or digit. */
export const textWords = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * A crude stem: lower case, letters and digits only, possessive and plural endings dropped ("grandmother's" and
 * "grandmothers" both give "grandmother"). Crude on purpose: it must behave the same in every writer and in the browser.
 */
export const stem = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/(es|s)$/, '');

/** A word that can carry meaning: its stem has three characters or more, and neither it nor its stem is a stop word. */
export function isContentWord(word: string): boolean {
  const s = stem(word);
  return s.length >= 3 && !STOP.has(s) && !STOP.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
}

/** The content stems of a phrase, in order and without repeats. */
export function contentStems(phrase: string): string[] {
  return [...new Set(textWords(phrase).filter(isContentWord).map(stem))];
}

/**
 * The stems that identify what a key phrase names: its content stems without possessors, since "the CEO's son" is
 * the son and "grandma's ring" the ring (a possessor counts only when nothing follows it).
 */
export function headStems(phrase: string): string[] {
  const words = textWords(phrase).filter(isContentWord);
  const owned = words.filter((w, i) => !(/['’]s$/u.test(w) && i < words.length - 1));
  return [...new Set(owned.map(stem))];
}

/** Every stem of a text, for looking key stems up. */
export function stemSet(text: string): Set<string> {
  return new Set(textWords(text).map(stem));
}
