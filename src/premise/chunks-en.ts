/**
 * The noun phrases of an English premise, with offsets into it, cut where a script needs them cut: one phrase for
 * "the town's most popular gossip podcast" (compromise gives two), three for "a diamond ring inside a pillow in
 * room 404" (compromise gives one), none for a pronoun.
 */
import {PERSON_WORDS} from './lexicon';
import {taggedWords} from './phrase-en';
import type {tagEnglish} from './tag-en';

export interface Span {
  start: number;
  end: number;
}

/** A pronoun is never the object or a person of its own ("stood her up" is the protagonist again). */
const PRONOUN =
  /^(he|she|they|it|we|you|me|him|her|his|its|our|their|them|us|i|nobody|no one|somebody|someone|anybody|anyone|everybody|everyone)[,.]?$/i;
/** Prepositions that end a noun phrase: what follows is another phrase (where the thing is, whose it is). */
const PREPOSITION =
  /(?:^|\s+)(in|inside|at|on|onto|into|from|with|without|of|under|underneath|beneath|behind|near|by|outside|above|below|between|among|about|over|across|through|for|during|after|before)\s+/gi;

/** Multi-word person words with a preposition inside: "maid of honour" is one person. */
const ROLES_WITH_PREPOSITION = [...PERSON_WORDS.keys()].filter((w) => new RegExp(PREPOSITION.source, 'i').test(w));

/** A noun phrase cut at its prepositions, except inside a role like "maid of honour". */
function splitAtPrepositions(premise: string, span: Span): Span[] {
  const text = premise.slice(span.start, span.end);
  const spans: Span[] = [];
  let from = 0;
  for (const match of text.matchAll(PREPOSITION)) {
    const at = match.index!;
    const around = text.slice(Math.max(0, text.lastIndexOf(' ', at - 1) + 1), at + match[0].length + 12);
    if (ROLES_WITH_PREPOSITION.some((role) => around.toLowerCase().includes(role))) continue;
    spans.push({start: span.start + from, end: span.start + at});
    from = at + match[0].length;
  }
  spans.push({start: span.start + from, end: span.end});
  return spans.filter((s) => /\w/.test(premise.slice(s.start, s.end)));
}

/**
 * compromise stops a noun phrase at its possessive and drops the adverbs after it: "the town's | most popular
 * gossip podcast". A possessive phrase followed by another after only adjectives and adverbs is one phrase.
 */
function joinPossessives(premise: string, doc: ReturnType<typeof tagEnglish>, spans: Span[]): Span[] {
  const terms = (doc.terms().json({offset: true}) as {offset: {start: number}; terms: {tags: string[]}[]}[]).map(
    (t) => ({start: t.offset.start, tags: new Set(t.terms[0].tags)}),
  );
  const describing = (t: {tags: Set<string>}) =>
    t.tags.has('Adverb') || t.tags.has('Adjective') || t.tags.has('Participle') || t.tags.has('PastTense');
  const joined: Span[] = [];
  // Whether the phrase being joined still lacks its noun: "the school's | most feared | betting ring".
  let open = false;
  for (const span of spans) {
    const last = joined[joined.length - 1];
    const between = last ? terms.filter((t) => t.start >= last.end && t.start < span.start) : [];
    const possessive = last && /'s?$/.test(premise.slice(last.start, last.end).trim());
    if (
      last &&
      (possessive || open) &&
      /^[\s\w-]*$/.test(premise.slice(last.end, span.start)) &&
      between.every(describing)
    ) {
      last.end = span.end;
      open = terms.filter((t) => t.start >= span.start && t.start < span.end).every(describing);
    } else {
      joined.push({...span});
      open = false;
    }
  }
  return joined;
}

/** A word of a span with its offsets and tags. */
interface SpanWord {
  start: number;
  end: number;
  text: string;
  tags: Set<string>;
}

/** Words that open a time phrase inside a noun phrase: "her $100 | every morning". */
const TIME_OPENER = /^(every|each)$/i;
/** Possessive pronouns that open a new phrase: "the song | his late wife", "back | his daughter". */
const POSSESSIVE_OPENER = /^(her|his|my|our|their)$/i;
/** Object pronouns that stand before a phrase they do not own: "sell him | roses". */
const OBJECT_PRONOUN = /^(him|them|me|us)$/i;

/**
 * compromise runs some phrases together that are two: an object and a time ("her $100 every morning"), a thing
 * and the person in the clause after it ("the song his late wife"), a particle and the person after it ("back his
 * daughter"), a person and the "-ing" verb of the clause after them ("her husband planning"), an object pronoun and
 * the thing given ("him roses"). Each such span is cut where the second phrase starts; the "-ing" word belongs to
 * neither.
 */
function splitRunTogether(span: Span, words: SpanWord[]): Span[] {
  const inside = words.filter((w) => w.start >= span.start && w.start < span.end);
  const spans: Span[] = [];
  let from = span.start;
  inside.forEach((w, i) => {
    if (i === 0) {
      if (OBJECT_PRONOUN.test(w.text) && inside.length > 1) from = inside[1].start;
      return;
    }
    const prev = inside[i - 1];
    // A possessor's "-ing" noun is theirs: "her father's fishing boat".
    const person =
      (prev.tags.has('Actor') || !!PERSON_WORDS.get(prev.text.toLowerCase())) && !prev.tags.has('Possessive');
    // "Rival wedding planners": an "-ing" word before another noun is part of its name.
    const compound = !!inside[i + 1]?.tags.has('Noun');
    if (person && /ing$/i.test(w.text) && !w.tags.has('Possessive') && !compound) {
      spans.push({start: from, end: prev.end});
      from = inside[i + 1]?.start ?? span.end;
    } else if (TIME_OPENER.test(w.text) || (POSSESSIVE_OPENER.test(w.text) && !prev.tags.has('Determiner'))) {
      spans.push({start: from, end: prev.end});
      from = w.start;
    }
  });
  spans.push({start: from, end: span.end});
  return spans.filter((s) => s.end > s.start);
}

/** The premise's noun phrases as spans, pronouns left out. */
export function nounSpans(premise: string, doc: ReturnType<typeof tagEnglish>): Span[] {
  const nouns = doc.nouns().json({offset: true}) as {text: string; offset: {start: number; length: number}}[];
  const spans = nouns
    .filter((n) => !PRONOUN.test(n.text.trim()))
    .map((n) => ({start: n.offset.start, end: n.offset.start + n.offset.length}));
  const words: SpanWord[] = taggedWords(doc).map((w) => ({...w, tags: new Set(w.tags)}));
  return joinPossessives(premise, doc, spans)
    .flatMap((span) => splitAtPrepositions(premise, span))
    .flatMap((span) => splitRunTogether(span, words))
    .filter((span) => !PRONOUN.test(premise.slice(span.start, span.end).trim()));
}
