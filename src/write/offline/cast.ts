/**
 * Casting: the premise's people become the characters (protagonist first), the genre supplies whoever is
 * missing, and everyone without a name gets one from the premise language's name pool.
 */
import type {PersonFact} from './extract';
import type {GenreBook} from './genres/types';
import {namePool} from './lexicon/names';
import {ROLES} from './lexicon/roles';
import type {Gender, Kin, RoleEntry} from './lexicon/types';
import type {Rng} from './random';
import type {Speaker} from './template';
import {slug} from './text';

export type StoryFunction = 'protagonist' | 'counterpart' | 'ally' | 'witness';

export interface CastMember {
  slot: Speaker;
  id: string;
  name: string;
  gender: Gender;
  age: number;
  function: StoryFunction;
  role?: RoleEntry;
  /** The role as the story says it: "nurse", "ex-fiancé". */
  title?: string;
  /** A relative or partner of the protagonist. */
  owned: boolean;
  kin?: Kin;
  /** A second role the premise reveals: "the groom is her brother". */
  also?: string;
  fromPremise: boolean;
}

const SLOTS: Speaker[] = ['A', 'B', 'C', 'D'];
const FUNCTIONS: StoryFunction[] = ['protagonist', 'counterpart', 'ally', 'witness'];
const roleById = (id: string) => ROLES.find((r) => r.id === id)!;
const opposite = (g: Gender): Gender => (g === 'f' ? 'm' : 'f');
const between = (rng: Rng, [min, max]: [number, number]) => min + rng.int(max - min + 1);

/** Ages of relatives follow the protagonist's; everyone else has the range of their role. */
function ageFor(rng: Rng, role: RoleEntry | undefined, owned: boolean, protagonistAge: number | undefined): number {
  const kin = role?.kin;
  if (kin && owned && protagonistAge !== undefined) {
    const offsets: Record<Kin, [number, number]> = {
      parent: [24, 32], grandparent: [45, 55], child: [-32, -24], sibling: [-6, 6], spouse: [-3, 5], partner: [-3, 5],
      ex: [-3, 5], 'in-law': [25, 32], relative: [-4, 20],
    };
    return Math.max(7, protagonistAge + between(rng, offsets[kin]));
  }
  if (kin) {
    const ranges: Record<Kin, [number, number]> = {
      parent: [40, 58], grandparent: [66, 82], child: [18, 28], sibling: [22, 36], spouse: [28, 45], partner: [24, 36],
      ex: [26, 38], 'in-law': [52, 68], relative: [30, 55],
    };
    return between(rng, ranges[kin]);
  }
  return between(rng, role?.age ?? [24, 36]);
}

/** The role's word for this person: the premise's own word when it has one ("ex-fiancé"), else the lexicon's. */
function titleOf(person: {role?: RoleEntry; roleWord?: string}, gender: Gender): string | undefined {
  const {role, roleWord} = person;
  if (!role) return undefined;
  if (roleWord && roleWord !== role.title.toLowerCase()) return roleWord;
  return gender === 'm' && role.maleTitle ? role.maleTitle : role.title;
}

export interface CastOptions {
  /** How many characters the story wants at least (2 or 3); the premise may bring up to 4. */
  wanted: number;
  /** The premise's language, for the names of people it does not name. */
  namesLanguage?: string;
}

export function castStory(people: PersonFact[], book: GenreBook, rng: Rng, options: CastOptions): CastMember[] {
  const drafts: (Partial<PersonFact> & {fromPremise: boolean})[] = people.map((p) => ({...p, fromPremise: true}));
  if (drafts.length === 0) drafts.push({fromPremise: false, owned: false});
  const used = new Set(drafts.map((d) => d.role?.id));
  const fillFrom = (ids: string[]) => {
    const id = rng.shuffle(ids).find((i) => !used.has(i)) ?? ids[0];
    used.add(id);
    // An invented relative is the protagonist's own: "her sister", not "a sister".
    drafts.push({role: roleById(id), fromPremise: false, owned: roleById(id).kin !== undefined});
  };
  if (drafts.length < 2) fillFrom(book.counterparts);
  if (drafts.length < options.wanted) fillFrom(book.allies);

  const pool = namePool(options.namesLanguage);
  const taken = new Set<string>();
  const cast: CastMember[] = [];
  drafts.slice(0, 4).forEach((draft, i) => {
    const protagonist = cast[0];
    const gender: Gender =
      draft.gender ??
      draft.role?.gender ??
      (i === 1 && protagonist && book.genre === 'romance' && !rng.chance(0.1) ? opposite(protagonist.gender) : undefined) ??
      (i === 0 ? (rng.chance(0.65) ? 'f' : 'm') : rng.chance(0.5) ? 'f' : 'm');
    const name = draft.name ?? inventName(pool[gender], taken, rng);
    taken.add(name.split(' ')[0]);
    const title = titleOf(draft, gender);
    cast.push({
      slot: SLOTS[i],
      id: uniqueId(slug(name.replace(/^(Dr|Mr|Mrs|Ms|Miss)\.?\s+/, ''), `c${i + 1}`), cast),
      name,
      gender,
      age: ageFor(rng, draft.role, draft.owned ?? false, protagonist?.age),
      function: FUNCTIONS[i],
      role: draft.role,
      title,
      owned: draft.owned ?? false,
      kin: draft.role?.kin,
      also: draft.also ? (draft.alsoWord ?? draft.also.title) : undefined,
      fromPremise: draft.fromPremise,
    });
  });
  return cast;
}

/** A name nobody in the cast has, preferring a different first letter so captions tell them apart at a glance. */
function inventName(pool: string[], taken: Set<string>, rng: Rng): string {
  const free = rng.shuffle(pool).filter((n) => !taken.has(n));
  const initials = new Set([...taken].map((n) => n[0]));
  return free.find((n) => !initials.has(n[0])) ?? free[0] ?? `${pool[0]} ${taken.size + 1}`;
}

function uniqueId(base: string, cast: CastMember[]): string {
  let id = base;
  for (let n = 2; cast.some((c) => c.id === id); n++) id = `${base.slice(0, 29)}-${n}`;
  return id;
}

/** How a line introduces someone: "the patient", "Maya's husband"; undefined for a bare name. */
export function whoIs(member: CastMember, protagonist: CastMember): string | undefined {
  if (!member.title || member === protagonist) return undefined;
  return member.owned ? `${protagonist.name}'s ${member.title}` : `the ${member.title}`;
}
