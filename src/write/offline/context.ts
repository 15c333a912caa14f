/** The values behind the template placeholders for one story (and one scene, for {here} and {next}). */
import {whoIs, type CastMember} from './cast';
import {PRONOUNS} from './grammar';
import type {Site} from './locations';
import {retellPredicate, type Predicate} from './predicate';
import type {Prop} from './props';
import {PHRASES, type StoryLanguage} from './phrases';
import type {GenderOf, Lookup, Speaker} from './template';

export interface Story {
  /** The language the story is written in; placeholders answer in it (or not at all). */
  language: StoryLanguage;
  cast: CastMember[];
  props: [Prop, Prop];
  sites: Site[];
  predicate?: Predicate;
  /** "three years": how long the secret has been kept, the same in every line. */
  years: string;
  /** A company or place name for titles and lines ("Halden & Vance"). */
  org?: string;
}

const DISCOVERIES = new Set(['found', 'discovered', 'learned', 'learnt', 'realised', 'realized', 'noticed', 'overheard', 'saw', 'received', 'read', 'heard', 'uncovered', 'caught', 'got', 'spotted', 'stumbled', 'woke', 'opened', 'finds', 'unearthed']);

const member = (story: Story, slot: string) => story.cast.find((c) => c.slot === slot);

/** The gender behind {B|her|him} choices: a character's, or in Spanish an object's ({obj|la|el}). */
export function genderLookup(story: Story): GenderOf {
  return (key) => (key === 'obj' ? story.props[0].gender : key === 'obj2' ? story.props[1].gender : member(story, key)?.gender);
}

/** Whether a text names this character, by name or by role ("the groom is my brother" names the groom). */
function mentions(text: string, person: CastMember | undefined): boolean {
  if (!person) return false;
  return [person.name, person.title, person.also].some((word) => word && new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text));
}

/**
 * Placeholder values; `scene` is the index of the scene being written (-1 for titles and cards) and `speaker`
 * who says the line, so nobody retells the premise about themselves in the third person.
 */
export function storyLookup(story: Story, scene: number, speaker?: Speaker): Lookup {
  const lookup = baseLookup(story, scene);
  const speaking = speaker && member(story, speaker);
  return (key) => {
    const value = lookup(key);
    return value !== undefined && /_did/.test(key) && mentions(value, speaking) ? undefined : value;
  };
}

function baseLookup(story: Story, scene: number): Lookup {
  const protagonist = story.cast[0];
  const props: Record<string, Prop> = {obj: story.props[0], obj2: story.props[1]};
  return (key) => {
    const [head, tail] = key.split('.');
    const person = /^[ABCD]$/.test(head) ? member(story, head as Speaker) : undefined;
    if (/^[ABCD]$/.test(head)) {
      if (!person) return undefined;
      if (tail === undefined) return person.name;
      if (tail === 'call') {
        const calls = PHRASES[story.language].calls;
        const call = person.owned && (person.kin === 'parent' || person.kin === 'grandparent') ? calls[person.kin] : undefined;
        return call ? call[person.gender === 'f' ? 0 : 1] : person.name;
      }
      // Roles and pronouns come from the English lexicon: other languages choose words by gender instead.
      if (story.language !== 'en' && tail !== 'here') return undefined;
      if (tail === 'who') return whoIs(person, protagonist);
      if (tail === 'title') return person.title;
      // Where the scene is, unless that is where this person belongs ("What are you doing at the hospital?" is no
      // question for the patient).
      if (tail === 'here') {
        const site = story.sites[scene];
        return site && person.role?.place !== site.entry.id && !site.entry.related.includes(person.role?.place ?? '') ? site.at : undefined;
      }
      return (PRONOUNS[person.gender] as Record<string, string>)[tail];
    }
    const prop = props[head];
    if (prop) {
      if (tail === undefined) return prop.phrase;
      return ({noun: prop.noun, detail: prop.detail, look: prop.look} as Record<string, string>)[tail];
    }
    switch (key) {
      case 'here':
        return story.sites[scene]?.at;
      case 'next': {
        const next = story.sites[scene + 1];
        return next && next.at !== story.sites[scene]?.at ? next.at : undefined;
      }
      case 'org':
        return story.org;
      case 'years':
        return story.years;
      case 'I_found':
        // Lines like "...and nobody told me?" only follow a discovery, not "I won the lottery".
        if (!story.predicate || !DISCOVERIES.has(story.predicate.verbPast.split(' ')[0])) return undefined;
        return baseLookup(story, scene)('I_did');
      case 'I_did':
      case 'you_did':
      case 'A_did':
        // The protagonist's own action, told by her, to her, or about her.
        if (story.predicate?.actor !== 'protagonist') return undefined;
        return retellPredicate(story.predicate, protagonist.gender, key === 'I_did' ? 'I' : key === 'you_did' ? 'you' : 'named', protagonist.name);
      case 'I_did_it':
      case 'you_did_it':
      case 'B_did_it':
      case 'about_it': {
        // The counterpart's action: confessed by them, thrown at them, narrated, or told to a friend.
        const counterpart = member(story, 'B');
        if (story.predicate?.actor !== 'counterpart' || !counterpart) return undefined;
        const view = ({I_did_it: 'I', you_did_it: 'you', B_did_it: 'named', about_it: 'about'} as const)[key];
        const told = retellPredicate(story.predicate, protagonist.gender, view, counterpart.name, protagonist.name);
        // Told to a friend (C): not when the friend is in it ("my sister stole my husband" said to the husband).
        return key === 'about_it' && mentions(told, member(story, 'C')) ? undefined : told;
      }
      default:
        return undefined;
    }
  };
}
