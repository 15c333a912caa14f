/**
 * English twists that reread the past the premise names: a wound someone else caused ("he stood her up ten years
 * ago" — he never did; a friend made sure the message never came), and a name or face on a found thing that
 * belongs to the parent the protagonist was named after. Both keep every fact the premise states and change what
 * it means; both are planted by lines that only make sense afterwards.
 */
import type {Register, Twist} from './moves';
import {clue, line} from './moves';
import {their, them} from './pronouns';
import type {Terms} from './terms';
import {capitalise as cap, withArticle} from './text';
import {known} from './twists-en';

/** Why the ally came between them, by register. */
const REASON: Record<Register, [string, string]> = {
  comedy: [`I needed a plus-one for my cousin's wedding. It got out of hand.`, 'for a plus-one'],
  warm: [`You were leaving town for him. I couldn't lose you.`, 'to keep them close'],
  love: [`I was in love with you myself. I still am.`, 'out of love'],
  dark: [`Somebody paid me to keep you apart. Somebody you know.`, 'for money'],
  drama: [`I thought I was protecting you. I was wrong.`, 'to protect them'],
};

/** The past the premise names was someone else's doing: the ally kept the two apart. */
export function pastWound(t: Terms, r: Register): Twist | undefined {
  if (!t.history || t.history.owed) return undefined;
  const {P, O, A} = t;
  const h = t.history;
  const when = h.when ?? 'back then';
  const [why, card] = REASON[r];
  const bare = h.deedBare;
  return {
    id: 'past-wound',
    summary: `${O.name} never meant to ${bare.replace(/\byou\b/g, them(P)).replace(/\byour\b/g, their(P))}: ${known(t, A)} kept them apart ${card}.`,
    clues: [
      clue('O', `I came back for you, ${P.name}. You were already gone.`, 'sad'),
      clue('X', `${A.name} goes pale when ${O.name} says "${when}".`),
      clue('P', `${A.name}, you never liked ${O.name}. Why not?`, 'neutral'),
    ],
    reveal: [
      line('A', `${O.name} didn't ${bare}, ${P.name}. I made sure you never got ${their(O)} message.`, 'shocked', {
        marker: 'twist',
      }),
      line('A', why, r === 'comedy' ? 'smug' : 'desperate'),
    ],
    aftermath: [
      line('P', `${cap(when)}, ${A.name}. You let me hate ${them(O)} for nothing.`, 'angry'),
      line('O', `I never stopped looking for you, ${P.name}.`, 'tender'),
    ],
    cliff: [
      line('O', `Say one word, ${P.name}, and I walk away from all of this.`, 'desperate', {marker: 'cliffhanger'}),
    ],
    endCard: `Will ${P.name} say the word?`,
    endShort: `One word?`,
    flash: `${O.fromPremise && O.role ? `The ${O.role}` : O.name} never ${h.deedYours.replace(/\byou\b/g, them(P)).replace(/\byour\b/g, their(P))}. Someone lied.`,
  };
}

/**
 * A past kindness the protagonist owes ("the tenant who once saved his life"), met again: the one owed knew who
 * the protagonist was from the first day, and waited to see if they would remember.
 */
export function owed(t: Terms): Twist | undefined {
  if (!t.history?.owed) return undefined;
  const {P, O} = t;
  const h = t.history;
  return {
    id: 'owed',
    summary: `${known(t, O)} knew ${P.name} from the first day, and waited to see if ${P.name} would remember.`,
    clues: [
      clue('O', `You don't remember me, do you, ${P.name}?`, 'sad'),
      clue('X', `${O.name} keeps an old photo of ${P.name} in ${their(O)} wallet.`),
      clue('A', `${O.name} asked me how long you've been here, ${P.name}. Why?`, 'surprised'),
    ],
    reveal: [
      line('O', `I knew it was you from the first day, ${P.name}. I waited to see if you'd remember.`, 'shocked', {
        marker: 'twist',
      }),
      line('P', `You're the one who ${h.deedMine}?`, 'surprised'),
    ],
    aftermath: [line('P', `I didn't know it was you. I swear I didn't know.`, 'desperate')],
    cliff: [line('O', `Then prove it, ${P.name}. You have one day.`, 'cold', {marker: 'cliffhanger'})],
    endCard: `How will ${P.name} repay ${O.name}?`,
    endShort: `Repay ${O.name}?`,
    flash: `${O.name} ${h.deedYours.replace(/\byou\b/g, them(P)).replace(/\byour\b/g, their(P))}. ${P.name} forgot.`,
  };
}

/** Who someone really is was known to the ally all along, who kept the two apart. */
export function keptApart(t: Terms, r: Register): Twist | undefined {
  if (!t.identity) return undefined;
  const {P, O, A} = t;
  const [why, card] = REASON[r];
  return {
    id: 'kept-apart',
    summary: `${known(t, A)} knew who ${O.name} really was, and kept them apart ${card}.`,
    clues: [
      clue('A', `Stay away from ${O.name}, ${P.name}. Trust me.`, 'afraid'),
      clue('X', `${A.name} and ${O.name} trade a look. ${A.name} looks away first.`),
      clue('P', `${A.name}, how do you even know ${O.name}'s name?`, 'surprised'),
    ],
    reveal: [
      line('A', `I knew who ${O.name} was, ${P.name}. I've known for years.`, 'shocked', {marker: 'twist'}),
      line('A', why, r === 'comedy' ? 'smug' : 'desperate'),
    ],
    aftermath: [
      line('P', `Years, ${A.name}. You watched me and said nothing.`, 'angry'),
      line('O', `I tried to reach you, ${P.name}. Every time.`, 'tender'),
    ],
    cliff: [line('O', `Say one word, ${P.name}, and I stay.`, 'desperate', {marker: 'cliffhanger'})],
    endCard: `Will ${P.name} let ${O.name} stay?`,
    endShort: `Stay?`,
    flash: `${A.name} knew who ${O.name} was. All along.`,
  };
}

/** The one who looked down on the protagonist learns who they really are: the genre's reveal, planted by slips. */
export function unmasked(t: Terms, r: Register): Twist | undefined {
  if (!t.guise) return undefined;
  const {P, O} = t;
  const {seen, truth, disguised, purpose} = t.guise;
  const found = purpose?.match(/^find out (.+)$/i)?.[1];
  return {
    id: 'unmasked',
    summary: `${P.name} was never just ${withArticle(seen)}: ${O.name} finds out too late who ${P.name} really is.`,
    clues: [
      clue('X', `${P.name}'s watch costs more than ${O.name}'s car. Nobody notices.`),
      clue('A', `Sorry. ${P.gender === 'f' ? "Ma'am" : 'Sir'}. Old habit.`, 'afraid'),
      clue('O', `Why does everyone upstairs keep asking about ${disguised ? `the ${seen}` : P.name}?`, 'neutral'),
    ],
    reveal: [
      line(
        'P',
        disguised ? `I'm not ${withArticle(seen)}, ${O.name}. I'm the ${truth}.` : `I'm ${truth}, ${O.name}.`,
        'cold',
        {
          marker: 'twist',
        },
      ),
      line('O', `No. That's impossible.`, 'shocked'),
    ],
    aftermath: [line('P', `You had every chance to be kind, ${O.name}.`, 'cold')],
    cliff: [
      found
        ? line('P', `And now I know ${found}. It was you.`, 'cold', {marker: 'cliffhanger'})
        : line('P', `Pack your things, ${O.name}. You have ten minutes.`, r === 'comedy' ? 'smug' : 'cold', {
            marker: 'cliffhanger',
          }),
    ],
    endCard: found ? `What will ${P.name} do to ${O.name} now?` : `Where does ${O.name} go from here?`,
    endShort: `What now, ${O.name}?`,
    flash: `${O.name} has no idea who ${P.name} really is.`,
  };
}

/** A found thing that bears the protagonist's own name, face or handwriting. */
const OWN_MARK =
  /\b(your (?:own )?(?:name|initials|face|photo|portrait|handwriting|signature)|a (?:photo|picture|portrait) of you)\b/i;

/** The name or face on the found thing is the parent's the protagonist was named after, and a hidden past with it. */
export function namesake(t: Terms, r: Register): Twist | undefined {
  const mark = `${t.detail ?? ''} ${t.incYours}`.match(OWN_MARK)?.[1];
  if (!mark || !t.real) return undefined;
  const {P, O} = t;
  const parent = P.gender === 'f' ? 'mother' : 'father';
  const pp = P.gender === 'f' ? 'she' : 'he';
  const likeness = /face|photo|picture|portrait/.test(mark)
    ? 'face'
    : /hand|signature/.test(mark)
      ? 'handwriting'
      : /initials/.test(mark)
        ? 'initials'
        : 'name';
  return {
    id: 'namesake',
    summary: `${cap(t.obj)} was ${P.name}'s ${parent}'s: ${known(t, O)} knew, and promised never to tell.`,
    clues: [
      clue('O', `You look more like your ${parent} every year, ${P.name}.`, 'tender'),
      clue('X', `${O.name} glances at ${t.obj}, then away, fast.`),
      clue('A', `Your ${parent} kept secrets, ${P.name}. Everyone knew but you.`, 'neutral'),
    ],
    reveal: [
      line('O', `${cap(t.obj)} was your ${parent}'s, ${P.name}. You have ${their(P)} ${likeness}.`, 'shocked', {
        marker: 'twist',
      }),
      line(
        'O',
        `${cap(pp)} made me promise you'd never find ${t.plural ? 'them' : 'it'}.`,
        r === 'comedy' ? 'smug' : 'desperate',
      ),
    ],
    aftermath: [line('P', `You knew, ${O.name}. My whole life, you knew.`, 'angry')],
    cliff: [
      line('O', `And your ${parent} isn't as gone as everyone told you.`, r === 'comedy' ? 'smug' : 'afraid', {
        marker: 'cliffhanger',
      }),
    ],
    endCard: `Is ${P.name}'s ${parent} still out there?`,
    endShort: `Still out there?`,
    flash: `${cap(t.obj)} has a history. ${P.name} is part of it.`,
  };
}
