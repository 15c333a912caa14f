/** The few words the templates write themselves, in the script's language where we know it (English otherwise). */

export interface Labels {
  twist: string;
  toBeContinued: string;
  nextPart: string;
  follow: string;
}

const EN: Labels = {twist: 'PLOT TWIST', toBeContinued: 'TO BE CONTINUED', nextPart: 'PART 2', follow: 'Follow for part 2'};

const BY_LANGUAGE: Record<string, Labels> = {
  en: EN,
  es: {twist: 'GIRO INESPERADO', toBeContinued: 'CONTINUARÁ', nextPart: 'PARTE 2', follow: 'Sígueme para la parte 2'},
  pt: {twist: 'REVIRAVOLTA', toBeContinued: 'CONTINUA', nextPart: 'PARTE 2', follow: 'Siga para a parte 2'},
  fr: {twist: 'REBONDISSEMENT', toBeContinued: 'À SUIVRE', nextPart: 'PARTIE 2', follow: 'Abonne-toi pour la partie 2'},
  de: {twist: 'WENDUNG', toBeContinued: 'FORTSETZUNG FOLGT', nextPart: 'TEIL 2', follow: 'Folgen für Teil 2'},
  it: {twist: 'COLPO DI SCENA', toBeContinued: 'CONTINUA', nextPart: 'PARTE 2', follow: 'Seguimi per la parte 2'},
  zh: {twist: '反转', toBeContinued: '未完待续', nextPart: '第二集', follow: '关注看第二集'},
  ja: {twist: 'まさかの展開', toBeContinued: 'つづく', nextPart: '第2話', follow: 'フォローして第2話へ'},
};

export function labelsFor(language: string): Labels {
  return BY_LANGUAGE[language.toLowerCase().split('-')[0]] ?? EN;
}
