/**
 * What the verbs of an English premise say about its clauses: whether the protagonist finds the odd thing or does
 * it, which clause is the thing found, and which relative clause tells what a person did before.
 */
import {tagEnglish} from './tag-en';

/** Verbs that start a deed without being it: "keeps getting orders" gets orders. */
const LEADING = String.raw`(?:(?:keeps|kept|starts|started|begins|began|continues|secretly|suddenly|finally)\s+)*`;
/**
 * Verbs of finding or perceiving. After them the odd thing is what is found ("a chart dated tomorrow"); after any
 * other verb the protagonist's deed is itself the odd thing ("secretly replaces the critic's dish with ...").
 */
const PERCEIVING = new RegExp(
  String.raw`^${LEADING}(?:finds?|finding|found|discover(?:s|ing)?|realis(?:es|ing)|realiz(?:es|ing)|notic(?:es|ing)|sees|seeing|spots?|spotting|hears?|hearing|overhears?|overhearing|learns?|learning|receiv(?:es|ing)|gets|getting|uncovers?|uncovering|unearths?|inherits?|inheriting|comes across|stumbles (?:up)?on|stumbles across|recognis(?:es|ing)|recogniz(?:es|ing)|catch(?:es|ing)|watch(?:es|ing)|reads?|reading|is (?:sent|given|handed|left))\b`,
  'i',
);

/** Whether a deed is the protagonist finding or perceiving something ("keeps getting orders to ..."). */
export function perceives(event: string | undefined): boolean {
  return !!event && PERCEIVING.test(event);
}

/**
 * Verbs after which a clause is what was found out: "realises the groom is her ex-fiancé", "overhears her husband
 * planning to leave her", also as a purpose ("returns home to find her husband remarried her identical twin").
 */
const FINDING_OUT = new RegExp(
  String.raw`(?:^${LEADING}|\bto\s+)(discover(?:s|ing)?|realis(?:es|e|ing)|realiz(?:es|e|ing)|learns?|notic(?:es|e|ing)|finds? out|find|finds|finding|sees?|recognis(?:es|e)|recogniz(?:es|e)|suspects?|overhears?|overhearing|hears?|catch(?:es|ing)?)\s+(?:that\s+)?(.+)$`,
  'i',
);
/** Verbs that take a clause of their own, whatever its subject: "realises X", "learns X", "suspects X". */
const CLAUSE_VERB = /^(?:discover|realis|realiz|learn|notic|finds? out|recognis|recogniz|suspect)/i;

/**
 * The clause a premise says was found out, when it has its own verb: "the groom is her ex-fiancé". After verbs
 * that also take a thing ("finds", "sees", "hears", "catches") the clause must open on a person with their verb
 * ("her husband planning to leave her"); "finds a chart dated tomorrow" finds a thing. `opensOnPerson` says
 * whether a text opens on a person phrase followed by a verb.
 */
export function foundClause(event: string | undefined, opensOnPerson: (text: string) => boolean): string | undefined {
  const found = event?.match(FINDING_OUT);
  if (!found) return undefined;
  const [, verb, clause] = found;
  // "poses as a janitor to find out which employee stole ...": a purpose, and a question, is no thing found.
  if (/^to\s+find\s+out/i.test(found[0]) || /^(which|who|what|whether|if|why|how|where|when)\b/i.test(clause))
    return undefined;
  if (!tagEnglish(clause).has('#Verb')) return undefined;
  return CLAUSE_VERB.test(verb) || opensOnPerson(clause) ? clause : undefined;
}

/** Verbs of telling: the "that" clause after their person is what is told, not a clause about the person. */
export const TELLING =
  /^(?:(?:secretly|finally)\s+)?(?:tells?|told|warns?|convinces?|promises?|assures?|reminds?|informs?|persuades?|bets?|teaches|shows?|swears?)\b/i;

/**
 * What a relative clause says a person did before, when its first verb is in the past: "once saved his life" of
 * "the tenant who once saved his life", "left her for her sister". A clause in the present ("who owns the
 * restaurant") tells who they are now, not their history.
 */
export function pastDeed(clause: string | undefined): string | undefined {
  const body = clause?.match(/^(?:who|that)\s+(.+)$/i)?.[1];
  if (!body) return undefined;
  const verbs = tagEnglish(body).verbs();
  if (verbs.length === 0) return undefined;
  const first = verbs.eq(0);
  return first.has('#PastTense') && !first.has('(#Copula|#Auxiliary)') ? body.trim() : undefined;
}
