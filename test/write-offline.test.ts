import {GENRES, MOODS, type Genre, type Script} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {timeScript, type Timeline} from '../src/time/timeline';
import {UserError} from '../src/util/errors';
import type {WriteRequest} from '../src/write/writer';
import {offlineWriter, writeOffline} from '../src/write/offline';
import {extractFacts} from '../src/write/offline/extract';
import {GENRE_BOOKS} from '../src/write/offline/genres';
import {detectLanguage} from '../src/write/offline/language';
import {retellPredicate} from '../src/write/offline/predicate';
import {cleanPremise} from '../src/write/offline/text';
import {ENGLISH_PREMISES, FOREIGN_PREMISES, ODD_PREMISES} from './fixtures/premises';

const FORMAT = {width: 1080, height: 1920, fps: 30};
const NURSE = "A nurse finds her own name on a patient's chart";

const request = (premise: string, extra: Partial<WriteRequest> = {}): WriteRequest => ({premise, durationSec: 45, seed: 1, format: FORMAT, ...extra});
const beatsOf = (script: Script) => script.scenes.flatMap((s) => s.beats);
const linesOf = (script: Script) => beatsOf(script).map((b) => b.text);
const allText = (script: Script) => [script.title, script.hook, ...linesOf(script), script.twist, script.cliffhanger].join('\n');

/** The structure every offline script must have, whatever the premise, seed or duration. */
function expectWellFormed(script: Script, timeline: Timeline = timeScript(script)): void {
  expect(() => parseScript(script)).not.toThrow();
  expect(script.scenes.length).toBeGreaterThanOrEqual(3);
  expect(script.scenes.length).toBeLessThanOrEqual(6);
  expect(script.characters.length).toBeGreaterThanOrEqual(2);
  expect(script.characters.length).toBeLessThanOrEqual(4);

  const beats = beatsOf(script);
  expect(beats[0].marker).toBe('hook');
  expect(beats[beats.length - 1].marker).toBe('cliffhanger');
  expect(beats.filter((b) => b.marker === 'twist')).toHaveLength(1);
  expect(script.hook.trim().length).toBeGreaterThan(0);
  expect(script.cliffhanger).toMatch(/[Pp]art[e]? 2/);

  // The hook card opens the video, so the hook is on screen from the first frame.
  expect(timeline.segments[0]).toMatchObject({kind: 'hook', startMs: 0, text: script.hook});
  // The twist's middle falls in the last third of the time the beats take, and only the ending follows it.
  const beatSegments = timeline.segments.filter((s) => s.kind === 'beat');
  const start = beatSegments[0].startMs;
  const end = beatSegments[beatSegments.length - 1].startMs + beatSegments[beatSegments.length - 1].durationMs;
  const twist = beatSegments.find((s) => s.beat?.marker === 'twist')!;
  expect(twist.startMs + twist.durationMs / 2).toBeGreaterThanOrEqual(start + ((end - start) * 2) / 3);

  // Later stages fill these in; the writer leaves them alone.
  expect(script.soundtrack).toBeUndefined();
  expect(script.cardAudio).toBeUndefined();
  for (const c of script.characters) {
    expect(c.voice).toBeUndefined();
    expect(c.description).toMatch(/\b(woman|man|girl|boy)\b/);
    expect(c.description).toMatch(/\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|of about \w+|of \w+teen)\b/);
  }
  for (const scene of script.scenes) {
    expect(scene.image).toBeUndefined();
    expect(scene.setting).toBeDefined();
    expect(scene.visual.length).toBeGreaterThan(10);
    for (const beat of scene.beats) expect(beat.audio).toBeUndefined();
  }
}

describe('offline writer: reading the premise', () => {
  const read = (premise: string) => {
    const text = cleanPremise(premise);
    return extractFacts(text, detectLanguage(text));
  };

  it('finds the people, with their roles, genders and relations', () => {
    const nurse = read(NURSE);
    expect(nurse.people.map((p) => [p.role?.id, p.gender])).toEqual([['nurse', 'f'], ['patient', undefined]]);
    expect(nurse.objects.map((o) => [o.noun, o.owner])).toEqual([['chart', "patient's"]]);

    const wedding = read('On her wedding day, a bride discovers her husband Mark has a second phone');
    expect(wedding.people[1]).toMatchObject({name: 'Mark', gender: 'm', owned: true});
    expect(wedding.people[1].role?.id).toBe('husband');
    expect(wedding.places.map((p) => p.entry?.id)).toContain('wedding');

    const maya = read('Maya, a nurse, finds a key in Paris');
    expect(maya.people).toHaveLength(1);
    expect(maya.people[0]).toMatchObject({name: 'Maya', gender: 'f'});
    expect(maya.places.map((p) => p.name)).toEqual(['Paris']);

    const groom = read('A bride discovers the groom is her brother');
    expect(groom.people.map((p) => p.role?.id)).toEqual(['bride', 'groom']);
    expect(groom.people[1].also?.id).toBe('brother');

    expect(read('My sister stole my husband').people.map((p) => (p.narrator ? 'I' : p.role?.id))).toEqual(['I', 'sister', 'husband']);
    expect(read('A stalker sends her photos from inside her apartment').people[0]).toMatchObject({start: -1, gender: 'f'});
    expect(read('He will never know about the will').objects.map((o) => o.noun)).toEqual(['will']);
    expect(read('Une mariée découvre que le marié est son demi-frère').people.map((p) => p.role?.id)).toEqual(['bride', 'groom', 'brother']);
  });

  it("retells the premise's sentence from each point of view", () => {
    const tell = (premise: string, view: 'I' | 'you' | 'named' | 'about') => {
      const facts = read(premise);
      return retellPredicate(facts.predicate!, facts.people[0].gender ?? 'f', view, 'Ana', 'Maya');
    };
    expect(tell(NURSE, 'I')).toBe("I found my own name on a patient's chart");
    expect(tell(NURSE, 'you')).toBe("you found your own name on a patient's chart");
    expect(tell(NURSE, 'named')).toBe("Ana found her own name on a patient's chart");
    expect(tell('On her wedding day, a bride discovers her husband Mark has a second phone', 'I')).toBe('on my wedding day, I discovered my husband Mark has a second phone');
    expect(tell('A CEO fires her assistant, who then blackmails her with a video', 'I')).toBe('I fired my assistant, who then blackmailed me with a video');
    expect(tell('My sister stole my husband', 'you')).toBe('you stole my husband');
    expect(tell('My sister stole my husband', 'I')).toBe('I stole your husband');
    expect(tell('Her husband leaves her for her best friend', 'about')).toBe('My husband left me for my best friend');
    expect(tell('Her husband leaves her for her best friend', 'named')).toBe('Ana left Maya for her best friend');
    expect(tell('A stalker sends her photos from inside her apartment', 'you')).toBe('you sent me photos from inside my apartment');
    expect(tell('He wakes up next to a stranger wearing his wedding ring', 'I')).toBe('I woke up next to a stranger wearing my wedding ring');
  });

  it('guesses the language of a premise', () => {
    expect(FOREIGN_PREMISES.map((p) => detectLanguage(p))).toEqual(['es', 'fr', 'de', 'pt', 'zh', 'ja', 'ar', 'ru']);
    expect(detectLanguage(NURSE)).toBe('en');
    expect(detectLanguage('💍🔥💔')).toBeUndefined();
  });
});

describe('offline writer: determinism', () => {
  it('writes the same script, byte for byte, for the same request', () => {
    for (const premise of [NURSE, ...FOREIGN_PREMISES.slice(0, 2), ODD_PREMISES[1]]) {
      expect(JSON.stringify(writeOffline(request(premise)))).toBe(JSON.stringify(writeOffline(request(premise))));
    }
  });

  it('writes different stories for different seeds', () => {
    const scripts = Array.from({length: 8}, (_, seed) => JSON.stringify(writeOffline(request(NURSE, {seed}))));
    expect(new Set(scripts).size).toBe(scripts.length);
    const titles = new Set(Array.from({length: 8}, (_, seed) => writeOffline(request(NURSE, {seed})).title));
    const twists = new Set(Array.from({length: 8}, (_, seed) => writeOffline(request(NURSE, {seed})).twist));
    expect(titles.size).toBeGreaterThan(2);
    expect(twists.size).toBeGreaterThan(1);
  });

  it('does not use Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    writeOffline(request(NURSE, {seed: 3}));
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });
});

describe('offline writer: the premise', () => {
  it("tells the premise's own story: its people, place and object", () => {
    for (let seed = 0; seed < 10; seed++) {
      const script = writeOffline(request(NURSE, {seed}));
      expect(script.premise).toBe(NURSE);
      expect(script.characters[0].role).toMatch(/nurse/);
      expect(script.characters[0].description).toMatch(/woman/);
      expect(script.characters.some((c) => c.role === 'patient')).toBe(true);
      expect(script.scenes[0].setting).toBe('hospital');
      expect(script.hook).toBe("I found my own name on a patient's chart.");
      expect(linesOf(script).join(' ')).toMatch(/chart/);
    }
  });

  it('keeps the names the premise gives and invents the others', () => {
    const script = writeOffline(request('Lena realises the groom is her ex-fiancé', {seed: 4, durationSec: 60}));
    expect(script.characters[0].name).toBe('Lena');
    expect(script.characters[0].description).toMatch(/woman/);
    const groom = script.characters.find((c) => c.role === 'groom')!;
    expect(groom.description).toMatch(/\bman\b/);
    expect(groom.description).toMatch(/ex-fiancé/);
    expect(linesOf(script).join(' ')).toMatch(/Lena/);

    const detective = writeOffline(request('Detective Omar finds a bloody key in an abandoned warehouse', {seed: 2, durationSec: 60}));
    expect(detective.characters[0]).toMatchObject({name: 'Omar', id: 'omar'});
    expect(detective.scenes[0].setting).toBe('warehouse');
    expect(linesOf(detective).join(' ')).toMatch(/key/);
  });

  it('retells what the counterpart did, in their own words and to their face', () => {
    const scripts = Array.from({length: 10}, (_, seed) => writeOffline(request('My sister stole my husband', {seed, durationSec: 60})));
    for (const script of scripts) {
      expect(script.hook).toBe('My sister stole my husband.');
      expect(script.characters.map((c) => c.role)).toEqual(expect.arrayContaining(['sister', 'husband']));
    }
    const lines = scripts.flatMap(linesOf).join('\n');
    expect(lines).toMatch(/You stole my husband|stole your husband/);
  });

  it('writes visibly different stories for different premises', () => {
    const a = writeOffline(request(NURSE, {seed: 5}));
    const b = writeOffline(request('A CEO fires her assistant, who then blackmails her with a video', {seed: 5}));
    expect(a.title).not.toBe(b.title);
    const names = (s: Script) => new Set(s.characters.map((c) => c.name));
    expect([...names(a)].filter((n) => names(b).has(n)).length).toBeLessThan(names(a).size);
    const linesA = new Set(linesOf(a));
    expect(linesOf(b).filter((l) => linesA.has(l))).toHaveLength(0);
    expect(a.scenes.map((s) => s.location)).not.toEqual(b.scenes.map((s) => s.location));
  });
});

describe('offline writer: genres', () => {
  it.each(GENRES)('writes a %s story with its own vocabulary and mood', (genre: Genre) => {
    const book = GENRE_BOOKS[genre];
    for (let seed = 0; seed < 6; seed++) {
      const script = writeOffline(request(NURSE, {genre, seed, durationSec: 60}));
      expectWellFormed(script);
      expect(script.genre).toBe(genre);
      expect(book.moods).toContain(script.mood);
      const words = allText(script).toLowerCase();
      expect(book.signature.some((w) => new RegExp(`\\b${w}\\b`).test(words))).toBe(true);
    }
  });

  it('gives each genre its own lines', () => {
    const lineSets = GENRES.map((genre) => new Set(linesOf(writeOffline(request(NURSE, {genre, seed: 2})))));
    lineSets.forEach((lines, i) => lineSets.slice(i + 1).forEach((other) => expect([...lines].filter((l) => other.has(l)).length).toBeLessThan(lines.size / 2)));
  });

  it.each([
    ['A bride discovers the groom is her brother', 'romance'],
    ['A detective investigates a missing girl and finds a locked diary', 'mystery'],
    ['She plots revenge on the ex who humiliated her at their wedding', 'revenge'],
    ['A grandmother reads her will at family dinner and disinherits her own son', 'family'],
    ['An intern discovers her boss is stealing credit for her work before the promotion', 'workplace'],
    ['A stalker sends her photos from inside her apartment; she has ten minutes to escape', 'thriller'],
  ])('infers the genre of "%s"', (premise, genre) => {
    for (let seed = 0; seed < 4; seed++) expect(writeOffline(request(premise, {seed})).genre).toBe(genre);
  });
});

describe('offline writer: structure and validity', () => {
  const premises = [...ENGLISH_PREMISES, ...FOREIGN_PREMISES, ...ODD_PREMISES];

  it('writes a valid, well-formed script for every premise over many seeds', () => {
    for (const premise of premises) {
      for (let seed = 0; seed < 50; seed += premise === NURSE ? 1 : 7) {
        const durationSec = [15, 30, 45, 60, 90][seed % 5];
        expectWellFormed(writeOffline(request(premise, {seed, durationSec})));
      }
    }
  });

  it('mixes lines (most of them), narration, actions and text messages', () => {
    const kinds = new Map<string, number>();
    for (let seed = 0; seed < 30; seed++) {
      const beats = beatsOf(writeOffline(request(ENGLISH_PREMISES[seed % ENGLISH_PREMISES.length], {seed, durationSec: 60})));
      beats.forEach((b) => kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1));
      expect(beats.filter((b) => b.kind === 'line').length).toBeGreaterThan(beats.length / 3);
    }
    expect([...kinds.keys()].sort()).toEqual(['action', 'line', 'narration', 'text']);
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    expect(kinds.get('line')! / total).toBeGreaterThan(0.55);
    for (const kind of ['action', 'narration', 'text']) expect(kinds.get(kind)! / total).toBeGreaterThan(0.04);
  });

  it('fills every schema field a writer owns, within its limits', () => {
    const script = writeOffline(request(NURSE, {seed: 9, durationSec: 30}));
    expect(script).toMatchObject({genre: expect.any(String), language: 'en', targetDurationSec: 30, format: FORMAT});
    expect(MOODS).toContain(script.mood);
    for (const field of ['title', 'logline', 'hook', 'twist', 'cliffhanger'] as const) expect(script[field].length).toBeGreaterThan(5);
    const ids = script.characters.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(script.characters.map((c) => c.color)).size).toBe(ids.length);
    for (const c of script.characters) expect(c.appearance).toBeTruthy();
    for (const beat of beatsOf(script)) if (beat.kind === 'line') expect(ids).toContain(beat.characterId);
  });

  it('cuts a long premise to the schema limit', () => {
    const long = `${NURSE}, ${'and the hallway lights keep flickering '.repeat(12)}`;
    const script = writeOffline(request(long));
    expect(script.premise!.length).toBeLessThanOrEqual(300);
    expectWellFormed(script);
  });
});

describe('offline writer: languages', () => {
  const SPANISH = FOREIGN_PREMISES[0];
  const ENGLISH_WORDS = /\b(the|you|and|what|with|this|that|is)\b/i;
  const SPANISH_WORDS = /(?<![\p{L}])(el|la|que|de|no|es|lo|por|tu|mi|te|un|una|me)(?![\p{L}])/giu;

  it('writes English (and says so) for premises in languages it has no phrasebook for', () => {
    for (const premise of FOREIGN_PREMISES.slice(1)) {
      const script = writeOffline(request(premise, {seed: 3}));
      expect(script.language).toBe('en');
      expectWellFormed(script);
    }
    expect(writeOffline(request(NURSE, {language: 'fr'})).language).toBe('en');
    expect(writeOffline(request(NURSE, {language: 'en-GB'})).language).toBe('en-GB');
  });

  it('writes a Spanish premise in Spanish, every genre and length', () => {
    for (const genre of GENRES) {
      for (const durationSec of [15, 45, 90]) {
        const script = writeOffline(request(SPANISH, {genre, durationSec, seed: durationSec}));
        expectWellFormed(script);
        expect(script.language).toBe('es');
        // The premise itself is the hook card, when there is time to say it.
        if (durationSec >= 45) expect(script.hook).toBe(SPANISH + '.');
        expect(script.cliffhanger).toMatch(/[Pp]arte 2/);
        for (const line of [script.title, script.twist, ...linesOf(script)]) expect(line).not.toMatch(ENGLISH_WORDS);
        const text = allText(script);
        expect(text.match(SPANISH_WORDS)!.length).toBeGreaterThanOrEqual(6);
        expect(text).toMatch(/[¿¡ñáéíóú]/);
        const {totalMs} = timeScript(script);
        expect(Math.abs(totalMs - durationSec * 1000)).toBeLessThanOrEqual(durationSec * 100);
      }
    }
  });

  it('writes Spanish on request, keeping the language tag, with Spanish names and objects', () => {
    const script = writeOffline(request(NURSE, {language: 'es-MX', seed: 4}));
    expect(script.language).toBe('es-MX');
    expectWellFormed(script);
    expect(linesOf(script).join(' ')).toMatch(/expediente/);
    expect(linesOf(script).join(' ')).not.toMatch(ENGLISH_WORDS);
  });

  it("reads the foreign premise's people, place and object and names them from its language", () => {
    const script = writeOffline(request(SPANISH, {seed: 1}));
    expect(script.characters[0].role).toMatch(/nurse/);
    expect(script.characters.some((c) => c.role === 'patient')).toBe(true);
    expect(script.scenes[0].setting).toBe('hospital');
    const spanishNames = ['Lucía', 'Valeria', 'Camila', 'Sofía', 'Elena', 'Martina', 'Paula', 'Inés', 'Renata', 'Julia', 'Marisol', 'Carmen'];
    expect(spanishNames).toContain(script.characters[0].name);
    const french = writeOffline(request(FOREIGN_PREMISES[1], {seed: 1}));
    expect(french.characters.map((c) => c.role)).toEqual(expect.arrayContaining(['protagonist, bride', 'groom']));
  });

  it('hears a first-person premise in another language', () => {
    const script = writeOffline(request('Mi hermana me robó el marido', {seed: 2}));
    expect(script.characters[0].role).toBe('protagonist');
    expect(script.characters.map((c) => c.role)).toEqual(expect.arrayContaining(['sister']));
  });
});

describe('offline writer: duration', () => {
  it.each([15, 30, 45, 60, 90])('fills %i seconds within ±10%%', (durationSec) => {
    for (const premise of [NURSE, ENGLISH_PREMISES[2], FOREIGN_PREMISES[4], ODD_PREMISES[0]]) {
      for (let seed = 0; seed < 12; seed++) {
        const script = writeOffline(request(premise, {seed, durationSec}));
        const timeline = timeScript(script);
        expect(script.targetDurationSec).toBe(durationSec);
        expect(Math.abs(timeline.totalMs - durationSec * 1000)).toBeLessThanOrEqual(durationSec * 100);
        if (durationSec >= 30) {
          // With room to spare, the twist does not just end in the last third of the beats: it starts there.
          const beats = timeline.segments.filter((s) => s.kind === 'beat');
          const last = beats[beats.length - 1];
          const twist = beats.find((s) => s.beat?.marker === 'twist')!;
          expect(twist.startMs).toBeGreaterThanOrEqual(beats[0].startMs + ((last.startMs + last.durationMs - beats[0].startMs) * 2) / 3);
        }
      }
    }
  });

  it('writes more beats and scenes for longer videos', () => {
    const short = writeOffline(request(NURSE, {durationSec: 15}));
    const long = writeOffline(request(NURSE, {durationSec: 90}));
    expect(beatsOf(long).length).toBeGreaterThan(beatsOf(short).length * 3);
    expect(long.scenes.length).toBeGreaterThan(short.scenes.length);
  });
});

describe('offline writer: the Writer', () => {
  it('wraps writeOffline and reports progress', async () => {
    const progress = jest.fn();
    expect(offlineWriter.name).toBe('offline');
    await expect(offlineWriter.write(request(NURSE), progress)).resolves.toEqual(writeOffline(request(NURSE)));
    expect(progress).toHaveBeenCalledWith('write', 1, 'offline');
  });

  it('rejects an empty premise and a duration out of range with a UserError', () => {
    expect(() => writeOffline(request('   '))).toThrow(UserError);
    expect(() => writeOffline(request(NURSE, {durationSec: 10}))).toThrow(UserError);
    expect(() => writeOffline(request(NURSE, {durationSec: 120}))).toThrow(UserError);
  });
});
