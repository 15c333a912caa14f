import type {Beat, Script} from '../../src/schema/script';
import type {PremiseKeys} from '../../src/craft/gate';

/** The premise keys of the hand-built drama below. */
export const CAKE_KEYS: PremiseKeys = {
  people: ['Maya', 'her sister'],
  object: 'the wedding cake',
  place: 'the bakery',
  incongruity: "the wrong bride's name",
};

const line = (characterId: string, text: string, emotion: Beat['emotion'], extra: Partial<Beat> = {}): Beat => ({
  kind: 'line',
  characterId,
  text,
  emotion,
  ...extra,
});

/**
 * A hand-built 30-second drama that keeps every dramaturgy rule: the hook names the cake, a line comes at once,
 * short beats, the twist planted twice and placed at about two thirds, the cliffhanger last, a rising arc.
 */
export function cakeScript(): Script {
  return {
    title: 'The Wrong Name',
    logline: 'A baker finds her sister’s name on the wedding cake meant for her own wedding.',
    premise: "A baker finds her sister's name on her own wedding cake.",
    genre: 'family',
    mood: 'tension',
    language: 'en',
    targetDurationSec: 30,
    format: {width: 1080, height: 1920, fps: 30},
    characters: [
      {
        id: 'maya',
        name: 'Maya',
        role: 'protagonist, the baker',
        description: 'A baker in her thirties',
        appearance: 'Woman of 34, flour on her apron, dark curls tied up',
        color: '#ffd54f',
      },
      {
        id: 'lena',
        name: 'Lena',
        role: 'her sister',
        description: 'Maya’s younger sister',
        appearance: 'Woman of 27, blonde bob, green raincoat',
        color: '#4fc3f7',
      },
    ],
    scenes: [
      {
        id: 'bakery',
        location: 'The bakery kitchen',
        setting: 'kitchen',
        timeOfDay: 'night',
        visual: 'A three-tier wedding cake under a lamp',
        beats: [
          line('maya', 'Who wrote Lena on my cake?', 'surprised'),
          line('lena', 'It was a mistake, I swear.', 'afraid', {setup: 'twist'}),
          line('maya', 'You hid the order form.', 'cold'),
          line('lena', 'I only signed for the groom.', 'sad', {setup: 'twist'}),
          {kind: 'action', text: 'Maya turns the cake around.', emotion: 'neutral'},
          line('maya', 'Why would you sign for him?', 'angry'),
          line('lena', 'Because he asked me first.', 'desperate', {marker: 'twist'}),
          line('maya', 'He proposed to you?', 'shocked'),
          line('lena', 'Before he ever met you.', 'sad'),
          line('maya', 'Then whose wedding is it?', 'desperate', {marker: 'cliffhanger'}),
        ],
      },
    ],
    hook: 'My wedding cake has my sister’s name on it.',
    twist: 'The groom proposed to Lena first.',
    cliffhanger: 'Whose wedding is it? Part 2.',
  };
}
