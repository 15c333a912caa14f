/**
 * Where the scenes happen: the premise's places first, then places that follow from them (a hospital story
 * moves to the hospital roof and the parking garage), then the genre's usual places.
 */
import type {Setting, TimeOfDay} from '../../schema/script';
import type {PlaceFact} from './extract';
import {PLACES} from './lexicon/places';
import type {PlaceEntry} from './lexicon/types';
import type {StoryLanguage} from './phrases';
import type {Rng} from './random';
import {lowerFirst} from './text';

export interface Site {
  entry: PlaceEntry;
  /** The scene's location line: "Mercy General, night ward". */
  location: string;
  setting: Setting;
  /** The place in a sentence, in the story's language: "at the hospital". */
  at: string;
  visual: string;
  /** A proper name the place has in this story ("Mercy General"), for titles and lines. */
  properName?: string;
}

const placeById = (id: string) => PLACES.find((p) => p.id === id)!;

interface Candidate {
  entry: PlaceEntry;
  /** A proper name from the premise or inherited from the place this one is related to. */
  name?: string;
  city?: string;
}

export function chooseSites(count: number, premisePlaces: PlaceFact[], rolePlaces: string[], genrePlaces: string[], protagonist: string, rng: Rng, language: StoryLanguage): Site[] {
  const city = premisePlaces.find((p) => p.name && !p.entry)?.name;
  const named = premisePlaces.filter((p) => p.entry).map((p) => ({entry: p.entry!, name: p.name}));
  // Without a place of its own the story starts in one of the genre's two home places; the others come later.
  const [home, ...genreRest] = [...rng.shuffle(genrePlaces.slice(0, 2)), ...genrePlaces.slice(2)];
  const genreOrder = [home, ...rng.shuffle(genreRest)];
  const roots: Candidate[] = [...named, ...rolePlaces.map((id) => ({entry: placeById(id)})), ...genreOrder.map((id) => ({entry: placeById(id)}))];
  // A premise place without a proper name borrows one now, so its related places can share it.
  const withNames = roots.map((c) => ({...c, name: c.name ?? (c.entry.names ? rng.pick(c.entry.names) : undefined), city}));
  const order: Candidate[] = [];
  const add = (c: Candidate) => {
    if (!order.some((o) => o.entry.id === c.entry.id)) order.push(c);
  };
  const [first, ...others] = withNames;
  add(first);
  // The premise's own places come next, then what follows from the first place, then the rest.
  named.slice(1).forEach((n) => add(withNames.find((w) => w.entry.id === n.entry.id)!));
  rng.shuffle(first.entry.related).forEach((id) => add({entry: placeById(id), name: first.name, city}));
  others.forEach(add);
  for (const c of [...order]) rng.shuffle(c.entry.related).forEach((id) => add({entry: placeById(id), name: c.name, city}));
  const picked = order.slice(0, count);
  // The middle scenes shuffle a little so two stories from the same place do not walk the same route.
  const middle = rng.shuffle(picked.slice(1, -1));
  return [picked[0], ...middle, ...(picked.length > 1 ? [picked[picked.length - 1]] : [])].map((c) => site(c, protagonist, rng, language));
}

function site(c: Candidate, protagonist: string, rng: Rng, language: StoryLanguage): Site {
  const ownName = c.entry.names ? rng.pick(c.entry.names) : undefined;
  const name = c.name ?? ownName;
  let location = rng.pick(c.entry.labels).replace('{A}', protagonist);
  if (location.includes('{name}')) location = location.replace('{name}', name ?? 'the old place');
  if (c.city) location = `${c.city}, ${lowerFirst(location)}`;
  return {
    entry: c.entry,
    location: location.slice(0, 120),
    setting: c.entry.setting,
    at: language === 'es' ? c.entry.esAt : c.entry.at,
    visual: c.entry.visual,
    properName: c.entry.labels.some((l) => l.includes('{name}')) ? name : undefined,
  };
}

// Story arcs through a day or a night; the first scene's place picks one that suits it.
const ARCS: TimeOfDay[][] = [
  ['evening', 'night', 'night', 'night', 'dawn', 'dawn'],
  ['night', 'night', 'night', 'dawn', 'dawn', 'morning'],
  ['morning', 'afternoon', 'afternoon', 'dusk', 'evening', 'night'],
  ['afternoon', 'dusk', 'evening', 'night', 'night', 'night'],
  ['dusk', 'evening', 'night', 'night', 'night', 'dawn'],
];

export function timesOfDay(sites: Site[], rng: Rng): TimeOfDay[] {
  const preferred = sites[0]?.entry.times;
  const fitting = ARCS.filter((arc) => !preferred || preferred.includes(arc[0]));
  const arc = rng.pick(fitting.length > 0 ? fitting : ARCS);
  // Spread the arc over however many scenes there are, keeping its start and end.
  return sites.map((_, i) => arc[sites.length === 1 ? 0 : Math.round((i * (arc.length - 1)) / (sites.length - 1))]);
}
