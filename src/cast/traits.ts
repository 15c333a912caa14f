/** What a character's description and role say about their voice: gender, age and manner. */
import type {Character} from '../schema/script';

export type Gender = 'female' | 'male';
export type Age = 'young' | 'middle' | 'old';
/** Manners a voice can have; catalogues tag their voices with the same words. */
export type Tone = 'warm' | 'soft' | 'bright' | 'intense' | 'deep' | 'authoritative' | 'calm' | 'casual';

export interface Traits {
  gender?: Gender;
  age?: Age;
  tones: Tone[];
}

// Word lists in English (the writer describes characters in English) plus the commonest words of a few
// languages a hand-written script might use.
const GENDER_WORDS: Record<Gender, string[]> = {
  female: [
    'woman',
    'women',
    'girl',
    'female',
    'she',
    'her',
    'hers',
    'herself',
    'lady',
    'mother',
    'mom',
    'mum',
    'wife',
    'bride',
    'daughter',
    'sister',
    'aunt',
    'grandmother',
    'grandma',
    'niece',
    'queen',
    'princess',
    'girlfriend',
    'fiancee',
    'fiancée',
    'actress',
    'waitress',
    'heiress',
    'widow',
    'mrs',
    'ms',
    'miss',
    'mujer',
    'chica',
    'femme',
    'fille',
    'frau',
    'mädchen',
    'mulher',
    'menina',
    'donna',
    'ragazza',
  ],
  male: [
    'man',
    'men',
    'boy',
    'male',
    'he',
    'him',
    'his',
    'himself',
    'gentleman',
    'father',
    'dad',
    'husband',
    'groom',
    'son',
    'brother',
    'uncle',
    'grandfather',
    'grandpa',
    'nephew',
    'king',
    'prince',
    'boyfriend',
    'fiance',
    'fiancé',
    'actor',
    'waiter',
    'heir',
    'widower',
    'mr',
    'hombre',
    'chico',
    'homme',
    'garçon',
    'mann',
    'junge',
    'homem',
    'menino',
    'uomo',
    'ragazzo',
  ],
};

const AGE_WORDS: Record<Age, string[]> = {
  young: [
    'young',
    'youthful',
    'teen',
    'teenage',
    'teenager',
    'child',
    'kid',
    'boy',
    'girl',
    'student',
    'intern',
    'twenties',
    '20s',
    'junior',
    'rookie',
  ],
  middle: ['thirties', 'forties', '30s', '40s', 'middle-aged', 'middle', 'mature', 'adult'],
  old: [
    'old',
    'older',
    'elderly',
    'aged',
    'aging',
    'ageing',
    'retired',
    'senior',
    'grandmother',
    'grandfather',
    'grandma',
    'grandpa',
    'widow',
    'widower',
    'fifties',
    'sixties',
    'seventies',
    'eighties',
    '50s',
    '60s',
    '70s',
    '80s',
  ],
};

const TONE_WORDS: Record<Tone, string[]> = {
  warm: ['warm', 'kind', 'gentle', 'loving', 'caring', 'charming', 'friendly', 'love', 'sweet', 'mentor', 'wise'],
  soft: ['soft', 'shy', 'quiet', 'timid', 'tender', 'fragile', 'nervous', 'anxious'],
  bright: ['bright', 'cheerful', 'bubbly', 'upbeat', 'energetic', 'lively', 'playful', 'excitable', 'optimistic'],
  intense: [
    'intense',
    'menacing',
    'ruthless',
    'cruel',
    'cold',
    'villain',
    'antagonist',
    'angry',
    'furious',
    'bitter',
    'vengeful',
    'sharp',
    'suspicious',
    'scheming',
  ],
  deep: ['deep', 'gruff', 'rough', 'gravelly', 'husky', 'brooding', 'imposing'],
  authoritative: [
    'authoritative',
    'commanding',
    'powerful',
    'boss',
    'ceo',
    'detective',
    'officer',
    'judge',
    'doctor',
    'rich',
    'wealthy',
    'arrogant',
    'proud',
    'confident',
  ],
  calm: ['calm', 'composed', 'steady', 'patient', 'tired', 'weary', 'measured', 'narrator'],
  casual: [
    'casual',
    'laid-back',
    'relaxed',
    'easygoing',
    'evasive',
    'witty',
    'sarcastic',
    'funny',
    'sidekick',
    'ally',
    'friend',
  ],
};

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** "a 28-year-old", "aged 70", "in her 60s": a number of years when the description gives one. */
function statedAge(text: string): number | undefined {
  const match = /(\d{1,2})[ -]?(?:year|yr)s?[ -]old|\baged? (\d{1,2})\b|\b(\d)0s\b/i.exec(text);
  if (!match) return undefined;
  return match[3] ? Number(match[3]) * 10 + 5 : Number(match[1] ?? match[2]);
}

const ageOf = (years: number): Age => (years < 30 ? 'young' : years < 50 ? 'middle' : 'old');

/** A compound counts as its last part: a businesswoman is a woman, a policeman a man (a German is not). */
function headOf(word: string): string {
  const compound = /^[\p{L}]{3,}?(wom[ae]n|m[ae]n)$/u.exec(word);
  return compound && !['german', 'germans', 'shaman', 'shamans'].includes(word) ? compound[1] : word;
}

/** Counts the words of each kind; the kind named most wins ("a woman who hates her ex-husband" is female). */
function strongest<K extends string>(words: string[], table: Record<K, string[]>): K | undefined {
  let best: K | undefined;
  let bestCount = 0;
  for (const kind of Object.keys(table) as K[]) {
    const count = words.filter((word) => table[kind].includes(word)).length;
    if (count > bestCount) [best, bestCount] = [kind, count];
  }
  return best;
}

export function traitsOf(character: Pick<Character, 'description' | 'role'>): Traits {
  const text = `${character.role} ${character.description}`;
  const words = tokens(text);
  const years = statedAge(text);
  return {
    gender: strongest(words.map(headOf), GENDER_WORDS),
    age: years !== undefined ? ageOf(years) : strongest(words, AGE_WORDS),
    tones: (Object.keys(TONE_WORDS) as Tone[]).filter((tone) => words.some((word) => TONE_WORDS[tone].includes(word))),
  };
}

/** The narrator: no description, a calm and clear storyteller. */
export const NARRATOR_TRAITS: Traits = {tones: ['calm', 'warm']};
