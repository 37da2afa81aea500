// Heads of noun groups that name a non-person source of information: "пишет газета", "сообщило
// министерство", "отметил собеседник ТАСС". DATA: lemmas. A quote from such a source has speaker null
// and `source` set to the noun group.

export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'агентство',
  'издание',
  'газета',
  'журнал',
  'телеканал',
  'канал',
  'радиостанция',
  'портал',
  'сайт',
  'ресурс',
  'сми',
  'министерство',
  'минздрав',
  'мид',
  'ведомство',
  'правительство',
  'власть',
  'администрация',
  'акимат',
  'департамент',
  'управление',
  'комитет',
  'служба',
  'пресс-служба',
  'прокуратура',
  'полиция',
  'суд',
  'компания',
  'корпорация',
  'холдинг',
  'медиахолдинг',
  'банк',
  'фонд',
  'организация',
  'партия',
  'штаб',
  'центр',
  'мвд',
  'кнб',
  'фсб',
  'источник',
  'собеседник',
  'представитель',
  'представительство',
  'посольство',
  'команда',
  'клуб',
  'федерация',
  'ассоциация',
  'союз',
  'совет',
  'комиссия',
  'парламент',
  'мажилис',
  'сенат',
  'дума',
  'кремль',
  'заявление',
  'сообщение',
  'релиз',
  'пресс-релиз',
]);

/** Same-length lower-case forms of the document's own outlet that make "сообщает Zakon.kz" a self-attribution. */
export function outletKeys(outlet: string | null): string[] {
  if (!outlet) return [];
  const o = outlet.toLowerCase().replace(/ё/g, 'е').trim();
  const bare = o.replace(/\.(kz|ru|com|net|org|by|ua|uz|kg)$/u, '');
  return bare === o ? [o] : [o, bare];
}

/**
 * Source nouns that stand for one unnamed informant although the morphology reads them inanimate:
 * "— сказал источник. «…», — добавил он." lets the pronoun take the informant up. DATA: lemmas.
 */
export const INFORMANT_NOUNS: ReadonlySet<string> = new Set(['источник']);

/** Nouns for someone speaking for another, whose name follows in the genitive ("представитель Теру"). */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(['представитель', 'адвокат', 'пресс-секретарь']);
