/**
 * Casting the situation: the protagonist, the premise's other people (each once, with the relation the premise
 * gives), and whoever the story needs besides (someone to push back, a friend). Ages follow relations (a twin is
 * the same age, a grandmother old, a daughter a generation younger). Names and ages come from a generator seeded
 * by the premise and seed only, so another duration keeps the cast.
 */
import type {Genre} from '../../schema/script';
import type {AgeHint, Person, Situation} from '../../premise';
import {genderOfName, namePool} from './lexicon/names';
import type {Gender} from './lexicon/types';
import type {Rng} from './random';
import {slug} from './text';
import {escapeRegExp} from '../../schema/text';

export type Slot = 'P' | 'O' | 'A' | 'D';

export interface Member {
  slot: Slot;
  id: string;
  name: string;
  gender: Gender;
  age: number;
  /** The role as the premise says it ("ferry captain"), or the one the story gives an invented person. */
  role: string;
  /** How they relate to the protagonist, in words ("daughter", "the woman he likes"); undefined when not. */
  relation?: string;
  fromPremise: boolean;
  /** How this person speaks: short and dry, warm, brisk, loose. */
  voice: 'dry' | 'warm' | 'brisk' | 'loose';
  /** What they call the protagonist (or, for the protagonist, what they call the counterpart). */
  calls: string;
}

/** Who the story invents when the premise gives no one to push back, by tone. */
const COUNTERPARTS: Record<Genre, {en: string; es: string}[]> = {
  comedy: [
    {en: 'rival', es: 'rival'},
    {en: 'neighbour', es: 'vecino'},
  ],
  heartwarming: [
    {en: 'neighbour', es: 'vecino'},
    {en: 'old friend', es: 'viejo amigo'},
  ],
  romance: [
    {en: 'ex', es: 'ex'},
    {en: 'stranger', es: 'desconocido'},
  ],
  thriller: [
    {en: 'stranger', es: 'desconocido'},
    {en: 'detective', es: 'detective'},
  ],
  mystery: [
    {en: 'colleague', es: 'colega'},
    {en: 'archivist', es: 'archivero'},
  ],
  revenge: [
    {en: 'ex-partner', es: 'exsocio'},
    {en: 'boss', es: 'jefe'},
  ],
  family: [
    {en: 'sister', es: 'hermana'},
    {en: 'brother', es: 'hermano'},
  ],
  workplace: [
    {en: 'boss', es: 'jefe'},
    {en: 'colleague', es: 'colega'},
  ],
};
const ALLIES = {
  en: ['best friend', 'roommate', 'cousin', 'oldest friend'],
  es: ['mejor amiga', 'compañera de piso', 'prima', 'amiga de siempre'],
};

const between = (rng: Rng, min: number, max: number) => min + rng.int(max - min + 1);
const KIN_OFFSETS: [RegExp, number, number][] = [
  [/\btwin\b|gemel/, 0, 0],
  [/grand(son|daughter|child)|niet[oa]/, -58, -48],
  [/\b(daughter|son|child|kid|hij[oa])\b/, -32, -24],
  [/grand(mother|father|ma|pa)|abuel[oa]/, 45, 55],
  [/\b(mother|father|mom|dad|madre|padre)\b/, 24, 32],
  [/\bbig (brother|sister)\b|herman[oa]/, 3, 7],
  [/\b(sister|brother)\b/, -6, 6],
  [/\b(wife|husband|fiancé|fiancée|boyfriend|girlfriend|espos[oa]|novi[oa])\b/, -3, 4],
];

function protagonistAge(person: Person, rng: Rng, parent: boolean): number {
  if (person.years) return person.years;
  if (person.age === 'old' || /\b(retired|elderly|old|widowed)\b/i.test(person.phrase)) return between(rng, 64, 79);
  if (person.age === 'child') return between(rng, 8, 11);
  if (person.age === 'teen') return between(rng, 15, 17);
  // An aging athlete is old for the sport, not for life.
  if (/\b(aging|ageing)\b/i.test(person.phrase)) return between(rng, 36, 44);
  // A parent of a teenager or an adult child is old enough to be one.
  if (parent) return between(rng, 42, 52);
  if (/\b(student|intern|teen|becari[oa]|estudiante)\b/.test(person.role)) return between(rng, 18, 22);
  if (/\b(ceo|captain|judge|senator|mayor|professor|capitán|capitana)\b/i.test(person.role))
    return between(rng, 42, 56);
  return between(rng, 26, 41);
}

function relativeAge(person: Person, protagonist: number, rng: Rng): number {
  const words = `${person.role} ${person.relation?.of === 'protagonist' ? person.relation.kind : ''}`.toLowerCase();
  if (person.relation?.of === 'protagonist' || person.age === 'same') {
    const kin = KIN_OFFSETS.find(([pattern]) => pattern.test(words));
    // A teenage son is a teenager whatever his parent's age says.
    if (person.age === 'teen') return between(rng, 14, 17);
    if (kin) return Math.max(8, protagonist + between(rng, kin[1], kin[2]));
  }
  if (person.age === 'teen') return between(rng, 14, 17);
  if (person.age === 'old') return between(rng, 68, 82);
  if (person.age === 'child') return between(rng, 8, 12);
  return Math.max(19, protagonist + between(rng, -8, 8));
}

const VOICES: Member['voice'][] = ['dry', 'warm', 'brisk', 'loose'];

/** A role as the premise writes it: the parser lowercases "CEO" and "DJ". */
const asWritten = (role: string, premise: string) =>
  (role && premise.match(new RegExp(`\\b${escapeRegExp(role)}\\b`, 'i'))?.[0]) || role;

/** The cast for a situation: at least three people, the premise's own first. */
export function castSituation(situation: Situation, tone: Genre, rng: Rng, spanish: boolean): Member[] {
  const pool = namePool(spanish ? 'es' : situation.language);
  const taken = new Set<string>();
  const voices = rng.shuffle(VOICES);
  const pickName = (gender: Gender) => {
    const free = rng.shuffle(pool[gender]).filter((n) => !taken.has(n) && ![...taken].some((t) => t[0] === n[0]));
    return free[0] ?? rng.pick(pool[gender].filter((n) => !taken.has(n)));
  };
  const members: Member[] = [];
  const add = (slot: Slot, person: Person, fromPremise: boolean) => {
    const p = members[0];
    const gender: Gender =
      person.gender ?? (person.name ? genderOfName(person.name) : undefined) ?? (rng.chance(0.55) ? 'f' : 'm');
    const name = person.name ?? pickName(gender);
    taken.add(name);
    const parent = situation.others.some(
      (o) => o.relation?.of === 'protagonist' && /\b(son|daughter|child|kid|hij[oa])\b/.test(o.relation.kind),
    );
    const age = p ? relativeAge(person, p.age, rng) : protagonistAge(person, rng, parent);
    // "a stranger's wrist" names a stranger, related to nobody: no relation to say.
    const relation =
      person.relation?.of === 'protagonist'
        ? person.relation.kind
        : person.relation && person.relation.of !== 'someone'
          ? `${person.relation.kind} of the ${person.relation.of}`
          : undefined;
    let id = slug(name, `c${members.length + 1}`);
    while (members.some((m) => m.id === id)) id = `${id}-${members.length + 1}`.slice(0, 32);
    members.push({
      slot,
      id,
      name,
      gender,
      age,
      role: asWritten(person.role, situation.premise) || (slot === 'P' ? '' : (relation ?? '')),
      relation,
      fromPremise,
      voice: voices[members.length % 4],
      calls: name,
    });
  };
  add('P', situation.protagonist, true);
  // The missing and the dead have no lines in the present: they are in the story through their things.
  const others = situation.others.filter((o) => (o.role || o.name) && !o.absent).slice(0, 3);
  others.forEach((o, i) => add(i === 0 ? 'O' : i === 1 ? 'A' : 'D', o, true));
  const lang = spanish ? 'es' : 'en';
  // A child's story is told among family: a parent backs them up, a sibling pushes back.
  const young = members[0].age < 18;
  const roleTaken = (role: string) => members.some((m) => m.role.replace(/^rival /, '') === role);
  if (members.length < 2) {
    const choices = COUNTERPARTS[tone].filter((c) => !roleTaken(c[lang]));
    const role = young
      ? lang === 'es'
        ? 'hermano'
        : 'big brother'
      : rng.pick(choices.length ? choices : COUNTERPARTS[tone])[lang];
    add(
      'O',
      {
        role,
        phrase: role,
        gender: /(sister|hermana)$/.test(role) ? 'f' : /(brother|hermano)$/.test(role) ? 'm' : undefined,
        ...(young && {relation: {kind: role, of: 'protagonist'}}),
      },
      false,
    );
  }
  if (members.length < 3) {
    const allies = ALLIES[lang].filter((r) => !roleTaken(r));
    if (young) {
      const role = lang === 'es' ? 'madre' : 'mom';
      add('A', {role, phrase: role, gender: 'f', relation: {kind: role, of: 'protagonist'}}, false);
    } else
      add(
        'A',
        {
          role: rng.pick(allies.length ? allies : ALLIES[lang]),
          phrase: 'ally',
          gender: spanish ? 'f' : undefined,
          age: 'same' as AgeHint,
        },
        false,
      );
  }
  // A counterpart the protagonist addresses by role when it is a title ("Captain", "Doctor").
  return members;
}
