import type {Character} from '../schema/script';

/** Lead, rival and ally: the protagonist first, then the others in cast order. */
export function principals(cast: readonly Character[]): [Character, Character, Character] {
  const lead = cast.find((c) => /protagonist/i.test(c.role)) ?? cast[0];
  const others = cast.filter((c) => c !== lead);
  const rival = others.find((c) => /antagonist|rival|villain/i.test(c.role)) ?? others[0] ?? lead;
  const ally = others.find((c) => c !== rival) ?? rival;
  return [lead, rival, ally];
}
