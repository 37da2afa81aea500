// Endings that put an adjective lemma (masculine nominative singular) into the head noun's gender,
// so that "двух крупных компаний" counts "крупная компания". Longest ending first.

/** [masculine ending, feminine, neuter, plural]; the ending before it decides hard or soft. */
export const ADJECTIVE_ENDINGS: ReadonlyArray<[RegExp, string, string, string]> = [
  // after г, к, х: "русский" -> "русская", "русское"
  [/([гкх])ий$/u, '$1ая', '$1ое', '$1ие'],
  // after ж, ш, ч, щ: "хороший" -> "хорошая", "хорошее"
  [/([жшчщ])ий$/u, '$1ая', '$1ее', '$1ие'],
  // stressed ending: "городской" -> "городская", "городское"
  [/([жшчщ])ой$/u, '$1ая', '$1ое', '$1ие'],
  [/([гкх])ой$/u, '$1ая', '$1ое', '$1ие'],
  [/ой$/u, 'ая', 'ое', 'ые'],
  // soft: "синий" -> "синяя", "синее"
  [/ий$/u, 'яя', 'ее', 'ие'],
  [/ый$/u, 'ая', 'ое', 'ые'],
];
