// Contexts where a role noun names an office or a relative rather than referring back to the
// person last named: "пост главного тренера", "стал тренером", "его отец".

/** Nouns whose genitive complement is an office, not a person: "пост тренера", "номинация «Лучший актёр»". */
export const OFFICE_FRAMES: readonly string[] = [
  'пост',
  'должность',
  'позиция',
  'кресло',
  'номинация',
  'обязанность',
  'звание',
  'титул',
  'роль',
  'место',
  'статус',
  'назначение',
];

/** Relation nouns: after a possessive ("его отец", "её муж") they name the relative, not the possessor. */
export const KIN_NOUNS: readonly string[] = [
  'отец',
  'мать',
  'сын',
  'дочь',
  'муж',
  'жена',
  'супруг',
  'супруга',
  'брат',
  'сестра',
  'дед',
  'бабушка',
  'внук',
  'внучка',
  'вдова',
  'отчим',
  'мачеха',
  'племянник',
  'племянница',
  'зять',
  'невестка',
  'свекровь',
  'тёща',
  'теща',
];

/** Possessives that make a relation noun someone else's relative. */
export const POSSESSIVES: readonly string[] = [
  'его',
  'её',
  'ее',
  'их',
  'свой',
  'своя',
  'своего',
  'своей',
  'своему',
  'своим',
  'своим',
  'своём',
  'своем',
  'свою',
];
