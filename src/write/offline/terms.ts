/**
 * The words a story is made of, taken from its situation: the cast's names, the object and place nouns, and the
 * odd thing told from each point of view ("my daughter's name" for the protagonist, "your daughter's name" to her,
 * "her daughter's name" in narration). Every line of the story is built from these.
 */
import nlp from 'compromise';
import type {Situation} from '../../premise';
import type {Member} from './cast';

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
}

const POSSESSIVE_OF_P = /\b(her|his|their)\b/g;

function article(noun: string, spanish: boolean): string {
  if (spanish)
    return /a$|ión$|dad$|clase$|noche$|llave$|calle$|carne$|leche$|muerte$|gente$/.test(noun)
      ? `la ${noun}`
      : `el ${noun}`;
  return `the ${noun}`;
}

/** compromise reads a bare predicate better with a subject: "he asks the maid..." -> "he asked the maid...". */
function pastTense(text: string): string {
  const doc = nlp(`he ${text}`);
  doc.verbs().toPastTense();
  return doc.text().replace(/^he /, '');
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

export function termsFor(situation: Situation, cast: Member[], spanish: boolean): Terms {
  const [P, O, A] = cast;
  const D = cast[3];
  // Without an object the story holds the prop of its event or place (a wedding's ring), else a phone.
  const fallback = PROPS.find(([pattern]) => pattern.test(`${situation.place ?? ''} ${situation.incongruity ?? ''}`));
  const objNoun = situation.object ?? (fallback ? fallback[spanish ? 2 : 1] : spanish ? 'móvil' : 'phone');
  const placeNoun = situation.place ?? '';
  let raw = gendered(
    situation.incongruity ?? situation.event ?? (spanish ? 'esto' : 'this'),
    situation.firstPerson && !spanish ? P.gender : undefined,
  ).replace(/^(a|an|the|un|una)\s+/i, (a) => (spanish ? a : 'the '));
  const first = nlp(raw).terms().first();
  const isEvent = !spanish && (situation.incongruity === situation.event || first.has('#Verb'));
  // "dog that keeps stealing shoes" -> "a dog that keeps stealing shoes": a bare noun phrase takes an article.
  if (!spanish && !isEvent && first.has('#Noun') && !first.has('(#Determiner|#Possessive|#Pronoun|#ProperNoun)'))
    raw = `a ${raw}`;
  // "the woman he likes" in the protagonist's mouth is "the woman I like".
  const pronoun = P.gender === 'f' ? 'she' : 'he';
  const mine = spanish
    ? raw.replace(/\bsu\b/g, 'mi').replace(/\bsus\b/g, 'mis')
    : raw
        .replace(POSSESSIVE_OF_P, 'my')
        .replace(
          new RegExp(`\\b${pronoun} (is|was|has)\\b`, 'g'),
          (_, verb: string) => ({is: 'I am', was: 'I was', has: 'I have'})[verb as 'is' | 'was' | 'has'],
        )
        .replace(new RegExp(`\\b${pronoun} (\\w+?)s\\b`, 'g'), 'I $1')
        .replace(/\bI (\w+)ie\b/g, 'I $1y');
  const yours = spanish
    ? raw.replace(/\bsu\b/g, 'tu').replace(/\bsus\b/g, 'tus')
    : raw.replace(POSSESSIVE_OF_P, 'your');
  const told = raw;
  const deedMine = isEvent ? `I ${pastTense(mine)}` : mine;
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
  return {
    spanish,
    P,
    O,
    A,
    D,
    obj: article(objNoun, spanish),
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
