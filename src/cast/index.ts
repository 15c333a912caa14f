/**
 * Casting: every character and the narrator get a voice for the chosen provider, picked from their description
 * (gender, age, manner) and the script's language. Voices already in the script are kept, so re-renders and later
 * episodes sound the same; no two characters (nor the narrator) share one. A voice for another provider is
 * replaced (casting is repeatable, so switching back gives the same voices again).
 */
import type {Character, Script, Voice} from '../schema/script';
import {stableJson} from '../util/files';
import {UserError} from '../util/errors';
import {ELEVENLABS_VOICES, ELEVENLABS_VOICE_ID, elevenLabsVoice} from './elevenlabs-voices';
import {OFFLINE_VOICES, checkEspeakVoice, offlineVoice, variantOf} from './offline-voices';
import {pick, type CatalogueVoice} from './pick';
import {NARRATOR_TRAITS, traitsOf, type Traits} from './traits';

import type {VoiceProviderName} from '../config';

/** What casting needs to know about a provider's voices. */
interface Casting {
  /** The best free catalogue voice for these traits, and the identity it takes. */
  choose(traits: Traits, taken: ReadonlySet<string>): {identity: string; voice: Voice} | undefined;
  /** Throws a UserError naming `path` when the id cannot be a voice of this provider. */
  check(voice: Voice, path: string): void;
  /** What two characters' voices must not share. */
  identity(voice: Voice): string;
}

function chooser<E extends CatalogueVoice>(catalogue: readonly E[], voiceOf: (entry: E) => Voice): Casting['choose'] {
  return (traits, taken) => {
    const entry = pick(catalogue, traits, taken);
    return entry && {identity: entry.identity, voice: voiceOf(entry)};
  };
}

function castingFor(provider: VoiceProviderName, language: string): Casting {
  if (provider === 'offline') {
    return {
      choose: chooser(OFFLINE_VOICES, (entry) => offlineVoice(entry, language)),
      check: (voice, path) => checkEspeakVoice(voice.id, `${path}.id`),
      identity: (voice) => variantOf(voice.id),
    };
  }
  return {
    choose: chooser(ELEVENLABS_VOICES, elevenLabsVoice),
    check: (voice, path) => {
      if (!ELEVENLABS_VOICE_ID.test(voice.id)) {
        throw new UserError(
          `${path}.id: ${JSON.stringify(voice.id)} is not an ElevenLabs voice id (20 letters and digits, e.g. "${ELEVENLABS_VOICES[0].identity}")`,
        );
      }
    },
    identity: (voice) => voice.id,
  };
}

interface Role {
  path: string;
  who: string;
  voice?: Voice;
  traits: Traits;
}

export function castVoices(script: Script, provider: VoiceProviderName): Script {
  const casting = castingFor(provider, script.language);
  const roles: Role[] = [
    ...script.characters.map((c: Character, i): Role => ({
      path: `characters[${i}].voice`,
      who: c.name,
      voice: c.voice,
      traits: traitsOf(c),
    })),
    {path: 'narrator.voice', who: 'the narrator', voice: script.narrator?.voice, traits: NARRATOR_TRAITS},
  ];

  // Voices already given (for this provider) stay: check them and reserve them first.
  const taken = new Set<string>();
  const keptBy = new Map<string, Role>();
  for (const role of roles) {
    if (role.voice?.provider !== provider) {
      role.voice = undefined;
      continue;
    }
    casting.check(role.voice, role.path);
    const same = keptBy.get(stableJson(role.voice));
    if (same) {
      throw new UserError(
        `${role.path}: ${role.who} has the same voice as ${same.who} (${same.path}); give each their own voice, or remove one to have it cast`,
      );
    }
    keptBy.set(stableJson(role.voice), role);
    taken.add(casting.identity(role.voice));
  }

  for (const role of roles) {
    if (role.voice) continue;
    const chosen = casting.choose(role.traits, taken);
    if (!chosen)
      throw new UserError(`${role.path}: no ${provider} voice left for ${role.who}; every catalogue voice is taken`);
    taken.add(chosen.identity);
    role.voice = chosen.voice;
  }

  return {
    ...script,
    characters: script.characters.map((c, i) => ({...c, voice: roles[i].voice})),
    narrator: {...script.narrator, voice: roles[roles.length - 1].voice},
  };
}
