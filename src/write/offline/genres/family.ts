/** Family: blood, inheritance and the one thing nobody at the table is allowed to say. */
import type {GenreBook} from './types';

export const family: GenreBook = {
  genre: 'family',
  moods: ['sad', 'tension', 'triumph'],
  keywords: {family: 4, mother: 3, mom: 3, father: 3, dad: 3, sister: 2, brother: 2, daughter: 3, son: 3, grandmother: 3, grandfather: 3, stepmother: 3, stepfather: 3, adopted: 4, adoption: 4, inheritance: 4, inherits: 4, will: 2, funeral: 3, 'dna test': 4, paternity: 4, twin: 2, 'long-lost': 4, orphan: 3, custody: 3, baby: 2, pregnant: 2, 'mother-in-law': 3, relatives: 3, home: 1, familia: 4, madre: 3, padre: 3, famille: 4, mère: 3, père: 3, familie: 4, mutter: 3, vater: 3, família: 4, 家庭: 4, 母亲: 3, 家族: 4, семья: 4, عائلة: 4},
  signature: ['family', 'blood', 'mother', 'father', 'home', 'born'],
  counterparts: ['mother', 'father', 'stepmother', 'grandmother', 'sister'],
  allies: ['brother', 'aunt', 'cousin', 'grandmother'],
  counterpartTitle: 'relative',
  allyTitle: 'cousin',
  objects: ['will', 'test', 'photo', 'letter', 'necklace'],
  places: ['home', 'kitchen', 'mansion', 'cemetery', 'hospital', 'church'],
  titles: ['The {Obj.noun} in the Family', 'Not My Family', '{A} Came Home', 'What {B} Never Said', 'Blood and the {Obj.noun}', 'Sunday Dinner at {org}'],
  hooks: [
    'Every family has a secret. Ours was in the {obj.noun}.',
    'I came home for one night. It was one night too many.',
    'My family lied to me for {years}.',
    'The {obj.noun} changed who my family is.',
  ],
  loglines: [
    'and the truth about {obj} could tear the family apart.',
    'but {B} has kept one secret from {A} for {years}.',
    'and now {A} has to decide whether blood is worth the truth.',
  ],
  patterns: [
    ['confront', 'confide', 'search'],
    ['search', 'confront', 'pressure'],
    ['confide', 'pressure', 'confront'],
  ],
  scenes: {
    open: [
      [
        '~ (sad) Every family has a secret. Ours was in {obj}.',
        '~ (sad) {A} came home.',
        '~ (sad) {A} came home for one night. It was one night too many.',
        '~ (cold) The family never talks about {A}. Tonight {A.they} came back to talk.',
      ],
      [
        ['B: (cold) You shouldn\'t have come back, {A}.', '? A: (sad) It\'s my family too. Or it was.'],
        ['B: (surprised) {A}. Nobody told me you were coming.', '? A: (cold) Nobody ever tells me anything.'],
        ['B: (cold) You came back. Why?', '? A: (sad) Because somebody has to tell the truth.'],
      ],
      '? * On the table: {obj}. Nobody touches it.',
      '? B: (cold) Try not to ruin everything this time.',
      '? * {A} scrolls through old family photos. {A.They} is in none of them.',
    ],
    confront: [
      [
        ['A: (angry) You kept {obj} from me. For {years}.', 'B: (sad) I was protecting you.', '? A: (angry) From what? My own family?', '? B: (cold) From the truth. It breaks people.'],
        ['A: (angry) Why did you hide {obj}, {B.call}?', 'B: (cold) Some things a family doesn\'t say out loud.', '? A: (angry) Then I\'ll say it. Out loud.'],
      ],
      '? A: (angry) {you_did_it}. My own family.',
      '? B: (cold) Yes, {I_did_it}. Someone had to.',
      '? * {B} turns away, jaw tight.',
      '? A: (desperate) I\'m not a child anymore. Tell me.',
      '? B: (sad) I made a promise. Before you were born.',
    ],
    confide: [
      [
        ['C: (surprised) You found {obj}? I thought it was gone.', 'A: (shocked) You knew?', '? C: (sad) Everyone knew. Everyone but you.'],
        ['C: (afraid) Where did you get {obj}? Put it away.', 'A: (shocked) You knew?', '? C: (sad) Everyone knew. Everyone but you.'],
      ],
      '? A: (sad) {I_found}. And nobody thought to tell me?',
      '? A: (sad) {about_it}. And Sunday dinner just carries on.',
      '? C: (afraid) If {B} finds out you have it, {B.they}\'ll never forgive me.',
      '? * {C} glances at the door before {C.they} says another word.',
      '? C: (tender) Whatever it says, you\'re still family to me.',
    ],
    search: [
      [
        ['* {A} opens a box no one was meant to find. Inside: {obj2}.', 'A: (shocked) This is dated the year I was born.'],
        ['* Behind the old family photos, {A} finds {obj2}.', 'A: (shocked) They hid this for {years}.'],
      ],
      '? ~ (sad) Some families are built on love. Others on silence.',
      '? B> (cold) Put it back where you found it.',
      '? A: (sad) Who are you, {B.call}? Who are any of you?',
    ],
    pressure: [
      [
        ['B: (cold) Sign the papers, and this stays in the family.', 'A: (angry) This family? Which part of it was ever mine?'],
        ['B: (cold) Leave tonight, and we\'ll forget you found anything.', 'A: (angry) Forget? You want me to forget my own blood?'],
      ],
      '? C> (afraid) Don\'t agree to anything. Not yet.',
      '? * {A} looks at {B} like a stranger.',
      '? B: (sad) Your {A|mother|father} would have wanted this.',
    ],
    reveal: [
      ['? A: (desperate) I\'m asking one last time. Who am I to you?', '? A: (desperate) No more secrets. Not in this family.'],
      '? B: (sad) Sit down, {A}.',
      '? * Somewhere a clock ticks. Nobody moves.',
    ],
    end: [
      '? * {A} holds {obj} to {A.their} chest.',
      '? A: (sad) I don\'t even know what to call you now.',
    ],
  },
  twists: [
    {summary: '{B} is {A}\'s real {B|mother|father}.', beats: ['? B: (sad) I should have told you the day you were born.', '!B: (sad) I\'m your real {B|mother|father}, {A}.', '? A: (shocked) All this time?'], avoidKin: {B: ['parent', 'child', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
    {summary: '{A} was taken as a baby; this family is not {A.theirs} by blood.', beats: ['? B: (sad) We loved you. That part was true.', '!B: (desperate) You\'re not ours, {A}. We took you.', '? A: (shocked) Took me? From who?'], avoidKin: {B: ['child']}},
    {tag: 'ally-betrays', summary: '{C} hid {obj} for {years} to keep the family apart.', beats: ['? C: (cold) You weren\'t supposed to find it. Not ever.', ['!C: (smug) Who do you think hid {obj} all these years? Me.', '!C: (smug) I hid it. All these years.'], '? A: (shocked) {C}... why?']},
    {summary: '{C} is {A}\'s real {C|mother|father}, hiding in plain sight.', beats: ['? B: (sad) Your real {C|mother|father} never left, {A}.', '!B: (sad) It\'s {C}. It was always {C}.', '? A: (shocked) {C}?'], avoidKin: {C: ['parent', 'child', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'C'},
  ],
  cliffhangers: [
    {beats: ['? * {A}\'s phone lights up.', ['!X> (sad) I know who you really are. Meet me. Alone.', '!X> (sad) I know who you are.']], card: 'Who sent it?'},
    {beats: [['!C: (afraid) There\'s a second {obj.noun}. And it names someone else.', '!C: (afraid) There\'s a second one.']], avoid: ['ally-betrays'], card: 'Whose name is on it?'},
    {beats: [['!A: (cold) Fine. I\'ll play along. But not the way you think.', '!A: (cold) Fine. I\'ll play along.']], card: 'What is {A} planning?'},
    {beats: [['!B: (desperate) Please. Don\'t tell the others. It would end this family.', '!B: (desperate) Please. Don\'t tell them.']], card: 'Will {A} tell them?'},
  ],
};
