/**
 * The few sentences the program itself writes for a series (arc turns, the recap label, the finale's resolution), in
 * the languages the offline writer writes. Any other language gets English labels: the LLM writes its own.
 */
export interface SeriesWords {
  episode: (n: number) => string;
  previously: string;
  /** Turns for the episodes between the first and the finale, used in order and then again. */
  middleTurns: ((lead: string, rival: string, ally: string) => string)[];
  firstTurn: (lead: string) => string;
  finaleTurn: (lead: string, rival: string) => string;
  mainThread: (lead: string) => string;
  escalation: (lead: string) => string;
  resolution: (lead: string, rival: string) => string;
  openThreads: (lead: string, rival: string, ally: string) => string[];
  /** The lead's last words in the finale, to the rival: the main thread resolved. */
  resolutionLine: (rival: string) => string;
  /**
   * Lines for a hook (the lead's), a twist (the rival's) or a cliffhanger (the rival's) that an earlier episode
   * already said: the episode says one of these instead, the first its series has not said yet.
   */
  fresh: Record<'hook' | 'twist' | 'cliffhanger', ((lead: string, rival: string) => string)[]>;
  /** The series' title from the lead's calling ("night-shift nurse"). */
  seriesTitle: (calling: string) => string;
}

const EN: SeriesWords = {
  episode: (n) => `Episode ${n}`,
  previously: 'Previously:',
  firstTurn: (lead) => `${lead} finds the first sign that something is wrong, and cannot let it go.`,
  middleTurns: [
    (lead, rival) => `${lead} starts to dig, and ${rival} notices.`,
    (lead, _rival, ally) => `A secret about ${ally} comes out and changes whose side anyone is on.`,
    (lead, rival, ally) => `${lead} has to choose between ${ally} and the truth about ${rival}.`,
    (lead) => `Everything ${lead} believed turns against them.`,
    (lead, rival) => `${rival} strikes first, and ${lead} loses the one thing that kept them safe.`,
  ],
  finaleTurn: (lead, rival) => `${lead} confronts ${rival}, and the whole truth comes out.`,
  mainThread: (lead) => `Who is behind it, and will ${lead} make them answer for it?`,
  escalation: (lead) =>
    `Every episode costs ${lead} more: first trust, then allies, then safety, until only the truth is left.`,
  resolution: (lead, rival) => `${lead} knows the whole truth now, and ${rival} has to answer for it.`,
  openThreads: (lead, rival, ally) => [`What is ${rival} hiding?`, `Can ${lead} still trust ${ally}?`],
  // One breath: a longer last line holds the screen past the gate's four seconds.
  resolutionLine: (rival) => `It's over, ${rival}. I know everything now.`,
  fresh: {
    hook: [
      (_lead, rival) => `I can't stop now, ${rival}. Not after last night.`,
      (_lead, rival) => `You lied to me twice, ${rival}. Not a third time.`,
      (_lead, rival) => `I went back, ${rival}. I saw what you left behind.`,
      (_lead, rival) => `Tonight you tell me the rest, ${rival}.`,
    ],
    twist: [
      (lead) => `It was never about you, ${lead}. It was about what you would find.`,
      (lead) => `You still don't see it, ${lead}. I was never the one you should fear.`,
      (lead) => `Someone paid me to keep you close, ${lead}.`,
      (lead) => `Everything you found, ${lead}, I put there for you.`,
    ],
    cliffhanger: [
      (lead) => `It isn't over, ${lead}. Someone else knows.`,
      (lead) => `Check your phone, ${lead}. They found you first.`,
      (lead) => `You have until morning, ${lead}. Then it's too late.`,
      (lead) => `Don't trust the next person who says your name, ${lead}.`,
    ],
  },
  seriesTitle: (calling) => `The ${calling.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase())}`,
};

const ES: SeriesWords = {
  episode: (n) => `Episodio ${n}`,
  previously: 'Anteriormente:',
  firstTurn: (lead) => `${lead} encuentra la primera señal de que algo va mal y no puede dejarlo pasar.`,
  middleTurns: [
    (lead, rival) => `${lead} empieza a investigar, y ${rival} se da cuenta.`,
    (_lead, _rival, ally) => `Sale a la luz un secreto de ${ally} que lo cambia todo.`,
    (lead, rival, ally) => `${lead} tiene que elegir entre ${ally} y la verdad sobre ${rival}.`,
    (lead) => `Todo lo que ${lead} creía se vuelve en su contra.`,
    (lead, rival) => `${rival} ataca primero, y ${lead} pierde lo único que la protegía.`,
  ],
  finaleTurn: (lead, rival) => `${lead} se enfrenta a ${rival}, y sale toda la verdad.`,
  mainThread: (lead) => `¿Quién está detrás de todo, y lo pagará ante ${lead}?`,
  escalation: (lead) =>
    `Cada episodio le cuesta más a ${lead}: primero la confianza, luego los aliados, luego la seguridad.`,
  resolution: (lead, rival) => `${lead} ya sabe toda la verdad, y ${rival} tendrá que responder por ello.`,
  openThreads: (lead, rival, ally) => [`¿Qué esconde ${rival}?`, `¿Puede ${lead} seguir confiando en ${ally}?`],
  resolutionLine: (rival) => `Se acabó, ${rival}. Ya lo sé todo.`,
  fresh: {
    hook: [
      (_lead, rival) => `No puedo parar ahora, ${rival}. No después de anoche.`,
      (_lead, rival) => `Me mentiste dos veces, ${rival}. No habrá una tercera.`,
      (_lead, rival) => `Volví, ${rival}. Vi lo que dejaste atrás.`,
      (_lead, rival) => `Esta noche me cuentas el resto, ${rival}.`,
    ],
    twist: [
      (lead) => `Nunca se trató de ti, ${lead}. Se trataba de lo que ibas a encontrar.`,
      (lead) => `Sigues sin verlo, ${lead}. Yo nunca fui a quien debías temer.`,
      (lead) => `Alguien me pagó para tenerte cerca, ${lead}.`,
      (lead) => `Todo lo que encontraste, ${lead}, lo puse yo ahí.`,
    ],
    cliffhanger: [
      (lead) => `Esto no ha terminado, ${lead}. Alguien más lo sabe.`,
      (lead) => `Mira tu teléfono, ${lead}. Te encontraron primero.`,
      (lead) => `Tienes hasta el amanecer, ${lead}. Luego será tarde.`,
      (lead) => `No confíes en el próximo que diga tu nombre, ${lead}.`,
    ],
  },
  seriesTitle: (calling) => calling.charAt(0).toUpperCase() + calling.slice(1),
};

export function seriesWords(language: string): SeriesWords {
  return language.split('-')[0] === 'es' ? ES : EN;
}
