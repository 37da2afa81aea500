// Endings that mark a word as a surname (in any case) when the dictionary does not know it.

/** Russian-type and Kazakh surname endings, with their case endings, as regex sources. */
export const SURNAME_ENDINGS: readonly string[] = [
  '(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е|ы|ых|ыми)?',
  '(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)',
  'енко|ук|юк|чук|швили|дзе|ия|ани|ян|янц|иди|ис|ас|ос|ус|бек|бай|баев|беков|улы|кызы|оглу|заде|ишвили',
  '(?:ян|ук|юк|чук|бек|бай)(?:а|у|ом|е)',
  '(?:ович|евич)(?:а|у|ем|ем|е)?',
];

/** Masculine patronymic endings, with case endings. */
export const MALE_PATRONYMIC = '(?:ович|евич|ьич|ич)(?:а|у|ем|е)?';
/** Feminine patronymic endings, with case endings. */
export const FEMALE_PATRONYMIC = '(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой)';
/** Kazakh and Turkic patronymic words and suffixes: "Кемелулы", "оглы", "кызы". */
export const TURKIC_PATRONYMIC = '(?:улы|ұлы|уулу|оглы|оглу|кызы|қызы)';
