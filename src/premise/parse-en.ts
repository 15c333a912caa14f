/**
 * Reading an English premise with compromise: its noun phrases (with offsets) become people, the object and the
 * place; its first verb after the subject is what the protagonist does; what follows the object is the odd thing.
 */
import nlp from 'compromise';
import {ABSTRACT_NOUNS, EVENT_PLACES, FEMALE_PRONOUNS, MALE_PRONOUNS, PERSON_WORDS, PLACE_WORDS} from './lexicon';
import type {AgeHint, Gender, Person, Situation} from './types';

/** What a language's reader finds in a premise: the situation before its tone is weighed. */
export type Parsed = Omit<Situation, 'premise' | 'language' | 'tone' | 'tones'>;

interface Phrase {
  text: string;
  start: number;
  end: number;
  /** Words of the head noun, without determiners, numbers, possessives or adjectives: "passenger list". */
  head: string;
  /** The possessor when the phrase is "X's Y": "CEO", "daughter"; a possessive pronoun is "her"/"his"/"my"... */
  owner?: string;
  person?: {gender?: Gender; age?: AgeHint; plural: boolean};
  name?: string;
  /** "the groom is her ex-fiancé": what the person is said to be (head and possessor), one person, not two. */
  copula?: {head: string; owner?: string};
  /** An age the premise states after a name: "Marcus, 45,". */
  years?: number;
  /** What the premise says this person did before: "stood her up ten years ago". */
  history?: string;
}

/** Person words that say nothing of a relation: "the groom is the man who ..." names his history, not a tie. */
const GENERIC_PERSON = /^(man|woman|person|guy|girl|boy|stranger|someone|one)$/i;

/** Words that make a possessor absent from the present story: "her missing sister's bracelet". */
const ABSENT = /\b(missing|late|dead|deceased|vanished|disappeared|lost|died)\b/i;
/** Words compromise tags as people by their "-ist" ending that are things. */
const NOT_PEOPLE = new Set([
  'wrist',
  'fist',
  'list',
  'mist',
  'twist',
  'playlist',
  'checklist',
  'wishlist',
  'waitlist',
  'setlist',
  'gist',
]);
const POSSESSIVE_PRONOUN = /^(my|her|his|their|our|your|its)$/i;
/** Adjectives that say a person's age: "a little girl" is a child, "a teenage son" a teen. */
const AGE_WORDS: [RegExp, AgeHint][] = [
  [
    /\b(little|toddler|young son|young daughter|six-year-old|seven-year-old|eight-year-old|nine-year-old|ten-year-old)\b/i,
    'child',
  ],
  [/\b(teenage|teen|teenager|adolescent|high school|sixteen-year-old|fifteen-year-old)\b/i, 'teen'],
  [/\b(old|elderly|retired|aging|ageing|aged)\b/i, 'old'],
];

/**
 * The text as compromise should tag it. compromise reads "town's wedding" as "town is wedding"; the plural
 * possessive form ("towns' wedding") has the same length, so offsets still point into the premise, and it tags
 * as a possessive. The lexicon makes the premise's person words nouns ("an overworked intern" is not a verb).
 */
const taggable = (text: string) => text.replace(/(\w)'s\b/g, "$1s'");
const LEXICON: Record<string, string> = Object.fromEntries(
  [...PERSON_WORDS.keys()].filter((w) => /^[a-z]+$/.test(w)).map((w) => [w, 'Actor']),
);
const tag = (text: string) => nlp(taggable(text), LEXICON);
const clean = (text: string) =>
  text
    .replace(/[,.;:!?"]+$/g, '')
    .replace(/^[,;:\s]+/, '')
    .trim();
const singular = (text: string) => (nlp(text).nouns().toSingular().text() || text).toLowerCase();

/** A person noun by the lexicon or compromise's tags; multi-word roles first. */
function personInfo(head: string): Phrase['person'] {
  const lower = head.toLowerCase().replace(/\u2011/g, '-');
  const last = lower.split(' ').pop()!;
  const one = singular(last);
  const entry = PERSON_WORDS.get(lower) ?? PERSON_WORDS.get(one) ?? PERSON_WORDS.get(last);
  const plural = one !== last && !lower.endsWith('ss');
  const twin = /\btwin\b/.test(lower) ? {age: 'same' as AgeHint} : {};
  if (entry) return {...entry, ...twin, plural};
  if (nlp(last).has('(#Actor|#Person)') && !ABSTRACT_NOUNS.has(one) && !NOT_PEOPLE.has(one)) return {plural};
  return undefined;
}

function analyse(raw: string, start: number): Phrase {
  const text = clean(raw);
  const words = tag(text).terms().json() as {text: string; terms: {text: string; tags: string[]}[]}[];
  // The premise's own words, by position: the tagger sees "towns'" where the premise says "town's".
  const original = text.split(/\s+/);
  let owner: string | undefined;
  let pronounOwner: string | undefined;
  const head: string[] = [];
  words.forEach((w, i) => {
    const term = w.terms[0];
    const tags = new Set(term.tags);
    const said = original.length === words.length ? original[i] : term.text;
    const word = said.replace(/[,.;:!?]+$/, '');
    // "her test tomorrow" is the test: a time word is no part of a thing's name.
    if (tags.has('Determiner') || tags.has('Value') || tags.has('Adverb') || (tags.has('Date') && head.length > 0))
      return;
    if (POSSESSIVE_PRONOUN.test(word)) {
      owner = pronounOwner = word.toLowerCase();
      return;
    }
    if (/'s?$/.test(word) && (tags.has('Possessive') || /'$/.test(w.text))) {
      owner = [...head, word.replace(/'s?$/, '')].join(' ');
      head.length = 0;
      return;
    }
    if (
      head.length === 0 &&
      (/^(same|old|new|missing|strange|mysterious|other|rival|little|big|young|own|shy|nervous|overworked|aging|ageing|teenage|elderly|retired|late|lonely|grumpy|tiny)$/i.test(
        word,
      ) ||
        ((tags.has('Adjective') || tags.has('PastTense')) && personInfo(text.split(' ').pop()!)))
    )
      return;
    head.push(word);
  });
  // "her husband's": the possessive stands for the person it names.
  if (head.length === 0 && owner && !POSSESSIVE_PRONOUN.test(owner) && personInfo(owner)) {
    head.push(owner);
    owner = pronounOwner;
  }
  // "the grumpiest judge in town": the head is the judge; a prepositional tail is not part of it (a role like
  // "maid of honour" is matched whole first).
  const whole = head.join(' ') || text;
  const headText = PERSON_WORDS.has(whole.toLowerCase()) ? whole : whole.split(/\s+(?:in|at|on|from|with|of)\s+/i)[0];
  // A title before a name: "Grandpa Joe", "Coach Rivera" is Joe, whose role is grandpa.
  const titled = headText.match(/^(.+?)\s+([A-Z][a-z]+)$/);
  const lone = words.length === 1 && /^[A-Z]/.test(text) && tag(text).has('(#Person|#FirstName)');
  const name = lone ? text : titled && personInfo(titled[1]) ? titled[2] : undefined;
  const role = titled && name ? titled[1] : headText;
  const person = personInfo(role);
  const age = AGE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  return {
    text,
    start,
    end: start + raw.length,
    head: lone ? headText : role,
    owner,
    person: person ? {...person, ...(age && {age})} : name ? {plural: false} : undefined,
    name,
  };
}

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
  const doc = tag(premise);
  const nouns = doc.nouns().json({offset: true}) as {text: string; offset: {start: number; length: number}}[];
  const phrases = nouns
    // A pronoun is never the object or a person of its own ("stood her up" is the protagonist again).
    .filter((n) => !/^(he|she|they|it|we|you|me|him|her|his|its|our|their|them|us|i)[,.]?$/i.test(n.text.trim()))
    // The premise's own text at each phrase: the tagger saw "Mayas'" where the premise says "Maya's".
    .map((n) => analyse(premise.slice(n.offset.start, n.offset.start + n.offset.length), n.offset.start));
  const firstPerson = /\b(I|[Mm]e|[Mm]y|[Mm]yself)\b/.test(premise) && !/^\s*"/.test(premise);

  // An appositive names the role of the name before it: "Nora, a night nurse, ...".
  for (let i = 0; i + 1 < phrases.length; i++) {
    const [a, b] = [phrases[i], phrases[i + 1]];
    if (a.name && b.person && /^\s*,?\s*$/.test(premise.slice(a.end, b.start).replace(/,/g, ''))) {
      a.head = b.head;
      a.person = {...b.person, plural: false};
      phrases.splice(i + 1, 1);
    }
  }
  for (let i = 0; i < phrases.length; i++) {
    const [a, b] = [phrases[i], phrases[i + 1]];
    const years = a.name ? premise.slice(a.end).match(/^\s*,?\s*(\d{1,2})\s*,/) : null;
    if (years) a.years = Number(years[1]);
    // A copula or apposition between two person phrases names one person: "the groom is her ex-fiancé".
    if (
      b &&
      a.person &&
      b.person &&
      !b.name &&
      /^\s*(is|was|turns out to be|is actually|was once|is secretly|is really)\s*$/i.test(premise.slice(a.end, b.start))
    ) {
      // "the groom is the man who stood her up ten years ago": a plain "man" is no relation; what he did is his history.
      const history = premise
        .slice(b.end)
        .match(/^\s*(?:who|that)\s+([^,.;!?]+)/i)?.[1]
        ?.trim();
      if (!GENERIC_PERSON.test(b.head)) a.copula = {head: b.head, owner: b.owner};
      if (history) a.history = history;
      phrases.splice(i + 1, 1);
    }
  }

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
  const mainVerb = verbs.find((v) => v.offset.start >= (subject ? subject.end : 0)) ?? verbs[0];
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
  const ownedSubject =
    !firstPerson &&
    phrases[0] &&
    !phrases[0].person &&
    !phrases[0].name &&
    ((phrases[0].owner && personInfo(phrases[0].owner)) || (verbs[0] && phrases[0].end <= verbs[0].offset.start))
      ? phrases[0]
      : undefined;
  const personOf = (p: Phrase, role: string): Person => ({
    role,
    name: p.name,
    gender: p.person?.gender ?? (p.name ? nameGender(p.name) : undefined),
    age: p.person?.age,
    phrase: p.text,
    ...(p.years && {years: p.years}),
    ...(p.history && {history: p.history}),
    relation: p.copula
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
      const role = roleOf(p, things);
      const relative = tail(premise, p.end);
      const person = personOf(p, role);
      // "a listener who died ten years ago", "her dead mother" are in the story only through what they left.
      if (ABSENT.test(p.text)) person.absent = true;
      if (/^(who|that)\s+(died|vanished|disappeared|passed away)\b/i.test(relative)) person.absent = true;
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
    protagonist = people.shift()!;
    protagonist.gender ??= gender;
  } else {
    protagonist = {role: '', gender, phrase: 'I'};
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
          ...(ABSENT.test(t.text) ? {absent: true} : {}),
          relation: {
            kind: t.owner.toLowerCase(),
            of: /\b(her|his|my|our|their)\b/i.test(t.text) ? 'protagonist' : 'someone',
          },
        });
      }
    }
  }

  // A verb the tagger also listed as a noun ("returns", "competing") is no object.
  const verbal = (t: Phrase) =>
    verbs.some((v) => v.offset.start === t.start) ||
    (!t.head.includes(' ') && /ing$/.test(t.head) && !tag(`the ${t.head}`).has('#Noun'));
  // What stands right after a named subject ("Marcus, 45, returns") is its verb, whatever the tagger says.
  const inVerbSlot = (t: Phrase) =>
    !!subject && subject.name !== undefined && /^[\s,\d]*$/.test(premise.slice(subject.end, t.start));
  const concrete = things
    .filter((t) => t !== phrases[0] || !ownedSubject)
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
      concrete.find((t) => t !== placePhrase));
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
  // A plural subject's verb ("their owners start") told of one of them: "starts".
  if (event && subject?.person?.plural && subject === phrases[0] && mainVerb) {
    const conjugated = (nlp(mainVerb.text).verbs().conjugate()[0] as {PresentTense?: string} | undefined)?.PresentTense;
    if (conjugated) event = event.replace(mainVerb.text.trim(), conjugated);
  }
  if (ownedSubject && objectPhrase && mainVerb)
    incongruity = `${objectPhrase.text} ${clean(premise.slice(mainVerb.offset.start).split(/[,.;!?]/)[0])}`;
  // The odd thing: what follows the object ("dated tomorrow"), else the possessed thing and what follows it.
  if (objectPhrase && !ownedSubject) {
    const after = tail(premise, objectPhrase.end);
    const possessed = things.find((t) => t.owner && t.start < objectPhrase!.start && objectPhrase!.start - t.end < 12);
    if (
      after &&
      /^(dated|addressed|signed|written|with|from|that|which|empty|full|stamped|marked|labell?ed|for|in|under|left|hidden|missing|bearing|older|still)\b/i.test(
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
  if (found && tag(found[1]).has('#Verb') && !ownedSubject) incongruity = found[1];
  incongruity ??= event;
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
