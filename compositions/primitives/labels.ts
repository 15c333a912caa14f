/** The few words the templates write themselves, in the script's language where we know it (English otherwise). */

export interface Labels {
  twist: string;
  toBeContinued: string;
  nextPart: string;
  follow: string;
  /** Chat status words; `typing` has a {name} slot. */
  online: string;
  typing: string;
  delivered: string;
  seen: string;
}

const EN: Labels = {
  twist: 'PLOT TWIST',
  toBeContinued: 'TO BE CONTINUED',
  nextPart: 'PART 2',
  follow: 'Follow for part 2',
  online: 'online',
  typing: '{name} is typing…',
  delivered: 'Delivered',
  seen: 'Seen',
};

const BY_LANGUAGE: Record<string, Labels> = {
  en: EN,
  es: {
    twist: 'GIRO INESPERADO',
    toBeContinued: 'CONTINUARÁ',
    nextPart: 'PARTE 2',
    follow: 'Sígueme para la parte 2',
    online: 'en línea',
    typing: '{name} está escribiendo…',
    delivered: 'Entregado',
    seen: 'Visto',
  },
  pt: {
    twist: 'REVIRAVOLTA',
    toBeContinued: 'CONTINUA',
    nextPart: 'PARTE 2',
    follow: 'Siga para a parte 2',
    online: 'online',
    typing: '{name} está digitando…',
    delivered: 'Entregue',
    seen: 'Visto',
  },
  fr: {
    twist: 'REBONDISSEMENT',
    toBeContinued: 'À SUIVRE',
    nextPart: 'PARTIE 2',
    follow: 'Abonne-toi pour la partie 2',
    online: 'en ligne',
    typing: '{name} écrit…',
    delivered: 'Distribué',
    seen: 'Vu',
  },
  de: {
    twist: 'WENDUNG',
    toBeContinued: 'FORTSETZUNG FOLGT',
    nextPart: 'TEIL 2',
    follow: 'Folgen für Teil 2',
    online: 'online',
    typing: '{name} schreibt…',
    delivered: 'Zugestellt',
    seen: 'Gelesen',
  },
  it: {
    twist: 'COLPO DI SCENA',
    toBeContinued: 'CONTINUA',
    nextPart: 'PARTE 2',
    follow: 'Seguimi per la parte 2',
    online: 'online',
    typing: '{name} sta scrivendo…',
    delivered: 'Consegnato',
    seen: 'Visualizzato',
  },
  zh: {
    twist: '反转',
    toBeContinued: '未完待续',
    nextPart: '第二集',
    follow: '关注看第二集',
    online: '在线',
    typing: '{name}正在输入…',
    delivered: '已送达',
    seen: '已读',
  },
  ja: {
    twist: 'まさかの展開',
    toBeContinued: 'つづく',
    nextPart: '第2話',
    follow: 'フォローして第2話へ',
    online: 'オンライン',
    typing: '{name}が入力中…',
    delivered: '配信済み',
    seen: '既読',
  },
  ko: {
    twist: '반전',
    toBeContinued: '다음 화에 계속',
    nextPart: '2화',
    follow: '2화를 보려면 팔로우',
    online: '온라인',
    typing: '{name}님이 입력 중…',
    delivered: '전송됨',
    seen: '읽음',
  },
  ar: {
    twist: 'مفاجأة',
    toBeContinued: 'يتبع',
    nextPart: 'الجزء 2',
    follow: 'تابعنا للجزء 2',
    online: 'متصل',
    typing: '{name} يكتب…',
    delivered: 'تم التسليم',
    seen: 'شوهدت',
  },
  he: {
    twist: 'תפנית',
    toBeContinued: 'המשך יבוא',
    nextPart: 'חלק 2',
    follow: 'עקבו לחלק 2',
    online: 'מחובר',
    typing: '{name} מקליד…',
    delivered: 'נמסר',
    seen: 'נקרא',
  },
};

export function labelsFor(language: string): Labels {
  return BY_LANGUAGE[language.toLowerCase().split('-')[0]] ?? EN;
}

/** "Lena is typing…" in the script's language. */
export const typingLabel = (labels: Labels, name: string) => labels.typing.replace('{name}', name);
