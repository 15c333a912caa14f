/**
 * Ad mode: the drama's conflict is resolved, emotionally, by the product. The brand is named once in the story
 * and once on the end card (the call to action); no health, price or comparative claims are written.
 */
import type {AdBrief} from '../../schema/script';
import {clue, line, type Twist} from './moves';
import type {Terms} from './terms';

export function adTwist(t: Terms, ad: AdBrief): Twist {
  const {P, O} = t;
  const es = t.spanish;
  return {
    id: 'product',
    summary: es ? `${O.name} tenía la respuesta: ${ad.product}.` : `${O.name} had the answer all along: ${ad.product}.`,
    clues: es
      ? [clue('O', `Espera, ${P.name}. Tengo una idea.`, 'tender'), clue('X', `${O.name} esconde algo a la espalda.`)]
      : [
          clue('O', `Wait, ${P.name}. I have an idea.`, 'tender'),
          clue('X', `${O.name} hides something behind ${O.gender === 'f' ? 'her' : 'his'} back.`),
          clue('A', `${O.name} looks far too calm.`, 'happy'),
        ],
    reveal: es
      ? [
          line('O', `Toma. ${ad.product}, de ${ad.brand}.`, 'surprised', {marker: 'twist'}),
          line('P', `Es justo lo que necesitaba.`, 'happy'),
        ]
      : [
          line('O', `Here. ${ad.brand} ${ad.product}.`, 'surprised', {marker: 'twist'}),
          line('P', `That's exactly what I needed.`, 'happy'),
        ],
    aftermath: es
      ? [line('A', `${P.name} vuelve a sonreír.`, 'happy')]
      : [line('A', `Look at ${P.name} smile again.`, 'happy')],
    cliff: es
      ? [line('P', `¿Por qué no lo hicimos antes?`, 'happy', {marker: 'cliffhanger'})]
      : [line('P', `Why didn't we do this sooner?`, 'happy', {marker: 'cliffhanger'})],
    endCard: `${ad.cta} · ${ad.brand}${ad.url ? ` · ${ad.url}` : ''}`,
    flash: es
      ? `${P.name} estaba a punto de rendirse con ${t.obj}.`
      : `${P.name} was about to give up on ${t.obj}. Then this.`,
  };
}
