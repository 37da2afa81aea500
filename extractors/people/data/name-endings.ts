// Endings that tell the case of a name word the dictionary does not know, for names in which no
// first name is known ("Вима Вендерса", "Джином Сискелом", "Беньямином Нетаньяху"): the words of
// one name share their case, so an oblique ending on one word settles the others.

/** Instrumental endings of a man's name (consonant stems): a given name in "-ом" is not a nominative. */
export const INSTRUMENTAL_ENDING = /(?:ом|ем|ём|ым)$/;

/** Oblique case classes a name word's ending can show, each with the ending the case hint carries. */
export const OBLIQUE_CLASSES: readonly { ending: string; re: RegExp }[] = [
  { ending: 'м', re: /[^аоеиуыэюя](?:ом|ем|ём|ым)$/ },
  { ending: 'а', re: /[^аоеиуыэюя][ая]$/ },
  { ending: 'у', re: /[^аоеиуыэюя][ую]$/ },
  { ending: 'е', re: /[^аоеиуыэюя]е$/ },
];

/**
 * Surname endings that do not decline, whatever the sex: Polish "-ски"/"-цки" ("Полански",
 * "Кински"), Georgian "-дзе"/"-швили"/"-ия" forms are handled by their own rules.
 */
export const INDECLINABLE_SURNAME = /(?:ски|цки|ско|цко)$/;
