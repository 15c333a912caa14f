/**
 * Reading an English premise with compromise: its noun phrases (with offsets) become people, the object and the
 * place; its first verb after the subject is what the protagonist does; what follows the object is the odd thing.
 */
import nlp from 'compromise';
import {nounSpans} from './chunks-en';
import {ABSTRACT_NOUNS, ANIMALS, EVENT_PLACES, FEMALE_PRONOUNS, MALE_PRONOUNS, PLACE_WORDS} from './lexicon';
import {analyse, clean, personInfo, taggedWords, type Phrase, POSSESSIVE_PRONOUN, singular} from './phrase-en';
import {joinSamePeople} from './same-person-en';
import {tagEnglish} from './tag-en';
import type {Gender, Person, Situation} from './types';

/** What a language's reader finds in a premise: the situation before its tone is weighed. */
export type Parsed = Omit<Situation, 'premise' | 'language' | 'tone' | 'tones'>;

/** Words that make a possessor absent from the present story: "her missing sister's bracelet". */
const ABSENT = /\b(missing|late|dead|deceased|vanished|disappeared|lost|died|drowned|murdered)\b/i;
/** A relative clause that makes its person absent: "the sailor who drowned", "a listener who died ten years ago". */
const ABSENT_CLAUSE =
  /^(?:who|that)\s+(?:died|drowned|vanished|disappeared|passed away|perished|went missing|was killed|was murdered|was lost|is missing|is dead)\b/i;
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
function relativeClause(after: string): string | undefined {
  if (!/^(who|that)\s+\w/i.test(after)) return undefined;
  return tagEnglish(after).verbs().length === 1 ? after : undefined;
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
  text.replace(/\b(my|our|me|I|mine|myself)\b/g, (w) => {
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
    /^[\s,]*$/.test(premise.slice(first.end, verbs[0].offset.start))
  ) {
    first.name = first.text;
    first.person = {plural: false};
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
  const afterSubject = verbs.filter((v) => v.offset.start >= (subject ? subject.end : 0));
  const mainVerb =
    afterSubject.find((v, i) => !(/^\w+ing$/.test(v.text.trim()) && afterSubject[i + 1])) ??
    afterSubject[0] ??
    verbs[0];
  void subjectIsFirst;
  const gender: Gender | undefined =
    (subject?.name ? nameGender(subject.name) : undefined) ??
    subject?.person?.gender ??
    (FEMALE_PRONOUNS.test(premise) && !MALE_PRONOUNS.test(premise)
      ? 'f'
      : MALE_PRONOUNS.test(premise) && !FEMALE_PRONOUNS.test(premise)
        ? 'm'
        : undefined);

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
  const copulaTies = (copula: Phrase['copula']): copula is NonNullable<Phrase['copula']> =>
    !!copula && (!copula.owner || POSSESSIVE_PRONOUN.test(copula.owner) || !!personInfo(copula.owner));
  const personOf = (p: Phrase, role: string): Person => ({
    role,
    name: p.name,
    gender: p.person?.gender ?? (p.name ? nameGender(p.name) : undefined),
    age: p.person?.age,
    phrase: p.text,
    ...(p.years && {years: p.years}),
    ...(p.history && {history: p.history}),
    // "becomes the town's podcast host": a possessor that is no person ties them to no one.
    relation: copulaTies(p.copula)
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
      // "disguises himself as a janitor", "returns as the new owner": a guise of the protagonist, nobody else.
      if (subject && /\bas\s+(?:an?\s+|the\s+)?$/i.test(premise.slice(Math.max(0, p.start - 8), p.start))) continue;
      const role = roleOf(p, things);
      const relative = tail(premise, p.end);
      const person = personOf(p, role);
      // "a listener who died ten years ago", "her dead mother" are in the story only through what they left.
      if (ABSENT.test(ownPart(p)) || ABSENT_CLAUSE.test(relative)) person.absent = true;
      // "the ex who owns the restaurant": the clause tells who they are.
      const clause = p.clause ? `who ${p.clause}` : relativeClause(relative);
      if (clause) person.phrase = `${p.text} ${clause}`;
      // "the woman he likes": one person, whose relation is the clause after her.
      if (/^(he|she|they|I|you)\s+\w+/.test(relative) && !mainVerb?.text.startsWith(relative.split(' ')[1] ?? '#')) {
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
      if (info && t !== phrases[0] && !people.some((p) => p.role === t.owner!.toLowerCase())) {
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
  const verbal = (t: Phrase) =>
    verbs.some((v) => v.offset.start === t.start) ||
    (!t.head.includes(' ') && /ing$/.test(t.head) && !tagEnglish(`the ${t.head}`).has('#Noun'));
  // What stands right after a named subject ("Marcus, 45, returns") is its verb, whatever the tagger says.
  const inVerbSlot = (t: Phrase) =>
    !!subject && subject.name !== undefined && /^[\s,\d]*$/.test(premise.slice(subject.end, t.start));
  const concrete = things
    .filter((t) => t !== phrases[0] || !(ownedSubject || animalSubject))
    .filter((t) => !inVerbSlot(t))
    .filter((t) => !verbal(t))
    .filter(
      (t) => !ABSTRACT_NOUNS.has(singular(t.head.split(' ').pop()!)) && !ABSTRACT_NOUNS.has(t.head.toLowerCase()),
    );
  const placeOf = (t: Phrase) => PLACE_WORDS[t.head.toLowerCase()] ?? PLACE_WORDS[singular(t.head.split(' ').pop()!)];
  const placePhrase = concrete.find(
    (t) =>
      placeOf(t) &&
      /\b(at|in|on|inside|aboard|into|outside|near|behind|to)\s+(the|a|an|her|his|my|their|our)?\s*[\w\s-]*$/i.test(
        premise.slice(0, t.start),
      ),
  );
  const placeByRole = [protagonist, ...people]
    .map((p) => p.role.split(' '))
    .find((words) => words.length > 1 && PLACE_WORDS[words[0]]);
  if (ownedSubject) concrete.unshift({...ownedSubject, text: ownedSubject.text.replace(/^.*'s?\s+/, 'the ')});
  const objectPhrase = ownedSubject
    ? concrete[0]
    : (concrete.find((t) => t !== placePhrase && (!mainVerb || t.start > mainVerb.offset.start)) ??
      concrete.find((t) => t !== placePhrase) ??
      animalSubject);
  let place = placePhrase ? placePhrase.head.toLowerCase() : placeByRole ? placeByRole[0] : undefined;
  if (!place) place = EVENT_PLACES.find(([pattern]) => pattern.test(premise))?.[1];
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
  if (objectPhrase && !ownedSubject && !animalSubject) {
    const after = tail(premise, objectPhrase.end);
    const possessed = things.find((t) => t.owner && t.start < objectPhrase!.start && objectPhrase!.start - t.end < 12);
    if (
      after &&
      /^(dated|addressed|signed|written|with|from|that|which|empty|full|stamped|marked|labell?ed|for|in|inside|into|under|underneath|beneath|behind|between|among|on|left|hidden|buried|sewn|tucked|baked|taped|engraved|carved|printed|missing|bearing|older|still)\b/i.test(
        after,
      )
    ) {
      incongruity = `${objectPhrase.text} ${after}`;
    } else if (possessed) {
      incongruity = premise.slice(possessed.start, objectPhrase.end).trim();
    }
  }
  // "realises the groom is her ex-fiancé": the odd thing is what was found out, a clause with its own verb.
  const found = event?.match(
    /^(?:discovers|realises|realizes|learns|notices|finds out|sees|recognises|recognizes|suspects)\s+(?:that\s+)?(.+)$/i,
  );
  if (found && tagEnglish(found[1]).has('#Verb') && !ownedSubject && !animalSubject) incongruity = found[1];
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
