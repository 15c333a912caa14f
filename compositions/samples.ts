/**
 * The sample scripts bundled with the program (public/samples/*.json), imported directly so Studio lists them
 * without a server. Add a sample: drop its JSON in public/samples/ and add one line here.
 */
import type {Script} from '../src/schema/script';
import lastWill from '../public/samples/last-will.json';
import textsFromNobody from '../public/samples/texts-from-nobody.json';
import wrongWedding from '../public/samples/wrong-wedding.json';

export interface Sample {
  /** The file name without .json; composition ids are `<template>-<id>`. */
  id: string;
  script: Script;
}

// JSON imports type their strings as string, not as the schema's enums; the Composition's schema validates them.
export const SAMPLES: readonly Sample[] = [
  {id: 'wrong-wedding', script: wrongWedding as Script},
  {id: 'texts-from-nobody', script: textsFromNobody as Script},
  {id: 'last-will', script: lastWill as Script},
];
