/**
 * The English story book: every line is built from this situation's people, object, place and odd thing, in a
 * register that fits its tone (comedy escalates and reverses, warmth softens, drama tightens). Twists come from
 * the situation's own relations and object: who made the object, whom the odd thing was really about, who knew.
 */
import type {Book, Move, Register} from './moves';
import {exchanges, line, reply} from './moves';
import type {Terms} from './terms';
import {englishTwists} from './twists-en';
import {situationPush, situationStakes} from './middle-en';
import {capitalise as cap, compactSentence, FILLER_ADVERBS, splitRelative, withArticle} from './text';

/** A verb of finding out followed by what was found out as a whole clause (it has its own verb). */
const NOTICED_CLAUSE =
  /^(?:I\s+)?(?:realises|realizes|realised|realized|realise|realize|discovers|discovered|discover|learns|learned|learn|finds out|found out|find out|notices|noticed|notice)\s+(?:that\s+)?(.+\s(?:is|are|was|were|has|have|had|holds|contains|keeps|runs|belongs|cancelled|canceled|stole|sold|lied|knows|knew|never|secretly|\w+ed|\w+s)\s.+)$/i;

const at = (t: Terms) => (t.atPlace ? ` ${t.atPlace}` : '');

/** What a line can do with the object, by its kind: a letter is read, a parrot fed, a cup final waited for. */
function handling(t: Terms): {look: string; hold: boolean; ref: string} {
  const ref = t.real ? t.obj : 'this';
  switch (t.kind) {
    case 'message':
      return {look: `reads ${t.obj} again`, hold: true, ref};
    case 'creature':
      return {look: `watches ${t.obj}`, hold: false, ref};
    case 'event':
      return {look: 'checks the time again', hold: false, ref};
    case 'sound':
      return {look: 'holds still, listening', hold: false, ref};
    case 'food':
      return {look: `eyes ${t.obj}`, hold: true, ref};
    case 'abstract':
      return {look: 'stops dead', hold: false, ref};
    default:
      return {look: t.real ? `turns ${t.obj} over` : 'stops dead', hold: t.real, ref};
  }
}

/** The odd thing said by the protagonist as one short, whole line, never cut mid-sentence. */
function oddLine(t: Terms): string {
  const noticed = t.incMine.match(NOTICED_CLAUSE);
  const said = t.witnessed ? t.witnessed.mineTold : noticed ? noticed[1] : t.isEvent ? t.deedMine : t.incMine;
  // "My son's diary hidden under the floorboards" is said as a discovery: "My son's diary. Hidden under the floorboards."
  const split =
    !t.isEvent && !noticed
      ? said.match(/^(.+?)\s+(hidden|addressed|signed|dated|written|left|stamped|marked)\s+(.+)$/)
      : null;
  const text = split ? `${cap(split[1])}. ${cap(split[2])} ${split[3]}` : cap(said);
  return splitRelative(
    text.split(/\s+/).length > 9 ? text.replace(FILLER_ADVERBS, '') : text,
    9,
    t.P.gender === 'f' ? /\bher\b/ : /\bhim\b/,
  ).replace(/[.!?…]$/, '');
}

/** A face from the past: when it happened, and who they are now. */
function recognisedOpening(t: Terms): Move[][] {
  const {P, O} = t;
  const h = t.history!;
  const he = O.gender === 'f' ? 'she' : 'he';
  // A debt met again is the protagonist's own deed, said first: "I raised the rent on the tenant who once saved my life."
  const now = h.owed
    ? `${t.deedMine}.`
    : O.role && O.fromPremise
      ? `Today ${he}'s the ${O.role}.`
      : `Now ${he}'s here.`;
  const then = h.when ? `${cap(h.when)}, ${he} ${h.deedMine}.` : `${cap(he)} ${h.deedMine}.`;
  return [
    h.owed
      ? [line('P', now, 'cold'), line('P', then, 'sad'), line('A', `${P.name}? You've gone white.`, 'afraid')]
      : [line('P', then, 'shocked'), line('P', now, 'sad'), line('A', `${P.name}? You've gone white.`, 'afraid')],
    [line('X', `${P.name} freezes. Across the room: ${O.name}.`), line('P', then, 'shocked'), line('P', now, 'sad')],
  ];
}

/** A hidden identity opens on the guise: what everyone sees, and that nobody knows. */
function guiseOpening(t: Terms): Move[][] {
  const {P} = t;
  const {seen, disguised} = t.guise!;
  const an = withArticle(seen);
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  return [
    [
      line('P', disguised ? `Today I'm ${an}${here}.` : `They think I'm still just ${an}.`, 'cold'),
      line('P', `Nobody here knows who I really am.`, 'cold'),
      line('A', `${P.name}, this is insane.`, 'afraid'),
    ],
  ];
}

function opening(t: Terms, r: Register): Move[][] {
  if (t.guise) return guiseOpening(t);
  if (t.history) return recognisedOpening(t);
  const {P, A} = t;
  const odd = oddLine(t);
  // An event is shown happening; a found thing is shown found.
  const shown = t.witnessed
    ? line('X', `${P.name} sees it: ${t.O.name}, ${t.witnessed.actTold}.`)
    : t.isEvent
      ? line('X', `${P.name} ${t.incTold.replace(/\bher\b|\bhis\b/, P.gender === 'f' ? 'her' : 'his')}.`)
      : line('X', `${P.name} ${handling(t).look}${at(t)}.`);
  if (r === 'comedy') {
    return [
      [
        line('P', `${odd}. This is fine. Totally fine.`, 'happy'),
        line('A', `${P.name}, your eye is twitching.`, 'neutral'),
      ],
      [
        shown,
        line('P', `${odd}? How is this my life?`, 'surprised'),
        line('O', `Don't look at me, ${P.name}.`, 'smug'),
      ],
      [line('P', `${odd}. Nobody laugh.`, 'neutral'), line('A', `I'm not laughing. I'm recording.`, 'happy')],
    ];
  }
  if (r === 'warm') {
    return [
      [line('P', `${odd}. I didn't think it would work.`, 'tender'), line(A.slot, `Told you, ${P.name}.`, 'happy')],
      [shown, line('P', `${odd}. I can't stop smiling.`, 'tender')],
      [line('P', `${odd}. Don't tell anyone, ${A.name}.`, 'happy'), line('A', `Your secret's safe.`, 'tender')],
    ];
  }
  if (r === 'love') {
    return [
      [line('P', `${odd}. Of all the people.`, 'surprised'), line('O', `Hello, ${P.name}.`, 'tender')],
      [shown, line('P', `${odd}. My heart is pounding.`, 'tender')],
    ];
  }
  return [
    [
      line('P', `${odd}.`, 'cold'),
      line('P', `That's not possible.`, 'cold'),
      line('A', `${P.name}? What is it?`, 'neutral'),
    ],
    [shown, line('P', `${odd}. How?`, 'cold')],
    [line('P', `${A.name}, look. ${odd}.`, 'cold'), line('A', `That can't be real.`, 'cold')],
  ];
}

function stakes(t: Terms, r: Register): Move[] {
  const {P, O, A} = t;
  const h = handling(t);
  const here = t.atPlace ? ` ${t.atPlace}` : '';
  const reaching = h.hold ? [line('X', `${O.name} and ${P.name} grab for ${t.obj} at the same time.`)] : [];
  if (r === 'comedy') {
    return [
      line('O', `On a scale of one to ten, ${P.name}, this is a twelve.`, 'smug'),
      reply('P', `It's a seven. A strong seven.`, 'smug'),
      line('A', `People are filming${here}. Smile.`, 'happy'),
      ...reaching,
      line('P', `I have a plan. It's a bad plan. But it's a plan.`, 'smug'),
      reply('A', `Your plans always end with someone crying.`, 'happy'),
      line('X', `${A.name} films everything${here}, grinning.`),
      line('O', `I want it on record: I was against this.`, 'angry'),
      line('P', `Nobody panics. Especially not you, ${A.name}.`, 'neutral'),
      line('X', `${O.name} counts to ten out loud. Gives up at four.`),
      line('A', `This is the best day of my life.`, 'happy'),
      line('O', `${P.name}, I am begging you. Stop helping.`, 'angry'),
      line('X', `Somebody${here} starts a slow clap. ${P.name} bows.`),
      line('A', `Should I call someone? I'm calling someone.`, 'happy'),
      reply('P', `Put the phone down, ${A.name}.`, 'neutral'),
      line('O', `Every time, ${P.name}. Every single time.`, 'angry'),
      line('X', `${A.name} eats popcorn${here}, front row.`),
    ];
  }
  if (r === 'warm') {
    return [
      line('A', `I haven't seen you like this in years, ${P.name}.`, 'tender'),
      reply('P', `I haven't felt like this in years.`, 'tender'),
      line('O', `${P.name}, why does it matter so much to you?`, 'neutral'),
      reply('P', `Because someone has to care, ${O.name}.`, 'sad'),
      line('X', `${P.name} ${h.look}, smiling.`),
      line('A', `Then let me help. Please.`, 'happy'),
      line('O', `Nobody asked me to care. I do anyway.`, 'tender'),
      line('X', `${O.name} brings two cups${here} and sits close.`),
      line('P', `What if it stops, ${A.name}? What then?`, 'sad'),
      reply('A', `Then we start it again. Together.`, 'tender'),
      line('X', `${A.name} squeezes ${P.name}'s hand${here}.`),
      line('O', `You never told anyone about this, ${P.name}?`, 'neutral'),
      reply('P', `Who would I tell? Who would believe me?`, 'sad'),
      line('A', `I believe you. I always have.`, 'tender'),
      line('X', `${P.name} laughs, and wipes ${P.gender === 'f' ? 'her' : 'his'} eyes.`),
    ];
  }
  if (r === 'love') {
    return [
      line('O', `You look exactly the same, ${P.name}.`, 'tender'),
      reply('P', `Don't. Don't do that.`, 'sad'),
      line('A', `${P.name}, you're blushing.`, 'happy'),
      line('X', `${O.name}'s hand brushes ${P.name}'s. Neither moves.`),
      line('P', `This is a terrible idea, ${O.name}.`, 'tender'),
      reply('O', `Most of my best ones were.`, 'smug'),
      line('A', `Either kiss or leave. I'm tired.`, 'happy'),
      line('X', `${P.name} ${h.look}, and can't stop looking at ${O.name}.`),
      line('O', `I kept your number, ${P.name}. All these years.`, 'tender'),
      reply('P', `You never called.`, 'sad'),
      line('A', `${O.name} looked at you like that the whole time.`, 'happy'),
      line('X', `Rain starts${here}. Neither of them runs for cover.`),
    ];
  }
  const handle = h.hold
    ? [
        line('O', `Put ${t.obj} down, ${P.name}.`, 'cold'),
        reply('P', `Not until someone explains ${t.plural ? 'them' : 'it'}.`, 'angry'),
      ]
    : [line('O', `Let it go, ${P.name}.`, 'cold'), reply('P', `Not until someone explains it.`, 'angry')];
  return [
    ...handle,
    line('A', `Who else knows about ${h.ref}?`, 'afraid'),
    line('P', `If this gets out${here}, I lose everything.`, 'desperate'),
    line('X', `${P.name} ${h.look}, hands shaking.`),
    line('O', `You're not thinking straight, ${P.name}.`, 'cold'),
    reply('P', `Then tell me I'm wrong, ${O.name}.`, 'angry'),
    line('A', `${P.name}, someone wanted you to know.`, 'afraid'),
    line('X', `${O.name} checks the door${here} twice.`),
    line('O', `Leave it. For your own good.`, 'cold'),
    line('A', `${P.name}, we shouldn't talk about it${here}.`, 'afraid'),
    reply('P', `Then where, ${A.name}? Tell me where.`, 'desperate'),
    line('X', `${P.name}'s phone buzzes. ${O.name} watches ${P.name} ignore it.`),
    line('O', `Some things stay buried for a reason, ${P.name}.`, 'cold'),
    reply('P', `Then why is it in front of me?`, 'angry'),
    line('X', `${A.name} flinches at a door closing somewhere${here}.`),
    line('A', `I don't like this, ${P.name}. Any of it.`, 'afraid'),
  ];
}

/** The first words of a phrase, with an open end when it is cut: a cold open has no room for more. */
const firstWords = (text: string, n: number) => {
  const words = text.split(/\s+/);
  return words.length <= n
    ? text
    : `${words
        .slice(0, n)
        .join(' ')
        .replace(/[,;:]$/, '')}…`;
};

/**
 * Cold opens from the premise's own words: the odd thing as a question, a line of the protagonist's, and the stakes.
 * An object the premise never named (a prop the story supplies) never reaches a hook card.
 */
function hooks(t: Terms): string[] {
  const who = t.pRole && t.pRole !== t.P.name ? cap(withArticle(t.pRole)) : t.P.name;
  const odd = t.isEvent ? `${who} ${t.incTold}` : cap(t.incTold);
  // Said in at most eight words, trailing time and place dropped first, the people and the object kept.
  const short = firstWords(compactSentence(odd, 8, [t.objNoun, t.pRole]).replace(/[.!?]$/, ''), 8);
  const open = /…$/.test(short);
  const named = t.real ? t.obj : 'it';
  return [
    `${short}${open ? '' : '?'}`,
    // The same in six words, for a card that must leave the screen within three seconds.
    ...(short.split(/\s+/).length > 6 ? [firstWords(short.replace(/…$/, ''), 6)] : []),
    t.isEvent
      ? `Nobody expected ${who.replace(/^An?\b/, (a) => a.toLowerCase())} to ${firstWords(t.deedBare, 6)}`
      : `${firstWords(cap(t.incTold), 6)}${open ? '' : '. Why?'}`,
    `${t.P.name} has one night to explain ${named}, or lose everything.`,
    t.real && (t.kind === 'message' || t.kind === 'thing')
      ? `Who is really behind ${t.obj}?`
      : `Who is really behind this, ${t.P.name}?`,
  ];
}

export function englishBook(t: Terms, r: Register): Book {
  // A story about who someone really is is named after them ("The Groom"); else after its object or place.
  const person =
    t.identity?.role ?? t.guise?.seen ?? ((t.history || t.witnessed) && t.O.fromPremise ? t.O.role : undefined);
  const titleNoun = cap(person ?? (t.real ? t.objNoun : t.placeNoun || t.P.name));
  return {
    openings: opening(t, r),
    // The situation's own middle leads; a few of the register's lines keep its voice.
    stakes: [...situationStakes(t, r), ...exchanges(stakes(t, r)).slice(0, 2).flat()],
    reserve: exchanges(stakes(t, r)).slice(2).flat(),
    push: situationPush(t, r),
    twists: englishTwists(t, r),
    hooks: hooks(t),
    // A story with nothing to name it after is named after its protagonist: "Mara", never "The Mara".
    title: [
      titleNoun === t.P.name ? titleNoun : `The ${titleNoun}`,
      ...(titleNoun === t.P.name ? [] : [`${t.P.name} and the ${titleNoun}`]),
      `${titleNoun}${t.placeNoun && t.placeNoun !== titleNoun.toLowerCase() ? ` at the ${cap(t.placeNoun)}` : ''}`,
    ],
    logline: `${t.P.name}${t.pRole && t.pRole !== t.P.name ? `, ${withArticle(t.pRole)},` : ''} ${t.isEvent ? t.incTold : `faces ${t.incTold}`}.`,
  };
}
