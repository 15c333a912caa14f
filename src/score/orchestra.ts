/** Every instrument the score and its styles can name. */
import {PERCUSSION} from './drums';
import {PITCHED} from './instruments';
import type {Instrument} from './note';

export const INSTRUMENTS = {...PITCHED, ...PERCUSSION} satisfies Record<string, Instrument>;
export type InstrumentName = keyof typeof INSTRUMENTS;
