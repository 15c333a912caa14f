/**
 * Twists that carry a series forward rather than explain the premise again: someone helped the one behind the last
 * twist, someone has a second of the object, someone knew long before, someone hid it to shield the protagonist,
 * someone was paid to watch; and, for the finale, the season's rival owns the whole of it. Each is built for any
 * author in the cast, so an episode can hand its twist to someone earlier episodes did not (episode.ts chooses).
 * Every one is planted by three clues, as the book's twists are, and leaves a cliffhanger the next episode opens on.
 */
import type {Emotion} from '../../schema/script';
import type {Member} from './cast';
import type {Move, Register, Twist} from './moves';
import {clue, line} from './moves';
import {holdable} from './object-kind';
import {their, them, they} from './pronouns';
import type {Terms} from './terms';
import {known} from './twists-en';

/** What the lines call the premise's object: its own words when it has one. */
export const thingOf = (t: Terms) => (t.real ? t.obj : t.isEvent ? 'what happened' : 'all this');

/** One emotion per register: said lightly in comedy and warmth, hard in the darker ones. */
const shade = (r: Register, dark: Emotion, light: Emotion): Emotion => (r === 'comedy' || r === 'warm' ? light : dark);

/** Why the author did it, by register: the reveal's second line and the card's reason. */
function reason(r: Register, t: Terms, author: Member, behind: Member): {said: string; card: string} {
  const {P} = t;
  const options: Record<Register, {said: string; card: string}> = {
    comedy: {said: `${behind.name} promised me free lunch for a year.`, card: 'for a year of free lunch'},
    warm: {said: `${behind.name} asked me to. It had to be perfect for you.`, card: `for ${P.name}'s sake`},
    love: {
      said: `${behind.name} swore it would bring you two back together.`,
      card: `to bring ${P.name} and ${behind.name} together`,
    },
    dark: {
      said: `${behind.name} had something on me. I had no choice.`,
      card: `because ${behind.name} had a hold on them`,
    },
    drama: {said: `I owed ${behind.name} more than you know.`, card: `to pay a debt to ${behind.name}`},
  };
  return author === behind ? {said: `I had my reasons, ${P.name}.`, card: 'for reasons of their own'} : options[r];
}

/** The cliffhanger a sequel twist leaves, pointing at the next person to ask; each kind of sequel says its own. */
function cliffOf(
  r: Register,
  t: Terms,
  author: Member,
  next: Member,
  kind: number,
): Pick<Twist, 'cliff' | 'endCard' | 'endShort'> {
  const {P} = t;
  const say = (text: string, emotion: Emotion) => [line(author.slot, text, emotion, {marker: 'cliffhanger'})];
  const n = next.name;
  const options: Record<Register, Pick<Twist, 'cliff' | 'endCard' | 'endShort'>[]> = {
    comedy: [
      {
        cliff: say(`And ${n} is telling everyone it was ${their(next)} idea.`, 'smug'),
        endCard: `What will ${P.name} do about ${n}?`,
        endShort: `${n} again?`,
      },
      {
        cliff: say(`Also, ${n} has your spare key. Had.`, 'smug'),
        endCard: `What did ${n} do with ${P.name}'s key?`,
        endShort: `The key?`,
      },
      {
        cliff: say(`Don't look now. ${n} is live-streaming this.`, 'happy'),
        endCard: `Who is watching ${n}'s stream?`,
        endShort: `Live?`,
      },
    ],
    warm: [
      {
        cliff: say(`${n} has one more surprise for you. I promised not to tell.`, 'happy'),
        endCard: `What is ${n} still keeping from ${P.name}?`,
        endShort: `One more surprise?`,
      },
      {
        cliff: say(`Go outside, ${P.name}. ${n} is waiting.`, 'tender'),
        endCard: `What is ${n} waiting with?`,
        endShort: `Who is outside?`,
      },
      {
        cliff: say(`${n} kept the last piece. Ask ${them(next)} why.`, 'tender'),
        endCard: `Why did ${n} keep the last piece?`,
        endShort: `The last piece?`,
      },
    ],
    love: [
      {
        cliff: say(`${n} is still waiting for your answer, ${P.name}.`, 'desperate'),
        endCard: `What will ${P.name} tell ${n}?`,
        endShort: `The answer?`,
      },
      {
        cliff: say(`${n} bought a ticket for tonight. One way.`, 'desperate'),
        endCard: `Will ${P.name} stop ${n} in time?`,
        endShort: `One way?`,
      },
      {
        cliff: say(`${n} never stopped loving you. Neither did I.`, 'desperate'),
        endCard: `Whom will ${P.name} choose?`,
        endShort: `Who?`,
      },
    ],
    dark: [
      {
        cliff: say(`${n} isn't the one giving the orders, ${P.name}.`, 'afraid'),
        endCard: `Who is giving ${n} orders?`,
        endShort: `Who gives orders?`,
      },
      {
        cliff: say(`${n} is on the way here. Right now.`, 'afraid'),
        endCard: `What does ${n} want with ${P.name}?`,
        endShort: `${n} is coming.`,
      },
      {
        cliff: say(`${n} knows where you sleep, ${P.name}.`, 'afraid'),
        endCard: `How far will ${n} go?`,
        endShort: `How far?`,
      },
    ],
    drama: [
      {
        cliff: say(`Ask ${n} what ${they(next)} did with the rest.`, 'desperate'),
        endCard: `What did ${n} do with the rest?`,
        endShort: `The rest?`,
      },
      {
        cliff: say(`${n} signed something last night. In your name.`, 'desperate'),
        endCard: `What did ${n} sign?`,
        endShort: `In whose name?`,
      },
      {
        cliff: say(`${n} has been lying to you longer than I have.`, 'desperate'),
        endCard: `How long has ${n} been lying?`,
        endShort: `How long?`,
      },
    ],
  };
  return options[r][kind % options[r].length];
}

/** A third person's clue when there is one, else the clue seen on screen. */
const aside = (t: Terms, besides: Member[], text: string, seen: string): Move => {
  const third = [t.O, t.A, t.D].find((m): m is Member => !!m && !besides.includes(m));
  return third ? clue(third.slot, text) : clue('X', seen);
};

/** Who this sequel twist is by and about: its author, the one behind the last twist, the next one to ask. */
export interface SequelCast {
  author: Member;
  behind: Member;
  next: Member;
}

/** The author helped the one behind the last twist, all along. */
function accomplice(t: Terms, r: Register, {author, behind, next}: SequelCast): Twist | undefined {
  if (author === behind) return undefined;
  const {P} = t;
  const thing = thingOf(t);
  const why = reason(r, t, author, behind);
  return {
    id: `accomplice-${author.slot}`,
    summary: `${known(t, author)} helped ${behind.name} from the start, ${why.card}.`,
    clues: [
      clue('P', `${author.name}, you never once asked me about ${thing}.`),
      clue('X', `${author.name} and ${behind.name} trade a look when ${P.name} turns away.`),
      aside(
        t,
        [author, behind],
        `${author.name} was with ${behind.name} last night, ${P.name}.`,
        `${author.name}'s phone lights up: ${behind.name}, again.`,
      ),
    ],
    reveal: [
      line(author.slot, `${behind.name} didn't do it alone, ${P.name}. I helped.`, 'shocked', {marker: 'twist'}),
      line(author.slot, why.said, shade(r, 'desperate', 'smug')),
    ],
    aftermath: [line('P', `You sat next to me and lied, ${author.name}.`, 'angry')],
    ...cliffOf(r, t, author, next, 0),
    flash: `${behind.name} had help. ${P.name} never saw it coming.`,
  };
}

/** The author has had a second one of the object all along. */
function second(t: Terms, r: Register, {author, behind, next}: SequelCast): Twist | undefined {
  if (!t.real || t.plural || !holdable(t.kind)) return undefined;
  const {P} = t;
  const why = reason(r, t, author, behind);
  return {
    id: `second-${author.slot}`,
    summary: `${known(t, author)} has kept a second ${t.objNoun} all along, ${why.card}.`,
    clues: [
      clue('X', `${author.name} keeps one hand in ${their(author)} pocket.`),
      clue('P', `Why do you keep looking at ${t.obj} like you know it, ${author.name}?`),
      aside(
        t,
        [author],
        `${author.name} asked me what ${t.obj} looked like. Before you showed anyone.`,
        `${author.name} flinches when ${P.name} holds up ${t.obj}.`,
      ),
    ],
    reveal: [
      line(author.slot, `There's a second ${t.objNoun}, ${P.name}. I have it.`, 'shocked', {marker: 'twist'}),
      line(author.slot, why.said, shade(r, 'desperate', 'smug')),
    ],
    aftermath: [
      line('X', `${author.name} sets a second ${t.objNoun} down beside ${t.obj}.`),
      line('P', `Which one is real, ${author.name}?`, 'angry'),
    ],
    ...cliffOf(r, t, author, next, 1),
    flash: `There are two. Only ${author.name} knows which is real.`,
  };
}

/** The author knew about it long before the protagonist did. */
function knewBefore(t: Terms, r: Register, {author, behind, next}: SequelCast): Twist {
  const {P} = t;
  const thing = thingOf(t);
  const why = reason(r, t, author, behind);
  return {
    id: `knew-before-${author.slot}`,
    summary: `${known(t, author)} knew about ${thing} months before ${P.name} did, ${why.card}.`,
    clues: [
      clue('P', `You didn't even blink when you heard, ${author.name}.`),
      clue('X', `${author.name} knows exactly where to look before anyone says a word.`),
      aside(
        t,
        [author],
        `${author.name} warned me to keep you away from ${thing}. Weeks ago.`,
        `An old calendar in ${author.name}'s bag: a date circled, months back.`,
      ),
    ],
    reveal: [
      line(author.slot, `I've known since last spring, ${P.name}. Every detail.`, 'shocked', {marker: 'twist'}),
      line(author.slot, why.said, shade(r, 'desperate', 'tender')),
    ],
    aftermath: [line('P', `Since spring. And you let me find out like this?`, 'angry')],
    ...cliffOf(r, t, author, next, 2),
    flash: `${author.name} knew all along. ${P.name} is the last to know.`,
  };
}

/** The author hid the truth to shield the protagonist from the one behind it. */
function shield(t: Terms, r: Register, {author, behind, next}: SequelCast): Twist | undefined {
  if (author === behind) return undefined;
  const {P} = t;
  const thing = thingOf(t);
  return {
    id: `shield-${author.slot}`,
    summary: `${known(t, author)} kept the truth about ${thing} from ${P.name} to shield ${P.name} from ${behind.name}.`,
    clues: [
      clue('X', `${author.name} steps between ${P.name} and ${behind.name} without a word.`),
      clue('P', `${author.name}, why do you go quiet every time ${behind.name} walks in?`),
      aside(
        t,
        [author, behind],
        `${author.name} told me never to leave you alone with ${behind.name}.`,
        `${author.name} watches ${behind.name}'s hands, not ${behind.name}'s face.`,
      ),
    ],
    reveal: [
      line(author.slot, `I hid it from you, ${P.name}. To keep ${behind.name} away from you.`, 'shocked', {
        marker: 'twist',
      }),
      line(author.slot, `You don't know what ${behind.name} is capable of.`, shade(r, 'afraid', 'tender')),
    ],
    aftermath: [line('P', `So you decided for me, ${author.name}?`, 'angry')],
    ...cliffOf(r, t, author, next, 3),
    flash: `${author.name} lied to protect ${P.name}. From whom?`,
  };
}

/** The author was asked (or paid) to keep an eye on the protagonist. */
function watcher(t: Terms, r: Register, {author, behind, next}: SequelCast): Twist | undefined {
  if (author === behind) return undefined;
  const {P} = t;
  const paid = r === 'dark' || r === 'drama';
  return {
    id: `watcher-${author.slot}`,
    summary: `${known(t, author)} has been ${paid ? 'paid' : 'asked'} by ${behind.name} to watch ${P.name}'s every move.`,
    clues: [
      clue('P', `How did you know where I'd be tonight, ${author.name}?`),
      clue('X', `${author.name} types a quick message the moment ${P.name} leaves.`),
      aside(
        t,
        [author, behind],
        `${author.name} always shows up right after you, ${P.name}. Always.`,
        `${author.name}'s screen: a photo of ${P.name}, taken today.`,
      ),
    ],
    reveal: [
      line(
        author.slot,
        `${behind.name} ${paid ? 'paid me' : 'asked me'} to watch you, ${P.name}. Every move.`,
        'shocked',
        {marker: 'twist'},
      ),
      line(author.slot, paid ? `I needed the money. I'm sorry.` : `I said yes before I knew why.`, 'desperate'),
    ],
    aftermath: [line('P', `Every move, ${author.name}? Since when?`, 'angry')],
    ...cliffOf(r, t, author, next, 4),
    flash: `Someone has been watching ${P.name}. Someone close.`,
  };
}

/** The finale's twist: the season's rival owns the whole of it, and the lead's last line ends it (conform.ts). */
export function wholeTruth(t: Terms, r: Register, rival: Member): Twist {
  const {P} = t;
  const thing = thingOf(t);
  const why: Record<Register, string> = {
    comedy: `I just wanted to see how far you'd go. Very far, it turns out.`,
    warm: `I wanted you to have something good, for once.`,
    love: `I did it to keep you near me.`,
    dark: `I needed you to find it, and no one to believe you.`,
    drama: `You took everything from me once. I wanted you to feel it.`,
  };
  return {
    id: `whole-truth-${rival.slot}`,
    summary: `${known(t, rival)} was behind all of it, from ${thing} to the last lie.`,
    clues: [
      clue('P', `Every road leads back to you, ${rival.name}.`),
      clue('X', `${rival.name} checks the door. Then checks it again.`),
      aside(
        t,
        [rival],
        `${rival.name} asked about you every single day, ${P.name}.`,
        `${rival.name}'s hands shake as ${they(rival)} pours a drink.`,
      ),
    ],
    reveal: [
      line(rival.slot, `It was me from the start, ${P.name}. All of it.`, 'shocked', {marker: 'twist'}),
      line(rival.slot, why[r], shade(r, 'desperate', 'tender')),
    ],
    aftermath: [line('P', `Then say it where everyone can hear, ${rival.name}.`, 'angry')],
    // conform.ts gives the finale's last line to the lead, to the rival: this is the line it replaces.
    cliff: [line('P', `Now I know everything you did, ${rival.name}.`, 'cold', {marker: 'cliffhanger'})],
    endCard: `${P.name} knows the whole truth now.`,
    endShort: 'The whole truth.',
    flash: `${rival.name} was behind it all along.`,
  };
}

/** The ids of sequel twists (each with its author's slot after it). */
export const SEQUEL = /^(accomplice|second|knew-before|shield|watcher)-/;

/** Every sequel twist this author can take, about the one behind the last twist. */
export function sequelTwists(t: Terms, r: Register, cast: SequelCast): Twist[] {
  return [accomplice, second, knewBefore, shield, watcher]
    .map((kind) => kind(t, r, cast))
    .filter((x): x is Twist => !!x);
}
