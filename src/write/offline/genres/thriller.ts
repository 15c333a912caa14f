/** Thriller: a threat with a clock on it, and nobody the protagonist can trust. */
import type {GenreBook} from './types';

export const thriller: GenreBook = {
  genre: 'thriller',
  moods: ['tension', 'mystery'],
  keywords: {thriller: 5, kill: 4, killer: 5, kills: 4, killed: 3, murder: 2, danger: 4, dangerous: 3, run: 2, runs: 2, hide: 2, hiding: 3, chase: 4, chased: 4, kidnapped: 5, kidnaps: 5, hostage: 5, bomb: 5, stalker: 5, stalked: 5, watching: 3, follows: 3, followed: 3, gun: 4, escape: 4, escapes: 4, trapped: 4, threat: 4, threatens: 4, blackmail: 3, blackmails: 3, 'unknown number': 4, spy: 4, agent: 3, hacker: 3, deadline: 3, countdown: 4, midnight: 2, asesino: 5, peligro: 4, secuestro: 5, tueur: 5, mörder: 5, gefahr: 4, assassino: 5, perigo: 4, 杀手: 5, 危险: 4, 殺人: 5, убийца: 5, опасность: 4},
  signature: ['run', 'police', 'minutes', 'watching', 'alone', 'dead'],
  counterparts: ['stranger', 'killer', 'neighbor', 'driver'],
  allies: ['cop', 'friend', 'sister'],
  counterpartTitle: 'watcher in the dark',
  allyTitle: 'ally',
  objects: ['phone', 'key', 'box', 'video', 'gun'],
  places: ['parking-garage', 'street', 'car', 'warehouse', 'forest', 'station', 'hotel'],
  titles: ['Don\'t Answer, {A}', 'Ten Minutes to Midnight', 'Whoever Has the {Obj.noun}', 'Someone at {org}', 'Run, {A}', 'The Last Call'],
  hooks: [
    'I had one rule: never answer unknown numbers. Tonight I answered.',
    'Someone has been watching me for weeks. Tonight they stopped hiding.',
    'I have ten minutes. After that, someone dies.',
    'Whoever has the {obj.noun} is next.',
  ],
  loglines: [
    'and someone will kill to get {obj} back.',
    'and {A} has until midnight to find out who {B} really is.',
    'but the only person {A} can trust may be the one hunting {A.them}.',
  ],
  patterns: [
    ['confront', 'pressure', 'confide'],
    ['pressure', 'search', 'confront'],
    ['confide', 'confront', 'search'],
  ],
  scenes: {
    open: [
      [
        '~ (afraid) {A} had one rule: never answer unknown numbers. Tonight, {A.they} answered.',
        '~ (afraid) Someone has been watching {A} for weeks. Tonight, they stop hiding.',
        '~ (cold) {A} has ten minutes. After that, someone dies.',
        '~ (afraid) Ten minutes. Then someone dies.',
      ],
      ['A: (afraid) Who\'s there? I know someone\'s there.', 'A: (afraid) Hello? Who is this?'],
      '? B> (cold) Don\'t scream. Don\'t call anyone. Just look up.',
      '? * {A} looks up. Someone is standing very still, watching.',
      '? A: (afraid) What do you want from me?',
      '? B> (cold) {Obj}. You have until midnight.',
    ],
    confront: [
      [
        ['B: (cold) You have something of mine, {A}.', 'A: (afraid) I don\'t know what you\'re talking about.', '? B: (cold) {Obj}. Don\'t make me ask twice.'],
        ['B: (cold) Hello, {A}. Don\'t run. You\'ll only get tired.', 'A: (afraid) Stay away from me.'],
      ],
      '? * {B} steps into the light. {A} knows that face.',
      '? A: (shocked) You. I\'ve seen you before.',
      '? A: (afraid) {you_did_it}. Why me?',
      '? B: (cold) Yes, {I_did_it}. And I\'m not finished.',
      '? B: (smug) Call the police. See how fast they take your side.',
      '? B: (cold) So {you_did}. That was your first mistake.',
    ],
    confide: [
      [
        ['C: (afraid) {A}, listen to me. Whatever you do, don\'t go home.', 'A: (desperate) Then where do I go? {B} knows everything about me.'],
        ['C: (afraid) Where are you? Are you safe?', 'A: (desperate) I don\'t know. I don\'t know who to trust.'],
      ],
      '? C: (cold) Somewhere without cameras. And leave your phone.',
      '? A: (afraid) {I_did}. Now someone wants me dead.',
      '? A: (afraid) {about_it}. And now {B.they} won\'t stop.',
      '? C: (cold) Who else knows you have {obj}?',
      '? A: (afraid) Nobody. I swear. Nobody.',
    ],
    search: [
      [
        ['* {A} finds {obj2} where {B} hid it, taped under a drawer.', 'A: (shocked) This isn\'t the first time. There were others.'],
        ['* In the glovebox of {B}\'s car: {obj2}.', 'A: (afraid) {B} has done this before.'],
      ],
      '? ~ (afraid) Every step {A} took, someone had already taken.',
      '? B> (cold) Looking for something?',
      '? * A floorboard creaks behind {A}.',
    ],
    pressure: [
      [
        ['B> (cold) Ten minutes. Come alone. Bring {obj}.', 'A: (desperate) Okay. Okay. I\'m coming.'],
        ['B> (cold) Come alone, or {C} pays for it.', 'A: (afraid) Don\'t hurt {C.them}. I\'ll come.'],
      ],
      '? * {A} runs. Behind {A.them}, headlights switch on.',
      '? C> (afraid) Where are you? Answer me!',
      '? ~ (afraid) Nine minutes. Eight.',
    ],
    reveal: [
      ['? A: (desperate) I brought it. Now end this.', '? A: (desperate) I\'m here. Alone. Like you said.'],
      '? * {A} holds out {obj}. {A.Their} hands are shaking.',
      '? B: (cold) Good. Now put it down and step back.',
    ],
    end: [
      '? * Somewhere below, a car engine starts.',
      '? A: (afraid) This isn\'t over, is it?',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C} hired {B}; the only ally was behind it all along.', beats: ['? B: (smug) You still don\'t get it.', '!B: (smug) Ask {C} who hired me.', '? A: (shocked) {C}?']},
    {summary: '{B} was protecting {A} from the real threat all along.', beats: ['? B: (desperate) Listen to me. We don\'t have time.', ['!B: (desperate) I\'m not the one hunting you. I\'m the one keeping you alive.', '!B: (desperate) I\'m the one keeping you alive.'], '? A: (shocked) Then who is hunting me?']},
    {summary: '{A} hired {B} and has no memory of doing it.', beats: ['? B: (cold) Look at {obj.detail}.', ['!B: (cold) You really don\'t remember? You hired me, {A}.', '!B: (cold) You hired me, {A}.'], '? A: (shocked) No. That\'s not possible.']},
    {summary: '{Obj} was a tracker; {B} let {A} carry it to lead {B.them} here.', beats: ['? B: (smug) You did exactly what I needed.', ['!B: (smug) {Obj} was never the prize. It was the tracker.', '!B: (smug) {Obj} was the tracker.'], '? A: (shocked) You followed me here.']},
  ],
  cliffhangers: [
    {beats: ['? * The lights go out.', '!B: (cold) Now we do this my way.'], card: 'What happens in the dark?'},
    {beats: ['!X> (cold) Wrong choice. Check on {C}.'], avoid: ['ally-betrays'], card: 'Is {C} still alive?'},
    {beats: ['? * Sirens. Blue lights flood the room.', '!A: (afraid) They think I did it.'], card: 'Can {A} prove it?'},
    {beats: [['!* Behind {A}, something moves in the dark. Then a voice says {A.their} name.', '!* A voice in the dark says {A}\'s name.']], card: 'Who knows {A}\'s name?'},
  ],
};
