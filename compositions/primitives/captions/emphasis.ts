/**
 * Which words of a line carry it, for kinetic type to set bigger and in colour: the longest words that are not
 * little function words, and anything shouted (capitals, "!"). Pure and deterministic, so it is unit-tested and a
 * line is emphasised the same way in every render.
 */

/** English function words never worth emphasising; other languages fall back on word length alone. */
const LITTLE_WORDS = new Set(
  'a an the and but or nor so yet for of to in on at by with from into onto over under about as is are was were be been am do does did have has had will would can could should shall may might must not no this that these those there here then than what when where who whom whose why how i me my mine you your yours he him his she her hers it its we us our they them their just very too also only ever never'.split(
    ' ',
  ),
);

const core = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '');

function score(word: string): number {
  const letters = core(word);
  if (!letters || LITTLE_WORDS.has(letters.toLowerCase())) return 0;
  const shouted = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const length = [...letters].length;
  // A Latin word needs four letters to count; a CJK or Korean word carries as much meaning in two characters.
  const long = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letters)
    ? length * 2
    : length;
  if (long < 4 && !shouted) return 0;
  return long + (shouted ? 6 : 0) + (/[!?！？]$/.test(word) ? 4 : 0);
}

/** Indices of the words to emphasise: about one word in `every`, at least one when any word qualifies. */
export function emphasisedWords(words: readonly string[], every = 4): Set<number> {
  const ranked = words
    .map((word, index) => ({index, score: score(word)}))
    .filter((w) => w.score > 0)
    // Highest score first; among equals the later word, where a line's weight usually falls.
    .sort((a, b) => b.score - a.score || b.index - a.index);
  const count = Math.max(1, Math.round(words.length / every));
  return new Set(ranked.slice(0, count).map((w) => w.index));
}
