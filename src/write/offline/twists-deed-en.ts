/**
 * English twists for a deed the protagonist does for an aim ("enters a breakdancing contest to impress his new
 * neighbour", "sells lemonade to pay for his sick dog's surgery"): the story's question is whether the aim is met,
 * so the twist answers it. When the aim is a person, that person was doing the same for the protagonist (a mirror,
 * in lighter stories) or saw it coming (a trap, in darker ones); when it is not, someone close made it work in
 * secret. Each is planted in the middle and never undoes the deed, which stays the protagonist's own.
 */
import type {Move, Register, Twist} from './moves';
import {clue, line} from './moves';
import {their} from './pronouns';
import type {Terms} from './terms';
import {capitalise as cap} from './text';
import {ofProtagonist} from './terms';
import {firstClause, known, variant} from './twists-en';

/** The aim's person was doing the same thing, for the protagonist; or, in a dark story, was waiting for it. */
export function mirrored(t: Terms, r: Register): Twist | undefined {
  const aim = t.purpose;
  if (t.doer !== 'P' || !aim?.aimAtYou) return undefined;
  const {P, O} = t;
  const trap = r === 'dark' || r === 'drama';
  const cliff = (text: string, who: Move['who'], emotion: Move['emotion']) =>
    line(who, text, emotion, {marker: 'cliffhanger'});
  return {
    id: trap ? 'trap' : 'mirror',
    summary: trap
      ? `${known(t, O)} knew ${P.name} would ${aim.doBare}, and was waiting.`
      : `${known(t, O)} had secretly done the same thing, for ${P.name}.`,
    clues: trap
      ? [
          clue('O', `Funny. I had a feeling you'd turn up, ${P.name}.`, 'smug'),
          clue('X', `${O.name} makes a call the moment ${P.name} looks away.`),
          clue('A', `${O.name} asked me where you'd be today, ${P.name}. Why?`, 'surprised'),
        ]
      : [
          clue('X', `${O.name} hides something behind ${their(O)} back when ${P.name} walks in.`),
          clue('A', `${O.name} asked me what you like, ${P.name}. Out of nowhere.`, 'surprised'),
          clue('O', `I've been busy lately too. Don't ask.`, 'smug'),
        ],
    reveal: trap
      ? [
          line(
            'O',
            `I knew you'd ${ofProtagonist(aim.doBare, 'your', 'you')}, ${P.name}. I was counting on it.`,
            'shocked',
            {
              marker: 'twist',
            },
          ),
          line('O', `Who do you think told you where to find me?`, 'cold'),
        ]
      : [
          line('O', `I ${aim.done} too, ${P.name}.`, 'shocked', {marker: 'twist'}),
          line('O', `${cap(aim.aimAtYou!)}.`, 'tender'),
        ],
    aftermath: trap
      ? [line('P', `Then why let me get this far?`, 'angry')]
      : [line('P', `All this time, we were doing the same thing?`, 'surprised')],
    cliff: [
      trap
        ? cliff(`Because now you owe me, ${P.name}. And I've come to collect.`, 'O', 'cold')
        : r === 'comedy'
          ? cliff(`${P.name}. ${O.name}. You're both in the final. Against each other.`, 'A', 'happy')
          : cliff(`So. Same place tomorrow, ${P.name}? Bring your best.`, 'O', 'tender'),
    ],
    endCard: trap
      ? `What does ${O.name} want from ${P.name}?`
      : r === 'comedy'
        ? `Who wins: ${P.name} or ${O.name}?`
        : `Will ${P.name} be there tomorrow?`,
    endShort: trap ? `What does ${O.name} want?` : r === 'comedy' ? `Who wins?` : `Tomorrow?`,
    flash: trap ? `${O.name} knew ${P.name} would come.` : `${O.name} has a secret: the same one as ${P.name}.`,
  };
}

/** A deed that is a venture someone could help along, not a mishap ("forgets his vows"). */
const VENTURE =
  /^(open|start|launch|enter|join|run|sell|build|throw|organi[sz]e|host|sign up|audition|apply|set up|bake|cook|sing|perform|compete|train|busk|grab)\b/i;

/**
 * An aim that is no person ("to pay for his dog's surgery"), or a deed done in the open ("opens a food truck right
 * outside her old restaurant"): someone close made it work, and kept quiet.
 */
export function helped(t: Terms, r: Register): Twist | undefined {
  const aim = t.purpose;
  if (t.doer !== 'P' || aim?.aimAtYou || (!aim && (t.secret || !VENTURE.test(t.deedBare)))) return undefined;
  const {P, A, O} = t;
  const dark = r === 'dark' || r === 'drama';
  const helper = dark ? O : A;
  // The deed said to its doer ("open a food truck"), and what it is about ("the food truck").
  const deed = firstClause(ofProtagonist(t.deedBare, 'your', 'you').split(/,?\s+and\s+/)[0]);
  const it = t.real ? t.obj : 'it';
  return {
    id: 'helped',
    summary: dark
      ? `${known(t, helper)} made it work for ${P.name} in secret, and now wants something back.`
      : `${known(t, helper)} made it work for ${P.name} in secret, and never said a word.`,
    clues: [
      clue('X', `${helper.name} hangs up the moment ${P.name} looks.`),
      clue(helper.slot, `Trust me, ${P.name}. ${cap(it)} is going to work out.`, dark ? 'cold' : 'tender'),
      clue('P', `${helper.name}, how do you know how ${it} is going when I never told you?`, 'surprised'),
    ],
    reveal: [
      line(helper.slot, `You didn't ${deed} alone, ${P.name}: I made sure it worked.`, 'shocked', {
        marker: 'twist',
      }),
      line(
        helper.slot,
        variant(
          t,
          dark
            ? [`And I'll want something back for ${it}.`, `${cap(it)} cost me, and now it costs you.`]
            : r === 'comedy'
              ? [`You're welcome. I accept payment in hugs.`, `You can thank me with free food for life.`]
              : [`You'd have done the same for me.`, `Someone had to look after you for once.`],
        ),
        dark ? 'cold' : 'tender',
      ),
    ],
    aftermath: [
      line(
        'P',
        aim ? `You did all that ${aim.aim}? For me?` : `You were behind ${t.real ? t.obj : 'all of it'}?`,
        'surprised',
      ),
    ],
    cliff: [
      dark
        ? line(helper.slot, `Tomorrow you ${deed} again, for me this time.`, 'cold', {marker: 'cliffhanger'})
        : line(helper.slot, `Now wait until you see who's outside.`, 'happy', {
            marker: 'cliffhanger',
          }),
    ],
    endCard: dark ? `What will ${helper.name} ask of ${P.name}?` : `What is waiting outside for ${P.name}?`,
    endShort: dark ? `What will ${helper.name} ask?` : `What's outside?`,
    flash: `${P.name} thinks it worked by luck. It didn't.`,
  };
}
