/** Every genre the offline writer can write, by the schema's genre name, in each language it writes. */
import type {Genre} from '../../../schema/script';
import type {StoryLanguage} from '../phrases';
import {SPANISH} from './es';
import {family} from './family';
import {mystery} from './mystery';
import {revenge} from './revenge';
import {romance} from './romance';
import {thriller} from './thriller';
import type {GenreBook} from './types';
import {workplace} from './workplace';

/** The English books: skeletons, keywords, places and objects, and the English text. */
export const GENRE_BOOKS: Record<Genre, GenreBook> = {romance, revenge, mystery, family, workplace, thriller};

/** A genre's book in a language: the same story machinery with that language's text. */
export function bookFor(genre: Genre, language: StoryLanguage): GenreBook {
  return language === 'es' ? {...GENRE_BOOKS[genre], ...SPANISH[genre]} : GENRE_BOOKS[genre];
}
