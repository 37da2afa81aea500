// Figures that are no NumberItem: parts of dates, years, phone numbers, law articles and other
// references, list numbering, model names ("Су-27") and URLs.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import {
  LAW_CODES,
  MONTH_FORMS,
  ONE_AS_PRONOUN_AFTER,
  ONE_AS_PRONOUN_BEFORE,
  REFERENCE_CUES,
} from '../data/contexts.js';
export { NAMING_CUES } from '../data/contexts.js';
import { CURRENCY_FORMS, ISO_CODES } from '../data/currencies.js';
import type { Figure } from '../types.js';
import { glued, nextInLine, prevInLine } from './tokens.js';

const PHONE_RE =
  /(?<![\d])(?:\+\d{1,3}[\s-]?)?(?:\(\d{3,5}\)|\d{3,5})[\s-]?\d{2,3}[\s-]\d{2}[\s-]\d{2}(?![\d])/g;

/** Ranges of phone numbers in the text: one pass over the view. */
export function phoneRanges(doc: AnalysedDoc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/\d{2}[\s-]\d{2}/.test(doc.view)) return out;
  PHONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_RE.exec(doc.view)) !== null) {
    // "1 000 000" has three-digit groups only; a phone ends in two two-digit groups
    if (/^\d{1,3}(?: \d{3})+$/.test(m[0])) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Whether the figure at token i names a reference: "ст. 105", "№ 432", "статья 228"; `cues` may add "дом 5". */
export function referenceBefore(
  doc: AnalysedDoc,
  i: number,
  cues: ReadonlySet<string> = REFERENCE_CUES,
): boolean {
  let p = prevInLine(doc, i);
  if (p && p.text === '.') p = prevInLine(doc, i - 1);
  if (!p) return false;
  if (p.text === '№' || p.text === '#') return true;
  if (p.kind !== 'word') return false;
  if (cues.has(p.norm)) return true;
  return p.morph.some((r) => r.pos === 'NOUN' && cues.has(r.lemma));
}

/** Whether a code of law follows ("105 УК"). */
export function lawAfter(doc: AnalysedDoc, last: number): boolean {
  const n = nextInLine(doc, last);
  return n !== undefined && LAW_CODES.has(n.norm);
}

const DAY_RANGE_JOINERS = new Set(['по', 'на', '-', '–', 'и', ',']);

/** Whether the figure is a day or a year of a written date ("12 октября", "с 11 по 14 апреля", "октября 2025"). */
export function dateAround(doc: AnalysedDoc, fig: Figure): boolean {
  const day = Number.isInteger(fig.value) && fig.value >= 1 && fig.value <= 31 && !fig.multiplied;
  const n = nextInLine(doc, fig.last);
  if (n && day && MONTH_FORMS.has(n.norm)) return true;
  if (n && day && DAY_RANGE_JOINERS.has(n.norm)) {
    const d2 = nextInLine(doc, fig.last + 1);
    const m = nextInLine(doc, fig.last + 2);
    if (d2 && d2.kind === 'num' && m && MONTH_FORMS.has(m.norm)) return true;
  }
  const p = prevInLine(doc, fig.first);
  return p !== undefined && MONTH_FORMS.has(p.norm) && !fig.words;
}

/** Whether the figure looks like a year: four digits from 1000 to 2100, nothing multiplied. */
export function yearLike(doc: AnalysedDoc, fig: Figure): boolean {
  const t = doc.tokens[fig.first]!;
  return (
    !fig.words && fig.first === fig.last && /^\d{4}$/.test(t.text) && fig.value >= 1000 && fig.value <= 2100
  );
}

/** Whether the figure opens a numbered list item ("1.", "2)") at the start of a line. */
export function listNumber(doc: AnalysedDoc, fig: Figure): boolean {
  const t = doc.tokens[fig.first]!;
  const lineStart = fig.first === 0 || t.newlineBefore;
  const n = doc.tokens[fig.last + 1];
  return lineStart && n !== undefined && (n.text === '.' || n.text === ')');
}

/** Whether the figure is glued into a name or code: "Су-27", "COVID-19", "5G", a URL or a file name. */
export function gluedCode(doc: AnalysedDoc, fig: Figure): boolean {
  const t = doc.tokens[fig.first]!;
  const p = doc.tokens[fig.first - 1];
  if (p && !t.spaceBefore) {
    if (p.kind === 'word') return !isCurrencyCode(p.text, p.norm);
    if (
      (p.text === '-' || p.text === '/' || p.text === '_') &&
      !p.spaceBefore &&
      doc.tokens[fig.first - 2]?.kind === 'word'
    )
      return true;
    if (p.text === '/' || p.text === '@' || p.text === '=') return true;
  }
  const n = glued(doc, fig.last);
  if (n && (n.text === '/' || n.text === '@' || n.text === '_')) return true;
  // "2-6-27/2016": digits chained by more than one hyphen are a document number, not a range
  if (n && n.text === '-' && glued(doc, fig.last + 1)?.kind === 'num') {
    const after = glued(doc, fig.last + 2);
    if (after && (after.text === '-' || after.text === '/')) return true;
  }
  if (n && n.text === '.' && glued(doc, fig.last + 1)?.kind === 'word') return true;
  return false;
}

/**
 * The last token of a reference that started at `last`: "1039149-6" and lists such as
 * "пунктам 1 и 7", "статьи 105, 111" continue it.
 */
export function continuesCode(doc: AnalysedDoc, last: number): number {
  let k = last;
  for (;;) {
    const j = doc.tokens[k + 1];
    const n = doc.tokens[k + 2];
    if (!j || !n || n.kind !== 'num' || (j.norm !== 'и' && j.norm !== ',') || j.newlineBefore) break;
    const after = doc.tokens[k + 3];
    // "статьи 105 и 5 человек": a figure with a noun of its own is no part of the list
    const cue =
      after !== undefined &&
      (REFERENCE_CUES.has(after.norm) ||
        after.morph.some((r) => r.pos === 'NOUN' && REFERENCE_CUES.has(r.lemma)));
    if (after && after.kind === 'word' && !LAW_CODES.has(after.norm) && after.norm !== 'и' && !cue) break;
    k += 2;
  }
  while (
    doc.tokens[k + 1] &&
    ['-', '/', '.'].includes(doc.tokens[k + 1]!.text) &&
    !doc.tokens[k + 1]!.spaceBefore &&
    doc.tokens[k + 2]?.kind === 'num' &&
    !doc.tokens[k + 2]!.spaceBefore
  )
    k += 2;
  return k;
}

/** Whether the figure is a score or a ratio written with a colon beside it. */
export function nextToSeparator(doc: AnalysedDoc, fig: Figure): boolean {
  const n = glued(doc, fig.last);
  return n !== undefined && n.text === ':' && glued(doc, fig.last + 1)?.kind === 'num';
}

/** Whether a word glued before digits is a currency ("USD3.14", "RM42"), not part of a code. */
function isCurrencyCode(text: string, norm: string): boolean {
  return ISO_CODES.has(text) || (CURRENCY_FORMS.has(norm) && /^\p{Lu}/u.test(text));
}

/** Whether a written "один" is a pronoun: "один из", "ни одна", "одно и то же". */
export function oneAsPronoun(doc: AnalysedDoc, fig: Figure): boolean {
  if (!fig.words || fig.value !== 1 || fig.first !== fig.last) return false;
  const n = nextInLine(doc, fig.last);
  const p = prevInLine(doc, fig.first);
  if (n && ONE_AS_PRONOUN_AFTER.has(n.norm)) return true;
  if (p && ONE_AS_PRONOUN_BEFORE.has(p.norm)) return true;
  return n?.norm === 'и' && /^т(от|о|а|у|ой|ого|ом|ем)$/u.test(nextInLine(doc, fig.last + 1)?.norm ?? '');
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s\]\)"»]+/gu;

/** Ranges of URLs in the text, whose digits are no figures: one pass, only when a URL may be there. */
export function urlRanges(doc: AnalysedDoc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!doc.lower.includes('http') && !doc.lower.includes('www.')) return out;
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(doc.text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}
