/**
 * An episode after the first tells the same story forward: it opens on the previous episode's cliffhanger (the
 * recap conform.ts sets, answered by the same people over the same object), takes a twist no earlier episode took
 * (by another author where the cast allows: the book's unused twists first, then the sequel twists of
 * episode-twists.ts), names what is at stake now (a rung up the season's escalation, the same words the bible's
 * turn says) and ends on a new cliffhanger; the finale's twist is the rival's whole truth, so the lead's closing
 * line (conform.ts) follows from it. English only: another language keeps its book.
 */
import {LIMITS} from '../../schema/script';
import type {EpisodeContext, WriteRequest} from '../writer';
import type {Member} from './cast';
import type {Book, Move, Register, Twist} from './moves';
import {line, reply} from './moves';
import {holdable} from './object-kind';
import type {Terms} from './terms';
import {compactSentence, sentence, truncate} from './text';
import {SEQUEL, sequelTwists, thingOf, wholeTruth} from './episode-twists';

/** Languages whose series this module tells forward; another keeps retelling the premise (src/series/offline.ts). */
export const tellsForward = (language: string) => language.split('-')[0].toLowerCase() === 'en';

/** The episode's context when it continues a story this module tells (English, after the first episode). */
export function continuing(request: WriteRequest, language: string): EpisodeContext | undefined {
  return request.episode && request.episode.episode > 1 && tellsForward(language) ? request.episode : undefined;
}

/** A part of the story generator's seed for an episode after the first: its middle is not the first one's again. */
export const episodeSalt = (request: WriteRequest): number[] =>
  request.episode && request.episode.episode > 1 ? [request.episode.episode] : [];

const members = (t: Terms): Member[] => [t.P, t.O, t.A, t.D].filter((m): m is Member => !!m);
const names = (t: Terms) => members(t).map((m) => m.name);

/**
 * The season's rival, as src/series/principals.ts finds it in the bible's cast (an antagonist by role, else the
 * first after the lead): the one the finale's last line is said to.
 */
function rivalOf(t: Terms, cast: readonly {name: string; role: string}[]): Member {
  const others = cast.filter((c) => !/protagonist/i.test(c.role) && c.name !== t.P.name);
  const rival = others.find((c) => /antagonist|rival|villain/i.test(c.role)) ?? others[0];
  return members(t).find((m) => m !== t.P && m.name === rival?.name) ?? t.O;
}

/** The cast member who reveals a twist; the rival when the reveal is on screen or the protagonist's own. */
const authorOf = (t: Terms, twist: Twist, rival: Member): Member =>
  members(t).find((m) => m.slot === twist.reveal[0].who && m !== t.P) ?? rival;

/** The card a twist leaves in the series bible's summary: what an episode reads to know what came before. */
const cardOf = (twist: Twist) => truncate(sentence(twist.summary), LIMITS.cardChars);

/** Every twist a season can take, each once: the book's own, then every sequel for every author and target. */
function pool(t: Terms, r: Register, book: Twist[], rival: Member): Twist[] {
  const people = members(t).filter((m) => m !== t.P);
  const sequels = people.flatMap((author) =>
    people.flatMap((behind) => {
      const next = [rival, behind, ...people].find((m) => m !== author) ?? rival;
      return sequelTwists(t, r, {author, behind, next});
    }),
  );
  return [...book, ...sequels];
}

/**
 * The twists episode `episode` can take after the ones taken before it, best first: the rival's whole truth in the
 * finale; else those not taken, by an author who has not revealed one yet (else not the last one's), the book's
 * first, a sequel only about the one behind the last twist, and none whose words the series has said.
 */
function rankTwists(
  t: Terms,
  r: Register,
  twists: Twist[],
  taken: Twist[],
  finale: boolean,
  rival: Member,
  said: (text: string) => boolean = () => false,
): Twist[] {
  if (finale) return [wholeTruth(t, r, rival)];
  const last = taken.length ? authorOf(t, taken[taken.length - 1], rival) : rival;
  const authors = new Set(taken.map((x) => authorOf(t, x, rival)));
  const fresh = twists.filter((x) => !taken.some((y) => cardOf(y) === cardOf(x)));
  // A sequel is about the one behind the last twist: only those fit what the viewer has just seen.
  const fits = (x: Twist) => !SEQUEL.test(x.id) || x.summary.includes(last.name);
  const rank = (x: Twist) => {
    const author = authorOf(t, x, rival);
    const repeats = [...x.reveal, ...x.cliff].filter((m) => said(m.text)).length;
    return (
      (fits(x) ? 0 : 8) +
      repeats * 4 +
      (authors.has(author) ? 2 : 0) +
      (author === last ? 2 : 0) +
      (author === rival ? 1 : 0)
    );
  };
  const ranked = [...fresh].sort((a, b) => rank(a) - rank(b));
  return ranked.length ? ranked : twists;
}

/** The twists earlier episodes took, in order, read from their summaries (each holds its twist card). */
function takenBefore(twists: Twist[], earlier: readonly string[]): Twist[] {
  return earlier.flatMap((summary) => {
    const found = twists.find((x) => summary.includes(cardOf(x).slice(0, 60)));
    return found ? [found] : [];
  });
}

/** What is at stake in the middle episode `index` (0 for the second episode), in the bible's words. */
const RUNGS: ((t: Terms, author: Member) => string)[] = [
  (t, author) => `${t.P.name}'s trust in ${author.name}`,
  (t) => `everything ${t.P.name} has${t.atPlace ? ` ${t.atPlace}` : ''}`,
  (t) => `${t.P.name}'s safety`,
  (t) => `everyone ${t.P.name} loves`,
  (t) => `${t.P.name}'s good name`,
];

/** The same rung said in the story: the protagonist names it, the twist's author answers, the screen shows it. */
function rungLines(t: Terms, index: number, author: Member): Move[] {
  const {P} = t;
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  const thing = thingOf(t);
  const ally = author === t.A ? t.O : t.A;
  // Each line stays within nine words, so no line is cut short to fit a beat.
  const rungs: Move[][] = [
    [
      line('P', `I trusted you with ${thing}, ${author.name}.`, 'sad'),
      reply(author.slot, `You still can. That's the problem.`, 'cold'),
      line('X', `${P.name} looks from ${author.name} to the door and back.`),
    ],
    [
      line('P', `I could lose everything I have${here}.`, 'afraid'),
      reply(ally.slot, `Then we keep it quiet. One more day.`, 'afraid'),
      line('X', `Someone${here} has started asking questions about ${P.name}.`),
    ],
    [
      line('P', `Someone was in my place last night, ${author.name}.`, 'afraid'),
      reply(author.slot, `Then you can't go back there.`, 'cold'),
      line('X', `${P.name} locks the door${here}. Checks it twice.`),
    ],
    [
      line('P', `Leave my family out of this, ${author.name}.`, 'angry'),
      reply(author.slot, `They were never out of it.`, 'cold'),
      line('X', `${P.name}'s phone: three missed calls from home.`),
    ],
    [
      line('P', `By morning everyone${here} will think I lied.`, 'desperate'),
      reply(ally.slot, `Then we prove you didn't.`, 'sad'),
      line('X', `The whispers${here} stop when ${P.name} walks in.`),
    ],
  ];
  return rungs[index % rungs.length];
}

/** The finale's stakes: no more lies, said to the rival. */
const finaleLines = (t: Terms, rival: Member): Move[] => [
  line('P', `No more lies, ${rival.name}. Not tonight.`, 'cold'),
  reply(rival.slot, `Then sit down, ${t.P.name}. It's a long story.`, 'sad'),
  line('X', `${rival.name} closes the door${t.atPlace ? ` ${t.atPlace}` : ''}.`),
];

/** The push towards this episode's reveal: the protagonist corners its author. */
const pushLines = (t: Terms, author: Member): Move[] => [
  line('P', `${author.name}. What aren't you telling me about ${thingOf(t)}?`, 'angry'),
  reply(author.slot, `You don't want to know, ${t.P.name}.`, 'cold'),
  line('X', `${author.name} stops pretending to be busy.`),
];

/** The previous cliffhanger as the recap quotes it: who said it (a cast member) and what. */
function recapped(t: Terms, previously: string | undefined): {speaker?: Member; said: string; named?: Member} {
  const quoted = previously?.match(/(?:^|\s)([^:“”]+):\s*“(.+?)”?…?$/u);
  const said = (quoted?.[2] ?? previously?.replace(/^\S+:\s*/, '') ?? '').trim();
  const speaker = members(t).find((m) => m.name === quoted?.[1]?.trim());
  const named = members(t).find((m) => m !== speaker && m !== t.P && new RegExp(`\\b${m.name}\\b`).test(said));
  return {speaker, said, named};
}

/**
 * The opening that picks the story up where the last episode left it: the protagonist answers the one who said the
 * cliffhanger (or, when it was the protagonist's own, the one it was said to), over the premise's object, with the
 * person the cliffhanger named in the room. Which of the answers is said turns with the episode, so no two
 * episodes open alike.
 */
function pickUp(t: Terms, r: Register, episode: EpisodeContext, rival: Member): Move[] {
  const {P} = t;
  const cliff = recapped(t, episode.previously);
  const own = !cliff.speaker || cliff.speaker === P;
  const other = (own ? cliff.named : cliff.speaker) ?? rival;
  const named = cliff.named && cliff.named !== other ? cliff.named : undefined;
  const thing = thingOf(t);
  const asked = /\?/.test(cliff.said);
  const turn = (options: string[]) => options[(episode.episode - 2) % options.length];
  const answer = own
    ? turn([`I meant it, ${other.name}. Every word.`, `I'm not taking it back, ${other.name}.`])
    : asked
      ? turn([
          r === 'love' || r === 'warm'
            ? `Yes, ${other.name}. But no more lies about ${thing}.`
            : `First you tell me everything about ${thing}, ${other.name}.`,
          `You don't get to ask me that, ${other.name}. Not now.`,
          `Ask me again when I know the truth, ${other.name}.`,
        ])
      : turn([
          `Say that again, ${other.name}. Slowly.`,
          `You can't say that and walk away, ${other.name}.`,
          `Finish it, ${other.name}. All of it.`,
        ]);
  // Every action is one sentence, so pacing never splits off a half an earlier episode already showed; a thing a
  // "who ..." premise asks about is gone (the slice was eaten), so nobody holds it up.
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  const pos = P.gender === 'f' ? 'her' : 'his';
  const still = t.absent
    ? turn([
        `${P.name} thinks of ${pos} ${t.absent.role}.`,
        `${P.name} holds a photo of ${pos} ${t.absent.role}.`,
        `${P.name} whispers to ${pos} ${t.absent.role}.`,
      ])
    : t.real && holdable(t.kind) && !t.who
      ? turn([`${P.name} still grips ${t.obj}.`, `${P.name} holds up ${t.obj}.`, `${P.name} won't let go of ${t.obj}.`])
      : turn([
          `${other.name} hasn't moved${here}.`,
          `Nobody${here} says a word.`,
          `${other.name} stands frozen${here}.`,
        ]);
  const enters = named
    ? [
        line(
          'X',
          turn([`${named.name} stands in the doorway, listening.`, `${named.name} walks in at the wrong moment.`]),
        ),
      ]
    : [];
  const comeback: Record<Register, string[]> = {
    comedy: [`I'll wait. I'm very patient, ${P.name}.`, `Wow. Okay. Rude, ${P.name}.`, `I'll take that as a maybe.`],
    warm: [`I knew you'd say that, ${P.name}.`, `Take your time. I'm here.`, `You sound like yourself again.`],
    love: [`I'm not going anywhere, ${P.name}.`, `Then look at me when you say it.`, `I waited this long. I can wait.`],
    dark: [
      `Not here, ${P.name}. Someone's listening.`,
      `Keep your voice down, ${P.name}.`,
      `You don't know who's watching.`,
    ],
    drama: [
      `It isn't mine to tell, ${P.name}.`,
      `You're not ready to hear it.`,
      `Careful what you ask for, ${P.name}.`,
    ],
  };
  const emotion = r === 'love' || r === 'warm' ? 'tender' : 'cold';
  return [line('P', answer, emotion), line('X', still), ...enters, line(other.slot, turn(comeback[r]), 'neutral')];
}

/** The turn an episode takes, for the bible: who the protagonist presses, about what, and what it now costs. */
function turnOf(t: Terms, twist: Twist, index: number, of: number, rival: Member, logline: string): string {
  const {P} = t;
  const author = authorOf(t, twist, rival);
  const thing = thingOf(t);
  const text =
    index === 0
      ? `${logline.replace(/[.!?]+$/, '')}, and ${author.name} knows more than ${author.gender === 'f' ? 'she' : 'he'} says.`
      : index === of - 1
        ? `${P.name} confronts ${rival.name} about ${thing}, and the whole truth comes out.`
        : `${P.name} presses ${author.name} about ${thing}, and now ${RUNGS[(index - 1) % RUNGS.length](t, author)} is at stake.`;
  return truncate(text, LIMITS.loglineChars);
}

/** The twists of a whole season, episode by episode, from the first episode's twist card. */
function seasonTwists(t: Terms, r: Register, book: Book, firstTwist: string, of: number, rival: Member): Twist[] {
  const twists = pool(t, r, book.twists, rival);
  const first = takenBefore(twists, [firstTwist])[0] ?? book.twists[0];
  const taken = [first];
  for (let n = 2; n <= of; n++) taken.push(rankTwists(t, r, twists, taken, n === of, rival)[0]);
  return taken;
}

/**
 * The season as the bible says it, planned from the first episode's own story: each episode's turn (naming its
 * people, the object and the stakes) and the main thread. The rival is the bible's (principals.ts).
 */
export function seasonTurns(
  t: Terms,
  r: Register,
  book: Book,
  first: {twist: string; logline: string},
  of: number,
  rivalName: string,
): {turns: string[]; mainThread: string; resolution: string} {
  const rival = members(t).find((m) => m.name === rivalName && m !== t.P) ?? t.O;
  const twists = seasonTwists(t, r, book, first.twist, of, rival);
  return {
    turns: twists.map((twist, i) => turnOf(t, twist, i, of, rival, first.logline)),
    // Short enough for an end card that leaves the screen in time: the finale ends on it.
    resolution: `${rival.name} answers for everything.`,
    mainThread: truncate(
      `Who is really behind ${thingOf(t)}, and will ${t.P.name} make them answer for it?`,
      LIMITS.cardChars,
    ),
  };
}

/** The author of the twist a season's first episode took: the person the bible puts next to the lead. */
export function firstAuthor(t: Terms, book: Book, firstTwist: string): string | undefined {
  const twist = takenBefore(book.twists, [firstTwist])[0] ?? book.twists[0];
  return members(t).find((m) => m.slot === twist?.reveal[0].who && m !== t.P)?.name;
}

/**
 * The book an episode after the first is told from: the opening that picks up the cliffhanger, the rung's stakes
 * before the book's own, the push towards this episode's author, its twist first (then the others not taken, in
 * case a cut cannot carry it) and the last cliffhanger's words as a cold open.
 */
export function episodeBook(book: Book, t: Terms, r: Register, episode: EpisodeContext): Book {
  const rival = rivalOf(t, episode.cast);
  const twists = pool(t, r, book.twists, rival);
  const taken = takenBefore(twists, episode.earlier);
  const spoken = new Set((episode.spoken ?? []).map((k) => sayKey(k, names(t))));
  const ranked = rankTwists(t, r, twists, taken, episode.finale, rival, (text) => spoken.has(sayKey(text, names(t))));
  const author = authorOf(t, ranked[0], rival);
  const said = recapped(t, episode.previously).said;
  return {
    ...book,
    // What is at stake now follows the pick-up at once.
    openings: [
      [
        ...pickUp(t, r, episode, rival),
        ...(episode.finale ? finaleLines(t, rival) : rungLines(t, episode.episode - 2, author)),
      ],
    ],
    push: pushLines(t, author),
    // The finale's end card is the season's resolution (conform.ts sets it): its cut is timed with it.
    twists: episode.finale
      ? ranked.map((x) => ({...x, endCard: episode.resolution, endShort: episode.resolution}))
      : ranked,
    hooks: [...(said ? [`"${compactSentence(said, 7)}"`] : []), ...book.hooks],
  };
}

/** A line as an earlier episode's beat would have said it: lowercase words, no punctuation, no names. */
function sayKey(text: string, names: readonly string[]): string {
  let key = text.toLowerCase();
  for (const name of names) key = key.split(name.toLowerCase()).join(' ');
  return key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The moves an episode has left once what earlier episodes said is taken out: a line, action or introduction the
 * viewer has heard already goes; the opening, the plants, the twist and the cliffhanger always stay.
 */
export function unsaid(moves: Move[], episode: EpisodeContext | undefined, names: readonly string[]): Move[] {
  if (!episode?.spoken?.length) return moves;
  const said = new Set(episode.spoken.map((k) => sayKey(k, names)));
  // Pacing may say a line's sentences as beats of their own: a sentence heard before is a repeat too.
  const heard = (m: Move) => [m.text, ...m.text.split(/(?<=[.!?…])\s+/)].some((x) => said.has(sayKey(x, names)));
  return moves.filter((m, i) => i === 0 || m.marker || m.setup || !heard(m));
}
