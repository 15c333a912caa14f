/**
 * What kind of thing the premise's object is decides what a line can do with it: a letter is read, a parrot is
 * fed, a cup final is waited for, a heartbeat is heard. A line never puts down a cup final or reads a parrot.
 */
export type ObjectKind = 'message' | 'creature' | 'event' | 'sound' | 'food' | 'vehicle' | 'abstract' | 'thing';

const KINDS: [ObjectKind, RegExp][] = [
  [
    'message',
    /\b(letters?|notes?|diar(y|ies)|journals?|messages?|texts?|emails?|orders?|photos?|photographs?|pictures?|repl(y|ies)|cards?|postcards?|charts?|lists?|logbooks?|maps?|invitations?|receipts?|posters?|signs?|wills?|contracts?|files?|reports?|reviews?|recipes?|voicemails?|tapes?|videos?|notebooks?|designs?|drawings?|cartas?|notas?|diarios?|mensajes?|fotos?|listas?|recetas?|libros?|dibujos?)$/i,
  ],
  [
    'creature',
    /\b(dogs?|cats?|parrots?|birds?|rabbits?|hamsters?|goats?|llamas?|horses?|fish|goldfish|pupp(y|ies)|kittens?|snakes?|perros?|gatos?|loros?|conejos?)$/i,
  ],
  [
    'event',
    /\b(dating|finals?|contests?|battles?|competitions?|tests?|exams?|drives?|reunions?|part(y|ies)|weddings?|games?|match(es)?|races?|shows?|nights?|interviews?|dates?|trials?|concerts?|tournaments?|calls?|deliver(y|ies)|concursos?|bodas?|fiestas?|exámenes|examen|partidos?|carreras?)$/i,
  ],
  // Too big for a hand: a truck is circled and guarded, never grabbed.
  [
    'vehicle',
    /\b(trucks?|food trucks?|cars?|vans?|buses|bus|boats?|ships?|planes?|trains?|bikes?|motorcycles?|tractors?|camiones?|coches?|barcos?)$/i,
  ],
  // Nothing a hand can hold: a rent is raised, a family is kept, a secret is told; never put down or wiped.
  [
    'abstract',
    /\b(rent|debts?|famil(y|ies)|secrets?|truth|lies?|plans?|promises?|deals?|bets?|dreams?|past|future|life|lives|luck|jobs?|affairs?|marriages?|divorces?|inheritance|fortune|money|salary|reputation|identity|name|rumou?rs?|scandals?|debt|loans?|mortgage|custody|career|relationship|engagement|alibi|feelings?|memor(y|ies)|renta|familia|secreto|verdad|mentira|vida|dinero|herencia)$/i,
  ],
  ['sound', /\b(heartbeats?|voices?|noises?|sounds?|songs?|laughs?|screams?|latidos?|voz|ruidos?)$/i],
  [
    'food',
    /\b(cakes?|slices?|pies?|pizzas?|cookies?|sauces?|bread|soups?|pastel(es)?|tartas?|galletas?|mermeladas?)$/i,
  ],
];

export function objectKind(noun: string): ObjectKind {
  return KINDS.find(([, pattern]) => pattern.test(noun.trim()))?.[0] ?? 'thing';
}

/** A kind that a hand can hold up to the camera. */
export const holdable = (kind: ObjectKind) => kind === 'message' || kind === 'thing' || kind === 'food';
