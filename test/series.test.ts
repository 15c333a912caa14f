/**
 * Series: a bible and its episodes keep continuity (same people, names, colours, voices; nobody outside the bible
 * speaks; each episode opens on the last one's cliffhanger; the finale resolves the main thread), with the offline
 * writer on several premises and with the LLM writer against a loopback OpenAI server. Written with --dry-run (the
 * continuity lives in the scripts; renders are the pipeline's own tests); a rerun reuses every finished episode.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {DURATION_SEC, MUSIC_VOLUME} from '../src/config';
import type {Script} from '../src/schema/script';
import {seriesBible, type SeriesBible} from '../src/schema/series';
import {parseScript} from '../src/schema/validate';
import {checkContinuity} from '../src/series/continuity';
import {offlineSeriesWriter} from '../src/series/offline';
import {principals} from '../src/series/principals';
import {spokenKey} from '../src/series/spoken';
import {openaiSeriesWriter} from '../src/series/openai';
import {parseSeriesArgs} from '../src/series/options';
import {episodeFolder, runSeries, type SeriesOptions} from '../src/series/run';
import {UserError} from '../src/util/errors';
import {silentProgress} from '../src/util/progress';
import {cakeScript} from './helpers/craft-script';
import {CHAT_PATH, chatCompletion, FakeOpenAIServer, type RecordedRequest} from './helpers/openai-server';
import {modelDraft} from './helpers/sample';

let scratch: string;
beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'microdrama-series-'));
  process.env.MICRODRAMA_CACHE_DIR = path.join(scratch, 'cache');
});
afterAll(() => fs.rm(scratch, {recursive: true, force: true}));

function options(premise: string, outDir: string, overrides: Partial<SeriesOptions> = {}): SeriesOptions {
  return {
    premise,
    episodes: 3,
    durationSec: 30,
    seed: 1,
    template: 'cinematic',
    templateOptions: {},
    aspect: '9:16',
    dryRun: true,
    writer: 'offline',
    model: 'test-model',
    visuals: 'procedural',
    cache: true,
    voices: 'offline',
    music: 'auto',
    musicVolume: MUSIC_VOLUME.default,
    remoteMedia: false,
    outDir,
    browser: null,
    env: {},
    progress: silentProgress,
    warn: () => undefined,
    writerFor: (o) => offlineSeriesWriter(o.voices),
    ...overrides,
  };
}

async function readSeries(outDir: string): Promise<{bible: SeriesBible; scripts: Script[]}> {
  const bible = seriesBible.parse(JSON.parse(await fs.readFile(path.join(outDir, 'series.json'), 'utf8')));
  const scripts = await Promise.all(
    bible.episodes.map(async (e) =>
      parseScript(JSON.parse(await fs.readFile(path.join(outDir, episodeFolder(e.episode), 'script.json'), 'utf8'))),
    ),
  );
  return {bible, scripts};
}

const cliffhangerBeat = (script: Script) =>
  script.scenes.flatMap((s) => s.beats).find((b) => b.marker === 'cliffhanger')!;

/** The continuity rules, asserted one by one (checkContinuity must agree that nothing is wrong). */
function expectContinuity(bible: SeriesBible, scripts: Script[]): void {
  expect(checkContinuity(bible, scripts)).toEqual([]);
  const cast = new Map(bible.cast.map((c) => [c.id, c]));
  scripts.forEach((script, i) => {
    for (const c of script.characters) {
      expect(cast.get(c.id)).toBeDefined();
      expect({name: c.name, color: c.color, voice: c.voice}).toEqual({
        name: cast.get(c.id)!.name,
        color: cast.get(c.id)!.color,
        voice: cast.get(c.id)!.voice,
      });
    }
    for (const beat of script.scenes.flatMap((s) => s.beats))
      if (beat.characterId) expect(cast.has(beat.characterId)).toBe(true);
    expect(script.series).toMatchObject({title: bible.title, episode: i + 1, of: scripts.length});
    if (i > 0) expect(script.series!.previously).toContain(cliffhangerBeat(scripts[i - 1]).text);
    else expect(script.series!.previously).toBeUndefined();
  });
  const finale = scripts[scripts.length - 1];
  expect(finale.cliffhanger).toBe(bible.resolution);
  for (const script of scripts.slice(0, -1)) {
    expect(script.cliffhanger).not.toBe(bible.resolution);
    expect(script.scenes.flatMap((s) => s.beats).some((b) => b.marker === 'cliffhanger')).toBe(true);
  }
}

describe('offline series', () => {
  const premises = [
    "A bride finds her fiancé's wedding ring in her sister's purse",
    "A nurse sees her own name on tomorrow's death chart",
    'Una camarera descubre que su jefe vende el restaurante a escondidas',
  ];

  test.each(premises)('keeps continuity: %s', async (premise) => {
    const outDir = path.join(scratch, `offline-${premises.indexOf(premise)}`);
    const result = await runSeries(options(premise, outDir));
    expect(result.episodes.map((e) => e.reused)).toEqual([false, false, false]);
    const {bible, scripts} = await readSeries(outDir);
    expect(bible.episodes).toHaveLength(3);
    expect(bible.cast.length).toBeGreaterThanOrEqual(2);
    expect(bible.cast.every((c) => c.voice)).toBe(true);
    expectContinuity(bible, scripts);
    // The episodes differ: each takes its own turn, not a copy of the first.
    expect(new Set(scripts.map((s) => s.logline)).size).toBe(3);
  });

  test('a rerun reuses every finished episode and redoes one whose folder lost its marker', async () => {
    const premise = premises[0];
    const outDir = path.join(scratch, 'offline-0');
    const again = await runSeries(options(premise, outDir));
    expect(again.episodes.map((e) => e.reused)).toEqual([true, true, true]);
    await fs.rm(path.join(outDir, 'ep02', '.microdrama-done.json'));
    const third = await runSeries(options(premise, outDir));
    expect(third.episodes.map((e) => e.reused)).toEqual([true, false, true]);
  });

  test('the check finds a drifted colour, a stranger who speaks and a finale that does not resolve', async () => {
    const {bible, scripts} = await readSeries(path.join(scratch, 'offline-1'));
    const drifted = structuredClone(scripts);
    drifted[1].characters[0].color = '#000000';
    drifted[2].scenes[0].beats[0] = {...drifted[2].scenes[0].beats[0], kind: 'line', characterId: 'stranger'};
    drifted[2].cliffhanger = 'Who is at the door?';
    const problems = checkContinuity(bible, drifted).join('\n');
    expect(problems).toMatch(/episode 2: .*'s color is "#000000"/);
    expect(problems).toMatch(/episode 3: "stranger" speaks but is not in the bible/);
    expect(problems).toMatch(/episode 3: the finale ends on "Who is at the door\?"/);
  });

  test('another series in the same folder is refused', async () => {
    await expect(
      runSeries(options('A chef finds a ring in the soup', path.join(scratch, 'offline-0'))),
    ).rejects.toThrow(/holds another series/);
  });
});

describe('offline series tell one story forward', () => {
  const premises = [
    'A lifeguard finds a message in a bottle addressed to her dead father',
    'A young chef learns his business partner is selling his recipes to a rival',
    'Un taxista reconoce en su pasajera a la mujer que le robó la herencia',
  ];
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  test.each(premises)('%s', async (premise) => {
    const outDir = path.join(scratch, `forward-${premises.indexOf(premise)}`);
    await runSeries(options(premise, outDir, {seed: 7}));
    const {bible, scripts} = await readSeries(outDir);
    expectContinuity(bible, scripts);

    // No line repeats across the episodes of one series.
    const said = new Set<string>();
    for (const script of scripts) {
      const texts = new Set(script.scenes.flatMap((s) => s.beats.map((b) => key(b.text))));
      for (const text of texts)
        expect([script.series!.episode, text, said.has(text)]).toEqual([script.series!.episode, text, false]);
      for (const text of texts) said.add(text);
    }

    // Each recap picks up the previous cliffhanger in its words: most of its words are there.
    scripts.slice(1).forEach((script, i) => {
      const words = key(cliffhangerBeat(scripts[i]).text).split(' ');
      const recap = key(script.series!.previously!);
      expect(words.filter((w) => recap.includes(w)).length).toBeGreaterThanOrEqual(words.length * 0.8);
    });

    // A sentence that opens on he or she in a beat naming one person says that person's gender (the bible's).
    const genders = new Map(bible.cast.map((c) => [c.name, /\b(woman|girl|mujer)\b/i.test(c.description) ? 'f' : 'm']));
    for (const beat of scripts.flatMap((s) => s.scenes.flatMap((sc) => sc.beats))) {
      if (beat.kind === 'line') continue;
      const named = [...genders.keys()].filter((name) => new RegExp(`\\b${name}\\b`).test(beat.text));
      const pronoun = /(?:^|[.!?]["”]?\s+)(He|She)\b/.exec(beat.text)?.[1];
      if (named.length === 1 && pronoun)
        expect([beat.text, pronoun === 'She' ? 'f' : 'm']).toEqual([beat.text, genders.get(named[0])]);
    }

    // The finale resolves the main thread in its own last beat: the lead, to the rival, no question left open.
    const finale = scripts[scripts.length - 1];
    const last = cliffhangerBeat(finale);
    const lead = bible.cast.find((c) => /protagonist/i.test(c.role)) ?? bible.cast[0];
    expect(last).toMatchObject({kind: 'line', characterId: lead.id});
    expect(last.text).not.toMatch(/\?/);
    expect(bible.cast.some((c) => c.id !== lead.id && last.text.includes(c.name))).toBe(true);
    expect(finale.cliffhanger).toBe(bible.resolution);

    // A series title, not an episode's: no word said twice.
    const words = bible.title.toLowerCase().split(/\s+/);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('an English offline series is one story, told forward', () => {
  const premises = [
    'A retired teacher finds a love letter hidden in a library book',
    'Two roommates fight over who ate the last slice of birthday cake',
    'A night-shift security guard hears a heartbeat inside the museum vault',
    "A bride finds her fiancé's wedding ring in her sister's purse",
  ];
  const beats = (script: Script) => script.scenes.flatMap((s) => s.beats);
  const markedBy = (script: Script, marker: 'twist' | 'cliffhanger') => beats(script).find((b) => b.marker === marker)!;

  test.each(premises)('%s', async (premise) => {
    const outDir = path.join(scratch, `story-${premises.indexOf(premise)}`);
    await runSeries(options(premise, outDir, {voices: 'none'}));
    const {bible, scripts} = await readSeries(outDir);
    expectContinuity(bible, scripts);
    const [lead, rival] = principals(bible.cast);
    const nameOf = (id?: string) => bible.cast.find((c) => c.id === id)?.name;

    // Three twists, none the same; the second by someone other than the first's author, and the third too when
    // the cast leaves room (the finale's is the rival's, and with two people besides the lead the second's may be too).
    expect(new Set(scripts.map((s) => s.twist)).size).toBe(3);
    const authors = scripts.map((s) => markedBy(s, 'twist').characterId);
    expect(authors[1]).not.toBe(authors[0]);
    if (bible.cast.length > 3 || authors[0] === rival.id) expect(authors[2]).not.toBe(authors[1]);

    // Each episode opens on the last one's cliffhanger: its first beats speak to or of the people in it.
    scripts.slice(1).forEach((script, i) => {
      const cliff = markedBy(scripts[i], 'cliffhanger');
      const inCliff = bible.cast
        .filter((c) => c.id !== lead.id && (c.id === cliff.characterId || cliff.text.includes(c.name)))
        .map((c) => c.name);
      const opening = beats(script)
        .slice(0, 3)
        .map((b) => `${nameOf(b.characterId) ?? ''}: ${b.text}`)
        .join(' ');
      expect(inCliff.length).toBeGreaterThan(0);
      expect([opening, inCliff.some((name) => opening.includes(name))]).toEqual([opening, true]);
    });

    // Nothing is said twice in the season.
    const said = new Set<string>();
    for (const script of scripts)
      for (const beat of beats(script)) {
        expect([beat.text, said.has(spokenKey(beat.text))]).toEqual([beat.text, false]);
        said.add(spokenKey(beat.text));
      }

    // The bible's turns are this story's: the lead and someone else by name, the finale the rival's.
    for (const arc of bible.episodes) {
      expect(arc.turn).toContain(lead.name);
      expect(bible.cast.some((c) => c !== lead && arc.turn.includes(c.name))).toBe(true);
    }
    expect(bible.episodes[2].turn).toContain(rival.name);

    // The finale's own story leads to its resolution: the rival reveals the twist, the lead's last line answers it.
    const finale = scripts[2];
    expect(markedBy(finale, 'twist').characterId).toBe(rival.id);
    expect(markedBy(finale, 'cliffhanger')).toMatchObject({characterId: lead.id});
    expect(markedBy(finale, 'cliffhanger').text).toContain(rival.name);
    expect(finale.cliffhanger).toBe(bible.resolution);
  });
});

describe('series options', () => {
  test('take make options plus --episodes, with make checks', () => {
    const parsed = parseSeriesArgs(['A premise', '--episodes', '4', '--duration', '20', '--template', 'chat'], {});
    expect(parsed).toMatchObject({episodes: 4, durationSec: 20, premise: 'A premise'});
    expect(() => parseSeriesArgs(['A premise'], {})).toThrow(/--episodes N is required/);
    expect(() => parseSeriesArgs(['A premise', '--episodes', '1'], {})).toThrow(/--episodes: 1 is out of range/);
    expect(() => parseSeriesArgs(['A premise', '--episodes', '3', '--duration', '500'], {})).toThrow(
      new UserError(`--duration: 500 is out of range (${DURATION_SEC.min} to ${DURATION_SEC.max})`),
    );
  });
});

describe('LLM series against a loopback OpenAI server', () => {
  let server: FakeOpenAIServer;
  const cake = cakeScript();
  const bibleReply = {
    title: 'The Wrong Name',
    logline: 'A baker and her sister fight over one wedding, three nights in a row.',
    genre: 'family',
    language: 'en',
    cast: [
      {...cake.characters[0], color: '#ff0000'},
      {...cake.characters[1], color: '#00ff00'},
    ],
    places: [{name: 'The bakery kitchen', setting: 'kitchen'}],
    mainThread: 'Whose wedding is it?',
    openThreads: ['Why did Lena order the cake?'],
    escalation: 'Each night the sisters lose one more person who believes them.',
    resolution: 'The cake was always for both of them.',
    episodes: [
      {title: 'The Name', turn: 'Maya finds the name.'},
      {title: 'The Order', turn: 'Lena ordered it.'},
      {title: 'The Toast', turn: 'The sisters face the guests.'},
    ],
  };
  const isBible = (r: RecordedRequest) => r.body?.response_format?.json_schema?.name === 'series_bible';

  beforeAll(async () => {
    server = await FakeOpenAIServer.start();
    server.otherwise(CHAT_PATH, (request) => {
      if (isBible(request)) return chatCompletion(JSON.stringify(bibleReply));
      // Each episode as the model might write it: the sample drama, its colours not the bible's, its twist its own.
      const episode = Number(/This is episode (\d+)/.exec(request.body.messages.at(-1).content)?.[1]);
      return chatCompletion(
        JSON.stringify({...modelDraft(cake), cliffhanger: `What will Lena do on night ${episode + 1}?`}),
      );
    });
  });
  afterAll(() => server.close());

  const llm = (outDir: string) =>
    options(cake.premise!, outDir, {
      writer: 'openai',
      writerFor: (o) =>
        openaiSeriesWriter({
          apiKey: 'sk-test',
          baseURL: server.baseURL,
          model: 'test-model',
          cache: o.cache,
          voices: o.voices,
        }),
    });

  test('plans the bible first, then each episode with the bible and the earlier episodes in its request', async () => {
    const outDir = path.join(scratch, 'llm');
    await runSeries(llm(outDir));
    const requests = server.requestsTo(CHAT_PATH);
    expect(requests).toHaveLength(4);
    expect(isBible(requests[0])).toBe(true);
    const third = requests[3].body.messages.at(-1).content as string;
    expect(third).toContain('This is episode 3 of 3 of the series "The Wrong Name"');
    expect(third).toContain('- maya: Maya');
    expect(third).toContain('Earlier episodes:');
    expect(third).toContain('This is the finale');
    expect(requests[1].body.response_format.type).toBe('json_schema');

    const {bible, scripts} = await readSeries(outDir);
    // The third episode's request opens on the second one's cliffhanger, as the second episode said it.
    expect(third).toContain(cliffhangerBeat(scripts[1]).text);
    expect(bible.cast.map((c) => c.color)).toEqual(['#ff0000', '#00ff00']);
    expectContinuity(bible, scripts);
  });

  test('each episode is cached: the same series in a new folder asks nothing', async () => {
    const before = server.requestsTo(CHAT_PATH).length;
    const result = await runSeries(llm(path.join(scratch, 'llm-again')));
    expect(result.episodes.map((e) => e.reused)).toEqual([false, false, false]);
    expect(server.requestsTo(CHAT_PATH).length).toBe(before);
  });
});
