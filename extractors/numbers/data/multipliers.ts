// Words and abbreviations that multiply the figure before them ("5 млн", "2 тыс.", "100к").

/** Multiplier lemmas (as the morphology gives them) and their factors. */
export const MULTIPLIER_LEMMAS: ReadonlyMap<string, number> = new Map([
  ['тысяча', 1e3],
  ['миллион', 1e6],
  ['миллиард', 1e9],
  ['триллион', 1e12],
]);

/** Multiplier forms by normalised text, for abbreviations and forms the dictionary misses. */
export const MULTIPLIER_FORMS: ReadonlyMap<string, number> = new Map([
  ['тыс', 1e3],
  ['тысч', 1e3],
  ['млн', 1e6],
  ['млрд', 1e9],
  ['миллиардов', 1e9],
  ['трлн', 1e12],
  ['тысяча', 1e3],
  ['тысячи', 1e3],
  ['тысяч', 1e3],
  ['тысячу', 1e3],
  ['тысячей', 1e3],
  ['тысячам', 1e3],
  ['тысячами', 1e3],
  ['тысячах', 1e3],
  ['bn', 1e9],
  ['mln', 1e6],
]);

/**
 * Suffixes glued to digits ("100к", "3М", ".0012Г", "10K"): case matters, since "м" glued to a
 * figure is more often metres; only the upper-case М is mega.
 */
export const GLUED_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['к', 1e3],
  ['К', 1e3],
  ['k', 1e3],
  ['K', 1e3],
  ['М', 1e6],
  ['M', 1e6],
  ['Г', 1e9],
  ['G', 1e9],
  ['тыс', 1e3],
  ['млн', 1e6],
  ['млрд', 1e9],
  ['трлн', 1e12],
]);

/** "полмиллиона", "полмиллиарда": half of a multiplier written as one word. */
export const HALF_MULTIPLIER_PREFIX = 'пол';
