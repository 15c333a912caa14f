/**
 * Word timings from a character alignment (what ElevenLabs returns with the audio): the aligned characters are
 * joined, split into caption words the same way the captions split text (whitespace, or word segmentation for
 * languages written without spaces), and each word runs from its first character's start to its last one's end.
 */
import type {SpokenWord} from '../schema/script';
import {splitWords} from '../time/words';

export interface CharacterAlignment {
  characters: string[];
  characterStartTimesSeconds: number[];
  characterEndTimesSeconds: number[];
}

export function alignedWords(alignment: CharacterAlignment, language: string): SpokenWord[] {
  const {characters, characterStartTimesSeconds: starts, characterEndTimesSeconds: ends} = alignment;
  // Each aligned entry is usually one character, but may be more (a surrogate pair): map code units to entries.
  const entryAt: number[] = [];
  characters.forEach((entry, i) => {
    for (let k = 0; k < entry.length; k++) entryAt.push(i);
  });
  const text = characters.join('');
  const words: SpokenWord[] = [];
  let cursor = 0;
  for (const word of splitWords(text, language)) {
    // splitWords only trims and joins, so each word's characters come next in the text, perhaps across spaces.
    let first = -1;
    let last = -1;
    for (const ch of word) {
      while (cursor < text.length && !text.startsWith(ch, cursor)) cursor++;
      if (cursor >= text.length) break;
      if (first < 0) first = cursor;
      last = cursor + ch.length - 1;
      cursor += ch.length;
    }
    if (first < 0) continue;
    const startMs = (starts[entryAt[first]] ?? 0) * 1000;
    const endMs = (ends[entryAt[last]] ?? starts[entryAt[last]] ?? 0) * 1000;
    words.push({text: word, startMs, endMs: Math.max(startMs, endMs)});
  }
  return words;
}
