/** Small text helpers: cleaning a premise typed by anyone, trimming to limits, ids. */

// Emoji and their glue (variation selectors, zero-width joiners, skin tones, keycaps): shown fine, spoken badly.
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3]/gu;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** The premise as prose: no emoji or control characters, plain quotes, runs of punctuation and space collapsed. */
export function cleanPremise(premise: string): string {
  return premise
    .normalize('NFC')
    .replace(EMOJI, ' ')
    .replace(CONTROL, ' ')
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′`´]/g, "'")
    .replace(/([!?])[!?]+/g, '$1')
    .replace(/\.{3,}|…+/g, '…')
    .replace(/([,;:])[,;:]+/g, '$1')
    .replace(/(["'*_~#=+<>|\\/-])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?…])/g, '$1')
    .trim();
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Cut at a word boundary so the result (with the ellipsis) fits `max` characters. */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  if ([...text].length <= max) return text;
  const chars = [...text].slice(0, max - ellipsis.length);
  const cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.5 ? cut.slice(0, space) : cut;
  return base.replace(/[\s,;:.!?…-]+$/u, '') + ellipsis;
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…。！？"')]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A schema id from a name: lowercase ASCII letters, digits, "-"; `fallback` when nothing is left (e.g. CJK). */
export function slug(name: string, fallback: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/g, '');
  return ascii || fallback;
}

/** Words of a text, lowercased, for keyword matching (letters of any script, apostrophes kept inside words). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}
