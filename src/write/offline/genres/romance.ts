/** Romance: a heart caught between what it wants and what it just found out. */
import type {GenreBook} from './types';

export const romance: GenreBook = {
  genre: 'romance',
  moods: ['romance', 'sad', 'tension'],
  keywords: {love: 3, loves: 3, 'in love': 3, romance: 3, wedding: 3, bride: 3, groom: 3, marry: 3, marries: 3, married: 1, proposal: 3, proposes: 3, kiss: 3, kisses: 3, date: 2, dating: 2, crush: 3, heart: 2, fiancé: 3, fiance: 3, ex: 2, boyfriend: 2, girlfriend: 2, soulmate: 3, 'first love': 3, 'falls for': 3, billionaire: 1, 'fake relationship': 3, contract: 1, amor: 3, boda: 3, amour: 3, mariage: 3, liebe: 3, hochzeit: 3, 爱: 3, 婚礼: 3, 恋: 3, любовь: 3},
  signature: ['love', 'heart', 'kiss', 'marry', 'wedding', 'feelings', 'forever'],
  counterparts: ['ex', 'billionaire', 'stranger', 'fiance'],
  allies: ['friend', 'sister'],
  counterpartTitle: 'love interest',
  allyTitle: 'best friend',
  objects: ['ring', 'letter', 'necklace', 'photo'],
  places: ['restaurant', 'rooftop', 'cafe', 'hotel', 'wedding', 'bar', 'park'],
  titles: ['The {Obj.noun} {A} Kept', 'Don\'t Fall for {B}', 'Love Me Twice, {B}', 'The Wrong {Obj.noun}', '{A} & {B}: Before the Vows', 'Everything but {B}'],
  hooks: [
    'I swore I would never fall for {B} again.',
    'One {obj.noun}. Two hearts. Zero honesty.',
    '{B|She|He} wasn\'t supposed to be here. Neither was the {obj.noun}.',
    'I was ready to say yes. Then I saw the {obj.noun}.',
  ],
  loglines: [
    'but {B} is hiding something that could break {A.their} heart twice.',
    'and now {A} must choose between {B} and everything {A.they} thought {A.they} knew about love.',
    'but the truth about {obj} will decide who {A} loves.',
  ],
  patterns: [
    ['confront', 'confide', 'pressure'],
    ['confide', 'search', 'confront'],
    ['pressure', 'confront', 'confide'],
  ],
  scenes: {
    open: [
      [
        '~ (tender) {A} had stopped believing in love. Then {B} walked back in.',
        '~ (sad) {A} swore: never again.',
        '~ (sad) Some love stories start with a kiss. This one started with {obj}.',
        '~ (cold) {Years}. {A} never said {B}\'s name out loud. Tonight {A.they} has to.',
      ],
      [
        ['A: (surprised) {B.call}? What are you doing {B.here}?', '? B: (tender) I could ask you the same thing.'],
        ['A: (shocked) No. Not you. Not tonight.', '? B: (tender) Hello, {A}. You haven\'t changed.'],
        ['B: (tender) {A}. You kept {obj}.', '? A: (cold) Don\'t read anything into it.'],
      ],
      '? * {B} notices {obj} in {A}\'s hand and goes very still.',
      '? A: (cold) Don\'t look at me like that. You lost that right.',
      '? B: (desperate) Five minutes, {A}. That\'s all I\'m asking.',
    ],
    confront: [
      [
        ['A: (angry) Tell me the truth about {obj}.', 'B: (desperate) I was going to tell you. I swear I was.', '? A: (cold) When? After I fell in love with you?'],
        ['A: (angry) Where did {obj} come from, {B.call}?', 'B: (sad) You weren\'t supposed to find it. Not like this.', '? A: (cold) Then how? When it was too late?'],
      ],
      '? A: (sad) {you_did_it}. And you still want me to trust you?',
      '? B: (desperate) Yes, {I_did_it}. But not for the reason you think.',
      '? B: (cold) So {you_did}. And you still came to me first.',
      '? * {A} puts {obj} on the table between them.',
      '? B: (tender) Every word I said to you was real.',
      '? A: (sad) Then why does it feel like I don\'t know you?',
      '? B: (tender) Meet me {next}. Let me explain everything.',
    ],
    confide: [
      [
        ['C: (surprised) Wait. You\'re still in love with {B}?', 'A: (sad) {I_did}. And I still can\'t stop thinking about {B.them}.'],
        ['C: (surprised) Tell me this isn\'t about {B} again.', 'A: (sad) I wish I could. My heart won\'t listen.'],
        ['C: (surprised) Wait. You\'re still in love with {B}?', 'A: (sad) I don\'t know anymore. My heart won\'t listen.'],
      ],
      '? A: (sad) {about_it}. And I still love {B.them}. What is wrong with me?',
      '? C: (cold) Then you need to see this.',
      '? * {C} turns {C.their} phone around. A photo of {B} with someone else.',
      '? A: (angry) You\'ve never liked {B}.',
      '? C: (tender) I\'ve never liked seeing you hurt. There\'s a difference.',
      '? B> (tender) Can\'t stop thinking about you. Tonight?',
    ],
    search: [
      [
        ['* {A} opens {B}\'s drawer. Under the shirts: {obj2}.', 'A: (shocked) Why would {B} keep this?'],
        ['* In {B}\'s coat pocket, {A} finds {obj2}.', 'A: (shocked) {B.call}, what did you do?'],
      ],
      '? ~ (sad) Every love story has a page someone tore out.',
      '? B> (tender) Where are you? I\'m coming over.',
      '? A> (cold) Don\'t.',
      '? A: (afraid) If this is true, then every kiss was a lie.',
    ],
    pressure: [
      [
        ['C> (afraid) Everyone\'s waiting for you. It starts in ten minutes.', 'A: (desperate) I can\'t do this. Not with {B}. Not tonight.'],
        ['B> (desperate) Ten minutes. If you don\'t come, I\'ll know.', 'A: (desperate) How do you choose between your heart and the truth?'],
      ],
      '? * Music swells somewhere close. {A} doesn\'t move.',
      '? B> (tender) Whatever you heard, let me explain first.',
      '? A: (cold) Ten minutes. That\'s all the time I have to decide.',
      '? ~ (sad) One choice. Two hearts. No way back.',
    ],
    reveal: [
      ['? A: (desperate) No more lies, {B.call}. Tell me everything.', '? A: (desperate) Look at me and tell me the truth. All of it.'],
      '? B: (sad) You\'re going to hate me.',
      '? * {B} takes {obj} from {A}\'s hands, gently.',
    ],
    end: [
      '? * Wind. Silence. {A} can hear {A.their} own heart.',
      '? A: (sad) I wanted forever with you.',
    ],
  },
  twists: [
    {summary: '{B} was paid to make {A} fall in love with {B.them}.', beats: ['? B: (sad) Our first meeting wasn\'t an accident.', ['!B: (desperate) I was paid to make you fall in love with me.', '!B: (sad) Someone paid me to love you.'], '? A: (shocked) Paid? By who?']},
    {tag: 'ally-other', summary: '{B} gave {obj} to {C} first; {C} has been the other {C|woman|man} all along.', beats: ['? C: (cold) You really don\'t know, do you?', '!C: (smug) {Obj}? {B} gave it to me first.', '? A: (shocked) {C}... how long?']},
    {summary: '{B} has been lying about who {B.they} is; even the name is fake.', beats: ['? B: (sad) There\'s something I should have told you on day one.', '!B: (desperate) My name isn\'t {B}. It never was.', '? A: (shocked) Then who have I been kissing?']},
    {summary: '{B} is already married.', beats: ['? * {B}\'s phone lights up on the table. One word on the screen: {B|Husband|Wife}.', ['!B: (desperate) I\'m already married, {A}. I\'m so sorry.', '!B: (desperate) I\'m already married, {A}.'], '? A: (shocked) You let me fall for you anyway.'], avoidKin: {B: ['spouse']}},
    {tag: 'ally-loves', summary: '{C}, the friend who warned {A}, has loved {A.them} all along.', beats: ['? C: (sad) Why do you think I hated {B} so much?', ['!C: (tender) I\'ve been in love with you for {years}.', '!C: (tender) I\'ve always loved you, {A}.'], '? A: (shocked) {C}... why now?']},
  ],
  cliffhangers: [
    {beats: ['? * {B} steps closer. Too close.', ['!B: (tender) Tell me to leave, and I will. Just say it.', '!B: (tender) Just say it, {A}.']], card: 'Will {A} say it?'},
    {beats: ['? * {A}\'s phone lights up. Unknown number.', ['!X> (cold) If you love {B}, you\'ll walk away tonight.', '!X> (cold) Walk away. Tonight.']], card: 'Who sent it?'},
    {beats: [['!A: (tender) Then kiss me like it\'s the last time.', '!A: (tender) Kiss me. Now.']], card: 'Is it the last time?'},
    {beats: ['? B: (sad) There\'s one more thing.', ['!B: (desperate) {C} knows. And {C.they}\'s on {C.their} way here.', '!B: (desperate) {C} knows. {C.They}\'s coming.']], avoid: ['ally-other', 'ally-loves'], card: 'What will {C} do?'},
    {beats: ['? * {A} slips {obj} into {A.their} pocket and walks away.', ['!B: (desperate) {A}! If you walk out now, you\'ll never know the rest.', '!B: (desperate) {A}, wait! There\'s more.']], card: 'What is the rest?'},
  ],
};
