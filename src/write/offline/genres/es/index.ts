/** The genre texts in Spanish; the story machinery (skeletons, keywords, places) is the English books'. */
import type {Genre} from '../../../../schema/script';
import type {GenreText} from '../types';
import {family} from './family';
import {mystery} from './mystery';
import {revenge} from './revenge';
import {romance} from './romance';
import {thriller} from './thriller';
import {workplace} from './workplace';

export const SPANISH: Record<Genre, GenreText> = {romance, revenge, mystery, family, workplace, thriller};
