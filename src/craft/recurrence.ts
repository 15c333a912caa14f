/**
 * Boilerplate measured: how many of a set of scripts' sentences recur word for word in the scripts of other
 * premises. A writer that tells each premise's own story has few; one that staples a premise onto a stock
 * skeleton has many. Pure and browser-safe.
 */
import type {Script} from '../schema/script';

/**
 * The sentences a viewer hears or reads: the hook card, every beat and the end card. A sentence said in two
 * breaths ("I kept getting orders…" then "…to an address that burned down.") is one sentence, and so is one with a
 * pause inside ("If you tell anyone… they'll come."): an ellipsis ends a sentence only before a capital.
 */
export function scriptSentences(script: Script): string[] {
  const beats = [script.hook, ...script.scenes.flatMap((s) => s.beats.map((b) => b.text)), script.cliffhanger];
  const texts: string[] = [];
  for (const text of beats) {
    const last = texts.length - 1;
    if (last >= 0 && /…$/.test(texts[last]) && /^…/.test(text))
      texts[last] = `${texts[last].slice(0, -1)} ${text.slice(1)}`;
    else texts.push(text);
  }
  return texts
    .flatMap((text) => text.split(/(?<=[.!?。！？])\s+|(?<=…)\s+(?![\p{Ll}…])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A sentence as compared: lower case, letters, digits and single spaces only. */
export function normalizeSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Recurrence {
  /** Every sentence of every script (each occurrence counts). */
  sentences: number;
  /** Occurrences of sentences that appear in the scripts of two or more different premises. */
  recurring: number;
  share: number;
  /** The recurring sentences, most widespread first: the text and how many premises use it. */
  top: {sentence: string; premises: number}[];
}

/** Recurrence across premises: `scripts` pairs each script with the premise it was written from. */
export function sentenceRecurrence(scripts: {premise: string; script: Script}[]): Recurrence {
  const premisesOf = new Map<string, Set<string>>();
  const occurrences: string[] = [];
  for (const {premise, script} of scripts) {
    for (const sentence of scriptSentences(script)) {
      const key = normalizeSentence(sentence);
      if (!key) continue;
      occurrences.push(key);
      if (!premisesOf.has(key)) premisesOf.set(key, new Set());
      premisesOf.get(key)!.add(premise);
    }
  }
  const recurring = occurrences.filter((key) => premisesOf.get(key)!.size >= 2).length;
  const top = [...premisesOf.entries()]
    .filter(([, premises]) => premises.size >= 2)
    .map(([sentence, premises]) => ({sentence, premises: premises.size}))
    .sort((a, b) => b.premises - a.premises || a.sentence.localeCompare(b.sentence));
  return {
    sentences: occurrences.length,
    recurring,
    share: occurrences.length ? recurring / occurrences.length : 0,
    top,
  };
}
