import {safeZone} from '../compositions/primitives/layout';
import {PLATFORMS, type Beat, type Platform, type Script} from '../src/schema/script';
import {
  checkCraft,
  CRAFT,
  summarizeCraft,
  type CraftCheckId,
  type CraftReport,
  type PremiseKeys,
} from '../src/craft/gate';
import {rankHooks, scoreHook} from '../src/craft/hook-rubric';
import {keysForPremise} from '../src/craft/keys';
import {scriptSentences, sentenceRecurrence} from '../src/craft/recurrence';
import {timeScript} from '../src/time/timeline';
import {CAKE_KEYS, cakeScript} from './helpers/craft-script';

const gate = (script: Script, keys: PremiseKeys | null = CAKE_KEYS) =>
  checkCraft(script, timeScript(script), keys ?? undefined);
const check = (report: CraftReport, id: CraftCheckId) => {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check in ${report.checks.map((c) => c.id).join(', ')}`);
  return found;
};
const beats = (script: Script) => script.scenes[0].beats;
const failed = (report: CraftReport) => report.checks.filter((c) => !c.pass).map((c) => c.id);

describe('the dramaturgy gate', () => {
  it('passes a drama that keeps every rule', () => {
    const report = gate(cakeScript());
    expect(failed(report)).toEqual([]);
    expect(report.pass).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'hook-situation',
      'first-line',
      'change-every',
      'twist-position',
      'twist-planted',
      'cliffhanger-position',
      'premise-present',
      'reading-speed',
      'emotional-arc',
    ]);
    expect(summarizeCraft(report)).toBe('craft: 9/9 checks pass');
  });

  it('hook-situation: fails when the opening names nothing of the premise, skips the naming without keys', () => {
    const script = cakeScript();
    script.hook = 'Nobody expected tonight to go like this.';
    const report = gate(script);
    const hook = check(report, 'hook-situation');
    expect(hook.pass).toBe(false);
    // The first segment that names the premise is the first beat ("my cake"), after the hook card.
    expect(hook.value).toBeGreaterThan(CRAFT.hookSituationMs / 1000);
    expect(hook.where).toBe('scene 1 beat 1');
    expect(check(gate(script, null), 'hook-situation').pass).toBe(true);
  });

  it('first-line: fails when narration and action hold the first character line past 5 s', () => {
    const script = cakeScript();
    beats(script).unshift(
      {kind: 'narration', text: 'Three days before the wedding, the bakery is quiet.', emotion: 'neutral'},
      {kind: 'action', text: 'Maya carries the cake out of the cold room.', emotion: 'neutral'},
    );
    const first = check(gate(script), 'first-line');
    expect(first.pass).toBe(false);
    expect(first.value).toBeGreaterThan(5);
    expect(first.where).toBe('scene 1 beat 3');
  });

  it('change-every: fails on a segment longer than 4 s', () => {
    const script = cakeScript();
    beats(script)[2] = {
      kind: 'narration',
      text: 'She had planned every detail of this wedding for two whole years, and not one of those details had ever included her sister.',
      emotion: 'cold',
    };
    const change = check(gate(script), 'change-every');
    expect(change.pass).toBe(false);
    expect(change.value).toBeGreaterThan(4);
    expect(change.where).toBe('scene 1 beat 3');
  });

  it('twist-position: fails for a twist too early and for no twist at all', () => {
    const early = cakeScript();
    delete beats(early)[6].marker;
    beats(early)[1] = {...beats(early)[1], marker: 'twist', setup: undefined};
    const position = check(gate(early), 'twist-position');
    expect(position.pass).toBe(false);
    expect(position.value).toBeLessThan(50);

    const none = cakeScript();
    delete beats(none)[6].marker;
    expect(check(gate(none), 'twist-position')).toMatchObject({pass: false, value: 'no beat is marked twist'});
  });

  it('twist-planted: counts only setups before the twist', () => {
    const once = cakeScript();
    delete beats(once)[3].setup;
    expect(check(gate(once), 'twist-planted')).toMatchObject({pass: false, value: 1});

    const late = cakeScript();
    delete beats(late)[3].setup;
    beats(late)[8].setup = 'twist'; // after the twist: pays nothing off
    expect(check(gate(late), 'twist-planted')).toMatchObject({pass: false, value: 1});
  });

  it('cliffhanger-position: fails for a cliffhanger before the last quarter', () => {
    const script = cakeScript();
    delete beats(script)[9].marker;
    beats(script)[5].marker = 'cliffhanger';
    const cliff = check(gate(script), 'cliffhanger-position');
    expect(cliff.pass).toBe(false);
    expect(cliff.value).toBeLessThan(75);
  });

  it('premise-present: names what is missing, matches people by name or role, skips without keys', () => {
    const keys = {...CAKE_KEYS, place: 'the lighthouse'};
    const present = check(gate(cakeScript(), keys), 'premise-present');
    expect(present.pass).toBe(false);
    expect(present.value).toBe('3/4, missing place "the lighthouse"');

    // "the groom" is a role nobody in the cast has, but the dialogue names him.
    expect(check(gate(cakeScript(), {...CAKE_KEYS, people: ['the groom']}), 'premise-present').pass).toBe(true);
    // A possessor only says whose: "the baker's mother" is a mother, and nobody here is one.
    expect(check(gate(cakeScript(), {...CAKE_KEYS, people: ["the baker's mother"]}), 'premise-present').pass).toBe(
      false,
    );
    expect(check(gate(cakeScript(), {...CAKE_KEYS, people: ["the baker's sister"]}), 'premise-present').pass).toBe(
      true,
    );
    expect(check(gate(cakeScript(), {...CAKE_KEYS, people: ['the best man']}), 'premise-present').pass).toBe(false);

    expect(check(gate(cakeScript(), null), 'premise-present')).toMatchObject({pass: true, skipped: true});
  });

  it('reading-speed: fails for speech faster than 3.5 words/s and text faster than 20 chars/s', () => {
    const fast = cakeScript();
    const words = ['It', 'was', 'a', 'mistake,', 'I', 'swear.'];
    beats(fast)[1].audio = {
      src: 'audio/fast.wav',
      durationMs: 900,
      words: words.map((text, i) => ({text, startMs: i * 150, endMs: i * 150 + 140})),
    };
    const speech = check(gate(fast), 'reading-speed');
    expect(speech).toMatchObject({pass: false, unit: ' words/s', where: 'scene 1 beat 2'});
    expect(speech.value).toBeCloseTo(6 / 0.9, 1);

    const dense = cakeScript();
    dense.targetDurationSec = 15;
    beats(dense)[4] = {
      kind: 'text',
      characterId: 'lena',
      text: 'Order 4471: three tiers, lemon curd, buttercream roses, piped names LENA & DANIEL, deliver Saturday 10am, paid in full.',
    } as Beat;
    const read = check(gate(dense), 'reading-speed');
    expect(read).toMatchObject({pass: false, unit: ' chars/s', where: 'scene 1 beat 5'});
    expect(read.value).toBeGreaterThan(CRAFT.maxCharsPerSecond);
  });

  it('emotional-arc: fails when the peak comes first and the drama calms down', () => {
    const script = cakeScript();
    const emotions = beats(script).map((b) => b.emotion);
    beats(script).forEach((b, i) => (b.emotion = emotions[emotions.length - 1 - i]));
    beats(script)[0].emotion = 'shocked';
    beats(script)
      .slice(5)
      .forEach((b) => (b.emotion = 'tender'));
    const arc = check(gate(script), 'emotional-arc');
    expect(arc.pass).toBe(false);
    expect(arc.value).toMatch(/^peak 4 not in 2nd half/);
  });

  it('ad-claims: only for ads; counts the brand and catches health, price and comparative claims', () => {
    expect(gate(cakeScript()).checks.some((c) => c.id === 'ad-claims')).toBe(false);
    const ad = (edit: (s: Script) => void) => {
      const script = cakeScript();
      script.ad = {brand: 'Sugarloaf', product: 'custom cake toppers', cta: 'Design yours'};
      edit(script);
      return check(gate(script), 'ad-claims');
    };
    expect(ad((s) => (beats(s)[4].text = 'Maya opens a Sugarloaf box, her best friend watching.'))).toMatchObject({
      pass: true,
    });
    const thrice = ad((s) => {
      s.hook = 'My Sugarloaf wedding cake has my sister’s name on it.';
      beats(s)[4].text = 'Maya opens a Sugarloaf box.';
      s.cliffhanger = 'Sugarloaf. Whose wedding is it?';
    });
    expect(thrice.pass).toBe(false);
    expect(thrice.value).toContain('brand named 3 times');
    expect(ad((s) => (beats(s)[4].text = 'The topper is clinically tested.')).value).toContain('health claim');
    expect(ad((s) => (beats(s)[4].text = 'Only 9.99 this week.')).value).toContain('price claim');
    expect(ad((s) => (beats(s)[4].text = 'They are free with every order.')).value).toContain('price claim');
    expect(ad((s) => (beats(s)[4].text = 'Better than any bakery in town.')).value).toContain('comparative claim');
    expect(ad((s) => (beats(s)[4].text = 'The #1 topper.')).pass).toBe(false);
  });

  it('summarises failures on one line', () => {
    const script = cakeScript();
    delete beats(script)[3].setup;
    expect(summarizeCraft(gate(script))).toBe('craft: 8/9 checks pass; failed: twist-planted 1 setups (needs >= 2)');
  });
});

describe('the hook rubric', () => {
  const keys = ['Maya', 'her sister', 'the wedding cake', 'the bakery'];

  it('does not count small words as naming the premise', () => {
    expect(scoreHook('The night it all went wrong.', keys).reasons[0]).toBe('generic: names nothing from the premise');
    expect(scoreHook('Why does my wedding cake say Lena?', keys).reasons[0]).toMatch(/^specific/);
  });

  it('ranks hooks best first', () => {
    const ranked = rankHooks(['It was a normal day.', 'Why does my wedding cake have my sister’s name?'], keys);
    expect(ranked[0].text).toContain('wedding cake');
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });
});

describe('premise keys (src/craft/keys.ts, read by src/premise)', () => {
  it('reads people, object and incongruity from an English premise', () => {
    expect(keysForPremise('A nurse finds a patient chart dated tomorrow', 'en')).toMatchObject({
      people: ['nurse'],
      object: 'patient chart',
      incongruity: expect.stringContaining('dated tomorrow'),
    });
  });

  it('keeps a possessive person as one person and finds the possessor of a thing', () => {
    const son = keysForPremise("The CEO's son falls for the woman he likes at the office party", 'en');
    expect(son?.people).toEqual(['son', 'woman']);
    expect(son?.place).toBe('office party');
    const rap = keysForPremise("A grandmother grabs the mic at her grandson's rap battle", 'en');
    expect(rap?.people).toEqual(['grandmother', 'grandson']);
    expect(rap?.object).toBe('mic');
  });

  it('prefers a concrete object to an abstract one', () => {
    expect(keysForPremise("A ferry captain finds her daughter's name on a 1962 passenger list", 'en')?.object).toBe(
      'passenger list',
    );
  });

  it('reads nothing it cannot: languages src/premise does not read and premises without nouns', () => {
    expect(keysForPremise('护士在病历上发现了自己的名字', 'zh')).toBeUndefined();
    expect(keysForPremise('💍🔥💔', 'en')).toBeUndefined();
  });

  it('gives keys the gate can find in a script that tells the premise', () => {
    const script = cakeScript();
    const keys = keysForPremise('Maya finds her sister’s name on the wedding cake at the bakery', 'en');
    expect(keys).toMatchObject({object: expect.stringContaining('cake'), place: 'bakery'});
    expect(check(gate(script, keys!), 'premise-present')).toMatchObject({pass: true});
  });
});

describe('sentence recurrence (eval:writer)', () => {
  it('counts sentences that recur across different premises, not within one', () => {
    const a = cakeScript();
    const b = cakeScript();
    b.hook = 'The groom has a second phone.';
    b.cliffhanger = 'Who is calling? Part 2.';
    b.scenes[0].beats = [
      {kind: 'line', characterId: 'maya', text: 'Who wrote Lena on my cake?!', emotion: 'angry'},
      {kind: 'line', characterId: 'lena', text: 'Not me. Never.'},
    ];
    const result = sentenceRecurrence([
      {premise: 'cake', script: a},
      {premise: 'cake', script: a}, // the same premise at another duration: its sentences do not recur
      {premise: 'phone', script: b},
    ]);
    const aSentences = scriptSentences(a).length; // the hook, ten beats, "Whose wedding is it?" and "Part 2."
    expect(aSentences).toBe(13);
    // "who wrote lena on my cake" (2 in a's two copies + 1 in b) and "part 2" (2 + 1) recur.
    expect(result.recurring).toBe(6);
    expect(result.sentences).toBe(2 * aSentences + 6);
    expect(result.top.map((t) => t.sentence).sort()).toEqual(['part 2', 'who wrote lena on my cake']);
  });
});

describe('platform safe zones (compositions/primitives/layout.ts)', () => {
  const edges = (platform?: Platform) => {
    const box = safeZone(1080, 1920, platform);
    return {top: box.top, right: 1080 - (box.left + box.width), bottom: 1920 - (box.top + box.height), left: box.left};
  };

  it("keeps clear of each app's buttons and caption band, and of all of them without a platform", () => {
    expect(edges()).toEqual({top: 154, right: 162, bottom: 384, left: 65});
    // TikTok's action column (~170 px) and caption rows (~420 px).
    expect(edges('tiktok').right).toBeGreaterThanOrEqual(170);
    expect(edges('tiktok').bottom).toBeGreaterThanOrEqual(420);
    // Reels' taller top bar and audio bar; Shorts' title, channel and subscribe rows over the bottom quarter.
    expect(edges('reels').top).toBeGreaterThanOrEqual(210);
    expect(edges('reels').bottom).toBeGreaterThanOrEqual(450);
    expect(edges('shorts').bottom).toBeGreaterThanOrEqual(480);
    for (const platform of PLATFORMS) expect(edges(platform).left).toBeGreaterThanOrEqual(60);
  });
});
