// Currencies beside an amount: "1 млрд тенге", "$3 млрд", "500 млрд руб.", "42 BYN", "EUR 20",
// "5 млн американских долларов", "3 млрд долларов США".
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import {
  CURRENCY_COUNTRY,
  CURRENCY_FORMS,
  CURRENCY_LEMMAS,
  CURRENCY_SYMBOLS,
  CURRENCY_TAILS,
  ISO_CODES,
  SUBUNITS,
  SYMBOL_PREFIXES,
} from '../data/currencies.js';
import { glued, nextInLine, periodAfter, periodEndsSentence, prevInLine } from './tokens.js';

/** A currency found beside an amount: its code and the tokens it covers. */
export interface CurrencyMatch {
  code: string;
  first: number;
  last: number;
}

/** The currency a single token names, with the lemma it was found by (for country adjectives). */
export function currencyOf(t: Token | undefined): { code: string; lemma: string | null } | null {
  if (!t) return null;
  if (t.kind === 'symbol') {
    const c = CURRENCY_SYMBOLS.get(t.text);
    return c ? { code: c, lemma: null } : null;
  }
  if (t.kind !== 'word') return null;
  if (ISO_CODES.has(t.text)) return { code: t.text, lemma: null };
  const f = CURRENCY_FORMS.get(t.norm);
  if (f) return { code: f, lemma: lemmaForCode(t) };
  for (const p of t.morph) {
    if (p.pos !== 'NOUN') continue;
    const c = CURRENCY_LEMMAS.get(p.lemma);
    if (c) return { code: c, lemma: p.lemma };
  }
  return null;
}

function lemmaForCode(t: Token): string | null {
  for (const p of t.morph) if (CURRENCY_LEMMAS.has(p.lemma)) return p.lemma;
  return null;
}

/** A currency after token i: optional country adjective, the currency, its period and "США". */
export function currencyAfter(doc: AnalysedDoc, i: number): CurrencyMatch | null {
  let k = i + 1;
  let t = doc.tokens[k];
  if (!t || t.newlineBefore) return null;
  let adjective: Token | undefined;
  if (t.kind === 'word' && !currencyOf(t) && t.morph.some((p) => p.pos === 'ADJF')) {
    adjective = t;
    k++;
    t = nextInLine(doc, k - 1);
  }
  // "US$ 3.14" after the figure: "3.14US$"
  if (t && t.kind === 'word' && SYMBOL_PREFIXES.has(t.text) && glued(doc, k)?.text === '$') {
    return { code: SYMBOL_PREFIXES.get(t.text)!, first: k, last: k + 1 };
  }
  const c = currencyOf(t);
  if (!c || !t) return null;
  let code = c.code;
  if (adjective) {
    const byCountry = c.lemma ? CURRENCY_COUNTRY.get(c.lemma) : undefined;
    const adjLemma = adjective.morph.find((p) => p.pos === 'ADJF')?.lemma ?? '';
    const cc = byCountry?.get(adjLemma);
    if (!cc) return null;
    code = cc;
  }
  let last = k;
  // "20 €ur"
  if (t.text === '€' && glued(doc, k)?.norm === 'ur') last++;
  if (t.kind === 'word' && periodAfter(doc, last) && !periodEndsSentence(doc, last) && t.norm.length <= 4)
    last++;
  const tail = nextInLine(doc, last);
  const tails = c.lemma ? CURRENCY_TAILS.get(c.lemma) : undefined;
  const tailCode = tail ? tails?.get(tail.norm) : undefined;
  if (tailCode) {
    code = tailCode;
    last++;
  }
  return { code, first: adjective ? i + 1 : k, last };
}

/** A currency symbol or code before the amount at token i ("$3 млрд", "US$ 3.14", "EUR 20", "грн 3.04"). */
export function currencyBefore(doc: AnalysedDoc, i: number, floor = 0): CurrencyMatch | null {
  if (i - 1 < floor) return null;
  const t = prevInLine(doc, i);
  if (!t) return null;
  // "Rs. 20": an abbreviated currency with its period
  if (t.text === '.' && i - 2 >= floor) {
    const a = prevInLine(doc, i - 1);
    if (a && a.kind === 'word' && CURRENCY_FORMS.has(a.norm) && !prevInLine(doc, i - 2))
      return { code: CURRENCY_FORMS.get(a.norm)!, first: i - 2, last: i - 1 };
    return null;
  }
  if (t.kind === 'symbol') {
    const c = CURRENCY_SYMBOLS.get(t.text);
    if (!c) return null;
    const p = doc.tokens[i - 2];
    if (p && i - 2 >= floor && !t.spaceBefore && p.kind === 'word' && SYMBOL_PREFIXES.has(p.text))
      return { code: SYMBOL_PREFIXES.get(p.text)!, first: i - 2, last: i - 1 };
    return { code: c, first: i - 1, last: i - 1 };
  }
  if (t.kind !== 'word') return null;
  if (ISO_CODES.has(t.text)) return { code: t.text, first: i - 1, last: i - 1 };
  const f = CURRENCY_FORMS.get(t.norm);
  // a currency word before the amount only where nothing else could own it ("Евро 20" as a headline)
  const c = f ?? currencyOf(t)?.code;
  if (!c) return null;
  const before = prevInLine(doc, i - 1);
  const after = nextInLine(doc, i);
  const alone = (!before || before.kind === 'punct') && (!after || after.kind === 'punct');
  return alone || (f !== undefined && t.norm.length <= 3 && !before)
    ? { code: c, first: i - 1, last: i - 1 }
    : null;
}

/** The hundredths after an amount: "43 цента", "43ц", "1 пенс" -> [hundredths value, last token]. */
export function subunitAt(doc: AnalysedDoc, i: number, figureValue: number): number | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || figureValue >= 100 || !Number.isInteger(figureValue)) return null;
  if (SUBUNITS.has(t.norm)) return i;
  return t.morph.some((p) => p.pos === 'NOUN' && SUBUNITS.has(p.lemma)) ? i : null;
}
