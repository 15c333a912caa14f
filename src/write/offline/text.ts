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
/** A noun with its indefinite article: "a janitor", "an intern". */
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

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

/** Adverbs a line can lose without losing its meaning. */
export const FILLER_ADVERBS =
  /\b(secretly|suddenly|finally|quietly|accidentally|actually|really|just|somehow|apparently)\s+/gi;
const NOTICING =
  /^(I|You|He|She|We|They) (realised|realized|discovered|discover|discovers|learned|learns|learn|found out|finds out|find out|noticed|notices|notice|saw|see|sees|realise|realises|realize|realizes)( that)? (?=\S+ \S+ \S+)/i;
const INNER_PHRASE =
  / (?:to|at|in|on|from|inside|near|behind|across) (?:(?:the|a|an|my|his|her|their|our) )?(?:[a-z-]+ ){0,2}?(?:[a-z-]+)(?= (?:is|was|has|had|contains|contained|holds|held|says|said|shows|showed|reads|read|keeps|kept|[a-z]+ed|[a-z]+s)\b)/gi;
const TRAILING_PHRASE =
  /[\s,]+(?:in|on|at|for|with|from|during|after|before|into|behind|under|inside|near|since|while|because)\s+[^,.!?…]*([.!?…]*)$/i;

/**
 * A sentence said in fewer words, still whole: the odd thing without "I realised that", filler adverbs or a
 * trailing place or time ("The package I was delivering contains my own passport.").
 */
export function compactSentence(sentence: string, most = 9, keep: string[] = []): string {
  const count = (x: string) => x.split(/\s+/).length;
  if (count(sentence) <= most) return sentence;
  let s = sentence.replace(FILLER_ADVERBS, '');
  if (count(s) > most) s = s.replace(NOTICING, '');
  while (count(s) > most) {
    const shorter = s.replace(TRAILING_PHRASE, '$1');
    const dropped = s.slice(shorter.length - 1);
    if (
      shorter === s ||
      count(shorter) < 4 ||
      /'s\b/.test(dropped) ||
      keep.some((k) => k && dropped.toLowerCase().includes(k.toLowerCase()))
    )
      break;
    s = shorter;
  }
  // A place or destination in the middle ("delivering to the old lighthouse contains"), latest first.
  const inner = [...s.matchAll(INNER_PHRASE)].reverse();
  for (const m of inner) {
    if (count(s) <= most) break;
    const shorter = s.slice(0, m.index) + s.slice(m.index + m[0].length);
    const kept = keep.some((k) => k && m[0].toLowerCase().includes(k.toLowerCase()));
    if (count(shorter) >= 4 && !kept) s = shorter;
  }
  if (!/[.!?…]$/.test(s)) s += '.';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words a long sentence can be split before, with how natural a pause there is (lower is better). */
const BREATH_BEFORE: [RegExp, number][] = [
  [/^(then|but|because|while|until|unless|so|although|though|when|whenever|after|before|where|who|which|that)$/i, 0],
  [/^(to|of|on|at|in|with|for|from|during|into|behind|under|inside|near|since|every|across|about|without)$/i, 1],
];

/** Words a pause never follows: "my | fiancé", "the | ceremony". */
const LITTLE_WORD = /^(a|an|the|my|your|his|her|our|their|its|this|that|to|of|in|on|at|and|or|very|so|not|no)$/i;

/**
 * A sentence too long for one breath said in pieces of at most `most` words, each cut where a speaker would pause
 * (after a comma, before a conjunction or a relative clause, then before a preposition), never losing a word:
 * "I kept getting orders to an address that burned down ten years ago." -> "I kept getting orders to an address…",
 * "…that burned down ten years ago." A piece is never shorter than three words.
 */
export function breathSplit(sentence: string, most = 9, keep: string[] = []): string[] {
  const words = sentence.trim().split(/\s+/);
  if (words.length <= most) return [sentence.trim()];
  // Never inside a name of several words ("maid of honour", "the end of the world").
  const inside = new Set<number>();
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
  for (const k of keep.filter((x) => x.includes(' '))) {
    const parts = k.toLowerCase().split(/\s+/);
    for (let i = 0; i + parts.length <= words.length; i++)
      if (parts.every((p, j) => lower[i + j] === p)) for (let j = 1; j < parts.length; j++) inside.add(i + j);
  }
  let best: {at: number; cost: number} | undefined;
  for (let at = 3; at <= words.length - 3; at++) {
    if (inside.has(at)) continue;
    const comma = /,$/.test(words[at - 1]) ? 0 : undefined;
    const rule = BREATH_BEFORE.find(([pattern]) => pattern.test(words[at]));
    // Else before a gerund ("kissing my maid of honour"), else anywhere not right after a little word.
    const loose = /ing$/i.test(words[at]) ? 1.5 : LITTLE_WORD.test(words[at - 1]) ? undefined : 4;
    const weight = comma ?? rule?.[1] ?? loose;
    if (weight === undefined) continue;
    // The middle is best; a comma or a conjunction beats a preposition a little off it.
    const cost = weight * 2 + Math.abs(at - words.length / 2) / 2 + (at > most ? 10 : 0);
    if (!best || cost < best.cost) best = {at, cost};
  }
  if (!best) return [sentence.trim()];
  const first = words.slice(0, best.at).join(' ').replace(/,$/, '');
  const rest = words.slice(best.at).join(' ');
  return [`${first}…`, ...breathSplit(`…${rest}`, most, keep)];
}

const HE = /^(man|father|dad|brother|son|husband|boy|boyfriend|uncle|grandfather|king|guy)$/i;
const SHE = /^(woman|mother|mom|mum|sister|daughter|wife|girl|girlfriend|aunt|grandmother|queen|lady)$/i;

/**
 * A sentence too long for one breath said as two, at its relative clause: "I was hired to kill the man who taught
 * him to fish" -> "I was hired to kill the man. He taught me to fish." (`me` is the protagonist's object pronoun).
 */
export function splitRelative(sentence: string, most: number, me: RegExp): string {
  if (sentence.split(/\s+/).length <= most) return sentence;
  const m = sentence.match(
    /^(.{12,}?\b(?:the|a|an|my|his|her|their) (?:[\w-]+ )?([\w-]+)) (who|that) ((?!(?:I|he|she|we|they|you)\b)\w+\b.+?)[.!?]?$/i,
  );
  if (!m) return sentence;
  const pronoun = HE.test(m[2]) ? 'He' : SHE.test(m[2]) ? 'She' : m[3].toLowerCase() === 'that' ? 'It' : 'They';
  return `${m[1]}. ${pronoun} ${m[4].replace(me, 'me')}`;
}
