/** Casting: a voice for every character and the narrator, from the description, never shared, kept once given. */
import {castVoices} from '../src/cast';
import {ELEVENLABS_VOICES} from '../src/cast/elevenlabs-voices';
import {OFFLINE_VOICES} from '../src/cast/offline-voices';
import {traitsOf} from '../src/cast/traits';
import type {Character, Script, Voice} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {UserError} from '../src/util/errors';
import sample from '../public/samples/wrong-wedding.json';
import {SIX_WOMEN} from './helpers/descriptions';

const SAMPLE = parseScript(sample);
const variant = (voice: Voice) => voice.id.split('+')[1];
const offlineEntry = (voice: Voice) => OFFLINE_VOICES.find((e) => e.identity === variant(voice))!;
const elevenEntry = (voice: Voice) => ELEVENLABS_VOICES.find((e) => e.identity === voice.id)!;
const allVoices = (script: Script) => [...script.characters.map((c) => c.voice!), script.narrator!.voice!];

function withCharacters(descriptions: string[], base: Partial<Character> = {}): Script {
  return {
    ...SAMPLE,
    characters: descriptions.map((description, i) => ({
      ...SAMPLE.characters[0],
      ...base,
      id: `c${i}`,
      name: `C${i}`,
      role: 'ally',
      description,
    })),
    scenes: [{...SAMPLE.scenes[0], beats: [{kind: 'narration', text: 'Once.'}]}],
  };
}

describe('traits from the description and role', () => {
  test.each([
    [
      'A woman in her late twenties, a sharp and tired wedding planner',
      'protagonist',
      {gender: 'female', age: 'young'},
    ],
    ['A man in his early thirties, charming and evasive', 'the groom', {gender: 'male', age: 'middle'}],
    ['Bright and suspicious', 'the bride', {gender: 'female'}],
    ['A woman who still hates her ex-husband', 'ally', {gender: 'female'}],
    ['A 70-year-old retired judge; he never smiles', 'mentor', {gender: 'male', age: 'old'}],
    ['Nobody knows who they are', 'stranger', {}],
    ['A cold businesswoman', 'rival', {gender: 'female'}],
    ['The chairman of the board', 'boss', {gender: 'male'}],
    ['A German human rights lawyer', 'ally', {}],
  ])('%s (%s)', (description, role, expected) => {
    const traits = traitsOf({description, role});
    expect({gender: traits.gender, age: traits.age}).toEqual({gender: undefined, age: undefined, ...expected});
  });

  test('manner words become tones', () => {
    expect(traitsOf({description: 'A cold, ruthless CEO', role: 'antagonist'}).tones).toEqual(
      expect.arrayContaining(['intense', 'authoritative']),
    );
  });
});

describe.each(['offline', 'elevenlabs'] as const)('%s casting', (provider) => {
  const entry = provider === 'offline' ? offlineEntry : elevenEntry;

  test('the sample: everyone gets a fitting voice of this provider, none shared', () => {
    const cast = castVoices(SAMPLE, provider);
    const voices = allVoices(cast);
    expect(voices.every((v) => v.provider === provider)).toBe(true);
    const [lena, omar, clara] = cast.characters.map((c) => entry(c.voice!));
    expect([lena.gender, omar.gender, clara.gender]).toEqual(['female', 'male', 'female']);
    expect(lena.age).toBe('young');
    expect(new Set(voices.map((v) => entry(v).identity)).size).toBe(voices.length);
    // The rest of the script is untouched, and casting is repeatable.
    expect({...cast, characters: cast.characters.map(({voice: _, ...c}) => c), narrator: undefined}).toEqual({
      ...SAMPLE,
      narrator: undefined,
    });
    expect(castVoices(SAMPLE, provider)).toEqual(cast);
    expect(castVoices(cast, provider)).toEqual(cast);
  });

  test('six characters of one gender and a narrator: seven different voices, the six of that gender', () => {
    const cast = castVoices(withCharacters(SIX_WOMEN), provider);
    const voices = allVoices(cast);
    expect(new Set(voices.map((v) => entry(v).identity)).size).toBe(7);
    expect(cast.characters.map((c) => entry(c.voice!).gender)).toEqual(Array(6).fill('female'));
  });

  test('voices already in the script are kept, and nobody else gets them', () => {
    const kept: Voice =
      provider === 'offline'
        ? {provider, id: 'en-us+Andrea', pitch: 40, rate: 150}
        : {provider, id: 'cgSgspJ2msm6clMCkdW9'};
    const narrator: Voice =
      provider === 'offline' ? {provider, id: 'en-gb+steph'} : {provider, id: 'pqHfZKP75CvOlQylNhV4'};
    const script: Script = {
      ...SAMPLE,
      characters: SAMPLE.characters.map((c, i) => (i === 2 ? {...c, voice: kept} : c)),
      narrator: {voice: narrator},
    };
    const cast = castVoices(script, provider);
    expect(cast.characters[2].voice).toEqual(kept);
    expect(cast.narrator!.voice).toEqual(narrator);
    // Lena is the same kind of voice as the one Clara kept, yet gets another.
    expect(entry(cast.characters[0].voice!).identity).not.toBe(entry(kept).identity);
    expect(new Set(allVoices(cast).map((v) => entry(v)?.identity ?? v.id)).size).toBe(4);
  });

  test('a voice for the other provider is replaced', () => {
    const other: Voice =
      provider === 'offline'
        ? {provider: 'elevenlabs', id: 'cgSgspJ2msm6clMCkdW9'}
        : {provider: 'offline', id: 'en-us+m3'};
    const cast = castVoices({...SAMPLE, characters: SAMPLE.characters.map((c) => ({...c, voice: other}))}, provider);
    expect(cast.characters.map((c) => c.voice)).toEqual(castVoices(SAMPLE, provider).characters.map((c) => c.voice));
  });

  test('two characters given the same voice: a UserError naming both', () => {
    const same: Voice = provider === 'offline' ? {provider, id: 'en-us+m3'} : {provider, id: 'cgSgspJ2msm6clMCkdW9'};
    const script = {...SAMPLE, characters: SAMPLE.characters.map((c, i) => (i < 2 ? {...c, voice: same} : c))};
    expect(() => castVoices(script, provider)).toThrow(
      new UserError(
        'characters[1].voice: Omar has the same voice as Lena (characters[0].voice); give each their own voice, or remove one to have it cast',
      ),
    );
  });
});

describe('unknown voice ids are UserErrors naming the path', () => {
  const withVoice = (voice: Voice, at = 1): Script => ({
    ...SAMPLE,
    characters: SAMPLE.characters.map((c, i) => (i === at ? {...c, voice} : c)),
  });

  test.each(['xx', 'en-us+nosuchvariant', 'en-us+f3+m3', ''])('offline %j', (id) => {
    expect(() => castVoices(withVoice({provider: 'offline', id}), 'offline')).toThrow(UserError);
    expect(() => castVoices(withVoice({provider: 'offline', id}), 'offline')).toThrow(
      `characters[1].voice.id: ${JSON.stringify(id)} is not an espeak-ng voice`,
    );
  });

  test('offline ids that exist pass, including aliases and any installed variant', () => {
    for (const id of ['en', 'en-us', 'pt-br+f3', 'zh+m3', 'es+Andrea'])
      expect(() => castVoices(withVoice({provider: 'offline', id}), 'offline')).not.toThrow();
  });

  test.each(['xx', 'Rachel', 'EXAVITQu4vr4xnSDxMa!', 'EXAVITQu4vr4xnSDxMaLL'])('elevenlabs %j', (id) => {
    expect(() => castVoices(withVoice({provider: 'elevenlabs', id}), 'elevenlabs')).toThrow(
      `characters[1].voice.id: ${JSON.stringify(id)} is not an ElevenLabs voice id`,
    );
  });

  test('the narrator is named too', () => {
    expect(() => castVoices({...SAMPLE, narrator: {voice: {provider: 'offline', id: 'nope'}}}, 'offline')).toThrow(
      'narrator.voice.id: "nope" is not an espeak-ng voice',
    );
  });
});

describe('offline casting follows the script language', () => {
  test.each([
    ['en', 'en-us'],
    ['es', 'es'],
    ['pt-BR', 'pt-br'],
    ['zh', 'cmn'],
    ['fr', 'fr-fr'],
    ['tlh', 'en-us'],
  ])('%s speaks with the %s voice', (language, voice) => {
    const cast = castVoices({...SAMPLE, language}, 'offline');
    for (const v of allVoices(cast)) expect(v.id.split('+')[0]).toBe(voice);
  });
});
