/** A rough guess at a premise's language: by script first, then by common function words for Latin text. */
import {wordsOf} from './text';

const SCRIPTS: [string, RegExp][] = [
  ['ja', /[\u3040-\u30ff]/],
  ['ko', /[\uac00-\ud7af]/],
  ['zh', /[\u4e00-\u9fff]/],
  ['ar', /[\u0600-\u06ff]/],
  ['ru', /[\u0400-\u04ff]/],
  ['he', /[\u0590-\u05ff]/],
  ['hi', /[\u0900-\u097f]/],
  ['el', /[\u0370-\u03ff]/],
  ['th', /[\u0e00-\u0e7f]/],
];

// Words that are frequent in one language and rare in the others (no shared ones like "a" or "de").
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'her', 'his', 'she', 'he', 'is', 'of', 'with', 'finds', 'who', 'that', 'my', 'an', 'on', 'at'],
  es: ['el', 'la', 'los', 'las', 'una', 'un', 'su', 'que', 'y', 'en', 'del', 'con', 'por', 'descubre', 'es', 'mi'],
  fr: ['le', 'les', 'une', 'un', 'sa', 'son', 'et', 'est', 'du', 'des', 'qui', 'dans', 'découvre', 'avec', 'sur', 'au'],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ein',
    'eine',
    'ihr',
    'ihren',
    'sein',
    'ist',
    'mit',
    'auf',
    'im',
    'findet',
    'nicht',
    'dem',
  ],
  pt: ['o', 'os', 'uma', 'um', 'sua', 'seu', 'que', 'e', 'em', 'do', 'da', 'com', 'no', 'na', 'descobre', 'não'],
  it: ['il', 'gli', 'una', 'uno', 'sua', 'suo', 'che', 'e', 'nel', 'della', 'con', 'scopre', 'è', 'per', 'non', 'lo'],
};

/** A language tag for the premise, or undefined when it is too short or mixed to tell. */
export function detectLanguage(text: string): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return undefined;
  for (const [language, pattern] of SCRIPTS) {
    const count = [...letters].filter((c) => pattern.test(c)).length;
    if (count / [...letters].length > 0.3) return language;
  }
  const words = wordsOf(text);
  let best: string | undefined;
  let bestScore = 0;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    const score = words.filter((w) => stopwords.includes(w)).length;
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}

export {baseLanguage} from '../../time/words';
