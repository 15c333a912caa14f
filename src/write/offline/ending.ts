/** The ending: a twist that fits the cast, and a cliffhanger that does not contradict it. */
import {genderLookup, storyLookup, type Story} from './context';
import type {Cliffhanger, GenreBook, Twist} from './genres/types';
import type {Rng} from './random';
import {fits, usesSlot} from './realise';
import {fill} from './template';

/** Whether the twist suits the relatives in this cast ("I'm your real mother" is no twist to one's mother). */
function kinAllowed(twist: Twist, story: Story): boolean {
  const relativesFit = (['B', 'C'] as const).every((slot) => {
    const kin = story.cast.find((c) => c.slot === slot)?.kin;
    return !kin || !twist.avoidKin?.[slot]?.includes(kin);
  });
  // A parent twist needs someone who can be old enough: not a student or an intern.
  const parent = twist.revealsParent && story.cast.find((c) => c.slot === twist.revealsParent);
  const youngRole = parent && parent.role?.age && parent.role.age[1] < story.cast[0].age + 16;
  const twin = parent && /twin/i.test(`${parent.role?.id} ${parent.title}`);
  return relativesFit && !youngRole && !twin;
}

/** A twist that fits this cast; one that turns on C only when C has been on stage before it. */
export function pickTwist(book: GenreBook, story: Story, rng: Rng, allowC: boolean): Twist {
  const lookup = storyLookup(story, -1);
  const fitting = book.twists.filter((t) => fits(t, story, rng));
  const writable = fitting.filter((t) => fill(t.summary, lookup, genderLookup(story)) !== undefined);
  const usable = writable.filter((t) => kinAllowed(t, story) && (allowC || !usesSlot([...t.beats, t.summary], 'C')));
  return rng.pick(usable.length > 0 ? usable : writable);
}

/** The cliffhanger; a short video takes one of the two with the shortest final beat (the twist must come late). */
export function pickCliffhanger(book: GenreBook, story: Story, twist: Twist, rng: Rng, brief: boolean, allowC: boolean): Cliffhanger {
  const lookup = storyLookup(story, -1);
  const fitting = book.cliffhangers.filter((c) => fill(c.card, lookup, genderLookup(story)) !== undefined && fits(c, story, rng));
  const usable = fitting.filter((c) => !(twist.tag && c.avoid?.includes(twist.tag)) && (allowC || !usesSlot([...c.beats, c.card], 'C')));
  const pool = usable.length > 0 ? usable : fitting;
  const finalLength = (c: Cliffhanger) => String(c.beats[c.beats.length - 1]).length;
  return rng.pick(brief ? [...pool].sort((a, b) => finalLength(a) - finalLength(b)).slice(0, 2) : pool);
}
