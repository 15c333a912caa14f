/**
 * Where a protagonist's work puts them when the premise names no place: a pilot's story happens in a cockpit, a
 * nurse's on a ward. The place must be one the scene painter knows (src/premise/lexicon PLACE_WORDS).
 */
const WORKPLACES: [RegExp, string][] = [
  [/\b(nurse|doctor|surgeon|paramedic|midwife|orderly)\b/, 'hospital'],
  [/\b(teacher|principal|professor|student|tutor|janitor)\b/, 'school'],
  [/\b(librarian)\b/, 'library'],
  [/\b(chef|cook|baker|dishwasher)\b/, 'kitchen'],
  [/\b(waiter|waitress|barista)\b/, 'cafe'],
  [/\b(bartender)\b/, 'bar'],
  [/\b(detective|officer|cop|sheriff|lawyer|judge)\b/, 'police station'],
  [/\b(fisherman|fisherwoman|sailor|captain|lifeguard|lighthouse keeper)\b/, 'harbour'],
  [/\b(pilot|flight attendant|co-pilot|stewardess)\b/, 'airport'],
  [/\b(receptionist|cleaner|housekeeper|concierge|bellhop)\b/, 'hotel'],
  [/\b(farmer|shepherd)\b/, 'farm'],
  [/\b(priest|pastor|vicar|nun)\b/, 'church'],
  [/\b(ceo|intern|assistant|accountant|manager|secretary|engineer|developer|analyst|boss)\b/, 'office'],
  [/\b(mechanic)\b/, 'garage'],
];

/** The place a role works in, or undefined when the role says none. */
export function workplaceOf(role: string, known: Record<string, string>): string | undefined {
  const lower = role.toLowerCase();
  const place = WORKPLACES.find(([pattern]) => pattern.test(lower))?.[1];
  return place && known[place] ? place : undefined;
}
