/** Misterio en español: algo que no debería existir y una pregunta cada vez más peligrosa. */
import type {GenreText} from '../types';

export const mystery: GenreText = {
  signature: ['verdad', 'quién', 'secreto', 'sabías', 'encontrado', 'por qué'],
  titles: ['Quien dejó {obj}', 'Lo que encontró {A}', 'Nadie envió {obj}', '{A} nunca estuvo aquí', '{obj|Una segunda|Un segundo} {obj.noun}', 'Noche en {org}'],
  hooks: [
    '{A} encontró {obj}. No debería existir.',
    'Nadie sabe quién dejó {obj}. Yo creo que sí.',
    '{Obj} sabía mi nombre antes que yo.',
    'Alguien quería que encontrara esto.',
  ],
  loglines: [
    'pero todas las respuestas apuntan a alguien en quien {A} confía.',
    'y la única persona con respuestas es {B}.',
    'y {obj} es solo la primera pista que alguien dejó para {A}.',
  ],
  scenes: {
    open: [
      [
        '~ (cold) Nada {here} había asustado nunca a {A}. Hasta esta noche.',
        '~ (cold) Hasta esta noche, nada asustaba a {A}.',
        '~ (cold) Todo el mundo {here} tiene un secreto. {A} acaba de encontrar uno.',
        '~ (afraid) Era una noche normal. Hasta que {A} miró {obj}.',
      ],
      ['A: (shocked) Esto no es posible. ¿Quién puso {obj} aquí?', 'A: (afraid) No. No, esto no puede ser.', 'A: (shocked) ¿Quién dejó esto aquí?'],
      '? * {A} {obj.look} {obj} otra vez, más despacio. Le tiemblan las manos.',
      '? * {B} observa a {A} desde la puerta. Demasiado {B|tranquila|tranquilo}.',
      '? B: (cold) No tenías que ver eso.',
      '? A: (afraid) ¿Quién más lo ha visto?',
      '? X> (cold) Déjalo donde estaba. Ahora.',
    ],
    confront: [
      [
        ['A: (angry) Sabías lo de {obj}. No me mientas.', 'B: (cold) Hay preguntas que hacen daño, {A}.'],
        ['A: (angry) Habla, {B.call}. ¿Qué sabes de {obj}?', 'B: (cold) Deberías haber{obj|la|lo} dejado donde estaba.'],
      ],
      '? A: (desperate) Entonces dame una respuesta. Solo una.',
      '? B: (smug) Siempre le has dado demasiadas vueltas a todo.',
      '? * {B} mira hacia la puerta y luego vuelve a mirar {obj}.',
      '? B: (afraid) Aquí no. Nos están escuchando.',
      '? B: (cold) Nos vemos {next}. Ven {A|sola|solo}.',
    ],
    confide: [
      [
        ['C: (surprised) {A|Tranquila|Tranquilo}. ¿Qué has encontrado?', 'A: (afraid) {Obj}. Y {B} ya lo sabía.'],
        ['C: (surprised) Parece que hayas visto un fantasma. ¿Qué ha pasado?', 'A: (afraid) {Obj}. {B} lo sabía antes que yo.'],
      ],
      '? C: Entonces vamos a la policía.',
      '? A: (desperate) ¿Y qué les digo? Nadie me va a creer.',
      '? C: (tender) Sea lo que sea, no estás {A|sola|solo}.',
      '? * {C} se queda mirando {obj.detail} demasiado tiempo.',
      '? C> Lo he comprobado. {B} mintió sobre dónde estuvo esa noche.',
    ],
    search: [
      [
        ['* {A} busca hasta que {obj2|la|lo} encuentra, donde nadie miraría: {obj2}.', 'A: (surprised) ¿{Obj2}? ¿Qué hace esto aquí?'],
        ['* Al fondo de un cajón cerrado con llave, {A} encuentra {obj2}.', 'A: (shocked) Alguien lo escondió a propósito. Esto no fue un accidente.'],
      ],
      '? ~ (cold) Cada respuesta que encontraba {A} abría otra puerta.',
      '? B> (cold) Deja de remover el pasado, {A}.',
      '? * Cruje el suelo. {A} se queda {A|helada|helado}.',
      '? A: (afraid) Alguien lleva {years} planeando esto.',
    ],
    pressure: [
      [
        ['B> (cold) Último aviso. Déjalo estar.', 'A: (angry) ¿O qué?'],
        ['X> (cold) Sé lo que encontraste. Deja de buscar.', 'A: (cold) No hasta saber la verdad.'],
      ],
      '? * Un portazo, en algún lugar detrás de {A}.',
      '? C> (afraid) ¿Dónde estás? Alguien ha preguntado por ti.',
      '? ~ (afraid) Alguien iba siempre un paso por delante.',
    ],
    reveal: [
      ['? A: (desperate) Dime la verdad. Toda.', '? A: (cold) Todo vuelve a {obj}. Dime por qué.'],
      '? ~ (cold) La verdad llevaba todo este tiempo esperando {here}.',
      '? * {A} deja {obj} donde todos puedan ver{obj|la|lo}.',
    ],
    end: [
      '? * Las luces parpadean.',
      '? A: (afraid) Si eso es verdad, ¿con quién he estado hablando?',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C}, la persona en quien más confiaba {A}, puso {obj} ahí.', beats: ['? C: (cold) Tenías que haberlo dejado, {A}.', ['!C: (smug) ¿Quién crees que puso {obj} ahí?', '!C: (smug) Yo {obj|la|lo} puse ahí, {A}.'], '? A: (shocked) ¿{C}? ¿Fuiste tú?']},
    {summary: '{A} está detrás de {obj} y no lo recuerda.', beats: ['? B: (sad) De verdad no te acuerdas, ¿no?', ['!B: (sad) Fuiste tú, {A}. {Obj} fue cosa tuya.', '!B: (sad) Fuiste tú, {A}. Siempre tú.'], '? A: (shocked) Eso es imposible.']},
    {summary: '{B} es {B|la madre|el padre} de {A}, un secreto que le ocultaron toda la vida.', beats: ['? B: (sad) Mira {obj.detail}. Fíjate bien.', '!B: (sad) Soy tu {B|madre|padre}, {A}.', '? A: (shocked) ¿Mi... qué?'], avoidKin: {B: ['parent', 'child', 'sibling', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
    {summary: '{B} murió hace {years}; con quien ha estado hablando {A} no es {B}.', beats: ['? C: (afraid) {A}, ¿con quién has estado hablando?', ['!C: (afraid) {B} murió hace {years}. Yo estuve en el funeral.', '!C: (afraid) {B} murió hace {years}.'], '? A: (shocked) Entonces, ¿quién era?']},
  ],
  cliffhangers: [
    {beats: ['? * El teléfono de {A} vibra. Número desconocido.', ['!X> (cold) Encontraste la primera. Sigue buscando.', '!X> (cold) Sigue buscando.']], card: '¿Cuántas hay?'},
    {beats: [['!* El teléfono de {A} se ilumina. Una foto de {A}, tomada hace un minuto.', '!* Llega una foto. De {A}. De hace un minuto.']], card: '¿Quién está mirando?'},
    {beats: [['!C: (afraid) {A}... ha venido la policía. Preguntan por ti.', '!C: (afraid) Ha venido la policía.']], avoid: ['ally-betrays'], card: '¿Por qué busca la policía a {A}?'},
    {beats: ['? * {B} desliza algo sobre la mesa.', ['!B: (cold) Hay {obj|otra|otro} {obj.noun}, {A}. Y en {obj|esta|este} aparece tu nombre.', '!B: (cold) Hay {obj|otra|otro}, {A}.']], card: '¿Qué dice {obj|la segunda|el segundo}?'},
  ],
};
