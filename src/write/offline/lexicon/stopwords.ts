/**
 * Capitalised words that are not names: sentence openers, titles of days and months, nationalities.
 * Compared in lowercase. Articles of the other Latin-script languages are here too, for their premises.
 */
export const NOT_NAMES = new Set([
  'a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'your', 'its', 'when', 'after', 'before', 'while', 'if',
  'what', 'why', 'how', 'who', 'whose', 'where', 'which', 'every', 'each', 'one', 'on', 'in', 'at', 'during', 'just',
  'only', 'she', 'he', 'they', 'i', 'it', 'we', 'you', 'this', 'that', 'these', 'those', 'some', 'no', 'nobody',
  'someone', 'everyone', 'everybody', 'somebody', 'as', 'because', 'since', 'until', 'once', 'then', 'now', 'today',
  'tonight', 'tomorrow', 'yesterday', 'and', 'but', 'so', 'or', 'for', 'with', 'without', 'from', 'to', 'by', 'of',
  'years', 'year', 'months', 'weeks', 'days', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'hundred', 'after',
  'all', 'both', 'even', 'never', 'always', 'still', 'secretly', 'suddenly', 'finally', 'meanwhile', 'although',
  'though', 'instead', 'there', 'here', 'is', 'was', 'are', 'were', 'do', 'does', 'did', 'can', 'will', 'would',
  'should', 'could', 'must', 'has', 'have', 'had', 'not', 'don', 'didn', 'part', 'chapter', 'episode', 'ok', 'okay',
  'yes', 'oh', 'wow', 'breaking', 'update', 'story', 'time', 'love', 'life', 'death', 'god', 'lord', 'heaven', 'hell',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
  'halloween', 'valentine', 'new', 'year\'s', 'eve', 'thanksgiving',
  'american', 'british', 'english', 'french', 'german', 'spanish', 'italian', 'chinese', 'japanese', 'korean',
  'russian', 'mexican', 'brazilian', 'indian', 'african', 'european', 'asian', 'arab', 'irish', 'scottish',
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'mi', 'tu', 'cuando', 'después', 'despues',
  'le', 'les', 'une', 'des', 'sa', 'son', 'ses', 'mon', 'ma', 'quand', 'après', 'apres', 'lors',
  'o', 'os', 'um', 'uma', 'seu', 'sua', 'meu', 'minha', 'quando', 'depois',
  'il', 'lo', 'gli', 'uno', 'dopo', 'der', 'die', 'das', 'ein', 'eine', 'als', 'nach',
]);
