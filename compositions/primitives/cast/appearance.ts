/**
 * A character's look, read from the script's `appearance` and `description` ("dark curly hair, navy blazer,
 * headset"; "A woman in her late twenties"): hair style and colour, skin tone, age, gender, the top and its colour,
 * and the items that show on a half-body figure. Pure and browser-safe (plain word lists, no NLP): the same
 * character gives the same look in every scene, and what the text does not say is picked from the character's id,
 * so two unnamed looks still differ.
 */
import {random} from 'remotion';
import type {Character} from '../../../src/schema/script';

export type HairStyle =
  'short' | 'long' | 'bob' | 'bun' | 'ponytail' | 'curly' | 'braids' | 'buzz' | 'bald' | 'slicked';
export type TopKind =
  | 'blazer'
  | 'suit'
  | 'hoodie'
  | 'dress'
  | 'shirt'
  | 'sweater'
  | 'jacket'
  | 'coat'
  | 'turtleneck'
  | 'blouse'
  | 'cardigan'
  | 'tshirt'
  | 'uniform';
export type Item =
  | 'headset'
  | 'glasses'
  | 'earrings'
  | 'pearls'
  | 'necklace'
  | 'tie'
  | 'scarf'
  | 'beard'
  | 'stubble'
  | 'cap'
  | 'stethoscope';
export type Gender = 'female' | 'male' | 'neutral';
export type AgeGroup = 'child' | 'young' | 'adult' | 'older';

export interface Look {
  gender: Gender;
  age: AgeGroup;
  skin: string;
  hair: {style: HairStyle; color: string};
  top: {kind: TopKind; color: string};
  /** What shows under an open top (a shirt under a blazer), when there is one. */
  under?: string;
  items: Item[];
  /** The colour of a tie, scarf or headset when named, else the character's colour. */
  itemColor: string;
  /** The character's colour: the rim light and the small details that say who this is. */
  accent: string;
}

/** Colour words, in the order they are tried: longer names first so "dark brown" is not read as "dark". */
const COLORS: [RegExp, string][] = [
  [/\b(salt[- ]and[- ]pepper)\b/, '#8a8a8a'],
  [/\b(platinum)\b/, '#eee6d2'],
  [/\b(silver|white[- ]haired)\b/, '#d9dbe0'],
  [/\b(grey|gray|greying|graying)\b/, '#9a9ca3'],
  [/\b(white|ivory)\b/, '#f1efe9'],
  [/\b(cream|beige|camel|khaki|tan)\b/, '#d7b98c'],
  [/\b(blonde?|golden|sandy|honey)\b/, '#e2c074'],
  [/\b(auburn|ginger|red[- ]haired|copper)\b/, '#a4461f'],
  [/\b(chestnut|brown|brunette|tousled brown)\b/, '#5b3a24'],
  [/\b(black|jet|dark)\b/, '#1d1a1c'],
  [/\b(navy|midnight)\b/, '#1f2b4d'],
  [/\b(charcoal)\b/, '#3a3d44'],
  [/\b(denim|blue)\b/, '#3f6db3'],
  [/\b(teal|turquoise)\b/, '#1f8a8a'],
  [/\b(green|olive|emerald)\b/, '#3e7a4a'],
  [/\b(red|crimson|scarlet)\b/, '#b8262e'],
  [/\b(burgundy|maroon|wine)\b/, '#6e1f32'],
  [/\b(pink|rose|blush)\b/, '#e48aa6'],
  [/\b(purple|violet|lilac|lavender)\b/, '#7a4fa8'],
  [/\b(yellow|mustard)\b/, '#d8b02e'],
  [/\b(orange|rust)\b/, '#c8662a'],
  [/\b(gold)\b/, '#c9a23c'],
  [/\b(tweed)\b/, '#7d6a4f'],
  [/\b(flannel|plaid)\b/, '#8c3b32'],
  [/\b(leather)\b/, '#24201f'],
];

const HAIR_STYLES: [RegExp, HairStyle][] = [
  [/\bbald\b/, 'bald'],
  [/\bbuzz|crew cut|close fade|shaved\b/, 'buzz'],
  [/\bbraids?\b|\bdreadlocks|\blocs\b/, 'braids'],
  [/\bponytail\b/, 'ponytail'],
  [/\bbun\b|\bchignon\b|\bupdo\b/, 'bun'],
  [/\bbob\b|\bpixie\b/, 'bob'],
  [/\bslicked|combed back|\bundercut\b/, 'slicked'],
  [/\bcurl(y|s)\b|\bafro\b|\bwavy\b/, 'curly'],
  [/\blong\b/, 'long'],
  [/\bshort\b|\bcropped\b|\bcombed\b|\btousled\b/, 'short'],
];

const HAIR_WORDS = /\bhair|bob\b|bun\b|braid|ponytail|curls\b|buzz|fade\b|bald|chignon|pixie|afro|dreadlocks|updo/;

const TOPS: [RegExp, TopKind][] = [
  [/\bhoodie\b|\bsweatshirt\b/, 'hoodie'],
  [/\bblazer\b/, 'blazer'],
  [/\bsuit\b|\btuxedo\b/, 'suit'],
  [/\bturtleneck\b/, 'turtleneck'],
  [/\bcardigan\b/, 'cardigan'],
  [/\bdress\b|\bgown\b/, 'dress'],
  [/\bblouse\b/, 'blouse'],
  [/\bcoat\b|\btrench\b|\bovercoat\b/, 'coat'],
  [/\bjacket\b/, 'jacket'],
  [/\bsweater\b|\bjumper\b|\bknit\b/, 'sweater'],
  [/\bscrubs\b|\buniform\b|\bapron\b/, 'uniform'],
  [/\bt-shirt\b|\btee\b/, 'tshirt'],
  [/\bshirt\b|\btweed\b|\bflannel\b/, 'shirt'],
];

const ITEMS: [RegExp, Item][] = [
  [/\bheadset\b|\bearpiece\b|\bheadphones\b/, 'headset'],
  [/\bglasses\b|\bspectacles\b|\bsunglasses\b/, 'glasses'],
  [/\bpearls?\b/, 'pearls'],
  [/\bearrings?\b|\bhoops\b/, 'earrings'],
  [/\bnecklace\b|\bpendant\b|\blocket\b|\bchain\b/, 'necklace'],
  [/\btie\b|\bbow tie\b|\bcravat\b/, 'tie'],
  [/\bscarf\b/, 'scarf'],
  [/\bbeard\b|\bmoustache\b|\bmustache\b|\bgoatee\b/, 'beard'],
  [/\bstubble\b/, 'stubble'],
  [/\bcap\b|\bhat\b|\bbeanie\b/, 'cap'],
  [/\bstethoscope\b|\bscrubs\b/, 'stethoscope'],
];

const SKINS: [RegExp, string][] = [
  [/\bpale|fair[- ]skinned|porcelain|freckled\b/, '#f3d3bf'],
  [/\bolive[- ]skinned|olive skin|tanned|sun-?tanned\b/, '#c99a6e'],
  [/\bbrown[- ]skinned|brown skin\b/, '#9a6440'],
  [/\bdark[- ]skinned|dark skin|deep skin|ebony\b/, '#5e3a26'],
];

/** Skin tones a look picks from when the text names none, light to deep. */
const SKIN_TONES = ['#f2cfb6', '#e5b895', '#d19f78', '#b07a52', '#8a5a3b', '#63402b'];
const HAIR_COLORS = ['#1d1a1c', '#3b2619', '#5b3a24', '#8a5a2b', '#c9a35a'];
const TOP_COLORS = ['#2b3346', '#5a2e3c', '#2e4a3c', '#4a4a52', '#6b4a2e', '#33465e'];

const FEMALE =
  /\b(woman|women|girl|she|her|lady|mother|mom|mum|wife|bride|daughter|sister|aunt|grand(mother|ma)|niece|queen|princess|girlfriend|fianc[ée]e|actress|waitress|widow|mrs|ms|miss)\b/;
const MALE =
  /\b(man|men|boy|he|his|him|gentleman|father|dad|husband|groom|son|brother|uncle|grand(father|pa)|nephew|king|prince|boyfriend|fianc[ée]|actor|waiter|widower|mr|sir)\b/;
const CHILD = /\b(child|kid|little|boy of|girl of|teenage|teen|\d{1,2}[- ]year[- ]old|ten|eleven|twelve)\b/;
const OLDER =
  /\b(old|elderly|grand(mother|father|ma|pa)|retired|sixties|seventies|eighties|nineties|aged|silver|gr[ea]y[- ]hair(ed)?|white[- ]hair(ed)?|greying|graying|widow(er)?)\b/;
const YOUNG = /\b(young|twenties|student|teenage|early twenties|20s)\b/;

/** A fixed pick for what the text does not say, seeded by the character's id and what is being picked. */
const pick = <T>(items: readonly T[], seed: string): T => items[Math.floor(random(seed) * items.length)];

function colorIn(text: string): string | undefined {
  return COLORS.find(([pattern]) => pattern.test(text))?.[1];
}

function first<T>(table: [RegExp, T][], text: string): T | undefined {
  return table.find(([pattern]) => pattern.test(text))?.[1];
}

/** The appearance in clauses ("dark curly hair", "navy blazer"), so each colour is read with its own noun. */
function clauses(appearance: string): string[] {
  return appearance
    .toLowerCase()
    .split(/,|;|\bwith\b|\band\b|\bover\b|\bunder\b|\.\s/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function genderOf(description: string, hair: string, items: Item[]): Gender {
  const words = description.toLowerCase();
  const female = FEMALE.test(words);
  const male = MALE.test(words);
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  if (female && male) {
    // "A woman ... her brother" names both: the first person named is who this is.
    const f = words.search(FEMALE);
    const m = words.search(MALE);
    return f < m ? 'female' : 'male';
  }
  if (items.includes('beard') || items.includes('stubble')) return 'male';
  if (/\bbun\b|\bbob\b|\bponytail\b|\bchignon\b/.test(hair)) return 'female';
  return 'neutral';
}

function ageOf(text: string): AgeGroup {
  if (CHILD.test(text) && !/\badult\b/.test(text)) return /\bteen/.test(text) ? 'young' : 'child';
  if (OLDER.test(text)) return 'older';
  if (YOUNG.test(text)) return 'young';
  return 'adult';
}

/** The look of a character: what the appearance and description say, and a stable pick for what they don't. */
export function lookOf(character: Pick<Character, 'id' | 'description' | 'appearance' | 'color'>): Look {
  const appearance = character.appearance ?? '';
  const description = character.description;
  const seed = (what: string) => `${character.id}:${what}`;
  const parts = clauses(appearance);
  const everything = `${appearance} ${description}`.toLowerCase();

  const hairClause = parts.find((part) => HAIR_WORDS.test(part)) ?? '';
  const items = ITEMS.filter(([pattern]) => pattern.test(everything)).map(([, item]) => item);
  const gender = genderOf(description, hairClause, items);
  const age = ageOf(everything);

  const named = first(HAIR_STYLES, hairClause);
  const style: HairStyle =
    named ??
    (gender === 'female'
      ? pick(['long', 'bob', 'ponytail'] as const, seed('hair'))
      : pick(['short', 'slicked'] as const, seed('hair')));
  const hairColor = colorIn(hairClause) ?? (age === 'older' ? '#a9abb2' : pick(HAIR_COLORS, seed('hair colour')));

  const topIndex = parts.findIndex((part) => first(TOPS, part) !== undefined);
  const topClause = topIndex >= 0 ? parts[topIndex] : '';
  const kind: TopKind = first(TOPS, topClause) ?? (gender === 'male' ? 'shirt' : 'sweater');
  const topColor = colorIn(topClause) ?? pick(TOP_COLORS, seed('top colour'));
  // A second garment named after the first ("a denim jacket over a slip dress", "navy suit, white shirt").
  const second = parts.slice(topIndex + 1).find((part) => first(TOPS, part) !== undefined);
  const openTop = ['blazer', 'suit', 'jacket', 'coat', 'cardigan'].includes(kind);
  const under = openTop
    ? second
      ? (colorIn(second) ?? '#eeeeee')
      : kind === 'suit'
        ? '#f4f4f2'
        : '#e9e4dc'
    : undefined;

  const itemClause = parts.find((part) => /\btie\b|\bscarf\b|\bheadset\b/.test(part));
  return {
    gender,
    age,
    skin: first(SKINS, everything) ?? pick(SKIN_TONES, seed('skin')),
    hair: {style, color: hairColor},
    top: {kind, color: topColor},
    under,
    items,
    itemColor: (itemClause && colorIn(itemClause)) ?? character.color,
    accent: character.color,
  };
}
