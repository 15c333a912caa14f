/** Venganza en español: alguien se lo quitó todo, y ha vuelto a cobrárselo. */
import type {GenreText} from '../types';

export const revenge: GenreText = {
  signature: ['venganza', 'pagar', 'todo', 'quitaste', 'ruina', 'traición'],
  titles: ['{B} lo pagará', 'El regreso de {A}', 'Todo lo que {B} le quitó', 'Sonríe a la cámara, {B}', '{A} ha vuelto a cobrar'],
  hooks: [
    '{B} me lo quitó todo. Esta noche lo recupero.',
    'Se rieron cuando caí. Esta noche nadie se ríe.',
    'Le sonreí a {B} durante {years}. Estaba contando.',
    'La venganza se sirve mejor en una fiesta.',
  ],
  loglines: [
    'y esta noche {A} hará que {B} lo pague todo.',
    'pero vengarse de {B} le costará a {A} más de lo que pensaba.',
    'y {obj} es el arma que {A} lleva {years} esperando usar.',
  ],
  scenes: {
    open: [
      [
        '~ (cold) Hace {years}, {B} se lo quitó todo a {A}.',
        '~ (cold) {B} se lo quitó todo.',
        '~ (cold) Todos creen que {A} ha venido a celebrar. Ha venido a cobrar.',
        '~ (cold) Se rieron cuando {A} cayó. Esta noche, {A} se levanta.',
      ],
      [
        ['B: (smug) Mira quién ha vuelto arrastrándose. ¿Vienes a suplicar, {A}?', '? A: (cold) No. Vengo a mirar.'],
        ['B: (smug) ¿{A}? Creía que te habías ido de la ciudad, {A|muerta|muerto} de vergüenza.', '? A: (cold) Me fui. Ahora he vuelto.'],
        ['B: (smug) Mira quién ha vuelto.', '? A: (cold) ¿Me echabas de menos?'],
      ],
      '? * {A} levanta una copa y sonríe a nadie.',
      '? ~ (cold) {B} no reconoce la mirada de {A}. Todavía no.',
      '? B: (cold) Seguridad te acompañará a la salida.',
      '? A: (smug) Que lo intenten. Estoy en la lista de invitados.',
    ],
    confront: [
      [
        ['A: (cold) ¿Te acuerdas de {obj}, {B.call}? {obj|La|Lo} guardé.', 'B: (afraid) No te atreverías.', '? A: (smug) Tú me enseñaste a atreverme.'],
        ['A: (cold) Deberías haber destruido {obj}, {B.call}.', 'B: (angry) ¿De dónde has sacado eso?', '? A: (smug) Del mismo sitio donde {obj|la|lo} escondiste.'],
      ],
      '? * {A} desliza {obj} sobre la mesa.',
      '? B: (angry) Nadie te va a creer.',
      '? A: (cold) No necesitan creerme. Solo tienen que verlo.',
      '? B: (desperate) Dime tu precio.',
      '? A: (cold) Todo lo que me quitaste. Con intereses.',
    ],
    confide: [
      [
        ['C: (afraid) Cuando hagamos esto, no habrá vuelta atrás.', 'A: (cold) Nunca hubo vuelta atrás. No desde {B}.'],
        ['C: (afraid) ¿Estás {A|segura|seguro}? ¿De verdad?', 'A: (cold) Llevo {years} {A|segura|seguro}.'],
      ],
      '? C: Todo está listo. Un mensaje y le llega a todo el mundo.',
      '? C: (sad) La venganza no te devolverá esos años.',
      '? A: (cold) No. Pero le quitará los suyos a {B}.',
      '? * {C} le da {obj2} a {A}. {A} {obj2|la|lo} guarda sin decir nada.',
    ],
    search: [
      [
        ['* {A} lo extiende todo: {obj}, {obj2} y una foto de {B}.', 'A: (cold) Cada mentira de {B} dejó un recibo.'],
        ['* En la pared: fotos de {B}, fechas, hilo rojo. En el centro, {obj}.', 'A: (cold) {B} cree que lo tapó todo. Se le olvidó una cosa.'],
      ],
      '? ~ (cold) La venganza es paciente. {A} también.',
      '? B> (smug) ¿Sigues {A|enfadada|enfadado}? Ven esta noche. Estará todo el mundo.',
      '? A> (cold) No me lo perdería.',
    ],
    pressure: [
      [
        ['B> (angry) Sé lo que estás tramando. Para, o te hundo.', 'A: (smug) Ya me hundiste. Ese es el problema.'],
        ['B: (angry) Vete ahora, {A}, o te entierro.', 'A: (cold) No puedes enterrar lo que ya mataste.'],
      ],
      '? C> (afraid) {B} lo sabe. ¿Paramos?',
      '? A> (cold) Ni hablar.',
      '? * {A} mira la hora. Tres minutos.',
    ],
    reveal: [
      ['? A: (cold) Esta noche todos van a saber quién eres de verdad, {B.call}.', '? A: (cold) Sonríe, {B.call}. Todo el mundo está mirando.'],
      '? * Todos los teléfonos de la sala vibran a la vez.',
      '? B: (shocked) ¡Apágalo! ¡Apágalo!',
    ],
    end: [
      '? A: (smug) Ahora ya sabes lo que se siente.',
      '? * {A} se va sin mirar atrás.',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C}, cómplice de {A}, siempre trabajó para {B}.', beats: ['? C: (cold) Lo siento, {A}. De verdad.', ['!C: (smug) ¿De verdad creías que estaba de tu lado?', '!C: (smug) Nunca estuve de tu lado.'], '? A: (shocked) ¿Me vendiste a {B}?']},
    {summary: 'A {B} también le tendieron una trampa; {C} les engañó a los dos.', beats: ['? B: (desperate) Escúchame. Mira {obj.detail}.', ['!B: (desperate) ¡No fui yo, {A}! ¡{C} nos tendió una trampa a los dos!', '!B: (desperate) ¡Fue {C}! ¡Nos engañó a los dos!'], '? A: (shocked) ¿{C}?']},
    {summary: '{B} quería que {A} sacara {obj} a la luz.', beats: ['? B: (smug) ¿Crees que has ganado?', ['!B: (smug) Necesitaba que trajeras {obj} aquí. Gracias.', '!B: (smug) {obj|La|Lo} has traído. Justo como planeé.'], '? A: (shocked) Lo habías planeado.']},
    {summary: '{B} es {B|la verdadera madre|el verdadero padre} de {A}.', beats: ['? B: (sad) Húndeme si quieres. Pero sabe a quién hundes.', '!B: (sad) Soy tu {B|madre|padre}, {A}.', '? A: (shocked) Mientes.'], avoidKin: {B: ['parent', 'child', 'sibling', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
  ],
  cliffhangers: [
    {beats: [['!B: (cold) ¿Crees que esto se ha acabado? Acabo de empezar.', '!B: (cold) Acabo de empezar.']], card: '¿Quién ataca ahora?'},
    {beats: ['? * Sirenas fuera. Cada vez más cerca.', ['!C: (afraid) No vienen por {B}. Vienen por ti.', '!C: (afraid) Vienen por ti.']], avoid: ['ally-betrays'], card: '¿Por qué vienen a por {A}?'},
    {beats: [['!X> (cold) Bonito espectáculo. Ahora me toca a mí.', '!X> (cold) Me toca.']], card: '¿Quién lo envió?'},
    {beats: ['? * {A} tacha un nombre de una lista.', '!A: (smug) Uno menos. Queda otro.'], card: '¿Quién es el siguiente de la lista?'},
  ],
};
