/** Familia en español: sangre, herencias y lo único que nadie en la mesa puede decir. */
import type {GenreText} from '../types';

export const family: GenreText = {
  signature: ['familia', 'sangre', 'madre', 'padre', 'casa', 'nací'],
  titles: ['{obj|La|El} {obj.noun} de la familia', 'No es mi familia', '{A} volvió a casa', 'Lo que {B} nunca dijo', 'Sangre y secretos'],
  hooks: [
    'Toda familia tiene un secreto. El nuestro estaba en {obj}.',
    'Volví a casa una noche. Fue una noche de más.',
    'Mi familia me mintió durante {years}.',
    '{Obj} cambió quién es mi familia.',
  ],
  loglines: [
    'y la verdad sobre {obj} podría destrozar a la familia.',
    'pero {B} lleva {years} guardándole un secreto a {A}.',
    'y ahora {A} tiene que decidir si la sangre vale más que la verdad.',
  ],
  scenes: {
    open: [
      [
        '~ (sad) Toda familia tiene un secreto. El nuestro estaba en {obj}.',
        '~ (sad) {A} volvió a casa.',
        '~ (sad) {A} volvió a casa para una sola noche. Fue una noche de más.',
        '~ (cold) En esta familia nunca se habla de {A}. Esta noche, {A} ha venido a hablar.',
      ],
      [
        ['B: (cold) No deberías haber vuelto, {A}.', '? A: (sad) También es mi familia. O lo era.'],
        ['B: (surprised) {A}. Nadie me dijo que venías.', '? A: (cold) A mí nunca me cuenta nadie nada.'],
        ['B: (cold) Has vuelto. ¿Por qué?', '? A: (sad) Porque alguien tiene que decir la verdad.'],
      ],
      '? * Sobre la mesa: {obj}. Nadie {obj|la|lo} toca.',
      '? B: (cold) Intenta no estropearlo todo esta vez.',
      '? * {A} mira viejas fotos de familia. No aparece en ninguna.',
    ],
    confront: [
      [
        ['A: (angry) Me ocultaste {obj}. Durante {years}.', 'B: (sad) Te estaba protegiendo.', '? A: (angry) ¿De qué? ¿De mi propia familia?', '? B: (cold) De la verdad. La verdad rompe a la gente.'],
        ['A: (angry) ¿Por qué escondiste {obj}, {B.call}?', 'B: (cold) Hay cosas que una familia no dice en voz alta.', '? A: (angry) Pues yo lo voy a decir. En voz alta.'],
      ],
      '? * {B} se da la vuelta, con la mandíbula apretada.',
      '? A: (desperate) Ya no soy {A|una niña|un niño}. Dímelo.',
      '? B: (sad) Hice una promesa. Antes de que nacieras.',
    ],
    confide: [
      [
        ['C: (surprised) ¿Encontraste {obj}? Creía que ya no existía.', 'A: (shocked) ¿Lo sabías?', '? C: (sad) Lo sabía todo el mundo. Todo el mundo menos tú.'],
        ['C: (afraid) ¿De dónde has sacado {obj}? Guárda{obj|la|lo}.', 'A: (shocked) ¿Lo sabías?', '? C: (sad) Lo sabía todo el mundo. Todo el mundo menos tú.'],
      ],
      '? C: (afraid) Si {B} se entera de que lo tienes tú, no me lo perdonará nunca.',
      '? * {C} mira hacia la puerta antes de decir nada más.',
      '? C: (tender) Diga lo que diga, para mí sigues siendo familia.',
    ],
    search: [
      [
        ['* {A} abre una caja que nadie debía encontrar. Dentro: {obj2}.', 'A: (shocked) Tiene la fecha del año en que nací.'],
        ['* Detrás de las viejas fotos de familia, {A} encuentra {obj2}.', 'A: (shocked) Lo escondieron durante {years}.'],
      ],
      '? ~ (sad) Hay familias construidas sobre el amor. Y otras, sobre el silencio.',
      '? B> (cold) Déjalo donde lo encontraste.',
      '? A: (sad) ¿Quién eres, {B.call}? ¿Quiénes sois todos?',
    ],
    pressure: [
      [
        ['B: (cold) Firma los papeles y esto queda en familia.', 'A: (angry) ¿Esta familia? ¿Qué parte fue mía alguna vez?'],
        ['B: (cold) Vete esta noche y olvidaremos lo que has encontrado.', 'A: (angry) ¿Olvidar? ¿Quieres que olvide mi propia sangre?'],
      ],
      '? C> (afraid) No aceptes nada. Todavía no.',
      '? * {A} mira a {B} como a {B|una desconocida|un desconocido}.',
      '? B: (sad) Tu {A|madre|padre} lo habría querido así.',
    ],
    reveal: [
      ['? A: (desperate) Te lo pregunto por última vez. ¿Quién soy yo para ti?', '? A: (desperate) Se acabaron los secretos. En esta familia, no.'],
      '? B: (sad) Siéntate, {A}.',
      '? * En algún sitio, un reloj. Nadie se mueve.',
    ],
    end: [
      '? * {A} aprieta {obj} contra el pecho.',
      '? A: (sad) Ya ni sé cómo llamarte.',
    ],
  },
  twists: [
    {summary: '{B} es {B|la verdadera madre|el verdadero padre} de {A}.', beats: ['? B: (sad) Debí decírtelo el día que naciste.', '!B: (sad) Soy tu {B|verdadera madre|verdadero padre}, {A}.', '? A: (shocked) ¿Todo este tiempo?'], avoidKin: {B: ['parent', 'child', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
    {summary: 'A {A} se {A|la|lo} llevaron de bebé; esta familia no es la suya de sangre.', beats: ['? B: (sad) Te quisimos. Eso sí fue verdad.', '!B: (desperate) No eres nuestr{A|a|o}, {A}. Te llevamos.', '? A: (shocked) ¿Me llevasteis? ¿De dónde?'], avoidKin: {B: ['child']}},
    {tag: 'ally-betrays', summary: '{C} escondió {obj} durante {years} para separar a la familia.', beats: ['? C: (cold) No tenías que encontrar{obj|la|lo}. Nunca.', ['!C: (smug) ¿Quién crees que escondió {obj} todos estos años? Yo.', '!C: (smug) {obj|La|Lo} escondí yo. Todos estos años.'], '? A: (shocked) {C}... ¿por qué?']},
    {summary: '{C} es {C|la verdadera madre|el verdadero padre} de {A} y siempre estuvo cerca.', beats: ['? B: (sad) Tu {C|verdadera madre|verdadero padre} nunca se fue, {A}.', '!B: (sad) Es {C}. Siempre fue {C}.', '? A: (shocked) ¿{C}?'], avoidKin: {C: ['parent', 'child', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'C'},
  ],
  cliffhangers: [
    {beats: ['? * El teléfono de {A} se ilumina.', ['!X> (sad) Sé quién eres en realidad. Nos vemos. A solas.', '!X> (sad) Sé quién eres.']], card: '¿Quién lo envió?'},
    {beats: [['!C: (afraid) Hay {obj|otra|otro} {obj.noun}. Y nombra a otra persona.', '!C: (afraid) Hay {obj|otra|otro}.']], avoid: ['ally-betrays'], card: '¿Qué nombre aparece?'},
    {beats: [['!A: (cold) Está bien. Os seguiré el juego. Pero no como pensáis.', '!A: (cold) Está bien. Os seguiré el juego.']], card: '¿Qué está tramando {A}?'},
    {beats: [['!B: (desperate) Por favor. No se lo digas a los demás. Acabaría con esta familia.', '!B: (desperate) Por favor. No se lo digas.']], card: '¿Se lo contará {A}?'},
  ],
};
