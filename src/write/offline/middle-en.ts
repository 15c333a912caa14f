/**
 * The middle of an English story, built from what kind of situation the premise is, not from a stock list: a
 * thing found is examined, hidden, fought over and traced; a face from the past is recognised, confronted and
 * argued with about what happened; a strange deed of the protagonist's is kept secret and nearly found out; a
 * contest is fought. Every line names the premise's own object, people, place or detail, so no two premises share
 * a middle. The register only shades how people say it.
 */
import type {Emotion} from '../../schema/script';
import type {Move, Register} from './moves';
import {line, reply} from './moves';
import {holdable} from './object-kind';
import {their, them, they} from './pronouns';
import {ofProtagonist, type Terms} from './terms';
import {capitalise as cap, withArticle} from './text';

/** What kind of story the premise sets up. */
export type Situation = 'guise' | 'recognised' | 'identity' | 'witnessed' | 'deed' | 'found' | 'befallen';

export function situationOf(t: Terms): Situation {
  if (t.guise) return 'guise';
  if (t.history && !t.history.owed) return 'recognised';
  if (t.identity) return 'identity';
  if (t.witnessed) return 'witnessed';
  if (t.isEvent && t.doer === 'P') return 'deed';
  if (t.real && !t.isEvent && t.kind !== 'abstract') return 'found';
  return 'befallen';
}

/** One emotion per register: the same move said lightly in comedy, coldly in a thriller. */
const shade = (r: Register, dark: Emotion, light: Emotion): Emotion => (r === 'comedy' ? light : dark);

/** What the protagonist stands to lose, from the role the premise gives them. */
function stake(t: Terms): string {
  const role = t.pRole.toLowerCase();
  if (/\b(mother|father|mom|dad|grand\w+|sister|brother|wife|husband|son|daughter|aunt|uncle)\b/.test(role))
    return 'this family';
  if (/\b(student|kid|teen|prodigy|player|boy|girl)\b/.test(role)) return 'everything I worked for';
  if (t.P.role && t.P.role !== t.P.name) return `my job as ${withArticle(t.pRole)}`;
  return 'everything';
}

/** A thing found: examined, its odd detail doubted, hidden, fought over, traced to someone. */
function found(t: Terms, r: Register): Move[] {
  const {P, O, A, obj: it} = t;
  const them = t.plural ? 'them' : 'it';
  const hold = holdable(t.kind);
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  const moves: Move[] = [];
  if (t.detail)
    moves.push(
      line('A', `${cap(t.detail.replace(/\s+(on|in|inside) it$/, ''))}? That's not possible, ${P.name}.`, 'surprised'),
      reply('P', `Then explain ${them}, ${A.name}.`, shade(r, 'angry', 'smug')),
    );
  moves.push(
    line('A', `Where did ${it} come from?`, 'neutral'),
    reply('P', `That's what scares me.`, shade(r, 'afraid', 'surprised')),
    line(
      'P',
      `Someone meant me to ${t.perceive ?? 'find'} ${it}. Someone who knows me.`,
      shade(r, 'cold', 'surprised'),
    ),
    line('O', `${cap(it)} ${t.plural ? 'are' : 'is'} none of your business, ${P.name}.`, 'cold'),
    reply('P', `${cap(it)} found me, so ${it} ${t.plural ? 'are' : 'is'} my business now.`, 'angry'),
  );
  if (hold)
    moves.push(
      line('X', `${P.name} hides ${it} as ${O.name} walks in.`),
      line('O', `What are you hiding behind your back, ${P.name}?`, shade(r, 'cold', 'smug')),
      line('X', `${O.name} reaches for ${it}. ${P.name} pulls ${them} away.`),
      line('P', `Anyone sees ${it}${here}? I lose ${stake(t)}.`, shade(r, 'desperate', 'surprised')),
    );
  else if (t.kind === 'creature')
    moves.push(
      line('X', `${cap(it)} ${t.plural ? 'bolt' : 'bolts'} the moment ${O.name} walks in${here}.`),
      line('O', `Catch ${them} before anyone sees, ${P.name}!`, shade(r, 'afraid', 'happy')),
      line('P', `Anyone finds out about ${it}? I lose ${stake(t)}.`, shade(r, 'desperate', 'surprised')),
    );
  else if (t.kind === 'sound')
    moves.push(
      line('O', `Play it again, ${P.name}.`, 'afraid'),
      reply('P', `It's not a recording. It's happening now.`, shade(r, 'afraid', 'surprised')),
      line('A', `Nobody else heard ${it}, ${P.name}. Nobody.`, 'afraid'),
      reply('P', `Then why are you whispering?`, 'cold'),
      line('X', `Silence${here}. Then ${it}, again.`),
    );
  else
    moves.push(
      line('A', `Everyone${here} is talking about ${it}, ${P.name}.`, shade(r, 'afraid', 'happy')),
      reply('P', `Let them talk. I need to know who started it.`, 'angry'),
    );
  moves.push(
    line('A', `Who else has seen ${it}, ${P.name}?`, shade(r, 'afraid', 'neutral')),
    reply('P', `Only you, and whoever left ${it}${here}.`, 'cold'),
  );
  return moves;
}

/** A face from the past: recognised, confronted, and argued with about what happened then. */
function recognised(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  const h = t.history!;
  const when = h.when ?? 'all those years ago';
  const he = they(O);
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  return [
    line('O', `${P.name}? Is that really you?`, 'surprised'),
    reply('P', `You ${h.deedYours}, ${O.name}. ${cap(when)}.`, shade(r, 'angry', 'smug')),
    line('A', `${P.name}, why is ${O.name} looking at you like that?`, 'neutral'),
    reply('P', `Because ${he} ${h.deedMine} ${when}.`, 'sad'),
    line('X', `${O.name} can't take ${their(O)} eyes off ${P.name}.`),
    line('P', `Don't say my name like you never left.`, shade(r, 'cold', 'smug')),
    line('A', `Everyone${here} is watching, ${P.name}. Breathe.`, 'afraid'),
    line('P', `I waited for you, ${O.name}. Do you know how long?`, 'sad'),
    reply('O', `That's not how it happened, ${P.name}.`, 'desperate'),
    line('X', `${P.name} turns away to hide ${their(P)} face.`),
    line('P', `I am not falling apart${here}. Not for ${them(O)}.`, shade(r, 'desperate', 'smug')),
  ];
}

/** The protagonist hides who they are among people who look down on them, and lets them show who they are. */
function guise(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  const {seen, disguised} = t.guise!;
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  return [
    disguised
      ? line('O', `You. The ${seen}. You missed a spot.`, shade(r, 'cold', 'smug'))
      : line('O', `What are you doing here, ${P.name}? You were nothing without me.`, 'cold'),
    line('X', `${O.name} drops a folder at ${P.name}'s feet${here}. Waits.`),
    line('A', `Tell ${them(O)} who you are. Please.`, 'afraid'),
    reply('P', `Not yet. I want to see who ${they(O)} really is.`, 'cold'),
    line('O', `People like you never change, ${P.name}.`, shade(r, 'cold', 'smug')),
    line('X', `${P.name} types one word on ${their(P)} phone: "Proceed."`),
    line('P', `Keep talking, ${O.name}. I'm listening.`, 'cold'),
  ];
}

/** Someone is not who they seemed: the protagonist knows now, and the other does not know that they know. */
function identity(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  const {role} = t.identity!;
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  return [
    line('P', `It's you. All this time, it was you.`, shade(r, 'angry', 'surprised')),
    reply('O', `I didn't know how to tell you, ${P.name}.`, 'sad'),
    line('A', `${P.name}, the ${role} is asking for you again.`, 'neutral'),
    reply('P', `Tell ${them(O)} I'm busy. Tell ${them(O)} anything.`, shade(r, 'desperate', 'smug')),
    line('X', `${O.name} can't meet ${P.name}'s eyes${here}.`),
    line('O', `Give me five minutes, ${P.name}. Please.`, 'desperate'),
    reply('P', `You had years, ${O.name}.`, 'cold'),
    line('A', `Does ${O.name} know that you know?`, shade(r, 'afraid', 'happy')),
    line('P', `Nobody${here} finds out. Not today.`, shade(r, 'cold', 'smug')),
  ];
}

/**
 * Someone caught in the act: the protagonist tells the one they trust, is seen watching, is told they saw nothing,
 * and must choose between speaking up and what it would cost.
 */
function witnessed(t: Terms, r: Register): Move[] {
  const {P, O, A} = t;
  const {act} = t.witnessed!;
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  return [
    line('P', `It was ${O.name}, ${A.name}. I watched ${them(O)} do it.`, shade(r, 'shocked', 'surprised')),
    line('A', `${O.name}? ${cap(act)}? Are you sure, ${P.name}?`, 'surprised'),
    reply('P', `I know what I saw, ${A.name}.`, 'angry'),
    line('X', `${O.name} looks up${here}, and sees ${P.name} watching.`),
    line('O', `Is something wrong, ${P.name}?`, shade(r, 'cold', 'smug')),
    reply('P', `Nothing. Nothing at all.`, shade(r, 'afraid', 'smug')),
    line('X', `${P.name} lifts ${their(P)} phone and films ${O.name}, hands shaking.`),
    line('O', `Whatever you think you saw, ${P.name}, you didn't.`, 'cold'),
    line('P', `If I say nothing, ${O.name} gets away with it. If I talk, I lose ${stake(t)}.`, 'desperate'),
  ];
}

/** The protagonist's own strange deed: a secret kept, nearly found out, and what it costs. */
function deed(t: Terms, r: Register): Move[] {
  const {P, O, A} = t;
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  const we = t.together ? 'we' : 'I';
  const us = t.together ? 'us' : 'me';
  // What was done, said to the doer: "fired your assistant, who then blackmailed you".
  const done = t.deedMine
    .replace(/^(I|We)\s+/, '')
    .replace(/\b(my|our)\b/g, 'your')
    .replace(/\b(me|us)\b/g, 'you');
  const asker = t.together ? A : O;
  // A deed done in the open ("opens a food truck right outside her old restaurant", "enters a breakdancing
  // contest") is stared at, not hidden: only a secret one is nearly found out.
  if (!t.secret)
    return [
      line(asker.slot, `You ${done}? Are you out of your mind, ${P.name}?`, shade(r, 'angry', 'surprised')),
      reply('P', `Somebody had to.`, 'smug'),
      line('A', `Everyone${here} is staring at you, ${P.name}.`, shade(r, 'afraid', 'happy')),
      line('X', `Every head${here} turns to ${P.name}.`),
      line(
        'O',
        `Who said you could ${ofProtagonist(t.deedBare, 'your', 'you').split(/,?\s+and\s+/)[0]}?`,
        shade(r, 'cold', 'smug'),
      ),
      reply('P', `Nobody had to, ${O.name}.`, 'smug'),
      line('X', `${O.name} films ${P.name} on ${their(O)} phone, grinning.`),
      line(
        'O',
        r === 'comedy' ? `You're trending, ${P.name}. Not in a good way.` : `You'll regret this, ${P.name}.`,
        shade(r, 'cold', 'smug'),
      ),
      line('P', `This goes wrong? ${cap(we)} lose ${t.together ? 'everything' : stake(t)}.`, 'desperate'),
      line('X', `Somebody${here} points straight at ${P.name}.`),
    ];
  return [
    line(asker.slot, `You ${done}? Are you out of your mind, ${P.name}?`, shade(r, 'angry', 'surprised')),
    reply('P', `Somebody had to.`, 'smug'),
    line('P', `Nobody${here} can know it's ${us}. Not yet.`, shade(r, 'afraid', 'smug')),
    line('A', `Somebody${here} is going to recognise you, ${P.name}.`, shade(r, 'afraid', 'happy')),
    line('X', `${P.name} ducks as someone turns around${here}.`),
    line(
      t.together ? 'O' : 'A',
      `What happens when they find out ${t.together ? 'we' : 'you'} ${done}?`,
      shade(r, 'afraid', 'surprised'),
    ),
    reply('P', `They won't. Not if ${we} keep ${t.together ? 'our heads' : 'my head'} down.`, 'smug'),
    line('P', `This goes wrong? ${cap(we)} lose ${t.together ? 'everything' : stake(t)}.`, 'desperate'),
    line('X', `Somebody${here} points straight at ${P.name}.`),
  ];
}

/** Something that happens to the protagonist: disbelief, who is behind it, and what it puts at risk. */
function befallen(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  const odd = t.gerundYours;
  return [
    line('A', `${cap(odd)}? Things like that don't just happen, ${P.name}.`, 'surprised'),
    reply('P', `Then who made it happen?`, shade(r, 'angry', 'smug')),
    line('O', `You should walk away from this${here}, ${P.name}.`, 'cold'),
    reply('P', `Why, what do you know, ${O.name}?`, 'angry'),
    line('P', `This gets out${here}? I lose ${stake(t)}.`, shade(r, 'desperate', 'surprised')),
    line('X', `${O.name} takes a call. Turns away from ${P.name}.`),
    line('A', `${P.name}, everyone${here} is talking about it.`, shade(r, 'afraid', 'happy')),
  ];
}

/** A contest: who wins it, how, and at what price. */
function contest(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  return [
    line('O', `Only one of us walks out of here a winner, ${P.name}.`, shade(r, 'cold', 'smug')),
    reply('P', `Then start practising your losing face, ${O.name}.`, 'smug'),
    line('X', `${O.name} watches every move ${P.name} makes.`),
    line('A', `${P.name}, ${O.name} never loses. Never.`, 'afraid'),
    line('X', `${O.name} moves ${P.name}'s ${t.thingNoun} an inch, then smiles.`),
  ];
}

/** The situation's own middle: lines that raise the stakes around the premise's object and people. */
export function situationStakes(t: Terms, r: Register): Move[] {
  const kind = situationOf(t);
  const own =
    kind === 'guise'
      ? guise(t, r)
      : kind === 'recognised'
        ? recognised(t, r)
        : kind === 'identity'
          ? identity(t, r)
          : kind === 'witnessed'
            ? witnessed(t, r)
            : kind === 'deed'
              ? deed(t, r)
              : kind === 'found'
                ? found(t, r)
                : befallen(t, r);
  return [...own, ...(t.contest || t.rivals ? contest(t, r) : [])];
}

/** The push towards the reveal: the protagonist corners the one who knows. */
export function situationPush(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  const what = situationOf(t) === 'recognised' ? 'what really happened' : t.real ? t.obj : 'this';
  return [
    line('P', `${O.name}. Look at me. What do you know about ${what}?`, shade(r, 'angry', 'smug')),
    line('O', r === 'comedy' ? `You're not going to like it.` : `More than you want to hear.`, 'cold'),
    line('X', `${O.name} finally looks ${P.name} in the eye.`),
  ];
}
