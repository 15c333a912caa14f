/** Thriller en español: una amenaza con reloj, y nadie de quien fiarse. */
import type {GenreText} from '../types';

export const thriller: GenreText = {
  signature: ['corre', 'policía', 'minutos', 'mirando', 'sola', 'solo', 'muerto'],
  titles: ['No contestes, {A}', 'Diez minutos para la medianoche', 'Quien tenga {obj}', 'Alguien en {org}', 'Corre, {A}', 'La última llamada'],
  hooks: [
    'Tenía una norma: nunca contestar a números desconocidos. Esta noche contesté.',
    'Alguien lleva semanas vigilándome. Esta noche ha dejado de esconderse.',
    'Tengo diez minutos. Después, alguien muere.',
    'Quien tenga {obj} es el siguiente.',
  ],
  loglines: [
    'y alguien está dispuesto a matar para recuperar {obj}.',
    'y {A} tiene hasta medianoche para descubrir quién es {B} en realidad.',
    'pero la única persona en quien {A} confía podría ser quien {A|la|lo} persigue.',
  ],
  scenes: {
    open: [
      [
        '~ (afraid) {A} tenía una norma: nunca contestar a números desconocidos. Esta noche, contestó.',
        '~ (afraid) Alguien lleva semanas vigilando a {A}. Esta noche deja de esconderse.',
        '~ (cold) {A} tiene diez minutos. Después, alguien muere.',
        '~ (afraid) Diez minutos. Después, alguien muere.',
      ],
      ['A: (afraid) ¿Quién anda ahí? Sé que hay alguien.', 'A: (afraid) ¿Diga? ¿Quién es?'],
      '? B> (cold) No grites. No llames a nadie. Mira hacia arriba.',
      '? * {A} levanta la vista. Alguien está muy quieto, mirando.',
      '? A: (afraid) ¿Qué quieres de mí?',
      '? B> (cold) {Obj}. Tienes hasta medianoche.',
    ],
    confront: [
      [
        ['B: (cold) Tienes algo que es mío, {A}.', 'A: (afraid) No sé de qué me hablas.', '? B: (cold) {Obj}. No me hagas pedírtel{obj|a|o} dos veces.'],
        ['B: (cold) Hola, {A}. No corras. Solo conseguirás cansarte.', 'A: (afraid) Aléjate de mí.'],
      ],
      '? * {B} sale a la luz. {A} conoce esa cara.',
      '? A: (shocked) Tú. Yo te he visto antes.',
      '? B: (smug) Llama a la policía. A ver de qué lado se ponen.',
    ],
    confide: [
      [
        ['C: (afraid) {A}, escúchame. Hagas lo que hagas, no vuelvas a casa.', 'A: (desperate) ¿Y adónde voy? {B} lo sabe todo de mí.'],
        ['C: (afraid) ¿Dónde estás? ¿Estás a salvo?', 'A: (desperate) No lo sé. No sé de quién fiarme.'],
      ],
      '? C: (cold) A algún sitio sin cámaras. Y deja el teléfono.',
      '? C: (cold) ¿Quién más sabe que tienes {obj}?',
      '? A: (afraid) Nadie. Te lo juro. Nadie.',
    ],
    search: [
      [
        ['* {A} encuentra {obj2} donde {B} {obj2|la|lo} escondió, pegad{obj2|a|o} bajo un cajón.', 'A: (shocked) No es la primera vez. Hubo otros.'],
        ['* En la guantera del coche de {B}: {obj2}.', 'A: (afraid) {B} ya ha hecho esto antes.'],
      ],
      '? ~ (afraid) Cada paso que daba {A}, alguien ya lo había dado antes.',
      '? B> (cold) ¿Buscas algo?',
      '? * Cruje el suelo detrás de {A}.',
    ],
    pressure: [
      [
        ['B> (cold) Diez minutos. Ven {A|sola|solo}. Trae {obj}.', 'A: (desperate) Vale. Vale. Ya voy.'],
        ['B> (cold) Ven {A|sola|solo}, o {C} lo pagará.', 'A: (afraid) No le hagas daño. Ya voy.'],
      ],
      '? * {A} corre. Detrás, se encienden unos faros.',
      '? C> (afraid) ¿Dónde estás? ¡Contesta!',
      '? ~ (afraid) Nueve minutos. Ocho.',
    ],
    reveal: [
      ['? A: (desperate) Lo he traído. Ahora acaba con esto.', '? A: (desperate) Aquí estoy. {A|Sola|Solo}. Como dijiste.'],
      '? * {A} tiende {obj}. Le tiemblan las manos.',
      '? B: (cold) Bien. Ahora déja{obj|la|lo} en el suelo y apártate.',
    ],
    end: [
      '? * Abajo, arranca el motor de un coche.',
      '? A: (afraid) Esto no ha terminado, ¿verdad?',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C} contrató a {B}; quien parecía su aliado estaba detrás de todo.', beats: ['? B: (smug) Sigues sin entenderlo.', '!B: (smug) Pregúntale a {C} quién me contrató.', '? A: (shocked) ¿{C}?']},
    {summary: '{B} estaba protegiendo a {A} de la verdadera amenaza.', beats: ['? B: (desperate) Escúchame. No hay tiempo.', ['!B: (desperate) No soy quien te persigue. Soy quien te mantiene con vida.', '!B: (desperate) Soy quien te mantiene con vida.'], '? A: (shocked) Entonces, ¿quién me persigue?']},
    {summary: '{A} contrató a {B} y no recuerda haberlo hecho.', beats: ['? B: (cold) Mira {obj.detail}.', ['!B: (cold) ¿De verdad no te acuerdas? Me contrataste tú, {A}.', '!B: (cold) Me contrataste tú, {A}.'], '? A: (shocked) No. Eso no es posible.']},
    {summary: '{Obj} era un localizador; {B} dejó que {A} {obj|la|lo} llevara para llegar hasta aquí.', beats: ['? B: (smug) Hiciste exactamente lo que necesitaba.', ['!B: (smug) {Obj} nunca fue el premio. Era el localizador.', '!B: (smug) {Obj} era el localizador.'], '? A: (shocked) Me has seguido hasta aquí.']},
  ],
  cliffhangers: [
    {beats: ['? * Se apagan las luces.', '!B: (cold) Ahora lo hacemos a mi manera.'], card: '¿Qué pasará en la oscuridad?'},
    {beats: ['!X> (cold) Mala elección. Ve a ver cómo está {C}.'], avoid: ['ally-betrays'], card: '¿Sigue {C} con vida?'},
    {beats: ['? * Sirenas. Luces azules inundan la habitación.', '!A: (afraid) Creen que he sido yo.'], card: '¿Podrá {A} demostrarlo?'},
    {beats: [['!* Detrás de {A}, algo se mueve en la oscuridad. Luego, una voz dice su nombre.', '!* Una voz en la oscuridad dice el nombre de {A}.']], card: '¿Quién sabe su nombre?'},
  ],
};
