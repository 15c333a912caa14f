/**
 * English twists built from the situation, not drawn from a list: who wrote the premise's message, who arranged
 * its odd event, who did the deed a "who ..." premise asks about, which rival lost on purpose. Each twist says the
 * premise's own words, is planted by beats that point at it (a slip, a trace), never undoes what the premise
 * states, and its cliffhanger and end card ask what the twist leaves open. The motive comes from the register:
 * a bet in comedy, a gift in warm stories, love in romance, a warning in dark ones, an old debt in drama.
 */
import nlp from 'compromise';
import type {Member} from './cast';
import type {Move, Register, Twist} from './moves';
import {clue, line} from './moves';
import {holdable} from './object-kind';
import {their, them, they} from './pronouns';
import {ofProtagonist, type Terms} from './terms';
import {capitalise as cap} from './text';
import {helped, mirrored} from './twists-deed-en';
import {keptApart, namesake, owed, pastWound, unmasked} from './twists-past-en';

/** Who someone is, for a twist card: "Ivy, the groom's mother,", "Noah, Ava's son,". */
export function known(t: Terms, m: Member): string {
  const owner = m.relation?.match(/^(.+) of the (.+)$/);
  const what = owner
    ? `the ${owner[2]}'s ${owner[1]}`
    : m.relation
      ? `${t.P.name}'s ${m.relation}`
      : m.role
        ? `the ${m.role}`
        : '';
  return what ? `${m.name}, ${what},` : m.name;
}

/** A stable pick for this premise: two premises of one register do not share every twist line. */
export const variant = <T>(t: Terms, options: T[]): T =>
  options[[...t.incTold].reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7) % options.length];

/** Why the twist's author did it, by register: the reveal's second sentence and the card's reason. */
function motive(r: Register, t: Terms, author: Member): {said: string; card: string} {
  const {P} = t;
  const other = author === t.A ? t.O.name : t.A.name;
  const options: Record<Register, {said: string; card: string}[]> = {
    comedy: [
      {said: `I had a bet with ${other}. I was winning.`, card: 'to win a bet'},
      {said: `You needed a hobby, ${P.name}. This was cheaper than therapy.`, card: `to cheer ${P.name} up`},
      {said: `${other} dared me. I never turn down a dare.`, card: 'on a dare'},
    ],
    warm: [
      {said: `You've looked after everyone for years, ${P.name}. Your turn.`, card: `as a gift for ${P.name}`},
      {said: `You stopped smiling last winter. I wanted it back.`, card: `to make ${P.name} smile again`},
    ],
    love: [
      {said: `It was the only way to be near you.`, card: `to be near ${P.name}`},
      {said: `I didn't know how else to tell you I never stopped.`, card: `because of old feelings`},
    ],
    dark: [
      {said: `It was the only way to warn you.`, card: `to warn ${P.name}`},
      {said: `It was a test. I needed to know whose side you're on.`, card: `to test ${P.name}`},
      {said: `Because you're next, ${P.name}. I had to get to you first.`, card: `because ${P.name} is next`},
    ],
    drama: [
      {said: `You owed me, ${P.name}. Now we're even.`, card: 'to settle an old debt'},
      {said: `You took everything from me once, so I took it back.`, card: 'to take back what was theirs'},
    ],
  };
  return variant(t, options[r]);
}

/** The cliffhanger the twist leaves, by register, and the end card that asks it. */
function after(r: Register, t: Terms, author: Member): {cliff: Move; endCard: string; endShort: string} {
  const {P} = t;
  const other = t.O === author ? t.A.name : t.O.name;
  const cliff = (text: string, emotion: Move['emotion'], who = author.slot) =>
    line(who, text, emotion, {marker: 'cliffhanger'});
  const options: Record<Register, {cliff: Move; endCard: string; endShort: string}[]> = {
    comedy: [
      {
        cliff: cliff(`And ${other} still doesn't know. Yet.`, 'smug'),
        endCard: `Who tells ${other}?`,
        endShort: `Who tells ${other}?`,
      },
      {
        cliff: cliff(`Also, ${other} is on the way. With a camera.`, 'smug'),
        endCard: `Can ${P.name} stop ${other} in time?`,
        endShort: `Stop ${other}?`,
      },
    ],
    warm: [
      {
        cliff: cliff(`And that's only the first part, ${P.name}.`, 'happy'),
        endCard: `What else did ${author.name} plan for ${P.name}?`,
        endShort: `What else, ${author.name}?`,
      },
      {
        cliff: cliff(`Now close your eyes. There's someone here to see you.`, 'tender'),
        endCard: `Who has come to see ${P.name}?`,
        endShort: `Who is here?`,
      },
    ],
    love: [
      {
        cliff: cliff(`So. Do I go, or do I stay?`, 'desperate'),
        endCard: `Will ${P.name} ask ${author.name} to stay?`,
        endShort: `Stay or go?`,
      },
      {
        cliff: cliff(`My flight leaves at midnight, ${P.name}. Ask me not to take it.`, 'desperate'),
        endCard: `Will ${P.name} stop ${author.name} before midnight?`,
        endShort: `Before midnight?`,
      },
    ],
    dark: [
      {
        cliff: cliff(`They know you found out, ${P.name}. Don't go home.`, 'afraid'),
        endCard: `Who is waiting for ${P.name} at home?`,
        endShort: `Who is waiting?`,
      },
      {
        cliff: cliff(`Now they want to meet you. Tonight.`, 'afraid'),
        endCard: `Who wants to meet ${P.name}, and why tonight?`,
        endShort: `Who wants ${P.name}?`,
      },
      {
        cliff: cliff(`Don't trust ${other}. Whatever happens.`, 'afraid'),
        endCard: `What is ${other} hiding?`,
        endShort: `Why not ${other}?`,
      },
    ],
    drama: [
      {
        cliff: cliff(`Then you'll pay for it, ${author.name}.`, 'angry', 'P'),
        endCard: `What will ${P.name} make ${author.name} pay?`,
        endShort: `What will ${author.name} pay?`,
      },
      {
        cliff: cliff(`Tell anyone, and I tell them what you did.`, 'cold'),
        endCard: `What did ${P.name} do?`,
        endShort: `What did ${P.name} do?`,
      },
    ],
  };
  return variant(t, options[r]);
}

/** The premise's message was written by someone in the room (or left by the absent one, and delivered). */
function author(t: Terms, r: Register): Twist | undefined {
  // A message the protagonist writes is theirs: only one that reaches them (a reply to it) can have a hidden author.
  const message = t.reply ? `the ${t.reply}` : t.real && t.kind === 'message' && !t.ownObject ? t.obj : undefined;
  if ((!message && !t.absent) || t.doer === 'P') return undefined;
  const {P, O, A} = t;
  const thing = message ?? 'it';
  const wrote = message ? `wrote ${message}` : 'did this';
  if (t.absent) {
    // The gone never come back in a twist: they prepared it before, and someone living carries it out.
    const gone = `your ${t.absent.role}`;
    const pro = t.absent.gender === 'f' ? 'she' : 'he';
    const carrier = A;
    return {
      id: 'left-behind',
      summary: `${known(t, carrier)} has been carrying out a promise: the ${t.absent.role} prepared it all before ${pro} was gone.`,
      clues: [
        clue(
          carrier.slot,
          `${cap(gone)} always said you'd find a way to reach ${pro === 'she' ? 'her' : 'him'}.`,
          'tender',
        ),
        clue('P', `${carrier.name}, how do you know what it says? I never showed you.`, 'surprised'),
        clue('X', `${carrier.name} hides a bundle of envelopes in ${their(carrier)} bag.`),
      ],
      reveal: [
        line(carrier.slot, `${cap(pro)} planned it, ${P.name}. I only kept my promise.`, 'shocked', {marker: 'twist'}),
        line('P', `${cap(gone)} knew I'd write back?`, 'surprised'),
      ],
      aftermath: [
        line(carrier.slot, `${cap(pro)} knew you better than anyone.`, 'tender'),
        line('P', `All this time it was you at the door.`, 'sad'),
      ],
      cliff: [
        line(carrier.slot, `There's one left. ${cap(pro)} said you'd know when to open it.`, 'tender', {
          marker: 'cliffhanger',
        }),
      ],
      endCard: `What does the last one from ${gone.replace('your', `${P.name}'s`)} say?`,
      endShort: 'The last one?',
      flash: `The ${t.absent.role} is gone. The answers keep coming.`,
    };
  }
  const why = motive(r, t, O);
  const next = after(r, t, O);
  return {
    id: 'author',
    summary: `${known(t, O)} ${wrote.replace(/^wrote/, 'wrote')} ${why.card}, and kept quiet.`,
    clues: [
      clue(
        'P',
        `${O.name}, how did you know what ${thing} ${t.plural ? 'say' : 'says'}? I never read ${thing} out loud.`,
        'surprised',
      ),
      clue('X', `${O.name}'s pen leaks the same blue ink as ${thing}.`),
      clue('A', `${O.name} goes pale every time you pick ${t.plural ? 'them' : 'it'} up.`, 'neutral'),
    ],
    reveal: [
      line(O.slot, `I ${wrote} myself, ${P.name}.`, 'shocked', {marker: 'twist'}),
      line(O.slot, why.said, r === 'dark' ? 'afraid' : 'desperate'),
    ],
    aftermath: [line('P', `You watched me read ${thing} and said nothing.`, 'angry')],
    cliff: [next.cliff],
    endCard: next.endCard,
    endShort: next.endShort,
    flash: `${O.name} ${wrote}. ${P.name} has no idea.`,
  };
}

/** The protagonist's own secret deed was seen: the counterpart knew it was them all along. */
function knewAll(t: Terms, r: Register): Twist | undefined {
  // Only a secret can be known all along: a deed done in the open is seen by everyone.
  if (t.doer !== 'P' || !t.secret) return undefined;
  const {P, O} = t;
  const said: Record<Register, [string, string]> = {
    comedy: [`I've been telling everyone it was my idea.`, 'and has been taking the credit'],
    warm: [`I've been cheering for you the whole time.`, 'and has been quietly cheering'],
    love: [`I only stayed because of you.`, 'and stayed because of it'],
    dark: [`And I'm not the only one who knows.`, 'and so does someone else'],
    drama: [`You did exactly what I needed.`, 'and was counting on it'],
  };
  const [line2, card] = said[r];
  const next = after(r, t, O);
  const deed = ofProtagonist(t.deedBare, 'your', 'you');
  return {
    id: 'knew-all',
    summary: `${known(t, O)} knew it was ${P.name} all along, ${card}.`,
    clues: [
      clue('O', `I wonder who ${present(ofProtagonist(t.deedBare, 'their', 'them'))}.`, 'smug'),
      variant(t, [
        clue('X', `${O.name} watches ${P.name} from across the room, and almost smiles.`),
        clue('X', `${O.name} hums something. ${P.name} freezes: ${P.gender === 'f' ? 'she' : 'he'} knows that tune.`),
        clue('X', `${O.name} leaves a note on ${P.name}'s desk: a single wink.`),
      ]),
      variant(t, [
        clue('A', `${O.name} keeps asking where you go at night, ${P.name}.`, 'surprised'),
        clue('A', `${O.name} asked me about your schedule. Twice.`, 'surprised'),
        clue('A', `Why does ${O.name} always know where you'll be?`, 'surprised'),
      ]),
    ],
    reveal: [
      line(
        'O',
        `I know you ${firstClause(deed)}, ${P.name}.${t.atPlace ? ` I ${variant(t, ['saw', 'watched'])} you ${t.atPlace}.` : ''}`,
        'shocked',
        {marker: 'twist'},
      ),
      line('O', line2, r === 'dark' ? 'afraid' : r === 'comedy' ? 'smug' : 'tender'),
    ],
    aftermath: [
      line('P', `You knew, and you let me ${firstClause(ofProtagonist(t.deedBare, 'my', 'me'))} anyway?`, 'surprised'),
    ],
    cliff: [next.cliff],
    endCard: next.endCard,
    endShort: next.endShort,
    flash: `${O.name} knows ${P.name}'s secret.`,
  };
}

/**
 * Someone was caught in the act, and the protagonist told the one person they trust: that person is in on it.
 * Planted by the ally steering the protagonist away, a look between the two, and a detail the ally could not know.
 */
function accomplice(t: Terms, r: Register): Twist | undefined {
  if (!t.witnessed) return undefined;
  const {P, O, A} = t;
  const {act} = t.witnessed;
  // Leaving, cheating, an affair: in a love story the one they confided in is the one O is with.
  const love = (r === 'love' || r === 'drama') && /\b(leav|cheat|kiss|affair|dat|sleep|see(?:ing)? someone)/i.test(act);
  // The two of them now know what the protagonist knows: that is what is left open.
  const next =
    r === 'love'
      ? {
          cliff: line('A', `There's something else, ${P.name}. ${O.name} doesn't know it yet.`, 'desperate', {
            marker: 'cliffhanger',
          }),
          endCard: `What hasn't ${A.name} told ${O.name}?`,
          endShort: `What else?`,
        }
      : r === 'comedy' || r === 'warm'
        ? {
            cliff: line('A', `In my defence, ${O.name} promised me half.`, 'smug', {marker: 'cliffhanger'}),
            endCard: `Half of what, ${A.name}?`,
            endShort: `Half of what?`,
          }
        : {
            cliff: line('O', `So now you know, ${P.name}. What do we do with you?`, 'cold', {marker: 'cliffhanger'}),
            endCard: `What will ${O.name} and ${A.name} do to ${P.name}?`,
            endShort: `What now?`,
          };
  return {
    id: 'accomplice',
    summary: love
      ? `${known(t, A)} is the one ${O.name} is with: ${P.name} confided in the wrong person.`
      : `${known(t, A)} has been in it with ${O.name} all along: ${P.name} confided in the wrong person.`,
    clues: [
      clue('A', `Don't confront ${O.name} yet. Let me handle it, ${P.name}.`, 'afraid'),
      clue('X', `${A.name} and ${O.name} trade a look when ${P.name} turns away.`),
      clue('P', `${A.name}, how do you know what ${O.name} said when I never told you?`, 'surprised'),
    ],
    reveal: [
      line('A', `${O.name} didn't do it alone, ${P.name}: I helped.`, 'shocked', {marker: 'twist'}),
      line(
        'A',
        love
          ? `I'm the one ${they(O)} is with. I'm sorry.`
          : r === 'dark' || r === 'drama'
            ? variant(t, [
                `${O.name} pays better than loyalty does, ${P.name}.`,
                `${O.name} asked me first, and I said yes.`,
                `You'd have done the same for the money.`,
              ])
            : motive(r, t, A).said,
        r === 'dark' ? 'afraid' : 'desperate',
      ),
    ],
    aftermath: [line('P', `I told you everything. And you told ${them(O)}.`, 'angry')],
    cliff: [next.cliff],
    endCard: next.endCard,
    endShort: next.endShort,
    flash: `${P.name} saw ${O.name} ${act}. ${P.name} told ${A.name}.`,
  };
}

/** "run the town's podcast" -> "runs the town's podcast": an infinitive predicate said of someone. */
const present = (infinitive: string) =>
  nlp(`he ${infinitive.replace(/(\w)'s\b/g, '$1Xposs')}`)
    .verbs()
    .toPresentTense()
    .all()
    .text()
    .replace(/^he /, '')
    .replace(/Xposs\b/g, "'s");

/** The first clause of a predicate, short enough for one breath: "leave notes of encouragement". */
export const firstClause = (text: string) => {
  const words = text.split(/\s+/);
  const cut = words.findIndex((w, i) => i >= 3 && /^(on|in|at|to|for|from|across|before|after|with|while)$/i.test(w));
  return words.slice(0, cut > 0 ? cut : Math.min(words.length, 9)).join(' ');
};

/** Plants for an arranged twist that point at the premise's own object and place, not at a phone. */
function arrangedClues(t: Terms, who: Member, other: Member, r: Register): Move[] {
  const {P} = t;
  const thing = t.real ? t.obj : t.isEvent ? 'any of this' : 'it';
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  return [
    clue('P', `${who.name}, you knew about ${thing} before I said a word.`, 'neutral'),
    t.real && /\b(texts?|emails?|messages?|voicemails?|videos?|posts?|calls?)$/i.test(t.objNoun)
      ? clue('X', `${who.name} turns ${their(who)} phone face down when ${P.name} looks.`)
      : t.real && holdable(t.kind)
        ? clue('X', `${who.name} wipes ${t.obj} clean with a sleeve.`)
        : clue('X', `${who.name} smiles when ${P.name} looks away.`),
    clue(
      other.slot,
      `${who.name} was${here || ' there'} before anyone else today, ${P.name}.`,
      r === 'comedy' ? 'smug' : 'neutral',
    ),
  ];
}

/** Someone close arranged the odd thing that reached the protagonist; the protagonist never chose it. */
function arranged(t: Terms, r: Register): Twist | undefined {
  if (t.doer === 'P') return undefined;
  const {P, O, A} = t;
  // The ally in comedy and warm stories (a friend's meddling), the counterpart in darker ones (a hidden hand).
  const who = r === 'comedy' || r === 'warm' ? A : O;
  const other = who === A ? O : A;
  // The protagonist's own work is never the other's doing: then what they arranged is "all of this".
  const odd = t.isEvent ? t.gerundYours : t.real && !t.ownObject ? t.obj : 'all of this';
  const why = motive(r, t, who);
  const next = after(r, t, who);
  return {
    id: 'arranged',
    summary: `${known(t, who)} arranged it: ${odd.replace(/\byour\b/g, `${P.name}'s`)} was ${who.name}'s doing, ${why.card}.`,
    clues: arrangedClues(t, who, other, r),
    reveal: [
      line(
        who.slot,
        t.perceive
          ? t.reply
            ? `I made sure you'd ${t.perceive} the ${t.reply}, ${P.name}.`
            : /^(find|receive|get|spot|see|take)$/.test(t.perceive) && t.real && holdable(t.kind)
              ? `I made sure you'd ${t.perceive} ${t.obj}, ${P.name}.`
              : /^(hear|recognise|recognize)$/.test(t.perceive)
                ? `I made sure you'd ${t.perceive} it, ${P.name}.`
                : `I made sure you'd find out, ${P.name}.`
          : `${cap(firstClause(odd))} was my doing, ${P.name}.`,
        'shocked',
        {marker: 'twist'},
      ),
      line(who.slot, why.said, r === 'comedy' ? 'smug' : 'desperate'),
    ],
    aftermath: [
      line('P', `You planned ${t.real && !t.ownObject ? t.obj : 'all of it'} from the start?`, 'angry'),
      line(other.slot, `I told you, ${P.name}.`, 'sad'),
    ],
    cliff: [next.cliff],
    endCard: next.endCard,
    endShort: next.endShort,
    flash: `${cap(odd.replace(/\byour\b/g, `${P.name}'s`))} was no accident.`,
  };
}

/** A "who ate the last slice" premise: the one who helped look for the culprit is the culprit. */
function culprit(t: Terms, r: Register): Twist | undefined {
  if (!t.who) return undefined;
  const {P, O, A} = t;
  const deed = t.who;
  const clueText = holdable(t.kind) && t.real ? `${t.obj}` : 'it';
  return {
    id: 'culprit',
    summary: `${known(t, A)} ${deed} and let ${P.name} and ${O.name} blame each other.`,
    clues: [
      clue('A', `Honestly? I think ${O.name} did it.`, 'smug'),
      clue('X', `A crumb of evidence on ${A.name}'s sleeve. ${cap(they(A))} brushes it off, fast.`),
      clue('O', `${A.name} was the only one home, ${P.name}.`, 'angry'),
    ],
    reveal: [
      line('A', `Fine! I ${deed}!`, 'shocked', {marker: 'twist'}),
      line('O', `You let us fight over ${clueText} all day?`, r === 'comedy' ? 'surprised' : 'angry'),
    ],
    aftermath: [line('A', `You two haven't talked this much in months.`, 'smug')],
    cliff: [line('P', `${O.name}. Truce. We have a new enemy.`, 'smug', {marker: 'cliffhanger'})],
    endCard: `What will ${P.name} and ${O.name} do to ${A.name}?`,
    endShort: `Revenge on ${A.name}?`,
    flash: `${A.name} ${deed}. Nobody suspects ${them(A)}.`,
  };
}

/** Two of a kind set against each other: the rival has been losing on purpose. */
function letWin(t: Terms, r: Register): Twist | undefined {
  if (!t.rivals || !t.contest) return undefined;
  const {P, O} = t;
  const work = t.real ? t.obj : 'this';
  const love = r === 'love' || r === 'warm';
  return {
    id: 'let-win',
    summary: `${known(t, O)} has been losing to ${P.name} on purpose${love ? ', out of love' : ', to keep the fight going'}.`,
    clues: [
      clue('O', `Yours is better. Don't ever tell anyone I said that.`, 'tender'),
      clue('X', `${O.name} throws away a better ${t.objNoun} before anyone sees it.`),
      clue('A', `${P.name}, ${O.name} never loses. Why now?`, 'surprised'),
    ],
    reveal: [
      line('O', `I let you win, ${P.name}. Every time.`, 'shocked', {marker: 'twist'}),
      line('P', `You threw ${work}? For me?`, 'surprised'),
    ],
    aftermath: [
      line('O', love ? `Losing was the only way to keep seeing you.` : `Beating you was never the fun part.`, 'tender'),
    ],
    cliff: [
      line('P', `Then next round, ${O.name}, we do it for real.`, love ? 'tender' : 'smug', {marker: 'cliffhanger'}),
    ],
    endCard: love
      ? `Can ${P.name} and ${O.name} stop competing long enough to kiss?`
      : `Who wins when ${O.name} stops losing?`,
    flash: `${O.name} lost on purpose. ${P.name} is about to find out why.`,
  };
}

/** Every twist this situation can hold, most specific first. */
export function englishTwists(t: Terms, r: Register): Twist[] {
  // A past the premise names (a wound, one's own name on a found thing) is the story's question: only a twist
  // that answers it fits.
  const past = unmasked(t, r) ?? pastWound(t, r) ?? owed(t) ?? namesake(t, r) ?? keptApart(t, r);
  if (past) return [past];
  // Someone caught in the act: the twist is who else is in it.
  const inIt = accomplice(t, r);
  if (inIt) return [inIt];
  // A deed done for an aim is answered by whether the aim is met; being seen doing it is the lesser twist.
  const list = [
    culprit(t, r),
    letWin(t, r),
    author(t, r),
    mirrored(t, r),
    helped(t, r),
    knewAll(t, r),
    arranged(t, r),
  ].filter((x): x is Twist => !!x);
  return list.length ? list : [arranged({...t, doer: 'other'}, r)!];
}
