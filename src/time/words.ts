/** Splitting text into caption words and estimating how long it takes to say or read. */

const SPACELESS = /^(zh|ja|th|lo|km|my|bo)(-|$)/i;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** The base language of a tag: "es-MX" -> "es". */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/** Languages written without spaces between words: captions join their words without a space. */
export function usesSpaces(language: string): boolean {
  return !SPACELESS.test(language);
}

/** What goes between two caption words: a space, or nothing in languages written without spaces. */
export function wordJoiner(language: string): string {
  return usesSpaces(language) ? ' ' : '';
}

/** A word that ends a sentence (closing quotes and brackets allowed after the mark). */
export const SENTENCE_END = /[.!?。！？…]["'”’»)]*$/;

/** The text split into words as a caption shows them, punctuation kept on the word it follows. */
export function splitWords(text: string, language = 'en'): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (usesSpaces(language) && !CJK_CHAR.test(trimmed)) return trimmed.split(/\s+/);
  // Spaceless scripts: Intl.Segmenter knows word boundaries; punctuation joins the word before it.
  const segmenter = new Intl.Segmenter(language, {granularity: 'word'});
  const words: string[] = [];
  for (const part of segmenter.segment(trimmed)) {
    const piece = part.segment.trim();
    if (!piece) continue;
    if (!part.isWordLike && words.length > 0) words[words.length - 1] += piece;
    else words.push(piece);
  }
  return words;
}

/** Words per minute of an unhurried dramatic read; espeak-ng's default rate is close to it. */
export const SPEECH_WPM = 165;
const MS_PER_CJK_CHAR = 230;
const PAUSE_AFTER: [RegExp, number][] = [
  [SENTENCE_END, 280],
  [/[,;:，、；：—–]["'”’»)]*$/, 140],
];

/** Weight of one word in a line's duration: longer words take longer, punctuation adds a pause. */
export function wordWeightMs(word: string): number {
  const cjk = [...word].filter((c) => CJK_CHAR.test(c)).length;
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '').length - cjk;
  const base = cjk * MS_PER_CJK_CHAR + (letters > 0 ? 120 + letters * 42 : 0);
  const pause = PAUSE_AFTER.find(([pattern]) => pattern.test(word))?.[1] ?? 0;
  return Math.max(base, 90) + pause;
}

/** Estimated time to speak text aloud, for beats that have no audio yet. */
export function estimateSpeechMs(text: string, language = 'en'): number {
  const words = splitWords(text, language);
  const weighted = words.reduce((sum, word) => sum + wordWeightMs(word), 0);
  // Scale the per-word weights so an average English sentence lands at SPEECH_WPM.
  return Math.round(weighted * WEIGHT_TO_WPM);
}

// Calibrated: a typical English word (5 letters + a space) weighs 330 ms, and 60000/165 = 364 ms.
const WEIGHT_TO_WPM = 60000 / SPEECH_WPM / 330;

/** Words laid out over a span in proportion to their weight (used when no audio gives real timings). */
export function spreadWords(
  words: string[],
  startMs: number,
  durationMs: number,
): {text: string; startMs: number; endMs: number}[] {
  const weights = words.map(wordWeightMs);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  let t = startMs;
  return words.map((text, i) => {
    const length = (weights[i] / total) * durationMs;
    const word = {text, startMs: Math.round(t), endMs: Math.round(t + length)};
    t += length;
    return word;
  });
}
