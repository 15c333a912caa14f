/** Finding lexicon words in a premise: whole words for spaced scripts, plain substrings for CJK. */

export interface WordMatch<T> {
  entry: T;
  /** The lexicon word as written there (without its ":f" / "=noun" suffix). */
  word: string;
  /** What follows ":" or "=" in the lexicon word. */
  suffix?: string;
  /** Matched a word of another language: the entry's English noun or title stands for it. */
  alias: boolean;
  start: number;
  end: number;
}

const SPACELESS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place `word` (or its plural) occurs in the lowercased text. */
function occurrences(lower: string, word: string): [number, number][] {
  const found: [number, number][] = [];
  if (SPACELESS.test(word)) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) found.push([at, at + word.length]);
    return found;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of lower.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
  return found;
}

function splitSuffix(spec: string): {word: string; suffix?: string} {
  const at = spec.search(/[:=]/);
  return at < 0 ? {word: spec} : {word: spec.slice(0, at), suffix: spec.slice(at + 1)};
}

/**
 * Matches of every entry's words (and aliases) in the text, longest first where they overlap, so "best friend"
 * wins over "friend" and "wedding planner" over "planner". `aliasesOnly` reads another language's premise
 * through its own words only (French "son" is "his", not a son).
 */
export function findAll<T extends {words: string[]; aliases?: string[]}>(text: string, entries: readonly T[], aliasesOnly = false): WordMatch<T>[] {
  const lower = text.toLowerCase();
  const all: (WordMatch<T> & {order: number})[] = [];
  entries.forEach((entry, order) => {
    const words = aliasesOnly ? [] : entry.words.map((w) => [w, false] as const);
    const specs = [...words, ...(entry.aliases ?? []).map((w) => [w, true] as const)];
    for (const [spec, alias] of specs) {
      const {word, suffix} = splitSuffix(spec);
      for (const [start, end] of occurrences(lower, word.toLowerCase())) all.push({entry, word, suffix, alias, start, end, order});
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: WordMatch<T>[] = [];
  for (const match of all) {
    if (kept.some((k) => match.start < k.end && k.start < match.end)) continue;
    kept.push({entry: match.entry, word: match.word, suffix: match.suffix, alias: match.alias, start: match.start, end: match.end});
  }
  return kept;
}

/** Whether two spans overlap. */
export const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end;
