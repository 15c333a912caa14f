/**
 * Reading an English premise with compromise: its noun phrases (with offsets) become people, the object and the
 * place; its first verb after the subject is what the protagonist does; what follows the object is the odd thing.
 */
import nlp from 'compromise';
import {nounSpans} from './chunks-en';
import {ABSTRACT_NOUNS, ANIMALS, EVENT_PLACES, FEMALE_PRONOUNS, MALE_PRONOUNS, PLACE_WORDS} from './lexicon';
import {analyse, clean, personInfo, taggedWords, type Phrase, POSSESSIVE_PRONOUN, singular} from './phrase-en';
import {foundClause, pastDeed, perceives, TELLING} from './clauses-en';
import {joinSamePeople, statedYears} from './same-person-en';
import {tagEnglish} from './tag-en';
import type {Gender, Person, Situation} from './types';

/** What a language's reader finds in a premise: the situation before its tone is weighed. */
export type Parsed = Omit<Situation, 'premise' | 'language' | 'tone' | 'tones'>;

/** Words that make a possessor absent from the present story: "her missing sister's bracelet". */
const ABSENT = /\b(missing|late|dead|deceased|vanished|disappeared|lost|died|drowned|murdered)\b/i;
/** A relative clause that makes its person absent: "the sailor who drowned", "a listener who died ten years ago". */
const ABSENT_CLAUSE =
  /^(?:who|that)\s+(?:died|drowned|vanished|disappeared|passed away|perished|went missing|was killed|was murdered|was lost|is missing|is dead)\b/i;
/** What comes before a guise of the protagonist: "disguises himself as", "pretends to be", "poses as". */
const GUISE = /\b(?:as|(?:pretend(?:s|ing)?|poses?|posing|passes|passing)\s+(?:to\s+be|as|for))\s+(?:an?\s+|the\s+)?$/i;
/** Words that describe a thing right after it: "dated tomorrow", "that keeps stealing shoes", "hidden inside". */
const DESCRIBING_WORDS = String.raw`\w+ing|dated|addressed|signed|written|that|which|empty|full|stamped|marked|labell?ed|left|hidden|buried|sewn|tucked|baked|taped|engraved|carved|printed|missing|bearing|older|still`;
const DESCRIBED = new RegExp(String.raw`^(?:${DESCRIBING_WORDS})\b`, 'i');
/** A thing described further on: "from the sea with his own initials scratched on it". */
const DESCRIBED_WITH = /\bwith\s+[^,;]*?\b\w+(?:ed|en)\s+(?:on|in|into|onto|inside|across|under)\b/i;
/** After a found thing, where and whose it is tells the odd thing too: "a name on a 1962 passenger list". */
const AFTER_FOUND = new RegExp(
  String.raw`^(?:${DESCRIBING_WORDS}|with|from|to|for|in|inside|into|under|underneath|beneath|behind|between|among|on)\b`,
  'i',
);
/** The part of a phrase that is its own, after its possessor: "son" of "her missing sister's son". */
const ownPart = (p: Phrase) => (p.ownerText ? p.text.slice(p.ownerText.length) : p.text);

/** The gender a name implies, by compromise's tags. */
function nameGender(name: string): Gender | undefined {
  const doc = nlp(name);
  return doc.has('#FemaleName') ? 'f' : doc.has('#MaleName') ? 'm' : undefined;
}

/** Text after a phrase up to the next clause break: "dated tomorrow", "he likes". */
function tail(premise: string, from: number): string {
  return premise
    .slice(from)
    .split(/[,.;!?]|\b(?:and|but|while|when|so|because)\b/)[0]
    .trim();
}

/**
 * A relative clause right after a person ("who drowned", "who keeps beating him at chess"), when it ends before the
 * sentence's own verb: in "the ex who owns the restaurant is her boss" the clause is "who owns the restaurant".
 */
function relativeClause(after: string, afterMainVerb: boolean): string | undefined {
  if (!/^(who|that)\s+\w/i.test(after)) return undefined;
  // After the sentence's own verb the clause cannot hold it: "the florist who refuses to sell him roses".
  return afterMainVerb || tagEnglish(after).verbs().length === 1 ? after : undefined;
}

/** Plural verbs that do not take an "-s" in the singular. */
const SINGULAR_OF: Record<string, string> = {are: 'is', were: 'was', have: 'has', do: 'does', go: 'goes'};

/** A predicate's first verb told of one person: "swap places" -> "swaps places", "are forced to" -> "is forced to". */
function agreeWithOne(predicate: string): string {
  const [verb, ...rest] = predicate.split(' ');
  const lower = verb.toLowerCase();
  const forms = nlp(`they ${lower}`).verbs().conjugate()[0] as {Infinitive?: string; PresentTense?: string} | undefined;
  const one = SINGULAR_OF[lower] ?? (forms?.Infinitive === lower && forms.PresentTense ? forms.PresentTense : lower);
  return [one, ...rest].join(' ');
}

const THIRD_PERSON: Record<string, string> = {
  my: 'her',
  our: 'their',
  me: 'her',
  i: 'she',
  mine: 'hers',
  myself: 'herself',
};
/** The premise's "my"/"me" told about the protagonist: "addressed to our brother" -> "addressed to their brother". */
const toThird = (text: string, gender: Gender | undefined) =>
  text.replace(/\b(my|My|our|Our|me|I|mine|myself)\b/g, (w) => {
    const third = THIRD_PERSON[w.toLowerCase()];
    if (!gender)
      return (
        {her: /^me$/i.test(w) ? 'them' : 'their', she: 'they', hers: 'theirs', herself: 'themself', their: 'their'}[
          third
        ] ?? third
      );
    return gender === 'm'
      ? third.replace(/^her$/, 'his').replace('she', 'he').replace('hers', 'his').replace('herself', 'himself')
      : third;
  });

/** The role a person phrase names; "their owners" of the food trucks are food truck owners. */
function roleOf(p: Phrase, things: Phrase[]): string {
  const role = (p.person?.plural ? singular(p.head) : p.head.toLowerCase()).replace(/^rival\s+/, '');
  if (/^owners?$/.test(role) && things.length > 0) return `${singular(things[0].head.replace(/^rival\s+/i, ''))} owner`;
  return role;
}

/** Relations of blood and marriage: their possessor is family, not a client. */
const KIN =
  /\b(mother|father|mom|dad|sister|brother|son|daughter|wife|husband|aunt|uncle|cousin|niece|nephew|grand\w+|twin|fianc\w*|in-law)\b/;

/**
 * Whose kin the subject turns out to be: "The new teacher is the student's mother" is the student's mother (and the
 * student is in the story); in "The intern who spilled coffee on the CEO turns out to be his granddaughter", "his" is
 * the one person of the clause about her. A copula with no possessor ("is a famous singer") ties no one.
 */
function subjectKin(
  subject: Phrase,
  copula: NonNullable<Phrase['copula']>,
  phrases: Phrase[],
): {relation: NonNullable<Person['relation']>; owner?: Person} | undefined {
  const kind = copula.head.toLowerCase();
  if (!copula.owner) return undefined;
  if (!POSSESSIVE_PRONOUN.test(copula.owner)) {
    const info = personInfo(copula.owner);
    if (!info) return undefined;
    const role = singular(copula.owner);
    return {relation: {kind, of: role}, owner: {role, gender: info.gender, age: info.age, phrase: `the ${role}`}};
  }
  const inClause = phrases.filter((p) => p !== subject && p.person && subject.clause?.includes(p.text));
  if (inClause.length !== 1) return undefined;
  // "his granddaughter": the possessive says the other one's gender.
  const gender: Gender | undefined = /^his$/i.test(copula.owner) ? 'm' : /^her$/i.test(copula.owner) ? 'f' : undefined;
  inClause[0].person = {...inClause[0].person!, gender: inClause[0].person!.gender ?? gender};
  return {relation: {kind, of: inClause[0].head.toLowerCase()}};
}

export function parseEnglish(premise: string): Parsed {
  // Two of a kind are rivals only when the premise pits them against each other; three sisters are sisters.
  const rivals = /\b(rivals?|compet\w*|feud\w*|battle|war|versus|vs|fight)\b/i.test(premise);
  const otherOf = (role: string) => (rivals ? `rival ${role}` : role);
  const doc = tagEnglish(premise);
  // The premise's own text at each phrase: the tagger saw "Mayas'" where the premise says "Maya's".
  const words = taggedWords(doc);
  const phrases = nounSpans(premise, doc).map((span) => analyse(premise, span, words));
  const firstPerson = /\b(I|[Mm]e|[Mm]y|[Mm]yself)\b/.test(premise) && !/^\s*"/.test(premise);

  joinSamePeople(premise, phrases);

  const verbs = doc.verbs().json({offset: true}) as {text: string; offset: {start: number}}[];
  const first = phrases[0];
  // A capitalised word that opens the premise and is followed by its verb is a name: "Maya finds ...".
  if (
    first &&
    !first.name &&
    !first.person &&
    first.start === 0 &&
    /^[A-Z][a-z]+$/.test(first.text) &&
    verbs[0] &&
    // "Lily, 28, inherits": a stated age may stand between.
    /^[\s,]*(?:\d{1,3}\s*,\s*)?$/.test(premise.slice(first.end, verbs[0].offset.start))
  ) {
    first.name = first.text;
    first.person = {plural: false};
    first.years ??= statedYears(premise, first);
  }
  const subject = firstPerson
    ? undefined
    : first && !first.person && !first.name && first.owner && personInfo(first.owner)
      ? {
          ...first,
          text: first.owner,
          head: first.owner,
          person: personInfo(first.owner),
          name: undefined,
          owner: undefined,
        }
      : phrases.find((p) => p.person || p.name);
  const subjectIsFirst = subject && phrases.indexOf(subject) === 0;
  // A lone "-ing" verb right after the subject opens a clause about them, not their deed: "Two neighbours feuding
  // over a hedge discover ...".
  // So does a relative clause about them: in "The intern who spilled coffee on the CEO turns out to be ...", the
  // deed is "turns out".
  const clauseAboutSubject = !!subject && /^\s*,?\s*(?:who|that)\s/i.test(premise.slice(subject.end));
  const afterSubject = verbs
    .filter((v) => v.offset.start >= (subject ? subject.end : 0))
    .filter((v, i, all) => !(clauseAboutSubject && i === 0 && all.length > 1));
  const mainVerb =
    afterSubject.find((v, i) => !(/^\w+ing$/.test(v.text.trim()) && afterSubject[i + 1])) ??
    afterSubject[0] ??
    verbs[0];
  void subjectIsFirst;
  // An "I" premise's "her" and "his" are other people's: "My grandmother leaves me a map ... under her garden".
  const gender: Gender | undefined =
    (subject?.name ? nameGender(subject.name) : undefined) ??
    subject?.person?.gender ??
    (firstPerson
      ? undefined
      : FEMALE_PRONOUNS.test(premise) && !MALE_PRONOUNS.test(premise)
        ? 'f'
        : MALE_PRONOUNS.test(premise) && !FEMALE_PRONOUNS.test(premise)
          ? 'm'
          : undefined);

  // Whose kin the subject turns out to be, read before the people so that the other one takes the gender it implies.
  const kin = subject?.copula ? subjectKin(subject, subject.copula, phrases) : undefined;
  // The deed as written from the main verb on, for the verbs that decide how the clauses after it read.
  const event0 = mainVerb ? premise.slice(mainVerb.offset.start) : '';
  const people: Person[] = [];
  // The premise's subject may be a thing its owner stands behind: "A baker's oven has been empty for a year".
  // So may any thing that comes before the first verb: "The office's new coffee machine starts printing ...".
  // An animal no one owns does the odd thing itself: "The class hamster is hiding the principal's lottery ticket".
  const animalSubject =
    !firstPerson &&
    phrases[0] &&
    !phrases[0].person &&
    !(phrases[0].owner && personInfo(phrases[0].owner)) &&
    ANIMALS.has(singular(phrases[0].head.split(' ').pop()!)) &&
    verbs[0] &&
    phrases[0].end <= verbs[0].offset.start
      ? phrases[0]
      : undefined;
  const ownedSubject =
    !firstPerson &&
    !animalSubject &&
    phrases[0] &&
    !phrases[0].person &&
    !phrases[0].name &&
    ((phrases[0].owner && personInfo(phrases[0].owner)) || (verbs[0] && phrases[0].end <= verbs[0].offset.start))
      ? phrases[0]
      : undefined;
  // "the groom is her ex-fiancé" ties the groom to her; "her mother used to be a punk singer" says what her mother
  // was, and she stays her mother.
  const copulaTies = (p: Phrase): p is Phrase & {copula: NonNullable<Phrase['copula']>} =>
    !!p.copula &&
    (p.copula.owner
      ? POSSESSIVE_PRONOUN.test(p.copula.owner) || !!personInfo(p.copula.owner)
      : !(p.owner && POSSESSIVE_PRONOUN.test(p.owner)));
  const personOf = (p: Phrase, role: string): Person => ({
    role,
    name: p.name,
    gender: p.person?.gender ?? (p.name ? nameGender(p.name) : undefined),
    age: p.person?.age,
    phrase: p.text,
    ...(p.years && {years: p.years}),
    ...(p.history && {history: p.history}),
    // "becomes the town's podcast host": a possessor that is no person ties them to no one.
    relation: copulaTies(p)
      ? {
          kind: p.copula.head.toLowerCase(),
          of: !p.copula.owner || POSSESSIVE_PRONOUN.test(p.copula.owner) ? 'protagonist' : p.copula.owner,
        }
      : p.owner
        ? {kind: role, of: /^(her|his|my|our|their)$/.test(p.owner) ? 'protagonist' : p.owner}
        : undefined,
  });

  let protagonist: Person;
  const things: Phrase[] = [];
  for (const p of phrases) {
    if (p === subject || (subject && p.start === subject.start && p !== phrases[0])) continue;
    if (p.person) {
      if (p.name && subject?.name === p.name) continue;
      // "disguises himself as a janitor", "returns as the new owner", "pretends to be a millionaire's boyfriend": a
      // guise of the protagonist, nobody else; a possessor there is someone ("the millionaire"), and a guise that is
      // kin of the protagonist ("pretends to be her twin sister") is a real person too.
      if (subject && GUISE.test(premise.slice(0, p.start)) && !(p.owner && POSSESSIVE_PRONOUN.test(p.owner))) {
        if (p.owner && personInfo(p.owner))
          people.push({role: singular(p.owner), gender: personInfo(p.owner)?.gender, phrase: p.ownerText ?? p.owner});
        continue;
      }
      const role = roleOf(p, things);
      const relative = tail(premise, p.end);
      const person = personOf(p, role);
      // "a listener who died ten years ago", "her dead mother" are in the story only through what they left.
      if (ABSENT.test(ownPart(p)) || ABSENT_CLAUSE.test(relative)) person.absent = true;
      // "tells her teacher that her mommy lives in the basement": the clause is what is told, not who she is.
      const told = TELLING.test(event0) && /^that\b/i.test(relative);
      // "the ex who owns the restaurant": the clause tells who they are.
      const clause = p.clause
        ? p.clause
        : told
          ? undefined
          : relativeClause(relative, !!mainVerb && p.start > mainVerb.offset.start);
      if (clause) person.phrase = `${p.text} ${clause}`;
      // "the tenant who once saved his life": a deed in the past is their history with the protagonist.
      const deed = person.absent || p.history ? undefined : pastDeed(clause);
      if (deed) person.history = deed;
      // "the woman he likes": one person, whose relation is the clause after her.
      if (
        !p.copula &&
        /^(he|she|they|I|you)\s+\w+/.test(relative) &&
        !mainVerb?.text.startsWith(relative.split(' ')[1] ?? '#')
      ) {
        person.relation = {kind: `${p.head.toLowerCase()} ${relative}`.trim(), of: 'protagonist'};
        person.phrase = `${p.text} ${relative}`;
      }
      if (p.person.plural && !subject) {
        // Two rival owners: the protagonist is one of them, the rival the other.
        people.push({...person, phrase: person.phrase}, {...person, role: otherOf(role), phrase: `the other ${role}`});
      } else if (p.person.plural) {
        people.push(person, {...person, phrase: `another ${role}`});
      } else people.push(person);
    } else things.push(p);
  }
  // Possessors of a thing who are people ("her daughter's name") are people of the story; of a person, a relation.
  for (const t of things) {
    if (t.owner && !POSSESSIVE_PRONOUN.test(t.owner)) {
      const info = personInfo(t.owner);
      // In an "I" premise the first thing is no stand-in for its owner: "I find my dead father's phone".
      if (info && (firstPerson || t !== phrases[0]) && !people.some((p) => p.role === t.owner!.toLowerCase())) {
        people.push({
          role: singular(t.owner),
          gender: info.gender,
          age: info.age,
          phrase: t.text,
          ...(ABSENT.test(t.ownerText ?? '') ? {absent: true} : {}),
          relation: {
            kind: t.owner.toLowerCase(),
            of: /\b(her|his|my|our|their)\b/i.test(t.text) ? 'protagonist' : 'someone',
          },
        });
      }
    }
  }

  if (subject) {
    const role = roleOf(subject, things.length ? things : phrases.filter((p) => !p.person));
    protagonist = {
      role: role === subject.name?.toLowerCase() ? '' : role,
      name: subject.name,
      gender,
      age: subject.person?.age,
      phrase: subject.text,
      ...(subject.years && {years: subject.years}),
    };
    if (subject.owner && !POSSESSIVE_PRONOUN.test(subject.owner)) {
      protagonist.relation = {kind: role, of: subject.owner};
      // "Maya's wedding planner": Maya is in the story too, the one the planner works for.
      if (/^[A-Z]/.test(subject.owner) && !personInfo(subject.owner))
        people.unshift({
          role: KIN.test(role) ? 'family' : 'client',
          name: subject.owner,
          gender: nameGender(subject.owner),
          phrase: subject.owner,
        });
    }
    if (subject.person?.plural && subject === phrases[0])
      people.unshift({...protagonist, role: otherOf(protagonist.role), phrase: `the other ${protagonist.role}`});
    if (kin) {
      protagonist.relation = kin.relation;
      if (kin.owner) people.unshift(kin.owner);
    }
  } else if (!firstPerson && people.length > 0) {
    // "The class hamster is hiding the principal's lottery ticket": the first person named is the protagonist.
    protagonist = people.shift()!;
    protagonist.gender ??= gender;
    if (protagonist.relation?.of === 'someone') {
      delete protagonist.relation;
      protagonist.phrase = protagonist.phrase.replace(/'s?\s.*$/, '');
    }
  } else {
    protagonist = {role: '', gender, phrase: 'I'};
  }

  // A verb the tagger also listed as a noun ("returns", "competing") is no object.
  // An "-ing" word the premise itself reads as a noun ("her maid of honour's earring") stays a thing.
  const readAsNoun = (t: Phrase) =>
    words.some(
      (w) =>
        w.start >= t.start &&
        w.start < t.end &&
        w.tags.includes('Noun') &&
        !w.tags.includes('Verb') &&
        /ing\W*$/i.test(w.text),
    );
  const verbal = (t: Phrase) =>
    verbs.some((v) => v.offset.start === t.start) ||
    (!t.head.includes(' ') && /ing$/.test(t.head) && !readAsNoun(t) && !tagEnglish(`the ${t.head}`).has('#Noun'));
  // "the man who abandoned her at the altar": what a person did before is theirs, not the story's object.
  const pasts = people
    .filter((p) => p.history)
    .map((p) => ({start: premise.indexOf(p.history!), end: premise.indexOf(p.history!) + p.history!.length}));
  const inPast = (t: Phrase) => pasts.some((span) => span.start >= 0 && t.start >= span.start && t.start < span.end);
  // What stands right after a named subject ("Marcus, 45, returns") is its verb, whatever the tagger says.
  const inVerbSlot = (t: Phrase) =>
    !!subject && subject.name !== undefined && /^[\s,\d]*$/.test(premise.slice(subject.end, t.start));
  const concrete = things
    .filter((t) => t !== phrases[0] || !(ownedSubject || animalSubject))
    .filter((t) => !inVerbSlot(t))
    .filter((t) => !verbal(t))
    .filter((t) => !inPast(t))
    // "her $100" is no thing a camera holds up.
    .filter((t) => /[a-z]/i.test(t.head.replace(/^(her|his|my|their|our|its)\s/i, '')))
    .filter(
      (t) => !ABSTRACT_NOUNS.has(singular(t.head.split(' ').pop()!)) && !ABSTRACT_NOUNS.has(t.head.toLowerCase()),
    );
  const placeOf = (t: Phrase) => PLACE_WORDS[t.head.toLowerCase()] ?? PLACE_WORDS[singular(t.head.split(' ').pop()!)];
  const placed = (t: Phrase) =>
    !!placeOf(t) &&
    /\b(at|in|on|inside|aboard|into|outside|near|behind|to)\s+(the|a|an|her|his|my|their|our)?\s*[\w\s-]*$/i.test(
      premise.slice(0, t.start),
    );
  const placePhrase = concrete.find(placed);
  const placeByRole = [protagonist, ...people]
    .map((p) => p.role.split(' '))
    .find((words) => words.length > 1 && PLACE_WORDS[words[0]]);
  if (ownedSubject) concrete.unshift({...ownedSubject, text: ownedSubject.text.replace(/^.*'s?\s+/, 'the ')});
  const objectPhrase = ownedSubject
    ? concrete[0]
    : // Where something happens is no object: "her first love working at the gas station".
      (concrete.find((t) => !placed(t) && (!mainVerb || t.start > mainVerb.offset.start)) ??
      concrete.find((t) => !placed(t)) ??
      animalSubject);
  let place = placePhrase ? placePhrase.head.toLowerCase() : placeByRole ? placeByRole[0] : undefined;
  if (!place) place = EVENT_PLACES.find(([pattern]) => pattern.test(premise))?.[1];
  // "A ghost haunting an old hotel": an object that is a place is where the story happens, too.
  if (!place && objectPhrase && objectPhrase !== animalSubject && placeOf(objectPhrase))
    place = objectPhrase.head.toLowerCase();
  // The object keeps its number: "notes", "three parrots" are plural in every line that names them.
  const objectPlural = objectPhrase ? singular(objectPhrase.head) !== objectPhrase.head.toLowerCase() : false;
  const object = objectPhrase ? objectPhrase.head.toLowerCase() : undefined;

  let incongruity: string | undefined;
  const verbSlot = things.find(inVerbSlot);
  const eventStart =
    verbSlot && (!mainVerb || verbSlot.start < mainVerb.offset.start) ? verbSlot.start : mainVerb?.offset.start;
  let event = eventStart !== undefined ? clean(premise.slice(eventStart).split(/[.;!?]/)[0]) : undefined;
  // A plural subject's verb told of one of them: "Twin brothers swap" -> "swaps", "owners are forced" -> "is forced".
  if (event && subject?.person?.plural && subject === phrases[0]) event = agreeWithOne(event);
  // The animal's deed is the odd thing, and no deed of the protagonist's.
  if (animalSubject && verbs[0]) {
    incongruity = `${animalSubject.text} ${clean(premise.slice(verbs[0].offset.start).split(/[.;!?]/)[0])}`;
    event = subject ? event : undefined;
  }
  if (ownedSubject && objectPhrase && mainVerb)
    incongruity = `${objectPhrase.text} ${clean(premise.slice(mainVerb.offset.start).split(/[,.;!?]/)[0])}`;
  // The odd thing: what follows the object ("dated tomorrow"), else the possessed thing and what follows it.
  // A found thing is the odd thing itself, with whatever the premise says after it. After any other verb only a
  // thing the premise describes is ("a dog that keeps stealing shoes", "a camera ... with his initials scratched on
  // it"); otherwise the deed is odd as a whole ("replaces the critic's dish with his grandmother's recipe").
  const found0 = perceives(event);
  if (objectPhrase && !ownedSubject && !animalSubject) {
    const after = tail(premise, objectPhrase.end);
    const possessed = things.find((t) => t.owner && t.start < objectPhrase!.start && objectPhrase!.start - t.end < 12);
    // "the company that humiliated her" tells its past, and leaves the deed odd as a whole.
    const described = (DESCRIBED.test(after) && !pastDeed(after)) || DESCRIBED_WITH.test(after);
    if (after && (found0 ? AFTER_FOUND.test(after) : described)) {
      incongruity = `${objectPhrase.text} ${after}`;
    } else if (possessed && found0) {
      incongruity = premise.slice(possessed.start, objectPhrase.end).trim();
    }
  }
  // "realises the groom is her ex-fiancé": the odd thing is what was found out, a clause with its own verb.
  // "overhears her husband planning to leave her": a person and their verb after a verb of perceiving.
  const opensOnPerson = (text: string) => {
    const at = premise.indexOf(text, eventStart);
    const who = phrases.find((p) => p.start === at && (p.person || p.name));
    return !!who && tagEnglish(premise.slice(who.end)).terms().first().has('#Verb');
  };
  const found = ownedSubject || animalSubject ? undefined : foundClause(event, opensOnPerson);
  if (found) incongruity = found;
  // "My grandmother leaves me a map ...": in an "I" premise whose subject is someone (or something) else, their deed
  // is the odd thing, and no deed of the protagonist's.
  const otherSubject =
    firstPerson &&
    phrases[0] &&
    verbs[0] &&
    phrases[0].start < verbs[0].offset.start &&
    !/\bI\b/.test(premise.slice(0, verbs[0].offset.start));
  if (otherSubject) {
    incongruity = clean(premise.slice(phrases[0].start).split(/[.;!?]/)[0]);
    event = undefined;
  }
  incongruity ??= event;
  if (animalSubject && !subject) event = undefined;
  const third = (text: string | undefined) => (text && firstPerson ? toThird(text, gender) : text);
  const sameOne = (p: Person, q: Person) =>
    q.role === p.role && (q.phrase === p.phrase || (!!p.relation && q.relation?.kind === p.relation.kind));
  const others = people
    .filter((p, i) => people.findIndex((q) => sameOne(p, q)) === i)
    .slice(0, 4)
    .map((p) => (p.history ? {...p, history: third(p.history)} : p));
  // "Two elderly sisters enter ...": the protagonist does the deed together with the other one.
  const together = !firstPerson && !!subject?.person?.plural && subject === phrases[0];
  return {
    firstPerson,
    protagonist,
    others,
    object,
    ...(objectPlural && {objectPlural}),
    place,
    incongruity: third(incongruity),
    event: third(event),
    ...(together && {together}),
  };
}
