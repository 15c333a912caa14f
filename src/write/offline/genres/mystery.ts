/** Mystery: something that should not exist, and a question that gets more dangerous to ask. */
import type {GenreBook} from './types';

export const mystery: GenreBook = {
  genre: 'mystery',
  moods: ['mystery', 'tension'],
  keywords: {detective: 4, mystery: 4, mysterious: 3, missing: 3, disappears: 3, disappeared: 3, vanished: 3, murder: 3, clue: 3, secret: 1, body: 2, finds: 1, discovers: 1, strange: 2, anonymous: 3, identity: 2, name: 1, who: 1, unknown: 2, investigation: 3, investigates: 3, case: 2, police: 1, ghost: 2, memory: 2, amnesia: 3, witness: 3, locked: 2, note: 1, chart: 1, patient: 1, misterio: 3, desaparece: 3, mystère: 3, disparu: 3, geheimnis: 2, 谜: 3, 失踪: 3, 謎: 3, тайна: 3},
  signature: ['truth', 'who', 'secret', 'know', 'why', 'found'],
  counterparts: ['stranger', 'neighbor', 'detective', 'doctor'],
  allies: ['friend', 'coworker', 'sister'],
  counterpartTitle: 'keeper of the secret',
  allyTitle: 'closest friend',
  objects: ['letter', 'key', 'photo', 'diary'],
  places: ['home', 'police', 'cemetery', 'warehouse', 'street', 'church'],
  titles: ['Whoever Left the {Obj.noun}', 'The {Obj.noun} at {org}', 'What {A} Found', 'Nobody Sent the {Obj.noun}', 'The Second {Obj.noun}', '{A} Was Never Here'],
  hooks: [
    '{A} found {obj}. It should not exist.',
    'Nobody knows who left the {obj.noun}. I think I do.',
    'The {obj.noun} knew my name before I did.',
    'Someone wanted me to find this.',
  ],
  loglines: [
    'but every answer points to someone {A} trusts.',
    'and the only person with answers is {B}.',
    'and {obj} is only the first clue someone left for {A.them}.',
  ],
  patterns: [
    ['confront', 'search', 'confide'],
    ['confide', 'search', 'pressure'],
    ['search', 'confront', 'pressure'],
  ],
  scenes: {
    open: [
      [
        '~ (cold) Nothing {here} ever scared {A}. Until tonight.',
        '~ (cold) Until tonight, nothing scared {A}.',
        '~ (cold) Everyone {here} has a secret. {A} just found one.',
        '~ (afraid) It was an ordinary night. Then {A} looked at {obj}.',
      ],
      ['A: (shocked) This isn\'t possible. Who put {obj} here?', 'A: (afraid) No. No, this can\'t be right.', 'A: (shocked) Who put this here?'],
      '? * {A} {obj.look} {obj} again, slower this time. {A.Their} hands won\'t stop shaking.',
      '? * {B}, {B.who}, watches from the doorway. Too calm.',
      '? B: (cold) You weren\'t supposed to see that.',
      '? A: (afraid) Who else has seen this?',
      '? X> (cold) Put it back. Now.',
    ],
    confront: [
      [
        ['A: (angry) You knew about {obj}. Don\'t lie to me.', 'B: (cold) Some questions get people hurt, {A}.'],
        ['A: (angry) Start talking, {B.call}. What do you know about {obj}?', 'B: (cold) You should have left it where you found it.'],
      ],
      '? A: (angry) {you_did_it}. Why?',
      '? B: (cold) Yes, {I_did_it}. You still don\'t know why.',
      '? B: (cold) So {you_did}. Now what?',
      '? A: (desperate) Then give me one answer. Just one.',
      '? B: (smug) You always did read too much into things.',
      '? * {B} glances at the door, then back at {obj}.',
      '? B: (afraid) Not here. They\'re listening.',
      '? B: (cold) Meet me {next}. Come alone.',
    ],
    confide: [
      [
        ['C: (surprised) Slow down. What did you find?', 'A: (afraid) {I_found}. And {B} already knew.'],
        ['C: (surprised) You look like you\'ve seen a ghost. What happened?', 'A: (afraid) {Obj}. {B} knew about it before I did.'],
        ['C: (surprised) Slow down. What did you find?', 'A: (afraid) {Obj}. {B} knew about it before I did.'],
      ],
      '? A: (afraid) {about_it}. And I think it was only the beginning.',
      '? C: Then we go to the police.',
      '? A: (desperate) And tell them what? Nobody will believe me.',
      '? C: (tender) Whatever this is, you\'re not alone.',
      '? * {C} studies {obj.detail} a beat too long.',
      '? C> I checked. {B} lied about where {B.they} was that night.',
    ],
    search: [
      [
        ['* {A} searches until {A.they} finds it, hidden where no one would look: {obj2}.', 'A: (surprised) {Obj2}? Why would this be here?'],
        ['* At the back of a locked drawer, {A} finds {obj2}.', 'A: (shocked) Someone hid this on purpose. This was no accident.'],
      ],
      '? ~ (cold) Every answer {A} found opened another door.',
      '? B> (cold) Stop digging, {A}.',
      '? * A floorboard creaks. {A} freezes.',
      '? A: (afraid) Someone has been planning this for {years}.',
    ],
    pressure: [
      [
        ['B> (cold) Last warning. Leave it alone.', 'A: (angry) Or what?'],
        ['X> (cold) I know what you found. Stop looking.', 'A: (cold) Not until I know the truth.'],
      ],
      '? * A door slams somewhere behind {A}.',
      '? C> (afraid) Where are you? Someone was asking about you.',
      '? ~ (afraid) Someone was always one step ahead.',
    ],
    reveal: [
      ['? A: (desperate) Tell me the truth. All of it.', '? A: (cold) It all comes back to {obj}. Tell me why.'],
      '? ~ (cold) The truth had been waiting {here} all along.',
      '? * {A} lays {obj} down where everyone can see it.',
    ],
    end: [
      '? * The lights flicker.',
      '? A: (afraid) If that\'s true, then who have I been talking to?',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C}, the friend {A} trusted most, planted {obj}.', beats: ['? C: (cold) You should have let it go, {A}.', ['!C: (smug) Who do you think put {obj} there?', '!C: (smug) I put it there, {A}.'], '? A: (shocked) {C}? It was you?']},
    {summary: '{A} is the one behind {obj} and has no memory of it.', beats: ['? B: (sad) You really don\'t remember, do you?', ['!B: (sad) You did this, {A}. {Obj} was you.', '!B: (sad) It was you, {A}. Always you.'], '? A: (shocked) That\'s impossible.']},
    {summary: '{B} is {A}\'s {B|mother|father}, a secret kept from {A.them} all {A.their} life.', beats: ['? B: (sad) Look at {obj.detail}. Look closely.', '!B: (sad) I\'m your {B|mother|father}, {A}.', '? A: (shocked) My... what?'], avoidKin: {B: ['parent', 'child', 'sibling', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
    {summary: '{B} died {years} ago; whoever {A} has been talking to is not {B}.', beats: ['? C: (afraid) {A}, who have you been talking to?', ['!C: (afraid) {B} died {years} ago. I was at the funeral.', '!C: (afraid) {B} died {years} ago.'], '? A: (shocked) Then who was that?']},
  ],
  cliffhangers: [
    {beats: ['? * {A}\'s phone buzzes. Unknown number.', ['!X> (cold) You found the first one. Keep looking.', '!X> (cold) Keep looking.']], card: 'How many are there?'},
    {beats: [['!* {A}\'s phone lights up. A photo of {A.them}, taken one minute ago.', '!* A photo arrives. Of {A}. One minute old.']], card: 'Who is watching?'},
    {beats: [['!C: (afraid) {A}... the police are here. They\'re asking for you.', '!C: (afraid) The police are here.']], avoid: ['ally-betrays'], card: 'Why do the police want {A}?'},
    {beats: ['? * {B} slides something across the table.', ['!B: (cold) There\'s another {obj.noun}, {A}. And this one has your name on it.', '!B: (cold) There\'s another one, {A}.']], card: 'What does the second one say?'},
  ],
};
