/**
 * The premise's own sentence, kept so the story can retell it in lines. When the protagonist acts
 * ("A nurse finds her own name on a patient's chart") it becomes "I found my own name..." in her mouth and
 * "you found your own name..." in someone else's. When the counterpart acts ("My sister stole my husband")
 * it becomes "you stole my husband" (said to her) and "I stole your husband" (said by her).
 */
import {baseOfThirdPerson, firstToSecond, fromFirstPerson, GIVING, isKnownVerb, pastAfterI, pastOfWritten, retell, verbKind, type Person} from './grammar';
import type {Gender} from './lexicon/types';

export interface Predicate {
  /** Words before the subject that set the scene, with their comma: "On her wedding day,". */
  lead: string;
  /** The counterpart as the premise names them: "My sister", "Her husband". */
  subjectText?: string;
  verbPast: string;
  /** The clause after the verb, as written. */
  rest: string;
  /** How the premise refers to the protagonist: "I/my" (first) or "she/her" (third). */
  person: 'first' | 'third';
  actor: 'protagonist' | 'counterpart';
}

interface Subject {
  start: number;
  end: number;
  narrator: boolean;
}

const MAX_WORDS = 16;
const SUBJECT_WORDS = /^(a|an|the|her|his|my|their|our|young|old|retired|struggling|single|pregnant|married|divorced|lonely|shy|ambitious|wealthy|famous|poor|rich|elderly|estranged|newly|former|jealous|brilliant|broke|own|new|best)$/i;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The clause up to the end of its sentence, shortened at a comma or conjunction when it runs long. */
function clause(text: string): string | undefined {
  let rest = text.split(/[.!?;…]|\s[-–—]\s/)[0].replace(/[\s,:"']+$/, '').trim();
  if (wordCount(rest) > MAX_WORDS) {
    const cut = /^((?:\S+\s+){3,}?\S+?)(?:,|\s+(?:and|but|who|while|which|because|so|until)\s)/.exec(rest);
    rest = cut ? cut[1] : rest;
  }
  return wordCount(rest) <= MAX_WORDS ? rest : undefined;
}

/** "...and finds his fingerprints" -> "...and found his fingerprints", for verbs we are sure are verbs. */
function pastOfLaterVerbs(rest: string): string {
  // A verb we know, or an -s word followed by an object ("and disinherits her son"), not a plural ("and kids").
  return rest.replace(/\b(and|but|then)\s+([a-z]+)\b(?=(\s+(?:her|his|their|the|a|an|my|him|them|me|it)\b)?)/g, (whole, joiner: string, word: string, object?: string) =>
    verbKind(word) === 'present' && (isKnownVerb(baseOfThirdPerson(word)) || object) ? `${joiner} ${pastOfWritten(word, 'present')}` : whole,
  );
}

function narratorPredicate(text: string): Predicate | undefined {
  const match = /(^|^[^.!?]*?,\s*)\bI\s+([A-Za-z']+)\s*(.*)$/s.exec(text);
  if (!match) return undefined;
  const verbPast = pastAfterI(match[2]);
  const rest = clause(match[3]);
  const lead = match[1].trim();
  if (!verbPast || rest === undefined || wordCount(lead) > 10) return undefined;
  return {lead, verbPast, rest: pastOfLaterVerbs(rest), person: 'first', actor: 'protagonist'};
}

/**
 * The predicate of `subject` when the premise's sentence starts with them (after a short lead clause).
 * `actor` says whose action it is; `person` how the premise refers to the protagonist.
 */
export function findPredicate(text: string, subject: Subject, actor: Predicate['actor'], person: Predicate['person']): Predicate | undefined {
  if (subject.narrator) return narratorPredicate(text);
  if (subject.start < 0) return undefined;
  // The subject starts at its article, possessive and adjectives: "A young nurse", "My sister".
  let start = subject.start;
  for (let m = /([\p{L}]+)\s+$/u.exec(text.slice(0, start)); m && SUBJECT_WORDS.test(m[1]); m = /([\p{L}]+)\s+$/u.exec(text.slice(0, start))) start = m.index;
  const lead = text.slice(0, start).trim();
  if (lead && (!lead.endsWith(',') || wordCount(lead) > 10)) return undefined;
  // Skip an apposition after the subject: "Maya, a nurse, finds...".
  const after = text
    .slice(subject.end)
    .replace(/^['’]s\b/, '\u0000')
    .replace(/^\s*,[^,]{1,40},/, '')
    .replace(/^\s*,\s*/, ' ');
  if (after.startsWith('\u0000')) return undefined;
  const match = /^\s+([A-Za-z']+)\s*(.*)$/s.exec(after);
  const kind = match && verbKind(match[1]);
  if (!match || !kind) return undefined;
  const rest = clause(match[2]);
  if (rest === undefined) return undefined;
  const subjectText = actor === 'counterpart' ? text.slice(start, subject.end) : undefined;
  return {lead, subjectText, verbPast: pastOfWritten(match[1], kind), rest: pastOfLaterVerbs(rest), person, actor};
}

/**
 * Who tells it: the actor themself ("I"), someone speaking to the actor ("you"), the narrator ("named"), or
 * the protagonist talking about what the counterpart did ("about": "My husband left me...").
 */
export type View = 'I' | 'you' | 'named' | 'about';

/** The protagonist's pronouns as each view needs them: "my" when the protagonist speaks, "your" when spoken to. */
function protagonistPerson(p: Predicate, view: View): Person {
  if (view === 'named') return 'third';
  const protagonistSpeaks = p.actor === 'protagonist' ? view === 'I' : view === 'you' || view === 'about';
  return protagonistSpeaks ? 'first' : 'second';
}

function reword(p: Predicate, text: string, gender: Gender, to: Person): string {
  if (p.person === 'third') return retell(text, gender, to);
  return to === 'first' ? text : to === 'second' ? firstToSecond(text) : fromFirstPerson(text, gender);
}

/** "Owen left her for her best friend" -> "Owen left Jess for her best friend": the narrator names her once. */
function nameOnce(verb: string, text: string, gender: Gender, name: string): string {
  if (gender === 'm') return /\bhim\b/.test(text) ? text.replace(/\bhim\b/, name) : text.replace(/\bhis\b/, `${name}'s`);
  const object = /\bher\b(?=\s+(?:for|to|with|at|in|on|and|alone|behind|again|forever)\b|[.,;!?]|$)/;
  if (GIVING.test(verb) && /^her\b/.test(text)) return text.replace(/^her\b/, name);
  if (object.test(text)) return text.replace(object, name);
  return text.replace(/\bher\b/, `${name}'s`);
}

/**
 * The predicate as a clause, e.g. "you found your own name on a patient's chart"; `name` is the actor's name,
 * `protagonistName` names the protagonist in narration of what the counterpart did to her.
 */
export function retellPredicate(p: Predicate, protagonistGender: Gender, view: View, name: string, protagonistName?: string): string {
  const to = protagonistPerson(p, view);
  const lead = reword(p, p.lead, protagonistGender, to);
  const subject = view === 'I' ? 'I' : view === 'you' ? 'you' : view === 'named' ? name : reword(p, p.subjectText ?? name, protagonistGender, to);
  // The verb goes along so the rewording sees "sends her photos" (her = the person) and not just "her photos".
  let rest = reword(p, `${p.verbPast} ${p.rest}`, protagonistGender, to).slice(p.verbPast.length + 1);
  if (view === 'named' && p.actor === 'counterpart' && protagonistName) rest = nameOnce(p.verbPast, rest, protagonistGender, protagonistName);
  const lowerLead = lead ? `${lead.charAt(0).toLowerCase()}${lead.slice(1)} ` : '';
  return `${lowerLead}${subject} ${p.verbPast}${rest ? ` ${rest}` : ''}`;
}
