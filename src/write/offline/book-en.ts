/**
 * The English story book: every line is built from this situation's people, object, place and odd thing, in a
 * register that fits its tone (comedy escalates and reverses, warmth softens, drama tightens). Twists come from
 * the situation's own relations and object: who made the object, whom the odd thing was really about, who knew.
 */
import type {Book, Move, Register, Twist} from './moves';
import {clue, line, reply} from './moves';
import type {Terms} from './terms';
import {capitalise as cap, compactSentence, splitRelative} from './text';

/** Words that make the odd thing a contest. */
const CONTEST = /\b(battle|contest|competition|war|match|race|show|final|tournament|championship|game|rival|off)\b/i;

/** A verb of finding out followed by what was found out as a whole clause (it has its own verb). */
const NOTICED_CLAUSE =
  /^(?:I\s+)?(?:realises|realizes|realised|realized|realise|realize|discovers|discovered|discover|learns|learned|learn|finds out|found out|find out|notices|noticed|notice)\s+(?:that\s+)?(.+\s(?:is|are|was|were|has|have|had|holds|contains|keeps|runs|belongs|cancelled|canceled|stole|sold|lied|knows|knew|never|secretly|\w+ed|\w+s)\s.+)$/i;

const at = (t: Terms) => (t.atPlace ? ` ${t.atPlace}` : '');

function opening(t: Terms, r: Register): Move[][] {
  const {P, O, A} = t;
  // The premise said as one short, whole line: the opening beat is never cut mid-sentence.
  // "realises the hamster has been running the account": the line is what was realised, in its own tense.
  const noticed = t.incMine.match(NOTICED_CLAUSE);
  const odd = splitRelative(
    compactSentence(cap(noticed ? noticed[1] : t.isEvent ? t.deedMine : t.incMine), 8, [t.placeNoun, t.objNoun]),
    8,
    P.gender === 'f' ? /\bher\b/ : /\bhim\b/,
  ).replace(/[.!?…]$/, '');
  if (r === 'comedy') {
    return [
      [
        line('P', `${odd}. And I regret nothing.`, 'smug'),
        line('O', `${P.name}. You did not.`, 'neutral'),
        line('P', `Watch me, ${O.name}.`, 'smug'),
      ],
      [
        line('X', `${P.name} faces ${t.oMine.replace(/^my /, P.gender === 'f' ? 'her ' : 'his ')}${at(t)}.`),
        line('P', `${odd}. Deal with it.`, 'smug'),
        line('O', `This is my ${t.objNoun} turf, ${P.name}!`, 'angry'),
      ],
      [line('P', `Okay. ${odd}. Slight problem.`, 'happy'), line('A', `Slight? ${P.name}, everyone saw.`, 'neutral')],
    ];
  }
  if (r === 'warm') {
    return [
      [line('P', `${odd}. After all this time.`, 'tender'), line('O', `${P.name}? Is that really you?`, 'neutral')],
      [line('X', `${P.name} holds ${t.thing} with both hands.`), line('P', `${odd}. I can't believe it.`, 'tender')],
      [line('P', `${odd}. Don't laugh, ${A.name}.`, 'happy'), line('A', `I'm not laughing. I'm proud.`, 'tender')],
    ];
  }
  return [
    [
      line('P', `${odd}.`, 'cold'),
      line('P', `That's impossible.`, 'cold'),
      line('A', `${P.name}? What did you find?`, 'neutral'),
    ],
    [line('X', `${P.name} stares at ${t.thing}${at(t)}.`), line('P', `${odd}. How?`, 'cold')],
    [line('P', `${A.name}, look. ${odd}.`, 'cold'), line('A', `That can't be real.`, 'cold')],
  ];
}

function stakes(t: Terms, r: Register): Move[] {
  const {P, O, A} = t;
  if (r === 'comedy') {
    return [
      line('O', `You think a ${t.pRole} scares me?`, 'smug'),
      line('A', `${P.name}, people are filming ${t.obj}.`, 'happy'),
      line('P', `${A.name}, get me another ${t.thingNoun}. Now.`, 'smug'),
      line('O', `Round two, ${P.name}. Bring everything.`, 'smug'),
      line('X', `A crowd gathers${at(t)}, phones up.`),
      line('A', `This is either genius or a lawsuit.`, 'happy'),
      line('P', `I was born for ${t.obj}, ${A.name}.`, 'smug'),
      line('O', `Nobody beats me${at(t)}. Nobody.`, 'angry'),
      line('X', `${O.name} slams down a bigger ${t.thingNoun}.`),
      reply('A', `${O.gender === 'f' ? 'She' : 'He'} brought a bigger ${t.thingNoun}. Of course.`, 'surprised'),
    ];
  }
  if (r === 'warm') {
    return [
      line('A', `You kept ${t.obj} all these years?`, 'tender'),
      reply('P', `Some things you don't throw away, ${A.name}.`, 'tender'),
      line('O', `${P.name}, why does ${t.obj} matter so much?`, 'neutral'),
      reply('P', `Because it's all I have left, ${O.name}.`, 'sad'),
      line('X', `${P.name} sets ${t.thing} down gently.`),
      reply('A', `Then we do it properly. Together.`, 'happy'),
      line('O', `I'll help. If you'll let me.`, 'tender'),
      reply('P', `Nobody has asked me that in years.`, 'sad'),
      line('A', `${P.name}, you're smiling at ${t.thing}.`, 'happy'),
      line('X', `${O.name} brings two cups${at(t)} and sits.`),
      line('O', `Tell me about ${t.obj}, ${P.name}. From the start.`, 'tender'),
      reply('P', `${O.name}, you'll think I'm silly.`, 'tender'),
      line('X', `${P.name} laughs for the first time${at(t)}.`),
      reply('A', `I haven't heard ${P.name} laugh like that.`, 'tender'),
    ];
  }
  return [
    line('O', `Put ${t.thing} down, ${P.name}.`, 'cold'),
    reply('P', `Not until someone explains it.`, 'angry'),
    line('A', `Who else knows about ${t.obj}?`, 'afraid'),
    line('P', `If this gets out, I lose everything.`, 'desperate'),
    line('X', `${P.name} photographs ${t.thing}, hands shaking.`),
    line('O', `You're not thinking straight, ${P.name}.`, 'cold'),
    reply('P', `Then tell me I'm wrong, ${O.name}.`, 'angry'),
    line('A', `${P.name}, someone wanted you to see this.`, 'afraid'),
    line('X', `The lights flicker${at(t)}.`),
    line('O', `Leave it. For your own good.`, 'cold'),
    line('P', `${O.name}, you knew about ${t.obj}.`, 'angry'),
    line('X', `${O.name} checks the door${at(t)} twice.`),
    line('A', `${P.name}, ${t.obj} isn't safe here.`, 'afraid'),
    reply('P', `Then where, ${A.name}? Tell me where.`, 'desperate'),
    line('X', `A phone buzzes${at(t)}. Nobody answers.`),
    line('O', `You have no idea what ${t.obj} costs.`, 'cold'),
  ];
}

function push(t: Terms, r: Register): Move[] {
  const {P, O} = t;
  if (r === 'comedy') {
    return [
      line('P', `Fine. Final round, ${O.name}. Winner takes ${t.place || 'all'}.`, 'smug'),
      line('O', `Deal. Loser wears the apron.`, 'smug'),
      line('A', `I'm selling tickets. Don't judge me.`, 'happy'),
      line('X', `Both of them square up${at(t)}.`),
      line('P', `${O.name}, you're going down. Politely.`, 'smug'),
    ];
  }
  if (r === 'warm') {
    return [
      line('P', `${O.name}, can I ask you something?`, 'tender'),
      line('O', `Anything. You know that.`, 'tender'),
      line('A', `Go on. Tell ${P.name} the rest.`, 'neutral'),
      line('X', `${O.name} takes a breath.`),
    ];
  }
  return [
    line('P', `${O.name}, look at me. What do you know?`, 'angry'),
    line('O', `More than you want to hear.`, 'cold'),
    line('A', `${P.name}, wait. Listen to ${O.name.split(' ')[0]}.`, 'afraid'),
    line('X', `${O.name} finally looks at ${t.obj}.`),
    line('P', `Say it. Whatever it is.`, 'desperate'),
  ];
}

/** Twists that follow from this situation: each one explains its odd thing and never undoes a stated relation. */
function twists(t: Terms, r: Register): Twist[] {
  const {P, O, A} = t;
  // Who someone is to the protagonist, for the twist card: "Ivy, the groom's mother".
  const known = (m: Terms['O']) => {
    const owner = m.relation?.match(/^(.+) of the (.+)$/);
    const what = owner
      ? `the ${owner[2]}'s ${owner[1]}`
      : m.relation
        ? `${P.name}'s ${m.relation}`
        : m.role
          ? `the ${m.role}`
          : '';
    return what ? `${m.name}, ${what},` : m.name;
  };
  const them = O.gender === 'f' ? 'her' : 'him';
  const they = O.gender === 'f' ? 'she' : 'he';
  const list: Twist[] = [];
  if (r === 'comedy') {
    list.push({
      id: 'biggest-fan',
      summary: `${known(O)} started the whole thing just to be near ${P.name}: ${they} is ${P.name}'s biggest fan.`,
      clues: [
        clue('O', `I know how you hold a ${t.thingNoun}, ${P.name}.`, 'smug'),
        clue('A', `Why does ${O.name} have your photo?`, 'surprised'),
        clue('X', `${O.name} hides a signed ${t.thingNoun} behind ${them}.`),
      ],
      reveal: [
        line('O', `Fine! I'm your biggest fan, ${P.name}!`, 'shocked', {marker: 'twist'}),
        line('P', `You started all this for me?`, 'surprised'),
      ],
      aftermath: [
        line('A', `I knew it. Pay up, everyone.`, 'happy'),
        line('O', `Will you sign my ${t.thingNoun}?`, 'tender'),
      ],
      cliff: [line('P', `Only if you lose on purpose.`, 'smug', {marker: 'cliffhanger'})],
      endCard: `Will ${O.name} throw the final for ${P.name}?`,
      flash: `${O.name} sabotaged everything to win ${P.name}'s heart?`,
    });
    // A contest (a battle, a war of sauces, a bake-off) can hide an old champion or a promoter behind it.
    if (CONTEST.test(`${t.incTold} ${t.objNoun} ${O.role}`)) {
      list.push({
        id: 'old-champion',
        summary: `${P.name} has done this before: ${P.gender === 'f' ? 'she' : 'he'} was the ${t.objNoun} champion nobody remembers.`,
        clues: [
          clue('P', `Stand back. I know this ${t.objNoun}.`, 'smug'),
          clue('A', `Since when do you know the moves?`, 'surprised'),
          clue('X', `An old trophy glints in ${P.name}'s bag.`),
        ],
        reveal: [
          line('O', `Wait. You're the champion from the poster!`, 'shocked', {marker: 'twist'}),
          line('P', `Thirty years ago. Still got it.`, 'smug'),
        ],
        aftermath: [
          line('O', `I learned everything from your tapes.`, 'surprised'),
          line('A', `${P.name}. You never told us.`, 'happy'),
        ],
        cliff: [line('O', `Then teach me. Or fight me.`, 'smug', {marker: 'cliffhanger'})],
        endCard: `Teacher or rival, ${P.name}?`,
        flash: `Nobody knew ${P.name} was once the champion.`,
      });
      list.push({
        id: 'same-team',
        summary: `${known(A)} set ${P.name} and ${O.name} against each other to sell tickets.`,
        clues: [
          clue('A', `Keep fighting. It's great for business.`, 'happy'),
          clue('O', `${A.name} told me you insulted my ${t.objNoun}.`, 'angry'),
          clue('X', `${A.name} counts a fat roll of tickets.`),
        ],
        reveal: [
          line('P', `${A.name}. You sold tickets to our ${t.objNoun}?`, 'shocked', {marker: 'twist'}),
          line('A', `Sold out. You're welcome.`, 'smug'),
        ],
        aftermath: [
          line('O', `So we were never enemies?`, 'surprised'),
          line('P', `Oh, we are now. Both of us. Against ${A.name}.`, 'smug'),
        ],
        cliff: [line('A', `Wait. Sequel rights are mine!`, 'afraid', {marker: 'cliffhanger'})],
        endCard: `Is ${A.name} doomed now?`,
        flash: `The real rival was ${A.name} all along?`,
      });
    } else {
      list.push({
        id: 'mix-up',
        summary: `${t.obj.replace(/^the/, 'The')} was never meant for ${P.name}: ${known(A)} mixed up two orders, and ${O.name} has the other one.`,
        clues: [
          clue('A', `Funny story about ${t.obj}, ${P.name}. Later.`, 'happy'),
          clue('O', `Mine came with the wrong label too.`, 'surprised'),
          clue('X', `${A.name} hides a second receipt for ${t.thing}.`),
        ],
        reveal: [
          line('A', `Okay! I swapped ${t.obj} with ${O.name}'s! Both boxes were brown.`, 'shocked', {marker: 'twist'}),
          line('P', `So ${O.name} got mine?`, 'surprised'),
        ],
        aftermath: [
          line('O', `And I've been using it all week.`, 'smug'),
          line('A', `In my defence, I was hungry.`, 'happy'),
        ],
        cliff: [line('O', `Too late. Mine follows ${P.name} home now.`, 'smug', {marker: 'cliffhanger'})],
        endCard: `Will ${P.name} ever swap back?`,
        flash: `${A.name} swapped ${t.obj}. Nobody noticed for a week.`,
      });
    }
    return list;
  }
  if (r === 'warm') {
    list.push({
      id: 'surprise',
      summary: `${known(O)} was behind ${t.obj} from the start: a thank-you gift for ${P.name}.`,
      clues: [
        clue('O', `Funny. I was thinking of ${t.obj} too.`, 'tender'),
        clue('A', `Why is ${O.name} smiling like that?`, 'happy'),
        clue('X', `${O.name} tucks a receipt into a pocket.`),
      ],
      reveal: [
        line('O', `It was me, ${P.name}. You gave me everything once.`, 'tender', {
          marker: 'twist',
          emotion: 'surprised',
        }),
        line('P', `You did this? For me?`, 'surprised'),
      ],
      aftermath: [line('O', `It was my turn.`, 'tender'), line('P', `I don't know what to say.`, 'sad')],
      cliff: [line('O', `Then say yes. There's one more surprise.`, 'happy', {marker: 'cliffhanger'})],
      endCard: `What is ${O.name}'s last surprise?`,
      flash: `${O.name} planned ${t.obj} for years. Why?`,
    });
    list.push({
      id: 'kept-promise',
      summary: `${known(A)} promised long ago to keep ${t.obj} safe for ${P.name}, and did.`,
      clues: [
        clue('A', `Careful with ${t.obj}. It's older than it looks.`, 'tender'),
        clue('O', `Someone looked after ${t.obj}. Carefully.`, 'neutral'),
        clue('X', `${A.name} knows exactly where ${t.obj} was kept.`),
      ],
      reveal: [
        line('A', `I promised I'd keep it for you.`, 'tender', {marker: 'twist', emotion: 'surprised'}),
        line('P', `${A.name}... all these years?`, 'surprised'),
      ],
      aftermath: [line('A', `Every single day.`, 'tender'), line('O', `Then it's time ${P.name} knew why.`, 'sad')],
      cliff: [line('A', `There's someone waiting outside for you.`, 'tender', {marker: 'cliffhanger'})],
      endCard: `Who is waiting outside for ${P.name}?`,
      flash: `${A.name} kept a promise for thirty years.`,
    });
    return list;
  }
  // Drama, love and dark: the object has an author, the odd thing has a target, someone knew.
  // A found object has an author and a target; a deed the protagonist does has neither.
  if (!t.isEvent) {
    list.push({
      id: 'author',
      summary: `${known(O)} made ${t.obj} ${O.gender === 'f' ? 'herself' : 'himself'} to warn ${P.name} about tomorrow.`,
      clues: [
        clue('O', `Where did you find ${t.obj}?`, 'cold'),
        clue('P', `This handwriting... I've seen it before.`, 'afraid'),
        clue('X', `Ink on ${O.name}'s fingers, the same blue.`),
      ],
      reveal: [
        line('O', `I made ${t.obj}, ${P.name}. Nobody else would warn you.`, 'shocked', {marker: 'twist'}),
        line('P', `You? Warn me about what, ${O.name}?`, 'desperate'),
      ],
      aftermath: [line('P', `You let me think I was going mad.`, 'sad'), line('O', `Better scared than blind.`, 'sad')],
      cliff: [
        line('O', `About what happens${t.place ? ` on ${t.place}` : ''} tomorrow.`, 'afraid', {marker: 'cliffhanger'}),
      ],
      endCard: `What happens tomorrow, ${P.name}?`,
      flash: `${O.name} made ${t.obj}. ${P.name} was never supposed to know.`,
    });
    list.push({
      id: 'about-you',
      summary: `${cap(t.obj)} was about ${P.name} all along, and ${known(O)} hid it to protect ${P.gender === 'f' ? 'her' : 'him'}.`,
      clues: [
        clue('A', `Why would anyone send this to you?`, 'afraid'),
        clue('P', `The date. It's my birthday.`, 'afraid'),
        clue('X', `${t.obj.replace(/^the/, 'The')} carries a mark only ${P.name} would know.`),
      ],
      reveal: [
        line('O', `It was always about you, ${P.name}. I hid it to protect you.`, 'shocked', {marker: 'twist'}),
        line('P', `Me? Then where was I?`, 'desperate'),
      ],
      aftermath: [
        line('O', `Where nobody could find you.`, 'cold'),
        line('A', `${P.name}, we have to go. Now.`, 'afraid'),
      ],
      cliff: [line('P', `No. I'm staying. I want the rest.`, 'desperate', {marker: 'cliffhanger'})],
      endCard: `What did ${P.name} forget?`,
      flash: `${P.name} finally learns who ${t.obj} was about.`,
    });
  } else {
    list.push({
      id: 'test',
      summary: `${known(O)} staged it all to see if ${P.name} could be trusted, with help from ${A.name}.`,
      clues: [
        clue('O', `Funny. I expected you sooner, ${P.name}.`, 'cold'),
        clue('A', `How did ${O.name} know your plan?`, 'afraid'),
        clue('X', `${O.name} reads a message from ${A.name}, and smiles.`),
      ],
      reveal: [
        line('O', `I set this up, ${P.name}. I had to know I could trust you.`, 'shocked', {marker: 'twist'}),
        line('P', `You tested me? ${A.name} helped you?`, 'angry'),
      ],
      aftermath: [line('A', `I'm sorry, ${P.name}. ${O.name} had to know.`, 'sad'), line('O', `And now I do.`, 'cold')],
      cliff: [line('O', `You failed, ${P.name}. Almost.`, 'cold', {marker: 'cliffhanger'})],
      endCard: `What did ${P.name} almost get wrong?`,
      flash: `${O.name} set a trap. ${P.name} walked right in.`,
    });
  }
  list.push({
    id: 'knew',
    summary: `${known(A)} knew about ${t.obj} from the start and hid it to keep ${P.name} safe.`,
    clues: [
      clue('A', `Don't touch ${t.obj}. Please.`, 'afraid'),
      clue('O', `Ask ${A.name} where ${t.obj} came from.`, 'cold'),
      clue('X', `${A.name} deletes a message before ${P.name} sees it.`),
    ],
    reveal: [
      line('A', `I knew about ${t.obj}, ${P.name}. I stayed quiet to keep you safe.`, 'shocked', {marker: 'twist'}),
      line('P', `You lied to me. Every day.`, 'angry'),
    ],
    aftermath: [
      line('O', `Safe from me. Tell ${P.name} that part.`, 'cold'),
      line('A', `I'm sorry. I was scared.`, 'desperate'),
    ],
    cliff: [line('A', `If you tell anyone, they'll come for you.`, 'afraid', {marker: 'cliffhanger'})],
    endCard: `Who will come for ${P.name} now?`,
    flash: `${A.name} knew about ${t.obj} all along.`,
  });
  if (r === 'love') {
    list.push({
      id: 'for-you',
      summary: `${known(O)} caused all of it to stay close to ${P.name}, out of love.`,
      clues: [
        clue('O', `I'd do anything to fix this. Anything.`, 'tender'),
        clue('A', `${O.name} keeps watching you, ${P.name}.`, 'happy'),
        clue('X', `${O.name}'s phone lights up: a photo of ${P.name}.`),
      ],
      reveal: [
        line('O', `I did it for you, ${P.name}. Only you.`, 'shocked', {marker: 'twist'}),
        line('P', `All this? For me?`, 'surprised'),
      ],
      aftermath: [line('O', `I've loved you since the first day.`, 'tender'), line('P', `Then why lie?`, 'sad')],
      cliff: [line('O', `Because you were already taken.`, 'desperate', {marker: 'cliffhanger'})],
      endCard: `${O.name}, or the truth?`,
      flash: `${O.name} lied for love. ${P.name} is about to find out.`,
    });
  }
  return list;
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

function hooks(t: Terms): string[] {
  const who = t.pRole && t.pRole !== t.P.name ? `${/^[aeiou]/i.test(t.pRole) ? 'An' : 'A'} ${t.pRole}` : t.P.name;
  const odd = t.isEvent ? `${who} ${t.incTold}` : cap(t.incTold);
  return [
    `${firstWords(odd, 9)}${/…$/.test(firstWords(odd, 9)) ? '' : '?'}`,
    t.isEvent
      ? `Nobody expected ${who.replace(/^A/, 'a')} to ${firstWords(t.deedBare, 6)}`
      : /…$/.test(firstWords(t.incTold, 7))
        ? `${firstWords(cap(t.incTold), 6)}`
        : `${cap(t.incTold)}. Why?`,
    `${t.P.name} found ${t.obj}. Now ${t.P.gender === 'f' ? 'she' : 'he'} could lose everything.`,
    `One night to explain ${t.obj}, or lose everything.`,
    `${cap(t.pRole || t.P.name)} versus ${t.oMine.replace(/^my /, t.P.gender === 'f' ? 'her ' : 'his ')}. Who breaks first?`,
    `Who is behind ${t.obj}, and why now?`,
  ];
}

export function englishBook(t: Terms, r: Register): Book {
  const titleNoun = cap(t.objNoun);
  return {
    openings: opening(t, r),
    stakes: stakes(t, r),
    push: push(t, r),
    twists: twists(t, r),
    hooks: hooks(t),
    title: [
      `The ${titleNoun}`,
      `${t.P.name} and the ${titleNoun}`,
      `${titleNoun}${t.placeNoun ? ` at the ${cap(t.placeNoun)}` : ''}`,
    ],
    logline: `${t.P.name}${t.pRole && t.pRole !== t.P.name ? `, a ${t.pRole},` : ''} ${t.isEvent ? t.incTold : `faces ${t.incTold}`}.`,
  };
}
