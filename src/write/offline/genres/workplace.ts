/** Workplace: credit, power and the meeting where careers end. */
import type {GenreBook} from './types';

export const workplace: GenreBook = {
  genre: 'workplace',
  moods: ['tension', 'triumph', 'comedy'],
  keywords: {boss: 4, ceo: 4, office: 4, job: 3, promotion: 4, promoted: 4, fired: 4, fires: 4, hired: 3, hires: 3, intern: 3, assistant: 3, coworker: 3, colleague: 3, company: 3, startup: 3, board: 3, meeting: 2, interview: 3, salary: 3, career: 3, credit: 2, email: 2, layoffs: 4, resign: 3, quits: 3, shareholders: 3, deal: 2, client: 2, manager: 3, jefe: 4, oficina: 4, empresa: 3, patron: 4, bureau: 3, chef: 2, büro: 4, firma: 3, chefe: 4, escritório: 4, 老板: 4, 公司: 4, 上司: 4, 会社: 4, начальник: 4, офис: 4},
  signature: ['job', 'boss', 'office', 'board', 'company', 'fired', 'career'],
  counterparts: ['boss', 'ceo', 'coworker'],
  allies: ['assistant', 'coworker', 'lawyer'],
  counterpartTitle: 'rival',
  allyTitle: 'colleague',
  objects: ['laptop', 'contract', 'chart', 'video'],
  places: ['office', 'boardroom', 'elevator', 'office-roof', 'bar', 'parking-garage'],
  titles: ['Nine to Five at {org}', 'Reply All, {B}', 'The {Obj.noun} on {B}\'s Desk', '{A} Gets the Corner Office', 'Fired by Friday', 'The Board Meets at Nine'],
  hooks: [
    'I did everyone\'s job at {org}. Today they took mine.',
    'My boss stole my work. So I stole something back.',
    'One email ended my career. One {obj.noun} can end {B}\'s.',
    'At {org}, you climb or you fall. I was about to be pushed.',
  ],
  loglines: [
    'and the board meets in the morning.',
    'but {B} controls the company and everyone in it.',
    'and {obj} could end a career: {B}\'s or {A}\'s.',
  ],
  patterns: [
    ['confront', 'confide', 'search'],
    ['pressure', 'search', 'confide'],
    ['confide', 'confront', 'pressure'],
  ],
  scenes: {
    open: [
      [
        '~ (cold) At {org}, you climb or you fall. {A} was about to be pushed.',
        '~ (cold) {A} did everyone\'s job at {org}. Today {A.they} found out why.',
        '~ (cold) Eight years at {org}. One meeting to end it.',
        '~ (cold) One meeting. One career.',
      ],
      [
        ['B: (smug) Great work, {A}. I\'ll take it from here.', '? A: (cold) That\'s my work. My name should be on it.', '? B: (smug) Names are for people who matter.'],
        ['B: (cold) We need to talk about {obj}. Privately.', '? A: (cold) Then talk.'],
        ['B: (smug) Read the fine print, {A}.', '? A: (cold) I wrote the fine print.'],
      ],
      '? * {B} walks off with {obj}. The whole floor pretends not to see.',
      '? C> (afraid) Did {B} just do that in front of everyone?',
    ],
    confront: [
      [
        ['A: (angry) I know what you did with {obj}, {B.call}.', 'B: (cold) Careful. People who make accusations here don\'t last.', '? A: (cold) Neither do people who commit fraud.'],
        ['A: (angry) You stole my work, {B.call}. Every page of it.', 'B: (smug) Prove it. Oh wait, you can\'t.', '? A: (cold) Watch me.'],
      ],
      '? A: (angry) {you_did_it}. In front of the whole company.',
      '? B: (smug) Yes, {I_did_it}. It\'s called business.',
      '? B: (cold) So {you_did}. Do you want a medal?',
      '? * {B} straightens {B.their} jacket and smiles for the glass wall.',
      '? B: (smug) The board meets at nine. Don\'t embarrass yourself.',
    ],
    confide: [
      [
        ['C: (afraid) If you go to the board, they\'ll fire you first.', 'A: (cold) Then I\'d better not miss.'],
        ['C: (afraid) Are you trying to lose your job?', 'A: (cold) I already lost it. I just haven\'t been told yet.'],
      ],
      '? C: (surprised) Wait. You have proof?',
      '? A: (cold) {I_found}. And I kept copies.',
      '? A: It\'s all connected to {obj}. All of it.',
      '? A: (cold) {about_it}. So I\'m done being polite.',
      '? C: I\'ll cover for you. But hurry.',
      '? C> Security is asking about you. Be careful.',
    ],
    search: [
      [
        ['* After hours, {A} searches {B}\'s desk. Taped underneath: {obj2}.', 'A: (shocked) {B.call}, what have you been hiding?'],
        ['* In {B}\'s locked drawer, {A} finds {obj2}.', 'A: (shocked) This company is rotten from the top.'],
      ],
      '? ~ (cold) The office empties at six. The secrets come out at seven.',
      '? * Footsteps in the corridor. Someone is coming.',
      '? B> (cold) Working late, {A}?',
    ],
    pressure: [
      [
        ['B: (cold) Resign today, and {obj} stays buried.', 'A: (cold) I\'m not resigning. And I\'m not afraid of you.'],
        ['B> (cold) Conference room. Now.', 'A: (cold) On my way. I\'m bringing {obj}.'],
      ],
      '? B: (smug) Everyone is replaceable, {A}. Even you.',
      '? * {B} slides a resignation letter across the table, already typed.',
      '? C> (afraid) They\'ve locked your account. Get out of there.',
    ],
    reveal: [
      ['? A: (cold) Before you vote, there\'s something the board should see.', '? A: (cold) One more item on the agenda, {B.call}.'],
      '? * Twelve faces turn. {B} stops smiling.',
      '? B: (angry) Security! Get {A.them} out of here.',
    ],
    end: [
      '? A: (smug) Meeting adjourned.',
      '? * {A} picks up {A.their} badge and leaves it on the table.',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C}, {A}\'s only ally at work, has been reporting to {B} all along.', beats: ['? C: (cold) I\'m sorry. I have rent too.', ['!C: (smug) Who do you think told {B} about {obj}?', '!C: (smug) I told {B} everything.'], '? A: (shocked) You?']},
    {summary: '{A} quietly bought {B}\'s shares and now owns the company.', beats: ['? B: (smug) You\'re finished here.', ['!A: (smug) I bought your shares this morning, {B.call}. You work for me now.', '!A: (smug) I own your shares now, {B.call}.'], '? B: (shocked) That\'s impossible.']},
    {summary: '{B} is being framed too, by someone in the room.', beats: ['? B: (desperate) Look at {obj.detail}. Look at the time.', ['!B: (desperate) It wasn\'t me. Someone used my login. Someone in this room.', '!B: (desperate) Someone in this room framed me.'], '? A: (shocked) Then who?']},
    {summary: '{B} is {A}\'s {B|mother|father} and came to the company to be near {A.them}.', beats: ['? B: (sad) You never asked why I came to work here.', ['!B: (sad) I came for you. I\'m your {B|mother|father}, {A}.', '!B: (sad) I\'m your {B|mother|father}, {A}.'], '? A: (shocked) What?'], avoidKin: {B: ['parent', 'child', 'sibling', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
  ],
  cliffhangers: [
    {beats: [['!B: (cold) You just started a war you can\'t win.', '!B: (cold) This is war, {A}.']], card: 'Who wins the war?'},
    {beats: ['? * Every phone in the office buzzes at once.', ['!X> (cold) You\'re fired. Security is on the way.', '!X> (cold) You\'re fired.']], card: 'Who fired {A}?'},
    {beats: [['!C: (afraid) {A}... the files are gone. Someone wiped everything.', '!C: (afraid) The files are gone.']], avoid: ['ally-betrays'], card: 'Who wiped the files?'},
    {beats: ['!B: (smug) Check your bank account, {A}.'], card: 'What did {B} do?'},
  ],
};
