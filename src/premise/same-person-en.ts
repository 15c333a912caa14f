/**
 * Phrases of an English premise that name one person twice: an appositive ("Nora, a night nurse,"), a stated age
 * ("Marcus, 45,"), a copula ("the groom is her ex-fiancé", "the ex who owns the restaurant is her new boss",
 * "a barista becomes the town's podcast host"). Each becomes one phrase, so no one is counted twice.
 */
import type {Phrase} from './phrase-en';
import {tagEnglish} from './tag-en';

/** Person words that say nothing of a relation: "the groom is the man who ..." names his history, not a tie. */
const GENERIC_PERSON = /^(man|woman|person|guy|girl|boy|stranger|someone|one)$/i;
const COPULA = String.raw`(?:is|are|was|were|becomes|became|turns out to be|turned out to be|used to be|has always been|was always|is actually|was actually|was once|is secretly|was secretly|is really|was really|is now|is still)`;
/** Only a copula between the two: "the groom is", "the janitor who turns out to be". */
const PLAIN_COPULA = new RegExp(String.raw`^\s*(?:,?\s*(?:who|that)\s+)?${COPULA}\s*$`, 'i');
/** A relative clause, then the copula: "the ex who owns the restaurant is". */
const CLAUSE_COPULA = new RegExp(String.raw`^\s*,?\s*(?:who|that)\s+([^,.;!?]+?)\s*,?\s+${COPULA}\s*$`, 'i');
/** A clause whose subject is someone else, then the copula: "the twins she babysits are". */
const OBJECT_CLAUSE_COPULA = new RegExp(String.raw`^\s+((?:he|she|they|I|you|we)\s+[^,.;!?]+?)\s+${COPULA}\s*$`, 'i');

/** "Nora, a night nurse, ...": the name takes the role after it. */
function joinAppositives(premise: string, phrases: Phrase[]): void {
  for (let i = 0; i + 1 < phrases.length; i++) {
    const [a, b] = [phrases[i], phrases[i + 1]];
    if (a.name && b.person && /^\s*,?\s*$/.test(premise.slice(a.end, b.start).replace(/,/g, ''))) {
      a.head = b.head;
      a.person = {...b.person, plural: false};
      phrases.splice(i + 1, 1);
    }
  }
}

/** The next person phrase after a person phrase that the premise says they are, with the clause between. */
function copulaOf(
  premise: string,
  phrases: Phrase[],
  i: number,
): {index: number; clause?: string; object?: boolean} | undefined {
  const a = phrases[i];
  const next = phrases.findIndex((p, j) => j > i && p.person);
  const b = phrases[next];
  if (!a.person || !b || b.name) return undefined;
  const between = premise.slice(a.end, b.start);
  if (next === i + 1 && PLAIN_COPULA.test(between)) return {index: next};
  const clause = between.match(CLAUSE_COPULA)?.[1];
  if (clause) return {index: next, clause};
  const objectClause = between.match(OBJECT_CLAUSE_COPULA)?.[1];
  if (objectClause) return {index: next, clause: objectClause, object: true};
  // "The intern who spilled coffee on the CEO turns out to be his granddaughter": a clause with one verb may name
  // someone else on the way to the copula.
  for (let j = next + 1; j < phrases.length; j++) {
    if (!phrases[j].person || phrases[j].name) continue;
    const far = premise.slice(a.end, phrases[j].start).match(CLAUSE_COPULA)?.[1];
    if (far && tagEnglish(far).verbs().length === 1) return {index: j, clause: far};
  }
  return undefined;
}

/** The age set off by commas after a name: "Marcus, 45, returns". */
export function statedYears(premise: string, name: Phrase): number | undefined {
  const years = premise.slice(name.end).match(/^\s*,?\s*(\d{1,2})\s*,/);
  return years ? Number(years[1]) : undefined;
}

/** Joins phrases that name one person, in place. */
export function joinSamePeople(premise: string, phrases: Phrase[]): void {
  joinAppositives(premise, phrases);
  for (let i = 0; i < phrases.length; i++) {
    const a = phrases[i];
    const years = a.name ? statedYears(premise, a) : undefined;
    if (years) a.years = years;
    const copula = copulaOf(premise, phrases, i);
    if (!copula) continue;
    const b = phrases[copula.index];
    // "the groom is the man who stood her up ten years ago": a plain "man" is no relation; what he did is his history.
    const history = premise
      .slice(b.end)
      .match(/^\s*(?:who|that)\s+([^,.;!?]+)/i)?.[1]
      ?.trim();
    if (!GENERIC_PERSON.test(b.head)) a.copula = {head: b.head, owner: b.owner};
    // "her new client is the man who ...", "the teacher is his father": the second phrase says the person's gender.
    if (b.person?.gender && a.person && !a.person.gender) a.person = {...a.person, gender: b.person.gender};
    // "the twins she babysits are her own children": what they are says their age too.
    if (b.person?.age && a.person) a.person = {...a.person, age: b.person.age};
    if (history) a.history = history;
    if (copula.clause) a.clause = copula.object ? copula.clause : `who ${copula.clause}`;
    phrases.splice(copula.index, 1);
  }
}
