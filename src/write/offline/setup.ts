/**
 * Preparing a request: the premise read, the genre chosen, the cast and the props picked. Everything here
 * is the same for every number of scenes the fitting tries.
 */
import type {Genre, Mood} from '../../schema/script';
import {UserError} from '../../util/errors';
import type {WriteRequest} from '../writer';
import {castStory, type CastMember} from './cast';
import type {Story} from './context';
import {extractFacts, type PremiseFacts} from './extract';
import {bookFor} from './genres';
import type {GenreBook} from './genres/types';
import {inferGenre} from './infer-genre';
import {baseLanguage, detectLanguage} from './language';
import {PHRASES, storyLanguage} from './phrases';
import {chooseProps} from './props';
import {rngFor, type Rng} from './random';
import {cleanPremise} from './text';

/** Languages the offline writer can write a story in; any other request gets English (and says so). */
export const OFFLINE_LANGUAGES = ['en', 'es'];

/** How long the secret was kept: long enough to hurt, short enough for the protagonist to have lived it. */
function yearsFor(age: number, words: Record<number, string>, rng: Rng): string {
  const spans = Object.keys(words).map(Number).filter((n) => n <= Math.max(3, age - 18));
  return words[rng.pick(spans)];
}

/** Scenes for a duration: 3 for 15 s, up to 6 for 90 s. */
export const sceneCountFor = (durationSec: number, rng: Rng) => Math.max(3, Math.min(6, Math.floor(2.2 + durationSec / 22 + rng.next() * 0.6)));

export function chooseMood(book: GenreBook, rng: Rng): Mood {
  return rng.chance(0.6) ? book.moods[0] : rng.pick(book.moods);
}

/** A twist that makes someone the protagonist's parent needs them old enough to be one. */
export function ageForTwist(cast: CastMember[], slot: 'B' | 'C' | undefined, rng: Rng): CastMember[] {
  const protagonist = cast[0];
  return cast.map((c) => (c.slot === slot && c.age < protagonist.age + 17 ? {...c, age: protagonist.age + 19 + rng.int(10)} : c));
}

export function checkRequest(request: WriteRequest): void {
  if (typeof request.premise !== 'string' || request.premise.trim() === '') throw new UserError('the premise is empty: describe the story in one line');
  if (!Number.isFinite(request.durationSec) || request.durationSec < 15 || request.durationSec > 90) {
    throw new UserError(`the duration must be between 15 and 90 seconds (got ${request.durationSec})`);
  }
}

export interface Setup {
  request: WriteRequest;
  facts: PremiseFacts;
  book: GenreBook;
  cast: CastMember[];
  story: Omit<Story, 'sites' | 'org' | 'cast'>;
  language: string;
  /** The premise as the story may quote it: only when the story is in the premise's language. */
  quotable?: string;
  rng: Rng;
}

export function setUp(request: WriteRequest): Setup {
  const text = cleanPremise(request.premise);
  const detected = detectLanguage(text);
  const wanted = request.language ?? detected ?? 'en';
  const language = OFFLINE_LANGUAGES.includes(baseLanguage(wanted)) ? wanted : 'en';
  const written = storyLanguage(language);
  const rng = rngFor('offline-writer', request.premise, request.seed, request.genre, language);
  const facts = extractFacts(text, detected);
  const genre: Genre = request.genre ?? inferGenre(facts, rng.fork('genre'));
  const book = bookFor(genre, written);
  // The premise may be quoted (hook, logline) only by a story in its own language; retold only in English.
  const sameLanguage = baseLanguage(detected ?? 'en') === written;
  const namesLanguage = written === 'es' ? 'es' : detected;
  const cast = castStory(facts.people, book, rng.fork('cast'), {wanted: request.durationSec >= 30 ? 3 : 2, namesLanguage});
  return {
    request,
    facts,
    book,
    cast,
    story: {
      language: written,
      props: chooseProps(facts.objects, book.objects, rng.fork('props'), written),
      predicate: sameLanguage && written === 'en' ? facts.predicate : undefined,
      years: yearsFor(cast[0].age, PHRASES[written].years, rng.fork('years')),
    },
    language,
    quotable: sameLanguage && text ? text : undefined,
    rng,
  };
}
