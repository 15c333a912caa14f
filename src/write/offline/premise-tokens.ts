/** Looking at the words around a match in a premise: what comes right before it decides what it is. */

// Words before a noun that show it is a thing ("a ring", "her husband's phone"), not a verb ("will", "texts").
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'my', 'their', 'our', 'your', 'its', 'this', 'that', 'one', 'another', 'some',
  'every', 'new', 'old', 'secret', 'anonymous', 'mysterious', 'strange', 'hidden', 'missing', 'stolen', 'lost',
  'second', 'first', 'last', 'final', 'same', 'diamond', 'gold', 'golden', 'silver', 'burner', 'encrypted',
  'unsigned', 'unopened', 'handwritten', 'torn', 'blank', 'tiny', 'little', 'small', 'dead', 'late', 'own', 'forged',
  'fake', 'wrong', 'cursed', 'family', 'signed', 'sealed', 'young', 'rich', 'poor', 'single', 'married', 'former',
  'handsome', 'beautiful', 'elderly', 'retired', 'pregnant', 'divorced', 'lonely', 'estranged',
  'abandoned', 'unknown', 'masked', 'shy', 'struggling', 'ambitious', 'jealous', 'vengeful', 'wealthy', 'famous',
]);
// Possessives that make a relative the protagonist's: "her husband", "mi hermana", "sa sœur".
export const OWNERS = new Set(['her', 'his', 'my', 'their', 'our', 'mi', 'su', 'mis', 'sus', 'mon', 'ma', 'sa', 'son', 'mein', 'meine', 'sein', 'seine', 'ihr', 'ihre', 'meu', 'minha', 'seu', 'sua', 'mio', 'mia']);
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'inside']);

export const tokensBefore = (text: string, at: number, count: number) =>
  (text.slice(0, at).match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(-count).map((t) => t.toLowerCase());
export const isDeterminer = (token: string | undefined) =>
  token !== undefined && (DETERMINERS.has(token) || /['’]s$/.test(token) || /^\d+$/.test(token));
export const isEnglish = (language: string | undefined) => language === undefined || language === 'en';
