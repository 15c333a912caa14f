/**
 * Caption files: captions.srt and captions.vtt, cut into short cues of a few words with the word timings the video
 * highlights. The on-screen pages (compositions/primitives/captions/pages.ts) are cut by measured text width, which
 * only the browser knows; these cues are cut by character count, so their breaks can differ while their times agree.
 */
import type {Script} from '../schema/script';
import type {Segment, TimedWord, Timeline} from './timeline';
import {SENTENCE_END, usesSpaces, wordJoiner} from './words';

export interface CaptionCue {
  segment: Segment;
  words: TimedWord[];
  startMs: number;
  endMs: number;
  text: string;
}

/** Pages of at most `maxChars` characters (a short line or two on a phone), breaking after sentence ends. */
export function pageWords(words: TimedWord[], language: string, maxChars = 32): TimedWord[][] {
  const joiner = wordJoiner(language);
  const weight = usesSpaces(language) ? 1 : 2; // a CJK character is about two Latin characters wide
  const pages: TimedWord[][] = [];
  let page: TimedWord[] = [];
  let length = 0;
  for (const word of words) {
    const added = [...word.text].length * weight + (page.length ? joiner.length : 0);
    if (page.length && length + added > maxChars) {
      pages.push(page);
      page = [];
      length = 0;
    }
    page.push(word);
    length += page.length === 1 ? [...word.text].length * weight : added;
    if (SENTENCE_END.test(word.text) && length > maxChars / 2) {
      pages.push(page);
      page = [];
      length = 0;
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

export function joinWords(words: {text: string}[], language: string): string {
  return words.map((w) => w.text).join(wordJoiner(language));
}

/** Every caption cue of the timeline: spoken segments and on-screen texts, in order. */
export function captionCues(script: Script, timeline: Timeline, maxChars = 32): CaptionCue[] {
  const pages: CaptionCue[] = [];
  for (const segment of timeline.segments) {
    const segmentEnd = segment.startMs + segment.durationMs;
    const groups = pageWords(segment.words, script.language, maxChars);
    groups.forEach((words, i) => {
      const next = groups[i + 1];
      // A page stays up until the next page starts, or to the end of its segment.
      const endMs = next ? next[0].startMs : segmentEnd;
      pages.push({
        segment,
        words,
        startMs: i === 0 ? segment.speechStartMs : words[0].startMs,
        endMs,
        text: joinWords(words, script.language),
      });
    });
  }
  return pages;
}

function clock(ms: number, separator: ',' | '.'): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3600000);
  const m = Math.floor(total / 60000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(total % 1000, 3)}`;
}

function speakerName(script: Script, page: CaptionCue): string | undefined {
  if (page.segment.beat?.kind !== 'line') return undefined;
  return script.characters.find((c) => c.id === page.segment.characterId)?.name;
}

export function toSrt(script: Script, timeline: Timeline): string {
  return captionCues(script, timeline)
    .map((page, i) => `${i + 1}\n${clock(page.startMs, ',')} --> ${clock(page.endMs, ',')}\n${page.text}\n`)
    .join('\n');
}

/** WebVTT with voice tags, so players can show who speaks. */
export function toVtt(script: Script, timeline: Timeline): string {
  const cues = captionCues(script, timeline).map((page) => {
    const name = speakerName(script, page);
    const text = page.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `${clock(page.startMs, '.')} --> ${clock(page.endMs, '.')}\n${name ? `<v ${name}>` : ''}${text}\n`;
  });
  return `WEBVTT\n\n${cues.join('\n')}`;
}
