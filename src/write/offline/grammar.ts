/**
 * Just enough English grammar to retell a premise's own sentence from another point of view:
 * "A nurse finds her own name on a chart" -> "I found my own name on a chart" / "you found your own name...".
 */
import type {Gender} from './lexicon/types';

export const PRONOUNS: Record<Gender, {they: string; them: string; their: string; theirs: string; themself: string}> = {
  f: {they: 'she', them: 'her', their: 'her', theirs: 'hers', themself: 'herself'},
  m: {they: 'he', them: 'him', their: 'his', theirs: 'his', themself: 'himself'},
};

// base -> past for the irregular verbs premises use.
const IRREGULAR: Record<string, string> = {
  be: 'was', have: 'had', do: 'did', go: 'went', get: 'got', find: 'found', see: 'saw', catch: 'caught', hear: 'heard',
  overhear: 'overheard', take: 'took', give: 'gave', lose: 'lost', steal: 'stole', fall: 'fell', become: 'became',
  come: 'came', make: 'made', know: 'knew', leave: 'left', keep: 'kept', sell: 'sold', buy: 'bought', tell: 'told',
  write: 'wrote', read: 'read', win: 'won', run: 'ran', hide: 'hid', bring: 'brought', think: 'thought', feel: 'felt',
  say: 'said', pay: 'paid', break: 'broke', forget: 'forgot', begin: 'began', swear: 'swore', send: 'sent',
  spend: 'spent', build: 'built', wake: 'woke', meet: 'met', sleep: 'slept', shoot: 'shot', bite: 'bit',
  choose: 'chose', drive: 'drove', eat: 'ate', fight: 'fought', fly: 'flew', forgive: 'forgave', hold: 'held',
  lead: 'led', lie: 'lied', put: 'put', ride: 'rode', ring: 'rang', rise: 'rose', seek: 'sought', shake: 'shook',
  sing: 'sang', sit: 'sat', speak: 'spoke', stand: 'stood', swim: 'swam', teach: 'taught', tear: 'tore',
  throw: 'threw', understand: 'understood', wear: 'wore', let: 'let', cut: 'cut', hit: 'hit', quit: 'quit',
  set: 'set', upset: 'upset', mistake: 'mistook', undertake: 'undertook', inherit: 'inherited', dig: 'dug',
  can: 'could', will: 'would', may: 'might', 'can\'t': 'couldn\'t', 'won\'t': 'wouldn\'t', cannot: 'could not',
};
const PAST_FORMS = new Set(Object.values(IRREGULAR));
// Verbs whose last consonant doubles before -ed.
const DOUBLING = new Set([
  'admit', 'commit', 'stop', 'plan', 'drop', 'grab', 'trap', 'slip', 'swap', 'rob', 'beg', 'hug', 'kidnap', 'regret',
  'permit', 'submit', 'occur', 'prefer', 'refer', 'transfer', 'step', 'shop', 'chat', 'tap', 'rip', 'sob', 'pin',
  'spot', 'ship', 'snap', 'wrap', 'nod', 'plot', 'strip', 'trip', 'tug', 'jog', 'scrub',
]);
// Words after "-s" that look like verbs but are nouns or other words; never treated as the main verb.
const NOT_VERBS = new Set(['his', 'hers', 'its', 'this', 'yes', 'always', 'sometimes', 'perhaps', 'less', 'unless', 'was', 'across', 'news', 'boss', 'ceos', 'twins', 'parents', 'years', 'days', 'weeks', 'months', 'hours']);

/** "finds" -> "find", "marries" -> "marry", "catches" -> "catch", "is" -> "be". */
export function baseOfThirdPerson(word: string): string {
  const w = word.toLowerCase();
  if (w === 'is') return 'be';
  if (w === 'has') return 'have';
  if (w === 'does') return 'do';
  if (w === 'goes') return 'go';
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ch|sh|ss|x|zz|o)es$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}

export function pastOf(base: string): string {
  if (IRREGULAR[base]) return IRREGULAR[base];
  if (DOUBLING.has(base)) return `${base}${base.slice(-1)}ed`;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

/** Whether a word right after a subject reads as its verb: "finds", "is", "found", "discovered", "can't". */
export function verbKind(word: string): 'present' | 'past' | undefined {
  const w = word.toLowerCase();
  if (NOT_VERBS.has(w) || w.length < 2) return undefined;
  if (PAST_FORMS.has(w) || /^[a-z]{2,}ed$/.test(w)) return 'past';
  if (['is', 'has', 'does', 'can', 'will', 'can\'t', 'won\'t', 'cannot', 'may'].includes(w)) return 'present';
  if (/^[a-z]+[^s'u]s$/.test(w) || /(ches|shes|sses|xes|ies)$/.test(w)) return 'present';
  return undefined;
}

/** The past of a verb as the premise wrote it (present or already past). */
export function pastOfWritten(word: string, kind: 'present' | 'past'): string {
  if (kind === 'past') return word.toLowerCase();
  const w = word.toLowerCase();
  if (['can', 'will', 'may', 'can\'t', 'won\'t', 'cannot'].includes(w)) return IRREGULAR[w];
  return pastOf(baseOfThirdPerson(w));
}

export type Person = 'first' | 'second' | 'third';

// Words after "her" that show it is an object ("tells her that"), not a possessive ("tells her secret").
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'to', 'and', 'or', 'but', 'with', 'in', 'on', 'at', 'for', 'from', 'by', 'of', 'that', 'this',
  'about', 'into', 'out', 'up', 'down', 'off', 'away', 'back', 'again', 'now', 'then', 'too', 'is', 'was', 'as',
  'if', 'when', 'while', 'after', 'before', 'because', 'so', 'he', 'she', 'they', 'it', 'his', 'her', 'their',
  'everything', 'nothing', 'something', 'anything', 'all', 'alone', 'forever', 'tonight', 'today', 'over', 'why',
]);

/** Verbs that take a person and then a thing: the "her" after them is the person. */
export const GIVING = /^(send|sends|sent|give|gives|gave|show|shows|showed|tell|tells|told|bring|brings|brought|offer|offers|offered|buy|buys|bought|hand|hands|handed|text|texts|texted|email|emails|emailed|mail|mails|mailed|leave|leaves|left|owe|owes|owed|promise|promises|promised|write|writes|wrote|pay|pays|paid)$/;

const FORMS: Record<Person, {subject: string; object: string; possessive: string; reflexive: string; owned: string}> = {
  first: {subject: 'I', object: 'me', possessive: 'my', reflexive: 'myself', owned: 'mine'},
  second: {subject: 'you', object: 'you', possessive: 'your', reflexive: 'yourself', owned: 'yours'},
  third: {subject: '', object: '', possessive: '', reflexive: '', owned: ''},
};

/**
 * Retells words about a subject of `gender` (written in the third person) from `person`'s point of view:
 * her -> my/me, herself -> myself, she is -> I am. Pronouns of the other gender refer to someone else and stay.
 */
export function retell(text: string, gender: Gender, person: Person): string {
  if (person === 'third') return text;
  const p = PRONOUNS[gender];
  const f = FORMS[person];
  const tokens = text.split(/(\s+)/);
  const wordAt = (i: number) => (tokens[i] ?? '').toLowerCase().replace(/[^a-z']/g, '');
  for (let i = 0; i < tokens.length; i += 2) {
    const raw = tokens[i];
    const match = /^([^A-Za-z']*)([A-Za-z']+)(.*)$/.exec(raw);
    if (!match) continue;
    const [, before, word, after] = match;
    const lower = word.toLowerCase();
    let out: string | undefined;
    if (lower === p.themself) out = f.reflexive;
    else if (lower === p.theirs && gender === 'f') out = f.owned;
    else if (lower === p.they) {
      out = f.subject;
      const next = wordAt(i + 2);
      const agree: Record<string, [string, string]> = {is: ['am', 'are'], was: ['was', 'were'], has: ['have', 'have'], does: ['do', 'do']};
      if (agree[next]) tokens[i + 2] = tokens[i + 2].replace(/[a-z]+/i, agree[next][person === 'first' ? 0 : 1]);
      else if (verbKind(next) === 'present') tokens[i + 2] = tokens[i + 2].replace(/[a-z]+/i, baseOfThirdPerson(next));
    } else if (lower === `${p.they}'s`) out = person === 'first' ? "I'm" : "you're";
    else if (gender === 'm' && lower === 'his') out = f.possessive;
    else if (gender === 'm' && lower === 'him') out = f.object;
    else if (gender === 'f' && lower === 'her') {
      const next = wordAt(i + 2);
      const endsClause = /[.,;:!?]/.test(after) || !next;
      // "sends her photos": after a verb that takes a person and a thing, "her" is the person.
      const giving = GIVING.test(wordAt(i - 2));
      out = endsClause || giving || FUNCTION_WORDS.has(next) ? f.object : f.possessive;
    }
    if (out === undefined) continue;
    if (word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase() && out !== 'I') out = out[0].toUpperCase() + out.slice(1);
    tokens[i] = before + out + after;
  }
  return tokens.join('');
}

/** Verbs a first-person premise may start with in their plain form ("I find", "I marry"). */
const PLAIN_VERBS = new Set([
  'discover', 'realise', 'realize', 'learn', 'notice', 'receive', 'inherit', 'marry', 'fire', 'hire', 'blackmail',
  'open', 'walk', 'return', 'agree', 'try', 'decide', 'move', 'start', 'work', 'live', 'love', 'hate', 'want', 'need',
  'pretend', 'accept', 'answer', 'ask', 'follow', 'help', 'kill', 'save', 'join', 'watch', 'use', 'visit', 'wait',
  'search', 'uncover', 'expose', 'confess', 'cheat', 'betray', 'replace', 'kiss', 'date',
  'call', 'text', 'investigate', 'remember', 'wake',
]);

/** The past of a verb that follows "I": "find" -> "found", "am" -> "was"; undefined when it does not look like a verb. */
export function pastAfterI(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w === 'am' || w === 'was') return 'was';
  if (verbKind(w) === 'past') return w;
  if (IRREGULAR[w] || PLAIN_VERBS.has(w) || DOUBLING.has(w)) return pastOf(w);
  return undefined;
}

/** A verb we know for sure (not a noun that happens to end in -s). */
export const isKnownVerb = (base: string) => base in IRREGULAR || PLAIN_VERBS.has(base) || DOUBLING.has(base);

/** "I lost my ring" said to the listener: "you lost your ring". */
export function firstToSecond(text: string): string {
  const map: Record<string, string> = {i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", am: 'are'};
  return text.replace(/\b(I'm|I've|I am|I|me|my|mine|myself)\b/gi, (word) => (word.toLowerCase() === 'i am' ? 'you are' : map[word.toLowerCase()] ?? word));
}

/** "I found my mother's letter" told about someone else: "found her mother's letter" (for narration). */
export function fromFirstPerson(text: string, gender: Gender): string {
  const p = PRONOUNS[gender];
  const map: Record<string, string> = {me: p.them, my: p.their, mine: p.theirs, myself: p.themself, "i'm": `${p.they}'s`, "i've": `${p.they}'s`, i: p.they};
  return text.replace(/\b(I'm|I've|I|me|my|mine|myself)\b/gi, (word) => map[word.toLowerCase()] ?? word).replace(/\b(she|he) am\b/g, '$1 is');
}
