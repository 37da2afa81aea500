// Reads a figure written in digits, in Russian and international typography.

/** A figure read from digits, or the reason the digits are not a figure. */
export type DigitsReading =
  | { ok: true; value: number; decimal: boolean; leadingZero: boolean }
  | { ok: false; reason: 'date' | 'time' | 'code' };

export interface DigitsOptions {
  /** a currency symbol stands before: "$10,000" uses the comma for thousands */
  latinContext?: boolean;
  /** a multiplier follows: "1.500 млн" is one and a half, not fifteen hundred */
  multiplierFollows?: boolean;
}

const DATE_RE = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;
const DOT_GROUPS_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_GROUPS_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SIMPLE_RE = /^\d+(?:[.,]\d+)?$/;
const FRACTION_RE = /^(\d+)\/(\d+)$/;

/** Reads one num token's text ("1,5", "1.844.036.360,12", "01.10", "1/8"). */
export function readDigits(s: string, opts: DigitsOptions = {}): DigitsReading {
  if (s.includes(':')) return { ok: false, reason: 'time' };
  if (DATE_RE.test(s)) return { ok: false, reason: 'date' };
  const leadingZero = /^0\d/.test(s);
  const frac = FRACTION_RE.exec(s);
  if (frac) {
    const den = Number(frac[2]);
    if (den === 0) return { ok: false, reason: 'code' };
    return { ok: true, value: Number(frac[1]) / den, decimal: true, leadingZero };
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots >= 2 || (dots === 1 && commas === 1 && s.indexOf('.') < s.indexOf(','))) {
    if (!DOT_GROUPS_RE.test(s)) return { ok: false, reason: 'code' };
    return fromPlain(s.replace(/\./g, '').replace(',', '.'), leadingZero);
  }
  if (commas >= 2 || (dots === 1 && commas >= 1)) {
    if (!COMMA_GROUPS_RE.test(s)) return { ok: false, reason: 'code' };
    return fromPlain(s.replace(/,/g, ''), leadingZero);
  }
  if (!SIMPLE_RE.test(s)) return { ok: false, reason: 'code' };
  const sep = s.search(/[.,]/);
  if (sep < 0) return fromPlain(s, leadingZero);
  const intPart = s.slice(0, sep);
  const fracPart = s.slice(sep + 1);
  // "$10,000" and "2.500 человек" group thousands; "1,5", "0,125 мм" and "1.500 млн" are fractions
  const groupsThousands =
    fracPart.length === 3 &&
    !/^0/.test(intPart) &&
    !opts.multiplierFollows &&
    (s[sep] === '.' ? !opts.latinContext : opts.latinContext === true);
  if (groupsThousands) return fromPlain(intPart + fracPart, leadingZero);
  return fromPlain(`${intPart}.${fracPart}`, leadingZero);
}

function fromPlain(plain: string, leadingZero: boolean): DigitsReading {
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: 'code' };
  return { ok: true, value, decimal: plain.includes('.'), leadingZero };
}

/** Whether a token's text is a three-digit group that continues "1 000 000" (optionally with a fraction). */
export function isThousandsGroup(s: string): boolean {
  return /^\d{3}(?:,\d+)?$/.test(s);
}
