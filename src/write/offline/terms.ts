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
  if (spanish) return /a$|ión$|dad$/.test(noun) ? `la ${noun}` : `el ${noun}`;
  return `the ${noun}`;
}

function pastTense(text: string): string {
  const doc = nlp(text);
  doc.verbs().toPastTense();
  return doc.text();
}

export function termsFor(situation: Situation, cast: Member[], spanish: boolean): Terms {
  const [P, O, A] = cast;
  const D = cast[3];
  const objNoun = situation.object ?? (spanish ? 'asunto' : 'thing');
  const placeNoun = situation.place ?? '';
  const raw = (situation.incongruity ?? situation.event ?? (spanish ? 'esto' : 'this')).replace(/^(a|an|the|un|una)\s+/i, (a) => (spanish ? a : 'the '));
  const isEvent = !spanish && nlp(raw).terms().first().has('#Verb');
  const mine = spanish ? raw.replace(/\bsu\b/g, 'mi').replace(/\bsus\b/g, 'mis') : raw.replace(POSSESSIVE_OF_P, 'my');
  const yours = spanish ? raw.replace(/\bsu\b/g, 'tu').replace(/\bsus\b/g, 'tus') : raw.replace(POSSESSIVE_OF_P, 'your');
  const told = raw;
  const deedMine = isEvent ? `I ${pastTense(mine)}` : mine;
  const oRole = O.role || O.relation || O.name;
  const oMine = O.relation && !spanish && !/\bof the\b/.test(O.relation) ? `my ${O.relation}` : O.role ? article(O.role, spanish) : O.name;
  return {
    spanish, P, O, A, D, obj: article(objNoun, spanish), objNoun, place: placeNoun ? article(placeNoun, spanish) : '', placeNoun,
    incMine: mine, incYours: yours, incTold: told, isEvent, deedMine, pRole: P.role || P.name, oRole, oMine,
  };
}
