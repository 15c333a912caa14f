/** Which painter draws which setting. Every setting of the schema has one; the record type makes sure of it. */
import type {Setting} from '../../../src/schema/script';
import type {Painter} from './art';
import {rooftop, station, street} from './city';
import {beach, car, forest, park} from './outdoors';
import {bedroom, home, kitchen} from './home';
import {hospital, office, school, warehouse} from './work';
import {bar, cafe, church, hotel, party, restaurant} from './venues';

export const PAINTERS: Record<Setting, Painter> = {
  street,
  rooftop,
  station,
  office,
  school,
  hospital,
  warehouse,
  cafe,
  restaurant,
  bar,
  party,
  hotel,
  church,
  home,
  bedroom,
  kitchen,
  park,
  beach,
  forest,
  car,
};
