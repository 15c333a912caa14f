/**
 * Caption pages: a long line is shown a few words at a time (one or two lines), the way short-video captions
 * read, instead of the whole paragraph. Pages end at sentence ends and are balanced ("Three years ago he" /
 * "left me at the altar." rather than seven words and a straggler). Pure, so it is unit-tested.
 */
import {SENTENCE_END} from '../../../src/time/words';
import {wrapBalanced, type Token} from '../text/wrap';

export interface CaptionPage {
  /** Words [firstWord, endWord) of the segment. */
  firstWord: number;
  endWord: number;
  lines: Token[][];
}

export interface PageLimits {
  /** Line width at the reference size the tokens were measured at. */
  maxWidth: number;
  maxLines: number;
  maxWords: number;
}

/** Sentences shorter than this many words may share a page with the next. */
const SHORT_SENTENCE = 3;

/** A word with its tokens (a long word split to fit has several). */
type Word = Token[];

function groupWords(tokens: Token[]): Word[] {
  const words: Word[] = [];
  for (const token of tokens) {
    const last = words[words.length - 1];
    if (last && last[0].word === token.word) last.push(token);
    else words.push([token]);
  }
  return words;
}

/** A page starts a fresh line, so its first token draws no gap. */
const pageLines = (words: Word[], maxWidth: number) =>
  wrapBalanced(
    words.flat().map((t, i) => (i === 0 ? {...t, gap: 0} : t)),
    maxWidth,
  );

/** Greedy: each page takes words while they fit in maxLines and maxWords. */
function greedy(words: Word[], maxWidth: number, maxLines: number, maxWords: number): Word[][] {
  const pages: Word[][] = [];
  let page: Word[] = [];
  for (const word of words) {
    if (page.length > 0 && (page.length + 1 > maxWords || pageLines([...page, word], maxWidth).length > maxLines)) {
      pages.push(page);
      page = [];
    }
    page.push(word);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The fewest pages greedy needs, with the words spread as evenly over them as the widths allow. */
function balanced(words: Word[], limits: PageLimits): Word[][] {
  const pages = greedy(words, limits.maxWidth, limits.maxLines, limits.maxWords);
  for (let cap = Math.ceil(words.length / pages.length); cap < limits.maxWords; cap++) {
    const even = greedy(words, limits.maxWidth, limits.maxLines, cap);
    if (even.length === pages.length) return even;
  }
  return pages;
}

export function paginate(tokens: Token[], limits: PageLimits): CaptionPage[] {
  // Pages break at sentence ends, except that a short sentence ("Lena?") shares a page with the next one when
  // both fit on it, so it does not flash by alone.
  const chunks: Word[][] = [[]];
  for (const word of groupWords(tokens)) {
    chunks[chunks.length - 1].push(word);
    if (SENTENCE_END.test(word[word.length - 1].text)) chunks.push([]);
  }
  const merged: Word[][] = [];
  for (const chunk of chunks.filter((c) => c.length > 0)) {
    const previous = merged[merged.length - 1];
    const joined = previous ? [...previous, ...chunk] : chunk;
    const fitsOnePage = greedy(joined, limits.maxWidth, limits.maxLines, limits.maxWords).length === 1;
    if (previous && previous.length < SHORT_SENTENCE && fitsOnePage) merged[merged.length - 1] = joined;
    else merged.push(chunk);
  }
  return merged
    .flatMap((chunk) => balanced(chunk, limits))
    .map((page) => ({
      firstWord: page[0][0].word,
      endWord: page[page.length - 1][0].word + 1,
      lines: pageLines(page, limits.maxWidth),
    }));
}

/** Index of the word being spoken at nowMs: the last one that has started (-1 before the first). */
export function activeWord(words: {startMs: number}[], nowMs: number): number {
  let active = -1;
  for (let i = 0; i < words.length; i++) if (words[i].startMs <= nowMs) active = i;
  return active;
}
