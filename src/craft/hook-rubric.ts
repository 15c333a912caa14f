/**
 * The hook rubric: a transparent score for a cold open, shared by every writer. Five checks, each worth a fifth:
 * specific to the premise, raises a question, a concrete noun, at most 12 words, stakes named. Every check says
 * why it passed or failed, so `script.hooks[].reasons` reads as the rubric applied.
 * Pure and browser-safe: the studio can score a hook the creator types.
 */
import nlp from 'compromise';
import type {HookVariant} from '../schema/script';
import {contentStems, stem, textWords as words} from './terms';

export const HOOK_MAX_WORDS = 12;

/** Nouns that name no thing a camera could show: a hook built on them alone is vague. */
const ABSTRACT = new Set(
  `truth secret secrets love life time thing things something everything nothing anything feeling feelings lie lies
  fate past future story way moment moments day days night world reason problem question answer idea chance luck
  mistake trouble matter fact part kind sort side end beginning plan plans news word words dream dreams heart`.split(
    /\s+/,
  ),
);

/** Words that name what can be lost or won: the stakes. English and Spanish, the offline writer's languages. */
const STAKES = new Set(
  `lose losing lost die dies dying dead death kill killed fired fire wedding married marry marriage divorce job career
  home house family child children daughter son baby mother father mom dad sister brother husband wife money
  everything never last forever tomorrow tonight ruin ruined prison jail arrest arrested heart life save win won
  gone disappear disappeared vanished missing steal stole stolen betray betrayed cheat cheating inheritance will
  fortune company business deadline eviction evicted title crown trophy final champion record funeral hospital
  perder perdido muerte morir muerto boda casarse trabajo casa familia hija hijo madre padre hermana hermano
  marido esposa dinero todo nunca mañana esta noche cárcel salvar ganar desaparecido robar traición herencia`.split(
    /\s+/,
  ),
);

const QUESTION_WORDS = /\b(who|whose|why|what|how|which|where|when|quién|por qué|qué|cómo|dónde|cuándo)\b/i;
/** Besides a question mark: an open end ("...", "until", "but") leaves the viewer asking. */
const OPEN_END = /(\.\.\.|…|\b(but|until|before|unless|yet|except|pero|hasta|antes de)\b)/i;

/** The premise's key words as stems (people, object, place, the incongruity), for the specificity check. */
function keyStems(keys: readonly string[]): Set<string> {
  const stems = new Set<string>();
  // Small words ("the", "his") would make every hook look specific: only content words count.
  for (const key of keys) for (const s of contentStems(key)) if (!ABSTRACT.has(s)) stems.add(s);
  return stems;
}

function concreteNouns(text: string, language: string, keys: Set<string>): string[] {
  // compromise reads English; in other languages a premise key word is the concrete evidence.
  const nouns = language.startsWith('en')
    ? (nlp(text).match('#Noun').not('(#Pronoun|#Determiner|#Possessive)').out('array') as string[]).flatMap(words)
    : words(text).filter((w) => keys.has(stem(w)));
  return nouns
    .map((n) => n.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter((n) => n.length >= 3 && !ABSTRACT.has(stem(n)));
}

/** Scores one cold open against the premise's key words. */
export function scoreHook(text: string, keys: readonly string[], language = 'en'): HookVariant {
  const stems = keyStems(keys);
  const tokens = words(text);
  const reasons: string[] = [];
  let passed = 0;
  // The reasons are built lazily: a passing reason quotes what passed, which a failing check does not have.
  const check = (ok: boolean, yes: () => string, no: string) => {
    if (ok) passed++;
    reasons.push(ok ? yes() : no);
  };
  const named = tokens.filter((w) => stems.has(stem(w)));
  check(
    named.length > 0,
    () =>
      `specific: names the premise's ${named
        .slice(0, 2)
        .map((w) => stem(w))
        .join(' and ')}`,
    'generic: names nothing from the premise',
  );
  check(
    text.includes('?') || QUESTION_WORDS.test(text) || OPEN_END.test(text),
    () => 'raises a question',
    'answers instead of asking',
  );
  const nouns = concreteNouns(text, language, stems);
  check(nouns.length > 0, () => `concrete: ${nouns[0]}`, 'no concrete noun');
  check(
    tokens.length <= HOOK_MAX_WORDS,
    () => `${tokens.length} words`,
    `${tokens.length} words (over ${HOOK_MAX_WORDS})`,
  );
  // Letters only, lower case: each word normalised once, for the lookup and the reason alike.
  const stakes = tokens.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')).filter((w) => STAKES.has(w));
  check(stakes.length > 0, () => `stakes: ${stakes[0]}`, 'no stakes named');
  return {text, score: Math.round((passed / 5) * 100) / 100, reasons};
}

/** Scores every distinct cold open and returns them best first; ties keep the writer's order. */
export function rankHooks(texts: readonly string[], keys: readonly string[], language = 'en'): HookVariant[] {
  const distinct = [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
  return distinct
    .map((text, order) => ({variant: scoreHook(text, keys, language), order}))
    .sort((a, b) => b.variant.score - a.variant.score || a.order - b.order)
    .map((r) => r.variant);
}
