/**
 * The offline writer: a premise becomes a micro drama with no network and no model. The premise is read into a
 * situation (src/premise), cast, and told from its own people, object, place and odd thing (book-en.ts,
 * book-es.ts); the twist is one this situation can hold, planted in earlier beats. Cuts of the story are tried
 * until one fits the duration and passes the dramaturgy rules (gate-check.ts). Hook variants are scored on the
 * shared rubric and the best opens the video. Same request, same script.
 */
import {rankHooks} from '../../craft/hook-rubric';
import {parsePremise, premiseKeys, toneWeights, type Situation} from '../../premise';
import type {Genre, Mood, Script} from '../../schema/script';
import {LIMITS} from '../../schema/script';
import {parseScript} from '../../schema/validate';
import {timeScript} from '../../time/timeline';
import {estimateSpeechMs} from '../../time/words';
import {UserError} from '../../util/errors';
import type {Progress} from '../../util/progress';
import type {WriteRequest, Writer} from '../writer';
import {adTwist} from './ad';
import {englishBook} from './book-en';
import {spanishBook} from './book-es';
import {castSituation, type Member} from './cast';
import {describeCast} from './describe';
import {continuing, episodeBook, episodeSalt, unsaid} from './episode';
import {planProblems} from './gate-check';
import {baseLanguage, detectLanguage} from './language';
import type {Book, Move, Register, Twist} from './moves';
import {PACE_SHAPES, paced, type PaceShape} from './pace';
import {planCut, scenesOf, thinVocatives, voiced, type Voicing} from './plan';
import {rngFor, type Rng} from './random';
import {termsFor, type Terms} from './terms';
import {capitalise, cleanPremise, compactSentence, sentence, truncate, withArticle} from './text';

/** Languages the offline writer writes. */
export const OFFLINE_LANGUAGES = ['en', 'es'];

const LANGUAGE_NAMES: Record<string, string> = {
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  ar: 'Arabic',
  ru: 'Russian',
  he: 'Hebrew',
  hi: 'Hindi',
  el: 'Greek',
  th: 'Thai',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
};

const REGISTER: Record<Genre, Register> = {
  comedy: 'comedy',
  heartwarming: 'warm',
  romance: 'love',
  thriller: 'dark',
  mystery: 'dark',
  revenge: 'drama',
  family: 'drama',
  workplace: 'drama',
};
const MOOD: Record<Genre, Mood> = {
  comedy: 'comedy',
  heartwarming: 'triumph',
  romance: 'romance',
  thriller: 'tension',
  mystery: 'mystery',
  revenge: 'tension',
  family: 'sad',
  workplace: 'tension',
};

function checkRequest(request: WriteRequest): void {
  if (typeof request.premise !== 'string' || request.premise.trim() === '')
    throw new UserError('the premise is empty: describe the story in one line');
  if (!Number.isFinite(request.durationSec) || request.durationSec < 15 || request.durationSec > 90) {
    throw new UserError(`the duration must be between 15 and 90 seconds (got ${request.durationSec})`);
  }
  if (request.hooks !== undefined && (!Number.isInteger(request.hooks) || request.hooks < 1 || request.hooks > 5)) {
    throw new UserError(`hooks must be a whole number from 1 to 5 (got ${request.hooks})`);
  }
  if (request.ad && request.durationSec > 30)
    throw new UserError(`an ad runs 15 to 30 seconds (got ${request.durationSec})`);
}

/** The language the script is written in: the requested one, else the premise's; never one it cannot write. */
export function scriptLanguage(request: WriteRequest, premise: string): string {
  const wanted = request.language ?? detectLanguage(premise) ?? 'en';
  if (!OFFLINE_LANGUAGES.includes(baseLanguage(wanted))) {
    const name = LANGUAGE_NAMES[baseLanguage(wanted)] ?? `"${wanted}"`;
    throw new UserError(
      `the offline writer writes English (en) and Spanish (es), not ${name} (${wanted}); an LLM writer writes any language`,
    );
  }
  return wanted;
}

/** The tone: asked for, else the premise's, leaning towards what its audience watches. */
function chooseTone(request: WriteRequest, situation: Situation): Genre {
  if (request.genre) return request.genre;
  if (request.ad) return situation.tones.comedy ? 'comedy' : 'heartwarming';
  const weights = {...situation.tones};
  if (request.audience)
    for (const [genre, w] of Object.entries(toneWeights(request.audience)))
      weights[genre as Genre] = (weights[genre as Genre] ?? 0) + w / 2;
  if (request.audience && /\b(kids?|children|family|famil)/i.test(request.audience))
    weights.heartwarming = (weights.heartwarming ?? 0) + 2;
  const entries = Object.entries(weights) as [Genre, number][];
  return entries.length === 0 ? 'mystery' : entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** The first twist most of the time, another one for some seeds: the situation's best twist leads. */
function preferFirst<T>(items: T[], rng: Rng): T[] {
  if (items.length < 2 || !rng.chance(0.3)) return items;
  const other = 1 + rng.int(items.length - 1);
  return [items[other], ...items.filter((_, i) => i !== other)];
}

/** Beats a cut needs for a duration: about one every 2.6 seconds, so something changes every few seconds. */
const beatsFor = (durationSec: number) => Math.max(4, Math.round((durationSec - 6) / (durationSec >= 75 ? 2.6 : 2.55)));

/** What a person does on screen when first seen: at work, or coming in; chosen by name so it is stable. */
const AT_WORK = [
  'looks up from work',
  'finishes one last task',
  'is still at work',
  'checks the time, then keeps working',
];
const AT_WORK_ES = [
  'levanta la vista del trabajo',
  'termina una última tarea',
  'sigue trabajando',
  'mira la hora y sigue',
];
const COMING = ['walks in', 'waits by the door', 'watches from across the room'];
const COMING_ES = ['entra', 'espera junto a la puerta', 'observa desde el otro lado'];
const byName = (name: string, list: string[]) => list[[...name].reduce((n, c) => n + c.charCodeAt(0), 0) % list.length];

/**
 * Action beats that show who the premise's people are, doing something in the place ("Ivy, the groom's mother,
 * walks in."): every role the lines do not name, and the twist's author with their relation to the protagonist,
 * so the viewer knows who they are before the reveal.
 */
function introductions(
  t: Terms,
  cast: Member[],
  all: ReturnType<typeof premiseKeys>,
  lines: string,
  revealer?: Member['slot'],
  short = false,
): Move[] {
  const keys = all.people;
  const moves: Move[] = [];
  const said = lines.toLowerCase();
  const his = t.P.gender === 'f' ? 'her' : 'his';
  for (const m of cast) {
    const key = keys.find((k) => (m.role && m.role.endsWith(k)) || m.name === k);
    const relationSaid = m.relation ? said.includes(m.relation.toLowerCase()) : true;
    const needed =
      (key && !said.includes(key.toLowerCase())) || (m.slot === revealer && m.slot !== 'P' && !relationSaid);
    if (!needed) continue;
    const owner = m.relation?.match(/^(.+) of the (.+)$/);
    if (m.slot === 'P') {
      const role = t.spanish ? m.role : withArticle(m.role);
      // The shortest videos show only the reaction: the odd thing stops them at work.
      // Children are not at work; the shortest videos show only the reaction.
      const doing =
        short || m.age < 16
          ? t.spanish
            ? 'se queda inmóvil'
            : 'freezes'
          : byName(m.name, t.spanish ? AT_WORK_ES : AT_WORK);
      moves.push({who: 'X', text: `${m.name}, ${role}, ${doing}.`});
      continue;
    }
    const who = t.spanish
      ? m.relation
        ? `su ${m.relation}`
        : m.role
      : owner
        ? `the ${owner[2]}'s ${owner[1]}`
        : m.relation
          ? `${his} ${m.relation}`
          : `the ${m.role}`;
    moves.push({who: 'X', text: `${m.name}, ${who}, ${byName(m.name, t.spanish ? COMING_ES : COMING)}.`});
  }
  if (all.place && !said.includes(all.place.toLowerCase()) && t.place)
    moves.push({
      who: 'X',
      text: t.spanish
        ? `${capitalise(t.place)}. ${t.P.name} no se mueve.`
        : `${capitalise(t.place)}. ${t.P.name} doesn't move.`,
    });
  if (all.object && !said.includes(all.object.toLowerCase()))
    moves.push({who: 'X', text: t.spanish ? `${t.P.name} mira ${t.thing}.` : `${t.P.name} looks at ${t.thing}.`});
  return moves;
}

const FAMILY_CALLS: [RegExp, string, string][] = [
  [/grand(son|daughter|child)/, 'Grandma', 'Grandpa'],
  [/\b(son|daughter|child|kid)\b/, 'Mom', 'Dad'],
];
const SPANISH_CALLS: Record<string, string> = {Grandma: 'Abuela', Grandpa: 'Abuelo', Mom: 'Mamá', Dad: 'Papá'};

/** Who calls whom what: a grandson says "Grandma", everyone else the name; the protagonist names the counterpart. */
function voicingFor(t: Terms, cast: Member[], keys: ReturnType<typeof premiseKeys>): Voicing {
  const call = (speaker: Member | undefined): string | undefined => {
    if (!speaker) return undefined;
    if (speaker.slot === 'P') return t.O.name;
    const family = FAMILY_CALLS.find(([pattern]) => speaker.relation && pattern.test(speaker.relation));
    if (family) {
      const word = t.P.gender === 'f' ? family[1] : family[2];
      return t.spanish ? SPANISH_CALLS[word] : word;
    }
    return t.P.name;
  };
  return {
    terms: [
      ...cast.map((c) => c.name),
      ...cast.map((c) => c.role).filter((r) => r.length > 2),
      ...keys.people,
      keys.object ?? '',
      keys.place ?? '',
      t.objNoun,
      // Never cut or conjugated inside: "maid of honour".
      ...(t.incTold.match(/\b[a-z]+ of honou?r\b/gi) ?? []),
    ].filter(Boolean),
    vocative: (who) => call(cast.find((c) => c.slot === who)),
    rename: (who, text) => {
      const speaker = cast.find((c) => c.slot === who);
      const name = speaker && speaker.slot !== 'P' ? call(speaker) : undefined;
      return name && name !== t.P.name ? text.split(t.P.name).join(name) : text;
    },
  };
}

interface Attempt {
  script: Script;
  problems: string[];
  miss: number;
  /** How far estimated speech was hurried to fit: real voices do not hurry, so such a plan runs long once voiced. */
  hurry: number;
  /** The script's length before any pause flexes, as a share of the target. */
  natural: number;
}

function writeCut(
  request: WriteRequest,
  frame: Omit<Script, 'scenes' | 'twist' | 'cliffhanger' | 'hook' | 'hooks'>,
  t: Terms,
  cast: Member[],
  book: Book,
  twist: Twist,
  count: number,
  rng: Rng,
  keys: ReturnType<typeof premiseKeys>,
  language: string,
  shape: PaceShape,
): Attempt {
  const draft = planCut(book, twist, [], count, rng.fork('draft'));
  const each = introductions(
    t,
    cast,
    keys,
    [...draft.moves.map((m) => m.text), ...twist.clues.map((m) => m.text)].join(' '),
    twist.reveal[0].who as Member['slot'],
    count <= 5,
  );
  // Short cuts have room for one introducing beat; longer ones show each person in turn.
  const intros =
    each.length === 0 ? [] : count < 9 ? [{who: 'X' as const, text: each.map((m) => m.text).join(' ')}] : each;
  const voicing = voicingFor(t, cast, keys);
  const planned = planCut(book, twist, intros, count, rng, voicing.terms);
  let moves = thinVocatives(
    planned.moves.map((m) => voiced(m, voicing)),
    [...new Set(cast.flatMap((c) => [c.name, c.calls]).filter(Boolean))],
  );
  // An episode of a series says nothing its earlier episodes said.
  moves = unsaid(
    moves,
    request.episode,
    cast.map((c) => c.name),
  );
  const sceneStarts = [...planned.sceneStarts];
  // A short video has no room after the cliffhanger: its last words alone carry the marker, late enough to land.
  if (request.durationSec <= 20) {
    const at = moves.findIndex((m) => m.marker === 'cliffhanger');
    // No room for a name at the very end: "You failed, Ivy." is "You failed."
    const bare = moves[at].text.replace(/,\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]*([.!?…]+)$/u, '$1');
    if (bare.split(/\s+/).length >= 2) moves = moves.map((m, i) => (i === at ? {...m, text: bare} : m));
    const words = moves[at].text.split(/\s+/);
    if (words.length > 3) {
      // A dramatic pause, at a comma before a whole clause when there is one ("If you tell anyone… they'll come
      // for you."), never before a lone name.
      const comma = words.findIndex((w, i) => i >= words.length - 6 && i < words.length - 2 && /,$/.test(w));
      const cut = comma >= 0 && comma >= words.length - 4 ? comma + 1 : words.length - 2;
      if (comma >= 0 || words.length >= 4)
        moves = [
          ...moves.slice(0, at),
          {...moves[at], marker: undefined, text: `${words.slice(0, cut).join(' ').replace(/,$/, '')}…`},
          {...moves[at], setup: undefined, text: words.slice(cut).join(' ')},
          ...moves.slice(at + 1),
        ];
    }
  }
  const cut = paced({moves, sceneStarts}, shape, language);
  const scenes = scenesOf(cut, t, cast, rng);
  const firstLine = cut.moves.find((m) => m.who !== 'X' && m.who !== 'N')?.text ?? '';
  // The first line as a cold open: its first sentence, said short enough for a card.
  const quoted = `"${compactSentence(firstLine.split(/(?<=[.!?…])\s+/)[0], 7)}"`;
  const candidates = [...new Set([...book.hooks, twist.flash, `"${firstLine}"`, quoted])].slice(
    0,
    Math.max(book.hooks.length + 3, request.hooks ?? 3),
  );
  const keyList = [...keys.people, keys.object, keys.place, keys.incongruity].filter((k): k is string => Boolean(k));
  const all = rankHooks(
    candidates.map((c) => truncate(c, LIMITS.cardChars)),
    keyList,
    language,
  );
  // The hook card must leave the screen within about three seconds and be read at a speakable pace.
  const short = (h: {text: string}) => {
    const ms = estimateSpeechMs(h.text, language);
    return ms <= 3200 && h.text.split(/\s+/).length / ((ms * 0.85) / 1000) <= 3.5;
  };
  const named = (h: {text: string}) =>
    [...keys.people, keys.object, keys.place].some((k) => k && h.text.toLowerCase().includes(k.toLowerCase()));
  const opener = all.find((h) => short(h) && named(h)) ?? all.find(short) ?? all[0];
  const ranked = [opener, ...all.filter((h) => h !== opener)].slice(0, request.hooks ?? 3);
  const usedInCast = new Set(scenes.flatMap((s) => s.beats.map((b) => b.characterId)));
  const text = scenes.flatMap((s) => s.beats.map((b) => b.text)).join(' ');
  const script: Script = {
    ...frame,
    characters: frame.characters.filter((c, i) => i < 2 || usedInCast.has(c.id) || text.includes(c.name)),
    scenes,
    hook: ranked[0].text,
    hooks: ranked,
    twist: truncate(sentence(twist.summary), LIMITS.cardChars),
    // The shortest videos end on a short card: the cliffhanger beat must still fall in the last quarter.
    cliffhanger: truncate(
      (request.durationSec <= 20 || shape.shortEnd) && !request.ad
        ? (twist.endShort ?? twist.endCard.split(/(?<=[?.!])\s+/).pop()!)
        : twist.endCard,
      LIMITS.cardChars,
    ),
  };
  const timeline = timeScript(script);
  // The total after the timeline flexes pauses is what must land within ±10%; the natural length keeps pauses near their size.
  const target = request.durationSec * 1000;
  return {
    script,
    problems: planProblems(script, keys),
    miss: (timeline.totalMs - target) / target + (timeline.naturalMs - target) / target / 10,
    hurry: Math.max(0, 0.97 - timeline.timing.speechScale),
    natural: timeline.naturalMs / target,
  };
}

/** Writes the script for a request; pure and synchronous, so tests and the CLI get the same script. */
export function writeOffline(request: WriteRequest): Script {
  return writeOfflineStory(request).script;
}

/**
 * The premise read, cast and made into its book: the same for every episode of a series, since the cast depends on
 * the premise and seed alone (another duration keeps the same people too).
 */
export function offlineStage(request: WriteRequest) {
  checkRequest(request);
  const premise = cleanPremise(request.premise);
  const language = scriptLanguage(request, premise);
  const spanish = baseLanguage(language) === 'es';
  const premiseLanguage = detectLanguage(premise) === 'es' ? 'es' : 'en';
  const situation = parsePremise(premise, premiseLanguage);
  const tone = chooseTone(request, situation);
  const cast = castSituation(situation, tone, rngFor('cast', premise, request.seed), spanish);
  const t = termsFor(situation, cast, spanish);
  const register = REGISTER[tone];
  const book = (spanish ? spanishBook : englishBook)(t, register);
  const characters = describeCast(cast, rngFor('describe', premise, request.seed));
  return {premise, language, spanish, situation, tone, cast, t, register, book, characters};
}

/** The script and the situation it was told from, so the gate reads the premise as the writer did, once. */
export function writeOfflineStory(request: WriteRequest): {script: Script; situation: Situation} {
  const stage = offlineStage(request);
  const {premise, language, situation, tone, cast, t, register} = stage;
  const keys = premiseKeys(situation);
  // An episode after the first is told with a generator of its own, so its middle is not the first one's again.
  const rng = rngFor(
    'offline-writer',
    premise,
    request.seed,
    tone,
    language,
    request.ad?.brand,
    ...episodeSalt(request),
  );
  const episode = continuing(request, language);
  const book = episode ? episodeBook(stage.book, t, register, episode) : stage.book;
  // The book lists its twists most specific to this situation first; the seed moves one of the others ahead.
  // An episode's book lists its twists in the order the season takes them: no seed reorders them.
  const twists = request.ad
    ? [adTwist(t, request.ad)]
    : episode
      ? book.twists
      : preferFirst(book.twists, rng.fork('twist'));
  const frame = {
    title: truncate(rng.fork('title').pick(book.title), LIMITS.titleChars),
    logline: truncate(sentence(capitalise(book.logline)), LIMITS.loglineChars),
    premise: truncate(request.premise.trim(), LIMITS.premiseChars),
    genre: tone,
    mood: MOOD[tone],
    language,
    targetDurationSec: request.durationSec,
    format: request.format,
    characters: stage.characters,
    ...(request.platform ? {platform: request.platform} : {}),
    ...(request.audience ? {audience: truncate(request.audience, 200)} : {}),
    ...(request.ad ? {ad: request.ad} : {}),
  };
  // How many beats fill the duration depends on how long this story's lines are: one probe at the usual count
  // says, and the search starts from the count it implies.
  // One plan per twist, pace, shuffle and beat count: forks are pure functions of the seed, so a plan asked for twice
  // (the probe below, or several counts clamped to the minimum) is written once.
  const written = new Map<string, Attempt>();
  const cut = (twist: Twist, shape: PaceShape, variant: number, count: number): Attempt => {
    const key = `${twists.indexOf(twist)}/${PACE_SHAPES.indexOf(shape)}/${variant}/${count}`;
    let attempt = written.get(key);
    if (!attempt) {
      attempt = writeCut(request, frame, t, cast, book, twist, count, rng.fork(`cut${variant}`), keys, language, shape);
      written.set(key, attempt);
    }
    return attempt;
  };
  const probe = cut(twists[0], PACE_SHAPES[0], 0, beatsFor(request.durationSec));
  const base = Math.max(4, Math.round(beatsFor(request.durationSec) / Math.max(0.5, Math.min(2, probe.natural))));
  let best: Attempt | undefined;
  // Another plan when one fails: other beat counts, another shuffle, then a tighter pace (long beats split, the
  // short end card), then another twist: the situation's best twist is kept while any pace can carry it.
  search: for (const twist of twists) {
    for (const shape of PACE_SHAPES) {
      for (let variant = 0; variant < 3; variant++) {
        for (const delta of [0, -1, 1, -2, 2, 3, -3, 4, -4, -5, -6, -7, -8, -9]) {
          const attempt = cut(twist, shape, variant, Math.max(4, base + delta));
          const score = (a: Attempt) =>
            // Missing the duration outweighs any gate failure, and missing it by more weighs more.
            (Math.abs(a.miss) > 0.095 ? 100 + Math.abs(a.miss) * 100 : 0) +
            a.problems.length * 10 +
            Math.abs(a.miss) +
            a.hurry;
          if (!best || score(attempt) < score(best)) best = attempt;
          if (attempt.problems.length === 0 && Math.abs(attempt.miss) <= 0.08) break search;
        }
      }
    }
  }
  return {script: parseScript(best!.script, 'offline writer'), situation};
}

export const offlineWriter: Writer & {
  /** The script with the situation it was told from (the pipeline's gate reads that instead of parsing again). */
  writeStory(request: WriteRequest, progress: Progress): Promise<{script: Script; situation: Situation}>;
} = {
  name: 'offline',
  async write(request: WriteRequest, progress: Progress): Promise<Script> {
    return (await this.writeStory(request, progress)).script;
  },
  async writeStory(request: WriteRequest, progress: Progress) {
    progress('write', 0, 'offline');
    const story = writeOfflineStory(request);
    progress('write', 1, 'offline');
    return story;
  },
};
