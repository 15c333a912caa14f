/** Ages an English premise states or implies: "her 12-year-old daughter", "a seventy-year-old", "a little girl". */
import nlp from 'compromise';
import type {AgeHint} from './types';

/** "12-year-old", "seventy-year-old" (hyphens may be non-breaking: the parser joins compounds with them). */
export const YEAR_OLD = /\b(\d{1,3}|[a-z]+(?:[-\u2011][a-z]+)?)[-\u2011]years?[-\u2011]old\b/i;

/** Adjectives that say a person's age: "a little girl" is a child, "a teenage son" a teen. */
const AGE_WORDS: [RegExp, AgeHint][] = [
  [/\b(little|toddler|young son|young daughter)\b/i, 'child'],
  [/\b(teenage|teen|teenager|adolescent|high school)\b/i, 'teen'],
  // "old" itself, not the end of "12-year-old".
  [/\b(elderly|retired|aging|ageing|aged)\b|(?<![-\u2011])\bold\b/i, 'old'],
];

/** The age hint a number of years gives: under 13 a child, under 20 a teen, from 60 old. */
export function ageOfYears(years: number): AgeHint {
  if (years < 13) return 'child';
  if (years < 20) return 'teen';
  return years >= 60 ? 'old' : 'adult';
}

/** The years an "N-year-old" word states, in digits or words ("seventy-two-year-old"). */
export function yearsOf(word: string): number | undefined {
  const match = word.match(YEAR_OLD);
  if (!match) return undefined;
  const spoken = match[1].replace(/[-\u2011]/g, ' ');
  const value = /^\d+$/.test(spoken) ? Number(spoken) : (nlp(spoken).numbers().get() as number[])[0];
  return typeof value === 'number' && value > 0 && value < 120 ? value : undefined;
}

/** The age a phrase says, by a stated number of years first, else by its words. */
export function ageOfPhrase(text: string): {age?: AgeHint; years?: number} {
  const years = yearsOf(text);
  if (years !== undefined) return {age: ageOfYears(years), years};
  const age = AGE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  return age ? {age} : {};
}
