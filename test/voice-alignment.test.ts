/** Character alignments (ElevenLabs) into caption words: split like the captions, timed first char to last. */
import {alignedWords, type CharacterAlignment} from '../src/voice/alignment';
import type {SpokenWord} from '../src/schema/script';
import {splitWords} from '../src/time/words';

/** Whole milliseconds (seconds × 1000 is not exact in binary). */
const rounded = (words: SpokenWord[]) =>
  words.map((w) => ({...w, startMs: Math.round(w.startMs), endMs: Math.round(w.endMs)}));

/** An alignment where character i sounds from 100·i ms to 100·i + 90 ms. */
function evenly(text: string): CharacterAlignment {
  const characters = [...text];
  return {
    characters,
    characterStartTimesSeconds: characters.map((_, i) => i / 10),
    characterEndTimesSeconds: characters.map((_, i) => i / 10 + 0.09),
  };
}

test('spaced text: words split on whitespace, punctuation kept, times from first to last character', () => {
  const words = rounded(alignedWords(evenly("Lena?  You're the planner…"), 'en'));
  expect(words).toEqual([
    {text: 'Lena?', startMs: 0, endMs: 490},
    {text: "You're", startMs: 700, endMs: 1290},
    {text: 'the', startMs: 1400, endMs: 1690},
    {text: 'planner…', startMs: 1800, endMs: 2590},
  ]);
});

test('Chinese: grouped by the same word segmentation the captions use, punctuation on the word before', () => {
  const text = '你到底是谁？我不知道。';
  const words = rounded(alignedWords(evenly(text), 'zh'));
  expect(words.map((w) => w.text)).toEqual(splitWords(text, 'zh'));
  expect(words.length).toBeGreaterThan(2);
  // Each word covers exactly its own characters.
  let at = 0;
  for (const word of words) {
    const length = [...word.text].length;
    expect(word).toEqual({text: word.text, startMs: at * 100, endMs: (at + length - 1) * 100 + 90});
    at += length;
  }
});

test('Japanese spoken in an English script (CJK characters without spaces) is segmented too', () => {
  const words = alignedWords(evenly('彼は知らない'), 'en');
  expect(words.map((w) => w.text).join('')).toBe('彼は知らない');
  expect(words.length).toBeGreaterThan(1);
});

test('entries of more than one code unit (emoji) keep their times', () => {
  const alignment: CharacterAlignment = {
    characters: ['N', 'o', ' ', '😭', '!'],
    characterStartTimesSeconds: [0, 0.1, 0.2, 0.3, 0.5],
    characterEndTimesSeconds: [0.1, 0.2, 0.3, 0.5, 0.6],
  };
  expect(alignedWords(alignment, 'en')).toEqual([
    {text: 'No', startMs: 0, endMs: 200},
    {text: '😭!', startMs: 300, endMs: 600},
  ]);
});
