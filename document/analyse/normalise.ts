// Same-length normalised views of a text: each character maps to exactly one character, so an
// offset found in a view is the same offset in the original text.

const FOLD: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2008': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u200b': ' ',
  '\ufeff': ' ',
  '\u00ad': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2013': '–',
  '\u2014': '–',
  '\u2015': '–',
  '\u2212': '–',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  ё: 'е',
  Ё: 'Е',
};

const FOLD_RE = new RegExp(
  '[' +
    Object.keys(FOLD)
      .join('')
      .replace(/[\]\\^-]/g, '\\$&') +
    ']',
  'g',
);

/** Folds spaces, dashes, quotation marks and ё, one character for one character. */
export function foldView(text: string): string {
  return text.replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
}

/** Lower-cases a string without changing its length (characters whose lower case is longer stay as they are). */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Lower case, ё -> е, folded punctuation: the form lexicons and caches are keyed by. */
export function normWord(s: string): string {
  return lowerSameLength(foldView(s));
}
