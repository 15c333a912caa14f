/**
 * The words a story is made of, taken from its situation: the cast's names, the object and place nouns, and the
 * odd thing told from each point of view ("my daughter's name" for the protagonist, "your daughter's name" to her,
 * "her daughter's name" in narration). Every line of the story is built from these.
 */
import nlp from 'compromise';
import type {Situation} from '../../premise';
import type {Member} from './cast';
import {objectKind, type ObjectKind} from './object-kind';
import {workplaceOf} from './workplace';
import {PLACE_WORDS} from '../../premise/lexicon';
import {escapeRegExp} from '../../schema/text';

export interface Terms {
  spanish: boolean;
  P: Member;
  O: Member;
  A: Member;
  D?: Member;
  /** "the passenger list"; "it" when the premise has no object. */
  obj: string;
  objNoun: string;
  /** Something a hand can hold: the object, or for an event ("rap battle") its prop ("mic"). */
  thing: string;
  thingNoun: string;
  /** "on the stage", "at the bakery", "in the kitchen"; empty without a place. */
  atPlace: string;
  /** What the protagonist does, without its subject, as an infinitive: "enter her grandson's rap battle". */
  deedBare: string;
  /** "the ferry". */
  place: string;
  placeNoun: string;
  /** The odd thing in three voices, each at most about seven words per piece. */
  incMine: string;
  incYours: string;
  incTold: string;
  /** The odd thing is something the protagonist does ("enters her grandson's rap battle"), not something found. */
  isEvent: boolean;
  /** What the protagonist does, as she says it: "I entered my grandson's rap battle". */
  deedMine: string;
  /** The protagonist's role as the premise says it, or her name. */
  pRole: string;
  oRole: string;
  /** O's relation to P, in P's words ("my daughter") or the role ("the maid of honour"). */
  oMine: string;
  /** What a line can do with the object (read a letter, feed a parrot), and whether it is the premise's own. */
  kind: ObjectKind;
  real: boolean;
  /** The object is plural: "the notes are", "them". */
  plural: boolean;
  /** Someone the premise names who is gone (dead, missing, late): present only through what they left. */
  absent?: {role: string; gender: 'f' | 'm'};
  /** The deed a "who ..." clause asks about: "ate the last slice of birthday cake". */
  who?: string;
  /** O is the protagonist's like (the other roommate, the rival baker): the two are set against each other. */
  rivals: boolean;
  /**
   * Who does the premise's deed: the protagonist ("leaves notes", "opens a food stall"), or it happens to them
   * ("is mistaken for", "hears a heartbeat", "finds a diary"): a twist never takes a deed away from its doer.
   */
  doer: 'P' | 'other';
  /** The verb of perceiving or receiving, as an infinitive, when the odd thing reaches the protagonist: "hear". */
  perceive?: string;
  /** What reaches the protagonist after their own deed: "mails a letter and gets a reply" -> "reply". */
  reply?: string;
  /**
   * The premise makes the object the protagonist's own work or property ("her designs", "mails a letter"): no
   * twist gives it to anyone else.
   */
  ownObject: boolean;
  /** The premise pits people against each other in something that can be won or thrown. */
  contest: boolean;
  /**
   * What O did before, as the premise says it ("stood her up ten years ago"), split into the deed in the
   * protagonist's words ("stood me up"), in others' words to her ("stood you up"), as an infinitive after "didn't"
   * ("stand you up"), and its time ("ten years ago").
   */
  history?: {deedMine: string; deedYours: string; deedBare: string; when?: string; owed?: boolean};
  /**
   * The premise reveals who someone really is ("the groom is her ex-fiancé", "her new patient is her childhood best
   * friend"): O's role in the scene and what O is to the protagonist.
   */
  identity?: {role: string; is: string};
  /**
   * The protagonist hides who they are ("disguises himself as a janitor to find out who stole from him", "returns as
   * the new owner of her ex-husband's company", "is secretly the heiress"): what others see, the truth (said to O's
   * face), and what the guise is for.
   */
  guise?: {seen: string; truth: string; disguised: boolean; purpose?: string};
  /**
   * The protagonist sees or hears someone of the premise doing something ("notices a doctor switching medication
   * labels", "catches her husband kissing her sister"): what O does, as the protagonist says it ("switching
   * medication labels", "kissing my sister").
   */
  witnessed?: {act: string; actTold: string; mineTold: string};
  /**
   * The protagonist's deed has an aim ("enters a breakdancing contest to impress his new neighbour"): the deed
   * without it in the first person past ("entered a breakdancing contest") and as an infinitive ("enter a
   * breakdancing contest"), the aim in the protagonist's words ("to impress my new neighbour"), and, when the aim
   * names O, the aim said to O's face ("to impress you").
   */
  purpose?: {done: string; doBare: string; aim: string; aimAtYou?: string};
  /** The premise says its deed is done in secret ("secretly", "fakes", "in disguise"): it can be found out. */
  secret: boolean;
  /** What makes the object odd, after its noun, as said to the protagonist: "with your own name engraved on it". */
  detail?: string;
  /** The premise's subject is plural: the protagonist and O did the deed together ("we entered"). */
  together: boolean;
  /** The odd thing said to the protagonist as a noun phrase: "being mistaken for the new CEO on your first delivery". */
  gerundYours: string;
}

const PERCEIVING =
  /^(hears?|overhears?|catch(?:es)?|sees?|watch(?:es)?|finds?|discovers?|realises?|realizes?|recognises?|recognizes?|notices?|receives?|gets?|takes?|keeps receiving|learns?(?!\s+to\b)|spots?)\b/i;

/** Verbs of catching someone in the act: what follows them is what that person is doing. */
const WITNESSING =
  /\b((?:notices?|sees?|saw|watch(?:es)?|overhears?|hears?|catch(?:es)?|spots?|films?|witness(?:es)?)\s+(.+))$/i;

/** What O is seen doing in the premise, in the protagonist's words; undefined when no one is caught in the act. */
function witnessedOf(situation: Situation, O: Member, keep: string[]): Terms['witnessed'] {
  if (!O.fromPremise || !O.role) return undefined;
  const [, told, seen] = situation.premise.match(WITNESSING) ?? [];
  const role = escapeRegExp(O.role);
  // "a doctor switching medication labels", "her husband planning to leave her": the person, then a gerund.
  const act = seen?.match(
    new RegExp(`^(?:(?:an?|the|her|his|their|my)\\s+)?(?:[\\w-]+\\s+)?${role}\\s+(\\w+ing\\b.*?)[.!?]?$`, 'i'),
  )?.[1];
  if (!act) return undefined;
  const mine = (text: string) => ofProtagonist(text.replace(/[.!?]$/, ''), 'my', 'me');
  return {act: mine(act), actTold: act.replace(/[.!?]$/, ''), mineTold: `I ${pastTense(mine(told), keep, true)}`};
}

/** Words that make a deed a secret one. */
const SECRET_DEED =
  /\b(secret(ly)?|in secret|pretend\w*|fak\w+|disguis\w+|hid\w*|sneak\w*|anonymous(ly)?|undercover|behind (her|his|their) back|without telling|posing|poses)\b/i;

/** Verbs whose "to" is part of the deed, not its aim. */
const TAKES_TO =
  /^(learn|try|decide|want|agree|ha[sv]e?|had|need|start|begin|began|refuse|pretend|hire|pay|paid|force|ask|go|going|plan|promise|offer|manage|vow|swear|swore|dare|hope|expect|choose|chose|seem|used)(s|es|ed|d|ing)?$/i;

/**
 * A predicate split at the first "to" that starts an aim, not one a verb takes ("learns to box", "is forced to
 * share"): "entered a breakdancing contest to impress my new neighbour" -> the deed and "to impress my new
 * neighbour"; undefined when it has no aim.
 */
function splitAim(text: string): [deed: string, aim: string] | undefined {
  const words = text.split(/\s+/);
  const at = words.findIndex(
    (w, i) =>
      i >= 2 &&
      /^to$/i.test(w) &&
      !TAKES_TO.test(words[i - 1]) &&
      // "to his late wife" is where, not why: an aim's "to" is followed by a verb.
      !/^(be|a|an|the|his|her|their|my|your|our|its|this|that|these|those|him|them|me|us|you|school|work|bed|town|\d+|[A-Z]\w*)$/.test(
        words[i + 1] ?? 'be',
      ),
  );
  return at < 0 ? undefined : [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

/** "entered a breakdancing contest to impress my new neighbour": the deed and the aim it is done for. */
function purposeOf(deedMine: string, bare: string, O: Member): Terms['purpose'] {
  const mine = splitAim(deedMine.replace(/^(I|We)\s+/, ''));
  const inf = splitAim(bare);
  if (!mine || !inf) return undefined;
  const role = O.fromPremise && O.role ? escapeRegExp(O.role) : undefined;
  const at = role ? new RegExp(`\\b(?:my|his|her|their|the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?${role}\\b`, 'i') : undefined;
  // "to get revenge" in a premise with O in it is aimed at O.
  const revenge = O.fromPremise && /\b(revenge|get even)$/i.test(mine[1]) ? `${mine[1]} on you` : undefined;
  return {
    done: mine[0],
    doBare: inf[0],
    aim: mine[1],
    ...(revenge && {aimAtYou: revenge}),
    // "to win back his ex-girlfriend" said to her is "to win you back"; "for her grandmother's hearing aid" is
    // about her thing, not her: no aim at her.
    ...(at &&
      at.test(mine[1]) &&
      !new RegExp(`${at.source}'s\\b`, 'i').test(mine[1]) && {
        aimAtYou: mine[1].replace(at, 'you').replace(/\b(back|over|up|out|down|off|away) you\b/, 'you $1'),
      }),
  };
}

/** Whether the protagonist does the premise's deed or it reaches them; the perceiving verb when it reaches them. */
function doerOf(situation: Situation, isEvent: boolean): {doer: 'P' | 'other'; perceive?: string; reply?: string} {
  const event = (situation.event ?? '').trim();
  // Their own deed first, then something reaches them: the reply is what someone else did.
  const reached = event.match(/\band (?:then )?(gets?|receives?)\s+(?:an?|the|some)\s+([a-z-]+)/i);
  if (reached && !PERCEIVING.test(event))
    return {doer: 'other', perceive: reached[1].replace(/s$/, '').toLowerCase(), reply: reached[2].toLowerCase()};
  // "writes letters to his late wife and someone writes back": a reply reaches them.
  if (/\band (?:then )?(?:someone|somebody|a stranger|she|he) (?:writes|texts|answers|replies) back\b/i.test(event))
    return {doer: 'other', perceive: 'get', reply: 'reply'};
  const verb = event.match(PERCEIVING)?.[1];
  // "takes salsa lessons to impress her landlord": a deed done for an aim is the protagonist's own.
  const aimed = /^(takes?|gets?)\b/i.test(verb ?? '') && splitAim(event) !== undefined;
  if (verb && !aimed) {
    const base = verb
      .replace(/^keeps receiving$/i, 'receive')
      .replace(/(?<!s)s$/, '')
      .replace(/ie$/, 'y');
    return {doer: 'other', perceive: base.toLowerCase()};
  }
  // "My mother-in-law moves in": in a first-person premise the subject may be someone else.
  const someoneElse = situation.firstPerson && !/^\s*I\b/.test(situation.premise);
  if (!isEvent || /^(is|are|was|were|gets|got)\s/.test(event) || someoneElse) return {doer: 'other'};
  return {doer: 'P'};
}

/** "mistake" -> "mistaking", "run" -> "running", "sign" -> "signing", "be" -> "being". */
function ing(verb: string): string {
  if (/^(is|are|am|was|were|be)$/.test(verb)) return 'being';
  if (/^(has|have|had)$/.test(verb)) return 'having';
  const base = (nlp(`he ${verb}`).verbs().toInfinitive().text().replace(/^he /, '') || verb).split(' ')[0];
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(base) && base !== 'be') return `${base.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** A predicate as a gerund phrase: "signs up for speed dating" -> "signing up for speed dating". */
export function gerund(predicate: string): string {
  const [first, ...rest] = predicate.split(' ');
  return [ing(first), ...rest].join(' ');
}

const POSSESSIVE_OF_P = /\b(her|his|their)\b/g;
/** Words after which "her" is an object, not a possessive: "stood her up", "gave her a ring", "told her that". */
const AFTER_OBJECT =
  /^\s*(?:$|[,.;!?]|(?:up|down|out|off|away|back|over|in|on|to|for|at|with|about|and|a|an|the|that|again|twice|once|last|yesterday|today|tonight|years?|months?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|like|as|\$?\d+)\b(?!-))/;

/** The premise's "her"/"his" of the protagonist in another person's words: "my" or "me", "your" or "you". */
export function ofProtagonist(text: string, possessive: string, object: string): string {
  const self = {me: 'myself', you: 'yourself', us: 'ourselves', them: 'themselves'}[object] ?? `${object}self`;
  return text.replace(/\b(herself|himself)\b/g, self).replace(POSSESSIVE_OF_P, (word, _w: string, at: number) =>
    word === 'her' && AFTER_OBJECT.test(text.slice(at + word.length))
      ? object
      : // "their anniversary" in a premise about her is the couple's: "our anniversary" in her mouth.
        word === 'their' && possessive === 'my'
        ? 'our'
        : possessive,
  );
}

/** "the noun"; in Spanish the article agrees with the gender and number the premise's own article gave it. */
function article(noun: string, spanish: boolean, form?: {gender?: 'f' | 'm'; plural?: boolean}): string {
  if (!spanish) return `the ${noun}`;
  const feminine = form?.gender
    ? form.gender === 'f'
    : /as?$|ión$|iones$|dad(es)?$|clase$|noche$|llave$|calle$|carne$|leche$|muerte$|gente$/.test(noun) &&
      !/^(día|mapa|problema|sistema|tema|planeta|sofá)s?$/.test(noun);
  const plural = form?.plural ?? /[^aeiou]es$|[aeiou]s$/.test(noun);
  return `${plural ? (feminine ? 'las' : 'los') : feminine ? 'la' : 'el'} ${noun}`;
}

/** compromise reads a bare predicate better with a subject: "he asks the maid..." -> "he asked the maid...". */
function pastTense(text: string, keep: string[] = [], firstOnly = false): string {
  // compromise hears "town's" as "town is", and the "honour" of "maid of honour" as a verb: possessives and the
  // premise's people of several words are hidden from it and put back after.
  const kept = keep.filter((k) => k.includes(' ') && text.includes(k));
  const hidden = kept.reduce((x, k, i) => x.split(k).join(`Xkept${i}`), text);
  // The first verb of each clause the premise joins ("objects at the wedding, then reveals ..."), never a word
  // compromise only guesses is a verb ("raised him like a son"); only the very first when the rest is what was
  // seen ("watches the director swapping a painting").
  const clauses = firstOnly ? [hidden] : hidden.split(/(\s*,?\s+(?:and then|then|and|but)\s+)/);
  const past = clauses.map((clause, i) => {
    if (i % 2 === 1) return clause;
    const doc = nlp(`he ${clause.replace(/(\w)'s\b/g, '$1Xposs')}`);
    const verbs = doc.verbs();
    (verbs.eq(0) as typeof verbs).toPastTense();
    return doc.text().replace(/^he /, '');
  });
  return (
    kept
      .reduce((x, k, i) => x.split(`Xkept${i}`).join(k), past.join(''))
      .replace(/Xposs\b/g, "'s")
      // compromise knows "heard" but not "overheard".
      .replace(/\b(over|)heared\b/g, '$1heard')
  );
}

function infinitive(text: string): string {
  // A passive keeps its auxiliary: "is hired to cheer up" -> "be hired to cheer up".
  if (/^(is|are|was|were|gets|got)\s/.test(text)) return text.replace(/^\S+/, 'be');
  const doc = nlp(`he ${text}`);
  const verbs = doc.verbs();
  (verbs.eq(0) as typeof verbs).toInfinitive();
  return doc.text().replace(/^he /, '');
}

/** Events are not held: a battle is fought with a mic, a wedding has its ring. */
const PROPS: [RegExp, string, string][] = [
  [/bak(e|ing|er)|cake|pie|cook/, 'cake', 'pastel'],
  [/battle|show|concert|karaoke|contest|talent|gig|open mic/, 'mic', 'micrófono'],
  [/wedding|proposal|engagement|boda/, 'ring', 'anillo'],
  [/date|cita/, 'phone', 'móvil'],
  [/party|birthday|fiesta|cumpleaños/, 'cake', 'pastel'],
  [/race|carrera/, 'medal', 'medalla'],
  [/game|match|partido/, 'ball', 'pelota'],
  [/war|feud|fight|guerra/, 'flyer', 'cartel'],
  [/meeting|board|merger|promotion|reunión/, 'folder', 'carpeta'],
  [/trip|journey|flight|viaje/, 'ticket', 'billete'],
  [/exam|test|examen/, 'answer sheet', 'examen'],
];
const ON =
  /^(stage|ferry|ship|boat|corner|roof|rooftop|train|bus|street|platform|bridge|island|pier|dock|escenario|barco)$/;
const IN =
  /^(kitchen|car|office|hospital|ward|classroom|courtroom|attic|basement|bedroom|library|garden|park|woods|forest|cocina|coche|oficina)$/;

/**
 * A first-person premise told of a protagonist whose gender the premise did not say: the parser's neutral
 * "they was delivering ... their own passport" becomes "she was delivering ... her own passport".
 */
function gendered(text: string, gender: 'f' | 'm' | undefined): string {
  if (!gender) return text;
  const f = gender === 'f';
  return text
    .replace(/\bthey (was|is|has)\b/g, (_, v: string) => `${f ? 'she' : 'he'} ${v}`)
    .replace(/\btheirs\b/g, f ? 'hers' : 'his')
    .replace(/\btheir\b/g, f ? 'her' : 'his')
    .replace(/\bthemself\b/g, f ? 'herself' : 'himself')
    .replace(/\bthem\b/g, f ? 'her' : 'him');
}

/**
 * Whether the premise makes its object the protagonist's own: "her designs", "my letter" (never "her daughter's
 * letter"), or their own deed done to it ("mails a letter"). A twist never hands it to someone else.
 */
function ownsObject(situation: Situation, gender: 'f' | 'm'): boolean {
  if (!situation.object) return false;
  const noun = escapeRegExp(situation.object);
  const own = gender === 'f' ? 'her' : 'his';
  const possessed = new RegExp(`\\b(${own}|their|my|su|sus|mi|mis)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`, 'iu');
  const event = (situation.event ?? '').trim();
  const handled = new RegExp(`^[a-z]+\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`, 'iu');
  return possessed.test(situation.premise) || (!PERCEIVING.test(event) && handled.test(event));
}

/** A hidden identity in the premise's odd thing, with the truth as the protagonist says it to O. */
function guiseOf(told: string, P: Member, O: Member): Terms['guise'] {
  const mine = (text: string) =>
    ofProtagonist(
      O.role ? text.replace(new RegExp(`\\b(?:her|his|their) ${O.role}'s\\b`, 'i'), 'your') : text,
      'my',
      'me',
    ).replace(/\b(him|her)$/, 'me');
  const disguise = told.match(
    /\b(?:disguises? (?:himself|herself|themselves) as|pretends? to be|poses? as|goes undercover as|takes a job as)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+to\s+(.+))?$/i,
  );
  if (disguise)
    // "a dishwasher in her rival's kitchen" is seen as a dishwasher.
    return {
      seen: disguise[1].split(/\s+(?:in|at|on|for|with|from)\s+/)[0],
      truth: P.role || P.name,
      disguised: true,
      purpose: disguise[2] && mine(disguise[2]),
    };
  const shown = told.match(
    /\b(?:returns? as|is secretly|is really|is actually|turns out to be)\s+(?:an?\s+|the\s+)?(.+)$/i,
  );
  if (shown && P.role) return {seen: P.role, truth: `the ${mine(shown[1])}`, disguised: false};
  return undefined;
}

/** "stood her up ten years ago" as its deed in three forms, with its time split off. */
/** A past kindness ("saved his life", "raised her", "paid for his school"): a debt, not a wound. */
const KINDNESS =
  /^(saved|rescued|helped|raised|adopted|taught|fed|sheltered|protected|paid for|gave|lent|nursed|hid|took in|pulled)\b/i;

function historyOf(told: string, gender: 'f' | 'm'): NonNullable<Terms['history']> {
  const when = told.match(
    /\s((?:\w+|a|an|\d+)\s+(?:years?|months?|weeks?|days?)\s+ago|last\s+\w+|in\s+\d{4}|once|years\s+ago)$/i,
  )?.[1];
  // "once saved his life": a time at the front is a time too.
  const front = when ? undefined : told.match(/^(once|years ago|long ago)\s+/i)?.[1];
  const deed = when ? told.slice(0, told.length - when.length - 1) : front ? told.slice(front.length + 1) : told;
  const own = gendered(deed, gender);
  // A history is told of the protagonist: his "him" is "me" in his mouth ("taught him to fish").
  const him = (text: string, me: string) => (gender === 'm' ? text.replace(/\bhim\b/g, me) : text);
  const deedYours = him(ofProtagonist(own, 'your', 'you'), 'you');
  return {
    deedMine: him(ofProtagonist(own, 'my', 'me'), 'me'),
    deedYours,
    deedBare: infinitive(deedYours),
    ...((when ?? front) && {when: when ?? front}),
    ...(KINDNESS.test(deed) && {owed: true}),
  };
}

export function termsFor(situation: Situation, cast: Member[], spanish: boolean): Terms {
  const [P, O, A] = cast;
  const D = cast[3];
  // Without an object the story holds the prop of its event or place (a wedding's ring), else a phone.
  const fallback = PROPS.find(([pattern]) => pattern.test(`${situation.place ?? ''} ${situation.incongruity ?? ''}`));
  // A person is never the object ("the security guard watches himself" has none), and a quantifier is no part of
  // one: "all her bread" is the bread.
  const people = [
    ...[situation.protagonist, ...situation.others].map((p) => p.role.toLowerCase()).filter(Boolean),
    // Said as one word, never conjugated or cut: "maid of honour".
    ...(situation.premise.match(/\b[a-z]+ of honou?r\b/gi) ?? []),
  ];
  const named = situation.object?.replace(/^(all|every|each|some|both|most|many|an?|the)\s+/i, '');
  // "pretends to be a dishwasher": the guise is the protagonist's, never the object.
  const guise = spanish
    ? undefined
    : (guiseOf(situation.event ?? '', P, O) ?? guiseOf(situation.incongruity ?? '', P, O));
  const theObject =
    named && !people.includes(named.toLowerCase()) && named.toLowerCase() !== guise?.seen.toLowerCase()
      ? named
      : undefined;
  const objNoun = theObject ?? (fallback ? fallback[spanish ? 2 : 1] : spanish ? 'móvil' : 'phone');
  // No place in the premise: the protagonist's work puts the story somewhere (a pilot's in the airport).
  const placeNoun = situation.place ?? (spanish ? '' : (workplaceOf(P.role, PLACE_WORDS) ?? ''));
  // "learns to box to win back his ex": an odd thing that is only the deed's infinitive is the deed.
  const odd = /^to\s/i.test(situation.incongruity ?? '') ? situation.event : situation.incongruity;
  let raw = gendered(
    odd ?? situation.event ?? (spanish ? 'esto' : 'this'),
    situation.firstPerson && !spanish ? P.gender : undefined,
  ).replace(/^(a|an|the|un|una)\s+/i, (a) => (spanish ? a : 'the '));
  const first = nlp(raw).terms().first();
  const isEvent = !spanish && (situation.incongruity === situation.event || first.has('#Verb'));
  // "dog that keeps stealing shoes" -> "a dog that keeps stealing shoes": a bare noun phrase takes an article.
  if (!spanish && !isEvent && first.has('#Noun') && !first.has('(#Determiner|#Possessive|#Pronoun|#ProperNoun)'))
    raw = situation.objectPlural ? raw : `a ${raw}`;
  // "the woman he likes" in the protagonist's mouth is "the woman I like".
  const pronoun = P.gender === 'f' ? 'she' : 'he';
  // "Two sisters enter ...": the protagonist tells it as "we".
  const together = !spanish && !!situation.together;
  const mine = spanish
    ? raw.replace(/\bsu\b/g, 'mi').replace(/\bsus\b/g, 'mis')
    : ofProtagonist(raw, together ? 'our' : 'my', together ? 'us' : 'me')
        // A man's premise says "him" of him: "the cleaner who once raised him" is "raised me" in his mouth.
        .replace(/\bhim\b/g, P.gender === 'm' && !together ? 'me' : 'him')
        .replace(
          new RegExp(`\\b${pronoun} (is|was|has)\\b`, 'g'),
          (_, verb: string) => ({is: 'I am', was: 'I was', has: 'I have'})[verb as 'is' | 'was' | 'has'],
        )
        .replace(new RegExp(`\\b${pronoun} (\\w+?)s\\b`, 'g'), 'I $1')
        .replace(/\bI (\w+)ie\b/g, 'I $1y')
        .replace(/\bI\b/g, together ? 'we' : 'I');
  const yours = spanish ? raw.replace(/\bsu\b/g, 'tu').replace(/\bsus\b/g, 'tus') : ofProtagonist(raw, 'your', 'you');
  const told = raw;
  const deedMine = isEvent ? `${together ? 'We' : 'I'} ${pastTense(mine, named ? [...people, named] : people)}` : mine;
  const bare = isEvent ? infinitive(raw) : raw;
  const prop = PROPS.find(([pattern]) => pattern.test(objNoun));
  const thingNoun = prop ? prop[spanish ? 2 : 1] : objNoun;
  const prep = spanish ? 'en' : ON.test(placeNoun) ? 'on' : IN.test(placeNoun) ? 'in' : 'at';
  const oRole = O.role || O.relation || O.name;
  const oMine =
    O.relation && !spanish && !/\bof the\b/.test(O.relation)
      ? `my ${O.relation}`
      : O.role
        ? article(O.role, spanish)
        : O.name;
  const absentPerson = situation.others.find((o) => o.absent);
  const past = situation.others.find((o) => o.history && (o.role === O.role || o.name === O.name))?.history;
  const detail = theObject ? yours.match(new RegExp(`\\b${escapeRegExp(theObject)}\\s+(.+)$`, 'i'))?.[1] : undefined;
  const who = situation.premise.match(
    /\bwho\s+((?:ate|took|stole|broke|ruined|wrote|sent|left|started|did|made|cancelled|told|leaked|posted|lost|won)\b[^,.;!?]*)/i,
  )?.[1];
  const ownObject = ownsObject(situation, P.gender);
  const rivalsInPremise = O.fromPremise && !!P.role && O.role.replace(/^rival /, '') === P.role;
  return {
    spanish,
    kind: objectKind(objNoun),
    real: theObject !== undefined,
    plural: situation.objectPlural ?? (spanish ? /s$/.test(objNoun) : false),
    ...(absentPerson && {
      absent: {role: absentPerson.relation?.kind ?? absentPerson.role, gender: absentPerson.gender ?? 'f'},
    }),
    ...(who && {who}),
    rivals: rivalsInPremise,
    together,
    ...(guise && {guise}),
    ...(!spanish &&
      O.fromPremise &&
      O.relation &&
      O.role &&
      O.relation !== O.role &&
      !past &&
      /\b(is|was|turns out to be)\b/.test(situation.incongruity ?? '') && {identity: {role: O.role, is: O.relation}}),
    ...(detail && !spanish && {detail}),
    ...(!spanish && !guise && !past && {witnessed: witnessedOf(situation, O, people)}),
    ...(past && !spanish && {history: historyOf(past, P.gender)}),
    ...doerOf(situation, isEvent),
    secret: SECRET_DEED.test(situation.premise),
    ...(!spanish && isEvent && !guise && {purpose: purposeOf(deedMine, bare, O)}),
    ownObject,
    contest:
      /\b(rivals?|compet\w*|contests?|battles?|versus|match|race|bake-?off|finals?|tournament|concurso|carrera|batalla)\b/i.test(
        situation.premise,
      ),
    gerundYours: isEvent && !spanish ? gerund(yours.replace(/\b(she|he) /g, '')) : yours,
    P,
    O,
    A,
    D,
    obj: article(
      objNoun,
      spanish,
      theObject ? {gender: situation.objectGender, plural: situation.objectPlural} : undefined,
    ),
    objNoun,
    place: placeNoun ? article(placeNoun, spanish) : '',
    placeNoun,
    thing: article(thingNoun, spanish),
    thingNoun,
    atPlace: placeNoun ? `${prep} ${article(placeNoun, spanish)}` : '',
    deedBare: bare,
    incMine: mine,
    incYours: yours,
    incTold: told,
    isEvent,
    deedMine,
    pRole: P.role || P.name,
    oRole,
    oMine,
  };
}
