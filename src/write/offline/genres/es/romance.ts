/** Romance en español: el corazón atrapado entre lo que quiere y lo que acaba de descubrir. */
import type {GenreText} from '../types';

export const romance: GenreText = {
  signature: ['amor', 'corazón', 'beso', 'boda', 'enamorado', 'enamorada', 'siempre'],
  titles: ['{obj|La|El} {obj.noun} que guardó {A}', 'No te enamores de {B}', 'Quiéreme dos veces, {B}', '{A} y {B}: antes del sí', 'Todo menos {B}'],
  hooks: [
    'Juré que nunca volvería a enamorarme de {B}.',
    '{Obj}. Dos corazones. Cero verdad.',
    '{B|Ella|Él} no debía estar aquí. Y {obj} tampoco.',
    'Iba a decir que sí. Entonces vi {obj}.',
  ],
  loglines: [
    'pero {B} esconde algo que podría romperle el corazón dos veces.',
    'y ahora {A} tiene que elegir entre {B} y todo lo que creía saber del amor.',
    'pero la verdad sobre {obj} decidirá a quién ama {A}.',
  ],
  scenes: {
    open: [
      [
        '~ (tender) {A} ya no creía en el amor. Entonces {B} volvió a entrar por esa puerta.',
        '~ (sad) {A} se lo juró: nunca más.',
        '~ (sad) Algunas historias de amor empiezan con un beso. Esta empezó con {obj}.',
        '~ (cold) {Years} sin pronunciar el nombre de {B}. Esta noche, {A} tendrá que hacerlo.',
      ],
      [
        ['A: (surprised) ¿{B.call}? ¿Qué haces {B.here}?', '? B: (tender) Podría preguntarte lo mismo.'],
        ['A: (shocked) No. Tú no. Esta noche no.', '? B: (tender) Hola, {A}. No has cambiado nada.'],
        ['B: (tender) {A}. Todavía guardas {obj}.', '? A: (cold) No te hagas ilusiones.'],
      ],
      '? * {B} ve {obj} en la mano de {A} y se queda inmóvil.',
      '? A: (cold) No me mires así. Perdiste ese derecho.',
      '? B: (desperate) Cinco minutos, {A}. Solo te pido eso.',
    ],
    confront: [
      [
        ['A: (angry) Dime la verdad sobre {obj}.', 'B: (desperate) Iba a contártelo. Te lo juro.', '? A: (cold) ¿Cuándo? ¿Después de enamorarme de ti?'],
        ['A: (angry) ¿De dónde ha salido {obj}, {B.call}?', 'B: (sad) No tenías que encontrar{obj|la|lo} así.', '? A: (cold) ¿Y cómo, entonces? ¿Cuando ya fuera tarde?'],
      ],
      '? * {A} deja {obj} sobre la mesa, entre los dos.',
      '? B: (tender) Cada palabra que te dije era verdad.',
      '? A: (sad) Entonces, ¿por qué siento que no te conozco?',
      '? B: (tender) Nos vemos {next}. Deja que te lo explique todo.',
    ],
    confide: [
      [
        ['C: (surprised) Espera. ¿Sigues {A|enamorada|enamorado} de {B}?', 'A: (sad) No lo sé. Mi corazón no me escucha.'],
        ['C: (surprised) Dime que esto no va otra vez de {B}.', 'A: (sad) Ojalá pudiera. Mi corazón no me escucha.'],
      ],
      '? C: (cold) Entonces tienes que ver esto.',
      '? * {C} gira su teléfono. Una foto de {B} con otra persona.',
      '? A: (angry) A ti nunca te ha caído bien {B}.',
      '? C: (tender) Lo que nunca me ha gustado es verte sufrir. No es lo mismo.',
      '? B> (tender) No dejo de pensar en ti. ¿Esta noche?',
    ],
    search: [
      [
        ['* {A} abre el cajón de {B}. Debajo de la ropa: {obj2}.', 'A: (shocked) ¿Por qué guardaría {B} esto?'],
        ['* En el bolsillo del abrigo de {B}, {A} encuentra {obj2}.', 'A: (shocked) {B.call}, ¿qué has hecho?'],
      ],
      '? ~ (sad) Toda historia de amor tiene una página arrancada.',
      '? B> (tender) ¿Dónde estás? Voy para allá.',
      '? A> (cold) No vengas.',
      '? A: (afraid) Si esto es verdad, cada beso fue mentira.',
    ],
    pressure: [
      [
        ['C> (afraid) Todos te están esperando. Empieza en diez minutos.', 'A: (desperate) No puedo. Con {B} no. Esta noche no.'],
        ['B> (desperate) Diez minutos. Si no vienes, lo entenderé.', 'A: (desperate) ¿Cómo se elige entre el corazón y la verdad?'],
      ],
      '? * La música suena cerca. {A} no se mueve.',
      '? B> (tender) Antes de creer nada, deja que te lo explique.',
      '? A: (cold) Diez minutos. Es todo lo que tengo para decidir.',
      '? ~ (sad) Una decisión. Dos corazones. Ningún camino de vuelta.',
    ],
    reveal: [
      ['? A: (desperate) Basta de mentiras, {B.call}. Cuéntamelo todo.', '? A: (desperate) Mírame y dime la verdad. Toda.'],
      '? B: (sad) Me vas a odiar.',
      '? * {B} le quita {obj} de las manos a {A}, con cuidado.',
    ],
    end: [
      '? * Viento. Silencio. {A} oye su propio corazón.',
      '? A: (sad) Yo quería un para siempre contigo.',
    ],
  },
  twists: [
    {summary: 'A {B} le pagaron para que {A} se enamorara.', beats: ['? B: (sad) Nuestro primer encuentro no fue casualidad.', ['!B: (desperate) Me pagaron para que te enamoraras de mí.', '!B: (sad) Me pagaron para quererte.'], '? A: (shocked) ¿Te pagaron? ¿Quién?']},
    {tag: 'ally-other', summary: '{B} le dio {obj} a {C} primero; {C} siempre fue la otra persona.', beats: ['? C: (cold) De verdad no lo sabes, ¿no?', ['!C: (smug) ¿{Obj}? {B} me {obj|la|lo} dio a mí primero.', '!C: (smug) A mí me {obj|la|lo} dio primero.'], '? A: (shocked) {C}... ¿desde cuándo?']},
    {summary: '{B} ha mentido sobre quién es; hasta su nombre es falso.', beats: ['? B: (sad) Hay algo que debí decirte el primer día.', '!B: (desperate) No me llamo {B}. Nunca me he llamado así.', '? A: (shocked) Entonces, ¿a quién he estado besando?']},
    {summary: '{B} ya está {B|casada|casado}.', beats: ['? * El teléfono de {B} se ilumina sobre la mesa. Una palabra en la pantalla: {B|Marido|Esposa}.', ['!B: (desperate) Estoy {B|casada|casado}, {A}. Lo siento mucho.', '!B: (desperate) Estoy {B|casada|casado}, {A}.'], '? A: (shocked) Y dejaste que me enamorara igual.'], avoidKin: {B: ['spouse']}},
    {tag: 'ally-loves', summary: '{C}, quien advirtió a {A}, siempre {A|la|lo} ha querido.', beats: ['? C: (sad) ¿Por qué crees que odiaba tanto a {B}?', ['!C: (tender) Llevo {years} {C|enamorada|enamorado} de ti.', '!C: (tender) Siempre te he querido, {A}.'], '? A: (shocked) {C}... ¿por qué ahora?']},
  ],
  cliffhangers: [
    {beats: ['? * {B} se acerca. Demasiado.', ['!B: (tender) Dime que me vaya y me iré. Solo dilo.', '!B: (tender) Solo dilo, {A}.']], card: '¿Lo dirá {A}?'},
    {beats: ['? * El teléfono de {A} se ilumina. Número desconocido.', ['!X> (cold) Si quieres a {B}, esta noche te irás.', '!X> (cold) Vete. Esta noche.']], card: '¿Quién lo envió?'},
    {beats: [['!A: (tender) Entonces bésame como si fuera la última vez.', '!A: (tender) Bésame. Ahora.']], card: '¿Será la última vez?'},
    {beats: ['? B: (sad) Hay una cosa más.', ['!B: (desperate) {C} lo sabe. Y viene hacia aquí.', '!B: (desperate) {C} lo sabe. Ya viene.']], avoid: ['ally-other', 'ally-loves'], card: '¿Qué hará {C}?'},
    {beats: ['? * {A} se guarda {obj} y se va.', ['!B: (desperate) ¡{A}! Si te vas ahora, nunca sabrás el resto.', '!B: (desperate) ¡{A}, espera! Hay más.']], card: '¿Cuál es el resto?'},
  ],
};
