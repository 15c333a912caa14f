/** Revenge: someone took everything from the protagonist, and the protagonist came back to collect. */
import type {GenreBook} from './types';

export const revenge: GenreBook = {
  genre: 'revenge',
  moods: ['tension', 'triumph'],
  keywords: {revenge: 5, avenge: 4, betray: 4, betrays: 4, betrayed: 4, humiliate: 4, humiliated: 4, humiliates: 4, cheated: 3, cheats: 3, cheating: 3, 'gets even': 4, payback: 4, ruin: 3, ruined: 3, destroy: 2, framed: 3, steals: 3, stole: 3, stolen: 1, dumped: 3, 'left her': 2, 'left him': 2, mocked: 3, bullied: 3, fired: 1, affair: 3, mistress: 3, 'came back': 2, returns: 2, poor: 1, maid: 1, stepmother: 1, venganza: 5, traición: 4, vengeance: 5, trahison: 4, rache: 5, verrat: 4, vingança: 5, 复仇: 5, 背叛: 4, 復讐: 5, месть: 5},
  signature: ['revenge', 'pay', 'ruin', 'took', 'everything', 'collect', 'betrayed'],
  counterparts: ['ex', 'stepmother', 'boss', 'friend', 'billionaire'],
  allies: ['maid', 'lawyer', 'assistant', 'sister'],
  counterpartTitle: 'old enemy',
  allyTitle: 'accomplice',
  objects: ['video', 'contract', 'photo', 'money'],
  places: ['party', 'mansion', 'restaurant', 'office', 'hotel', 'wedding'],
  titles: ['{B} Will Pay', 'The Return of {A}', 'Everything {B} Took', 'Cold Dish at {org}', 'Smile for the Camera, {B}', '{A} Came to Collect'],
  hooks: [
    '{B} took everything from me. Tonight I take it back.',
    'They laughed when I fell. Nobody is laughing tonight.',
    'I smiled at {B} for {years}. I was counting.',
    'Revenge is a dish best served at a party.',
  ],
  loglines: [
    'and tonight {A} makes {B} pay for all of it.',
    'but revenge on {B} costs more than {A} planned.',
    'and {obj} is the weapon {A} has waited {years} to use.',
  ],
  patterns: [
    ['confide', 'confront', 'pressure'],
    ['search', 'confide', 'confront'],
    ['confront', 'pressure', 'confide'],
  ],
  scenes: {
    open: [
      [
        '~ (cold) {Years} ago, {B} took everything from {A}.',
        '~ (cold) {B} took everything.',
        '~ (cold) Everyone thinks {A} came to celebrate. {A.They} came to collect.',
        '~ (cold) They laughed when {A} fell. Tonight, {A} stops falling.',
      ],
      [
        ['B: (smug) Look who crawled back. Did you come to beg, {A}?', '? A: (cold) No. I came to watch.'],
        ['B: (smug) {A}? I thought you\'d left town in shame.', '? A: (cold) I did. Now I\'m back.'],
        ['B: (smug) Look who crawled back.', '? A: (cold) Miss me?'],
      ],
      '? ~ (cold) {B_did_it}. Everyone forgot. {A} didn\'t.',
      '? * {A} raises a glass, smiling at nobody.',
      '? ~ (cold) {B} doesn\'t recognise the look in {A}\'s eyes. Not yet.',
      '? B: (cold) Security will show you out.',
      '? A: (smug) Let them try. I\'m on the guest list.',
    ],
    confront: [
      [
        ['A: (cold) Remember {obj}, {B.call}? I kept it.', 'B: (afraid) You wouldn\'t dare.', '? A: (smug) You taught me everything I know about daring.'],
        ['A: (cold) You should have destroyed {obj}, {B.call}.', 'B: (angry) Where did you get that?', '? A: (smug) From the same place you hid it.'],
      ],
      '? A: (cold) {you_did_it}. Did you think I\'d never come back?',
      '? B: (smug) Yes, {I_did_it}. And I\'d do it again.',
      '? * {A} slides {obj} across the table.',
      '? B: (angry) Nobody will believe you.',
      '? A: (cold) They don\'t have to believe me. They just have to see it.',
      '? B: (desperate) Name your price.',
      '? A: (cold) Everything you took. With interest.',
    ],
    confide: [
      [
        ['C: (afraid) Once we do this, there\'s no going back.', 'A: (cold) There was never any going back. Not since {B}.'],
        ['C: (afraid) Are you sure about this? Really sure?', 'A: (cold) I\'ve been sure for {years}.'],
      ],
      '? A: (angry) {I_did}. Do you know what that does to a person?',
      '? A: (cold) {about_it}. Tonight I return the favour.',
      '? C: Everything\'s ready. One message, and it goes to everyone.',
      '? C: (sad) Revenge won\'t give you those years back.',
      '? A: (cold) No. But it will take {B}\'s.',
      '? * {C} hands {A} {obj2}. {A} pockets it without a word.',
    ],
    search: [
      [
        ['* {A} lays it all out: {obj}, {obj2}, and a photo of {B}.', 'A: (cold) Every lie {B} told left a receipt.'],
        ['* On the wall: photos of {B}, dates, red string. In the middle, {obj}.', 'A: (cold) {B} thinks {B.they} covered everything. {B.They} missed one thing.'],
      ],
      '? ~ (cold) Revenge is patient. So was {A}.',
      '? B> (smug) Still sulking? Come tonight. Everyone will be there.',
      '? A> (cold) Wouldn\'t miss it.',
    ],
    pressure: [
      [
        ['B> (angry) I know what you\'re planning. Stop, or I\'ll ruin you.', 'A: (smug) You already ruined me. That\'s the problem.'],
        ['B: (angry) Walk away now, {A}, or I will bury you.', 'A: (cold) You can\'t bury what you already killed.'],
      ],
      '? C> (afraid) {B} knows. Do we stop?',
      '? A> (cold) Not a chance.',
      '? * {A} checks the time. Three minutes.',
    ],
    reveal: [
      ['? A: (cold) Tonight everyone finds out who you really are, {B.call}.', '? A: (cold) Smile, {B.call}. Everyone is watching.'],
      '? * Every phone in the room buzzes at once.',
      '? B: (shocked) Turn it off. Turn it off!',
    ],
    end: [
      '? A: (smug) Now you know how it feels.',
      '? * {A} walks out without looking back.',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C}, {A}\'s accomplice, has been working for {B} all along.', beats: ['? C: (cold) I\'m sorry, {A}. Truly.', ['!C: (smug) Did you really think I was on your side?', '!C: (smug) I was never on your side.'], '? A: (shocked) You sold me out to {B}?']},
    {summary: '{B} was framed too; {C} set them both up.', beats: ['? B: (desperate) Listen to me. Look at {obj.detail}.', ['!B: (desperate) It wasn\'t me, {A}! {C} set us both up!', '!B: (desperate) {C} set us both up!'], '? A: (shocked) {C}?']},
    {summary: '{B} wanted {A} to bring {obj} into the open all along.', beats: ['? B: (smug) You think you won?', ['!B: (smug) I needed you to bring {obj} here. Thank you.', '!B: (smug) You brought it. Just as I planned.'], '? A: (shocked) You planned this.']},
    {summary: '{B} is {A}\'s real {B|mother|father}.', beats: ['? B: (sad) Ruin me if you want. But know who you\'re ruining.', '!B: (sad) I\'m your {B|mother|father}, {A}.', '? A: (shocked) You\'re lying.'], avoidKin: {B: ['parent', 'child', 'sibling', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
  ],
  cliffhangers: [
    {beats: [['!B: (cold) You think this is over? I\'ve only just started.', '!B: (cold) I\'ve only just started.']], card: 'Who strikes next?'},
    {beats: ['? * Sirens outside. Getting closer.', ['!C: (afraid) They\'re not here for {B}. They\'re here for you.', '!C: (afraid) They\'re here for you.']], avoid: ['ally-betrays'], card: 'Why are they after {A}?'},
    {beats: [['!X> (cold) Nice show. Now it\'s my turn.', '!X> (cold) My turn.']], card: 'Who sent it?'},
    {beats: ['? * {A} crosses one name off a list.', '!A: (smug) One down. One to go.'], card: 'Who is next on the list?'},
  ],
};
