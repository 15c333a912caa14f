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
};

export function seriesWords(language: string): SeriesWords {
  return language.split('-')[0] === 'es' ? ES : EN;
}
