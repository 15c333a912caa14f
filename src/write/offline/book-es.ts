/** The Spanish story book: the same dramaturgy as the English one, written in Spanish from the situation. */
import type {Book, Move, Register, Twist} from './moves';
import {clue, line} from './moves';
import type {Terms} from './terms';
import {capitalise as cap} from './text';

const en = (t: Terms) => (t.place ? ` en ${t.place}` : '');

function opening(t: Terms, r: Register): Move[][] {
  const {P} = t;
  const odd = cap(t.incMine);
  if (r === 'comedy') {
    return [
      [line('P', `${odd}. Y no me arrepiento.`, 'smug'), line('O', `${P.name}, no puede ser.`, 'neutral')],
      [
        line('P', `Vale. ${odd}. Pequeño problema.`, 'happy'),
        line('A', `¿Pequeño? ${P.name}, lo vio todo el mundo.`, 'neutral'),
      ],
    ];
  }
  if (r === 'warm') {
    return [
      [
        line('P', `${odd}. Después de tanto tiempo.`, 'tender'),
        line('O', `¿${P.name}? ¿De verdad eres tú?`, 'neutral'),
      ],
      [line('X', `${P.name} sostiene ${t.obj} con las dos manos.`), line('P', `${odd}. No me lo creo.`, 'tender')],
    ];
  }
  return [
    [
      line('P', `${odd}.`, 'cold'),
      line('P', `Eso es imposible.`, 'cold'),
      line('A', `¿${P.name}? ¿Qué has encontrado?`, 'neutral'),
    ],
    [line('X', `${P.name} mira ${t.obj}${en(t)}.`), line('P', `${odd}. ¿Cómo?`, 'cold')],
  ];
}

function stakes(t: Terms, r: Register): Move[] {
  const {P, O, A} = t;
  if (r === 'comedy') {
    return [
      line('O', `¿Crees que me das miedo, ${P.name}?`, 'smug'),
      line('A', `${P.name}, la gente está grabando.`, 'happy'),
      line('P', `${A.name}, tráeme más. Ya.`, 'smug'),
      line('X', `Se forma un corrillo${en(t)}, móviles en alto.`),
      line('O', `Segunda ronda, ${P.name}. Sin piedad.`, 'smug'),
      line('A', `Esto es genial o una demanda.`, 'happy'),
    ];
  }
  if (r === 'warm') {
    return [
      line('A', `¿Guardaste ${t.obj} todos estos años?`, 'tender'),
      line('P', `Hay cosas que no se tiran, ${A.name}.`, 'tender'),
      line('O', `${P.name}, ¿por qué importa tanto?`, 'neutral'),
      line('P', `Porque es lo único que me queda, ${O.name}.`, 'sad'),
      line('A', `Entonces lo hacemos bien. Juntos.`, 'happy'),
    ];
  }
  return [
    line('O', `Suelta eso, ${P.name}.`, 'cold'),
    line('P', `No hasta que alguien me lo explique.`, 'angry'),
    line('A', `¿Quién más sabe lo de ${t.obj}?`, 'afraid'),
    line('P', `Si esto sale, lo pierdo todo.`, 'desperate'),
    line('X', `${P.name} fotografía ${t.obj}; le tiemblan las manos.`),
    line('O', `No piensas con claridad, ${P.name}.`, 'cold'),
    line('P', `Entonces dime que me equivoco, ${O.name}.`, 'angry'),
    line('A', `${P.name}, alguien quería que lo vieras.`, 'afraid'),
  ];
}

function push(t: Terms, r: Register): Move[] {
  const {O} = t;
  if (r === 'comedy')
    return [
      line('P', `Última ronda, ${O.name}. Quien gane se lo queda todo.`, 'smug'),
      line('O', `Hecho. El que pierda, friega.`, 'smug'),
    ];
  if (r === 'warm')
    return [
      line('P', `${O.name}, ¿puedo preguntarte algo?`, 'tender'),
      line('O', `Lo que quieras. Ya lo sabes.`, 'tender'),
    ];
  return [
    line('P', `${O.name}, mírame. ¿Qué sabes?`, 'angry'),
    line('O', `Más de lo que quieres oír.`, 'cold'),
    line('P', `Dilo. Sea lo que sea.`, 'desperate'),
  ];
}

function twists(t: Terms, r: Register): Twist[] {
  const {P, O, A} = t;
  if (r === 'comedy') {
    return [
      {
        id: 'biggest-fan',
        summary: `${O.name} empezó todo para estar cerca de ${P.name}: es su mayor fan.`,
        clues: [
          clue('O', `Sé cómo te gusta, ${P.name}.`, 'smug'),
          clue('A', `¿Por qué tiene ${O.name} tu foto?`, 'surprised'),
          clue('X', `${O.name} esconde un autógrafo de ${P.name}.`),
        ],
        reveal: [
          line('O', `¡Vale! ¡Soy tu mayor fan, ${P.name}!`, 'shocked', {marker: 'twist'}),
          line('P', `¿Todo esto por mí?`, 'surprised'),
        ],
        aftermath: [line('A', `Lo sabía. Pagad la apuesta.`, 'happy')],
        cliff: [line('P', `Firmo si pierdes a propósito.`, 'smug', {marker: 'cliffhanger'})],
        endCard: `¿Perderá ${O.name} la final por un autógrafo?`,
        flash: `¿${O.name} lo saboteó todo por ${P.name}?`,
      },
    ];
  }
  if (r === 'warm') {
    return [
      {
        id: 'surprise',
        summary: `${O.name} lo preparó todo como un regalo para ${P.name}.`,
        clues: [
          clue('O', `Qué casualidad. Yo también pensaba en ${t.obj}.`, 'tender'),
          clue('A', `¿Por qué sonríe así ${O.name}?`, 'happy'),
          clue('X', `${O.name} esconde un recibo en el bolsillo.`),
        ],
        reveal: [
          line('O', `Fui yo, ${P.name}. Todo.`, 'surprised', {marker: 'twist'}),
          line('P', `¿Tú hiciste esto? ¿Por mí?`, 'surprised'),
        ],
        aftermath: [line('O', `Una vez tú me lo diste todo.`, 'tender')],
        cliff: [line('O', `Di que sí. Queda una sorpresa más.`, 'happy', {marker: 'cliffhanger'})],
        endCard: `¿Cuál es la última sorpresa de ${O.name}?`,
        flash: `${O.name} lo planeó durante años. ¿Por qué?`,
      },
    ];
  }
  return [
    {
      id: 'author',
      summary: `${O.name} hizo ${t.obj} y quería que ${P.name} lo encontrara.`,
      clues: [
        clue('O', `¿Dónde encontraste ${t.obj}?`, 'cold'),
        clue('P', `Esta letra... la he visto antes.`, 'afraid'),
        clue('X', `Tinta en los dedos de ${O.name}, del mismo azul.`),
      ],
      reveal: [
        line('O', `Lo hice yo, ${P.name}. No tenía otra opción.`, 'shocked', {marker: 'twist'}),
        line('P', `¿Tú? ¿Por qué?`, 'desperate'),
      ],
      aftermath: [
        line('O', `Porque nadie más iba a avisarte.`, 'sad'),
        line('P', `¿Avisarme de qué, ${O.name}?`, 'afraid'),
      ],
      cliff: [line('O', `De lo que pasará mañana.`, 'afraid', {marker: 'cliffhanger'})],
      endCard: `¿De qué quería avisar ${O.name} a ${P.name}?`,
      flash: `${O.name} hizo ${t.obj}. ${P.name} no debía saberlo.`,
    },
    {
      id: 'knew',
      summary: `${A.name} sabía lo de ${t.obj} desde el principio y se lo ocultó a ${P.name}.`,
      clues: [
        clue('A', `No toques ${t.obj}. Por favor.`, 'afraid'),
        clue('O', `Pregúntale a ${A.name} de dónde salió.`, 'cold'),
        clue('X', `${A.name} borra un mensaje antes de que ${P.name} lo vea.`),
      ],
      reveal: [
        line('A', `Lo sabía, ${P.name}. Siempre lo supe.`, 'shocked', {marker: 'twist'}),
        line('P', `Me mentiste. Cada día.`, 'angry'),
      ],
      aftermath: [line('A', `Para protegerte.`, 'desperate')],
      cliff: [line('A', `Si lo cuentas, vendrán a por ti.`, 'afraid', {marker: 'cliffhanger'})],
      endCard: `¿Quién vendrá ahora a por ${P.name}?`,
      flash: `${A.name} sabía lo de ${t.obj} desde siempre.`,
    },
  ];
}

export function spanishBook(t: Terms, r: Register): Book {
  return {
    openings: opening(t, r),
    stakes: stakes(t, r),
    push: push(t, r),
    twists: twists(t, r),
    hooks: [
      `¿${cap(t.incTold)}?`,
      `${t.P.name} tiene una noche para explicar ${t.obj} antes de perderlo todo.`,
      `¿Quién está detrás de ${t.obj}, y por qué ahora?`,
    ],
    title: [`${cap(t.obj)}`, `${t.P.name} y ${t.obj}`],
    logline: `${t.P.name}${t.pRole && t.pRole !== t.P.name ? `, ${t.pRole},` : ''} descubre ${t.incTold}.`,
  };
}
