/** Oficina en español: méritos, poder y la reunión donde terminan las carreras. */
import type {GenreText} from '../types';

export const workplace: GenreText = {
  signature: ['trabajo', 'empresa', 'junta', 'despido', 'carrera', 'oficina'],
  titles: ['De nueve a cinco en {org}', 'Responder a todos, {B}', '{obj|La|El} {obj.noun} de la mesa de {B}', '{A} se queda con el despacho', 'Despedida el viernes', 'La junta es a las nueve'],
  hooks: [
    'Hice el trabajo de todos en {org}. Hoy me quitaron el mío.',
    'Mi jefe me robó el trabajo. Así que yo le robé algo a él.',
    'Un correo acabó con mi carrera. {Obj} puede acabar con la de {B}.',
    'En {org}, o subes o caes. A mí estaban a punto de empujarme.',
  ],
  loglines: [
    'y la junta se reúne por la mañana.',
    'pero {B} controla la empresa y a todos los que trabajan en ella.',
    'y {obj} podría acabar con una carrera: la de {B} o la de {A}.',
  ],
  scenes: {
    open: [
      [
        '~ (cold) En {org}, o subes o caes. A {A} estaban a punto de empujar{A|la|lo}.',
        '~ (cold) {A} hacía el trabajo de todos en {org}. Hoy ha descubierto por qué.',
        '~ (cold) Ocho años en {org}. Una reunión para acabar con todo.',
        '~ (cold) Una reunión. Una carrera.',
      ],
      [
        ['B: (smug) Buen trabajo, {A}. A partir de aquí me encargo yo.', '? A: (cold) Es mi trabajo. Debería llevar mi nombre.', '? B: (smug) Los nombres son para la gente que importa.'],
        ['B: (cold) Tenemos que hablar de {obj}. En privado.', '? A: (cold) Pues habla.'],
        ['B: (smug) Lee la letra pequeña, {A}.', '? A: (cold) La letra pequeña la escribí yo.'],
      ],
      '? * {B} se lleva {obj}. Toda la planta finge no verlo.',
      '? C> (afraid) ¿{B} acaba de hacer eso delante de todos?',
    ],
    confront: [
      [
        ['A: (angry) Sé lo que hiciste con {obj}, {B.call}.', 'B: (cold) Cuidado. Aquí la gente que acusa no dura mucho.', '? A: (cold) La gente que comete fraude, tampoco.'],
        ['A: (angry) Me robaste el trabajo, {B.call}. Cada página.', 'B: (smug) Demuéstralo. Ah, espera, que no puedes.', '? A: (cold) Mírame.'],
      ],
      '? * {B} se ajusta la chaqueta y sonríe hacia la pared de cristal.',
      '? B: (smug) La junta es a las nueve. No hagas el ridículo.',
    ],
    confide: [
      [
        ['C: (afraid) Si vas a la junta, te despedirán a ti primero.', 'A: (cold) Entonces más me vale no fallar.'],
        ['C: (afraid) ¿Quieres perder el trabajo?', 'A: (cold) Ya lo he perdido. Solo que aún no me lo han dicho.'],
      ],
      '? C: (surprised) Espera. ¿Tienes pruebas?',
      '? A: Todo tiene que ver con {obj}. Todo.',
      '? C: Yo te cubro. Pero date prisa.',
      '? C> Seguridad está preguntando por ti. Ten cuidado.',
    ],
    search: [
      [
        ['* Fuera de horario, {A} registra la mesa de {B}. Pegado por debajo: {obj2}.', 'A: (shocked) {B.call}, ¿qué has estado escondiendo?'],
        ['* En el cajón cerrado de {B}, {A} encuentra {obj2}.', 'A: (shocked) Esta empresa está podrida desde arriba.'],
      ],
      '? ~ (cold) La oficina se vacía a las seis. Los secretos salen a las siete.',
      '? * Pasos en el pasillo. Viene alguien.',
      '? B> (cold) ¿Trabajando hasta tarde, {A}?',
    ],
    pressure: [
      [
        ['B: (cold) Dimite hoy y {obj} se queda enterrado.', 'A: (cold) No voy a dimitir. Y no te tengo miedo.'],
        ['B> (cold) Sala de reuniones. Ya.', 'A: (cold) Voy. Y llevo {obj}.'],
      ],
      '? B: (smug) Todo el mundo es reemplazable, {A}. Tú también.',
      '? * {B} desliza una carta de dimisión sobre la mesa, ya escrita.',
      '? C> (afraid) Te han bloqueado la cuenta. Sal de ahí.',
    ],
    reveal: [
      ['? A: (cold) Antes de votar, hay algo que la junta debería ver.', '? A: (cold) Un punto más en el orden del día, {B.call}.'],
      '? * Doce caras se giran. {B} deja de sonreír.',
      '? B: (angry) ¡Seguridad! ¡Sáquen{A|la|lo} de aquí!',
    ],
    end: [
      '? A: (smug) Se levanta la sesión.',
      '? * {A} deja su tarjeta de acceso sobre la mesa.',
    ],
  },
  twists: [
    {tag: 'ally-betrays', summary: '{C}, {C|la única aliada|el único aliado} de {A} en el trabajo, informaba a {B} desde el principio.', beats: ['? C: (cold) Lo siento. Yo también tengo que pagar el alquiler.', ['!C: (smug) ¿Quién crees que le habló a {B} de {obj}?', '!C: (smug) Se lo conté todo a {B}.'], '? A: (shocked) ¿Tú?']},
    {summary: '{A} compró en secreto las acciones de {B} y ahora es {A|la dueña|el dueño} de la empresa.', beats: ['? B: (smug) Estás {A|acabada|acabado} aquí.', ['!A: (smug) Esta mañana compré tus acciones, {B.call}. Ahora trabajas para mí.', '!A: (smug) Tus acciones ahora son mías, {B.call}.'], '? B: (shocked) Eso es imposible.']},
    {summary: 'A {B} también le tendieron una trampa, alguien de esa misma sala.', beats: ['? B: (desperate) Mira {obj.detail}. Mira la hora.', ['!B: (desperate) No fui yo. Alguien usó mi contraseña. Alguien de esta sala.', '!B: (desperate) Alguien de esta sala me tendió una trampa.'], '? A: (shocked) Entonces, ¿quién?']},
    {summary: '{B} es {B|la madre|el padre} de {A} y entró en la empresa para estar cerca.', beats: ['? B: (sad) Nunca me preguntaste por qué vine a trabajar aquí.', ['!B: (sad) Vine por ti. Soy tu {B|madre|padre}, {A}.', '!B: (sad) Soy tu {B|madre|padre}, {A}.'], '? A: (shocked) ¿Qué?'], avoidKin: {B: ['parent', 'child', 'sibling', 'grandparent', 'spouse', 'partner', 'ex']}, revealsParent: 'B'},
  ],
  cliffhangers: [
    {beats: [['!B: (cold) Acabas de empezar una guerra que no puedes ganar.', '!B: (cold) Esto es la guerra, {A}.']], card: '¿Quién ganará la guerra?'},
    {beats: ['? * Todos los teléfonos de la oficina vibran a la vez.', ['!X> (cold) Estás despedid{A|a|o}. Seguridad va de camino.', '!X> (cold) Estás despedid{A|a|o}.']], card: '¿Quién ha despedido a {A}?'},
    {beats: [['!C: (afraid) {A}... los archivos han desaparecido. Alguien lo ha borrado todo.', '!C: (afraid) Los archivos han desaparecido.']], avoid: ['ally-betrays'], card: '¿Quién borró los archivos?'},
    {beats: ['!B: (smug) Mira tu cuenta del banco, {A}.'], card: '¿Qué ha hecho {B}?'},
  ],
};
