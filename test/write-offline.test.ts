import {parsePremise, premiseKeys} from '../src/premise';
import type {Script} from '../src/schema/script';
import {LIMITS} from '../src/schema/script';
import {parseScript} from '../src/schema/validate';
import {timeScript} from '../src/time/timeline';
import {UserError} from '../src/util/errors';
import {writeOffline} from '../src/write/offline';
import {planProblems} from '../src/write/offline/gate-check';
import type {WriteRequest} from '../src/write/writer';

const FORMAT = {width: 1080, height: 1920, fps: 30};
/** Held-out-style premises of different kinds; the writer has no code for any of them. */
const PREMISES = [
  'A retired firefighter adopts a three-legged dog that keeps stealing shoes',
  'An intern discovers her boss deletes the company emails every night',
  'A hitman is hired to kill the man who taught him to fish',
  'A lighthouse keeper finds a letter from her future self',
  'Two rival food trucks park on the same corner and their owners start a war of hot sauce',
  "A ferry captain finds her daughter's name on a 1962 passenger list",
];
const request = (premise: string, extra: Partial<WriteRequest> = {}): WriteRequest => ({
  premise,
  durationSec: 45,
  seed: 1,
  format: FORMAT,
  ...extra,
});
const beats = (s: Script) => s.scenes.flatMap((x) => x.beats);
const allText = (s: Script) => [s.hook, ...beats(s).map((b) => b.text), s.twist, s.cliffhanger].join(' ');

describe('writeOffline', () => {
  it('tells the premise: its people, object and place appear, with no extra people from possessives', () => {
    const premise = "A ferry captain finds her daughter's name on a 1962 passenger list";
    const script = writeOffline(request(premise));
    const text = allText(script).toLowerCase();
    for (const k of ['ferry captain', 'daughter', 'passenger list', 'ferry']) expect(text).toContain(k);
    expect(script.characters.filter((c) => /passenger/i.test(c.role))).toHaveLength(0);
    const ceo = writeOffline(request("The CEO's son asks the maid of honour to fake a date with the woman he likes"));
    expect(ceo.characters.filter((c) => /ceo/i.test(c.role))).toHaveLength(0);
    expect(ceo.characters.some((c) => c.role === 'maid of honour' && /woman/.test(c.description))).toBe(true);
  });

  it('keeps relations and ages consistent', () => {
    const script = writeOffline(request("A grandmother enters her grandson's rap battle"));
    const [grandma, grandson] = script.characters;
    expect(grandma.description).toMatch(/woman in her (early |late )?(sixties|seventies|eighties)/);
    expect(grandson.description).toMatch(/^A (young man|man in his (early |late )?twenties|teenage boy)/);
    const twins = writeOffline(request('My twin brother sends me a letter addressed to our missing brother'));
    const ages = twins.characters.slice(0, 2).map((c) => c.description.match(/(twenties|thirties|forties)/)?.[1]);
    expect(ages[0]).toBe(ages[1]);
  });

  it('plants the twist at least twice and reads a comedy premise as comedy', () => {
    for (const premise of PREMISES) {
      const script = writeOffline(request(premise));
      const all = beats(script);
      const twistAt = all.findIndex((b) => b.marker === 'twist');
      expect(all.slice(0, twistAt).filter((b) => b.setup === 'twist').length).toBeGreaterThanOrEqual(2);
      expect(all[all.length - 1].marker).toBe('cliffhanger');
    }
    expect(writeOffline(request("A grandmother enters her grandson's rap battle")).genre).toBe('comedy');
    expect(writeOffline(request(PREMISES[4])).genre).toBe('comedy');
  });

  it('repeats fewer than 10% of its sentences across premises', () => {
    const seen = new Map<string, Set<number>>();
    PREMISES.forEach((p, i) => {
      for (const d of [30, 60]) {
        for (const sentence of allText(writeOffline(request(p, {durationSec: d}))).split(/(?<=[.!?…])\s+/)) {
          const key = sentence.trim().toLowerCase();
          if (!seen.has(key)) seen.set(key, new Set());
          seen.get(key)!.add(i);
        }
      }
    });
    const recurring = [...seen.values()].filter((s) => s.size > 1).length;
    expect(recurring / seen.size).toBeLessThan(0.1);
  });

  it('is deterministic, keeps the cast across durations and changes more than the twist across seeds', () => {
    const a = writeOffline(request(PREMISES[1]));
    expect(writeOffline(request(PREMISES[1]))).toEqual(a);
    const longer = writeOffline(request(PREMISES[1], {durationSec: 90}));
    expect(longer.characters.slice(0, 2)).toEqual(a.characters.slice(0, 2));
    const other = writeOffline(request(PREMISES[1], {seed: 7}));
    expect(beats(other).map((b) => b.text)).not.toEqual(beats(a).map((b) => b.text));
  });

  it('fits every duration within 10%, within the limits, and mostly passes the dramaturgy rules', () => {
    let passed = 0;
    let total = 0;
    for (const premise of PREMISES) {
      for (const d of [15, 30, 45, 60, 90]) {
        const script = writeOffline(request(premise, {durationSec: d}));
        expect(() => parseScript(script)).not.toThrow();
        expect(Math.abs(timeScript(script).totalMs / 1000 - d) / d).toBeLessThanOrEqual(0.1);
        expect(script.scenes.length).toBeLessThanOrEqual(LIMITS.scenes);
        total++;
        if (planProblems(script, premiseKeys(parsePremise(premise, 'en'))).length === 0) passed++;
      }
    }
    // Measured with the shared gate (src/craft/gate.ts): 23 of 30 here; held-out premises pass less (about half), so
    // the bar stays at 0.7. The 15 s cuts fail most (the cliffhanger starts just before 75%).
    expect(passed / total).toBeGreaterThanOrEqual(0.7);
  });

  it('writes hook variants scored on the rubric, best first', () => {
    const script = writeOffline(request(PREMISES[5], {hooks: 4}));
    expect(script.hooks!.length).toBeGreaterThanOrEqual(3);
    expect(new Set(script.hooks!.map((h) => h.text)).size).toBe(script.hooks!.length);
    expect(script.hook).toBe(script.hooks![0].text);
    expect(() => writeOffline(request(PREMISES[5], {hooks: 9}))).toThrow(UserError);
  });

  it('writes Spanish, and refuses languages it cannot write instead of lying', () => {
    const es = writeOffline(request('Una capitana de barco encuentra el nombre de su hija en una lista de 1962'));
    expect(es.language).toBe('es');
    expect(allText(es)).toMatch(/[¿¡]|\b(que|de|la|el)\b/);
    expect(() => writeOffline(request('一个护士在病人的病历上发现了自己的名字'))).toThrow(
      /(?=.*Chinese)(?=.*\(en\))(?=.*\(es\))(?=.*LLM)/,
    );
    expect(() => writeOffline(request('A nurse finds a chart', {language: 'fr'}))).toThrow(UserError);
  });

  it('writes an ad: brand at most twice, the call to action on the end card', () => {
    const ad = {brand: 'Lumo', product: 'a night lamp', cta: 'Find yours today'};
    const script = writeOffline(
      request('A dad cannot get his daughter to sleep in her new room', {durationSec: 20, ad, platform: 'tiktok'}),
    );
    expect(script.ad).toEqual(ad);
    expect(script.platform).toBe('tiktok');
    expect(script.cliffhanger).toContain(ad.cta);
    const text = [script.title, script.logline, allText(script)].join(' ');
    expect(text.match(/Lumo/g)!.length).toBeLessThanOrEqual(2);
    expect(() => writeOffline(request('x y z', {durationSec: 60, ad}))).toThrow(UserError);
  });
  it("never gives the protagonist's own stated work to someone else in a twist", () => {
    // Premises written for this rule: the object is the protagonist's ("her designs", "his poems").
    const owned: [string, RegExp][] = [
      ['An overworked intern discovers her boss has been taking credit for her designs', /designs/],
      ['A shy poet finds his rival reading his poems aloud at an open mic', /poems/],
    ];
    for (const [premise, work] of owned)
      for (const seed of [1, 2, 3, 4]) {
        const script = writeOffline(request(premise, {seed}));
        const twistBeat = beats(script).find((b) => b.marker === 'twist')!.text;
        const claim = new RegExp(`\\bI (wrote|made|drew|designed) (the |your |those )?${work.source}`, 'i');
        expect(twistBeat).not.toMatch(claim);
        expect(script.twist).not.toMatch(
          new RegExp(
            `wrote (the )?${work.source}|^\\W*the ${work.source} (was|were) \\w+'s doing|: the ${work.source} (was|were)`,
            'i',
          ),
        );
      }
  });

  it('keeps a message twist when a reply reaches the protagonist after their own deed', () => {
    const script = writeOffline(request('A lonely boy mails a letter to Santa and gets a reply'));
    // The reply is someone else's deed: its author is the twist, and nobody "knew it was him" for mailing a letter.
    expect(script.twist).toMatch(/reply/);
    expect(beats(script).find((b) => b.marker === 'twist')!.text).toMatch(/\bI wrote the reply\b/);
    const gone = writeOffline(request('A little girl mails a letter to her late grandfather and gets a reply'));
    expect(gone.twist).toMatch(/promise|reply/);
    expect(allText(gone)).not.toMatch(/I know you mail/);
  });
});

describe('writeOffline: the situation shapes the story', () => {
  const lines = (s: Script) => beats(s).filter((b) => b.kind === 'line');

  it('rereads a past the premise names: the wound was someone else doing, said by a third person', () => {
    const script = writeOffline(
      request('A tattoo artist realises her new client is the man who ghosted her five years ago'),
    );
    const twist = beats(script).find((b) => b.marker === 'twist')!;
    const client = script.characters.find((c) => /client/.test(c.role))!;
    const lead = script.characters[0];
    expect(twist.characterId).not.toBe(client.id);
    expect(twist.characterId).not.toBe(lead.id);
    expect(twist.text).toMatch(/didn't ghost you/);
    // The protagonist says what happened in the first person, with its time.
    expect(lines(script).some((b) => b.characterId === lead.id && /ghosted me/.test(b.text))).toBe(true);
    expect(allText(script)).toMatch(/five years ago/i);
  });

  it("gives a found thing with the protagonist's own name a parent's past, planted before the reveal", () => {
    const script = writeOffline(
      request('A lifeguard pulls a waterproof camera from the sea with his own initials scratched on it'),
    );
    const at = beats(script).findIndex((b) => b.marker === 'twist');
    expect(beats(script)[at].text).toMatch(/your father's/);
    expect(
      beats(script)
        .slice(0, at)
        .filter((b) => b.setup === 'twist').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('tells a plural subject as "we", and puts a story without a named place where the protagonist works', () => {
    const twins = writeOffline(request('Two sisters sneak into the same gala in disguise'));
    expect(lines(twins)[0].text).toMatch(/^We /);
    const nurse = writeOffline(request('A night nurse hears a music box playing in a locked storeroom'));
    expect(nurse.scenes[0].location.toLowerCase()).toContain('hospital');
  });

  it('never calls the same person by name in two lines running', () => {
    for (const premise of PREMISES) {
      const script = writeOffline(request(premise, {durationSec: 60}));
      const said = lines(script).map((b) => b.text);
      for (const c of script.characters) {
        const vocative = new RegExp(`, ${c.name}[.!?…]`);
        said.slice(1).forEach((text, i) => {
          if (vocative.test(text)) expect(said[i]).not.toMatch(vocative);
        });
      }
    }
  });
});

describe('writeOffline: a hidden identity', () => {
  it('opens on the guise, plants slips, and reveals who the protagonist is to the one who looked down on them', () => {
    const script = writeOffline(request('A famous surgeon pretends to be a hospital porter to catch a thief'));
    const all = beats(script);
    const at = all.findIndex((b) => b.marker === 'twist');
    const lead = script.characters[0];
    expect(all[at].characterId).toBe(lead.id);
    expect(all[at].text).toMatch(/I'm not a hospital porter/);
    expect(all.slice(0, at).filter((b) => b.setup === 'twist').length).toBeGreaterThanOrEqual(2);
    expect(script.characters.some((c) => /porter/.test(c.role))).toBe(false);
    expect(script.title).toMatch(/porter/i);
  });
});

describe('writeOffline: someone caught in the act', () => {
  it('opens on what was seen, in the first person, and makes the one the protagonist confides in the accomplice', () => {
    const script = writeOffline(request('A maid catches the mayor hiding cash in the hotel laundry'));
    const all = beats(script);
    const lead = script.characters[0];
    const manager = script.characters.find((c) => /mayor/.test(c.role))!;
    expect(all.find((b) => b.kind === 'line' && b.characterId === lead.id)!.text).toMatch(/^I caught the mayor hiding/);
    const at = all.findIndex((b) => b.marker === 'twist');
    // The twist is said by neither the lead nor the one seen: by the third person, who was in it with them.
    expect([lead.id, manager.id]).not.toContain(all[at].characterId);
    expect(all[at].text).toMatch(new RegExp(`${manager.name} didn't do it alone`));
    expect(all.slice(0, at).filter((b) => b.setup === 'twist').length).toBeGreaterThanOrEqual(2);
  });
});

describe('breathSplit', () => {
  it('says a long sentence in pieces at its pauses, keeping every word and every name whole', () => {
    const {breathSplit} = jest.requireActual('../src/write/offline/text') as typeof import('../src/write/offline/text');
    const sentence = 'I kept getting orders to an address that burned down ten years ago.';
    const pieces = breathSplit(sentence, 9);
    expect(pieces).toEqual(['I kept getting orders to an address…', '…that burned down ten years ago.']);
    expect(pieces.join(' ').replace(/… …/g, ' ')).toBe(sentence);
    const honour = breathSplit('I caught my fiancé kissing my maid of honour an hour before the ceremony.', 9, [
      'maid of honour',
    ]);
    for (const piece of honour) expect(piece.split(/\s+/).length).toBeLessThanOrEqual(9);
    expect(honour.join(' ')).toContain('maid of honour');
    expect(breathSplit('Short lines stay whole.', 9)).toEqual(['Short lines stay whole.']);
  });
});

describe('writeOffline: a deed done for an aim', () => {
  const twistOf = (s: Script) => beats(s).find((b) => b.marker === 'twist')!;

  it('answers an aim at a person with that person doing the same, planted before the reveal', () => {
    const script = writeOffline(request('A shy baker takes salsa lessons to impress her new landlord'));
    const landlord = script.characters.find((c) => /landlord/.test(c.role))!;
    const twist = twistOf(script);
    expect(twist.characterId).toBe(landlord.id);
    expect(twist.text).toMatch(/^I took salsa lessons too/);
    const all = beats(script);
    expect(all.slice(0, all.indexOf(twist)).filter((b) => b.setup === 'twist').length).toBeGreaterThanOrEqual(2);
    // The aim said to the landlord's face, the deed kept the baker's own.
    expect(all.some((b) => b.characterId === landlord.id && /To impress you/.test(b.text))).toBe(true);
  });

  it('answers an aim that is no person with someone close making it work in secret', () => {
    const script = writeOffline(request('A teenager busks every night to pay for her grandmother’s hearing aid'));
    const lead = script.characters[0];
    const twist = twistOf(script);
    expect(twist.characterId).not.toBe(lead.id);
    expect(twist.text).toMatch(/^You didn't busk every night alone/);
  });
});

describe('writeOffline: a debt met again', () => {
  it('says the deed first, owns the kindness in the first person, and lets the one owed reveal they knew', () => {
    const script = writeOffline(request('A rich CEO fires the cleaner who once raised him like a son'));
    const all = beats(script);
    const lead = script.characters[0];
    const cleaner = script.characters.find((c) => /cleaner/.test(c.role))!;
    const said = all.filter((b) => b.characterId === lead.id).map((b) => b.text);
    expect(said[0]).toMatch(/^I fired the cleaner/);
    expect(said.join(' ')).toMatch(/raised me like a son/);
    expect(said.join(' ')).not.toMatch(/\bhim\b|liked/);
    const twist = all.find((b) => b.marker === 'twist')!;
    expect(twist.characterId).toBe(cleaner.id);
    expect(twist.text).toMatch(/^I knew it was you/);
  });
});
