// Holidays by name: "на Наурыз", "в новогодние праздники", "к Новому году", "в Рождество", "День
// Победы", "День Независимости" (the day or days in data/holidays.ts, for the country named after it or
// the outlet's). The year is inferred as for a day-month written without one ("к 1 сентября").
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import {
  COUNTRY_DOMAINS,
  COUNTRY_OFFSETS,
  DEFAULT_COUNTRY,
  HOLIDAY_COUNTRIES,
  HOLIDAYS,
  HOLIDAY_LEMMAS,
  type HolidayDays,
} from '../data/holidays.js';
import { inferYear, tenseAt } from '../context.js';
import { L, R, alt, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { PREP, spanOfMatch, unresolved } from './shared.js';
import { cand } from '../candidate.js';

const BY_FORM = new Map<string, (typeof HOLIDAYS)[number]>();
for (const h of HOLIDAYS) for (const f of h.forms) BY_FORM.set(f, h);

/** The outlet's country: by its address's top-level domain, else by its offset from UTC. */
export function outletCountry(doc: AnalysedDoc): string {
  const tld = /^[a-z]+:\/\/[^/?#]*\.([a-z]+)(?:[:/?#]|$)/i.exec(doc.meta.url ?? '')?.[1]?.toLowerCase();
  const byDomain = tld === undefined ? undefined : COUNTRY_DOMAINS[tld];
  if (byDomain) return byDomain;
  const offset = doc.meta.tzOffsetMinutes;
  return (offset === null ? undefined : COUNTRY_OFFSETS[offset]) ?? DEFAULT_COUNTRY;
}

/** The words a holiday's name is told by: every word of its forms but "день" and its cases. */
export const HOLIDAY_WORDS = [...BY_FORM.keys()]
  .flatMap((f) => f.split(' '))
  .filter((w) => !/^(?:день|дня|дню|днем|дне)$/.test(w));

export const holidayParser: Parser = {
  name: 'holiday',
  anchors: { lemmas: HOLIDAY_LEMMAS, words: HOLIDAY_WORDS },
  // "в | день | единства | народа | казахстана", a country after
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(${alt(BY_FORM.keys())})(?: +(${alt(Object.keys(HOLIDAY_COUNTRIES))}))?${R}`,
  ),
  build(m, ctx) {
    const [, , name, countryWord] = m;
    const holiday = BY_FORM.get(name!)!;
    const named = countryWord === undefined ? undefined : HOLIDAY_COUNTRIES[countryWord];
    const days: HolidayDays | undefined =
      holiday.days[named ?? outletCountry(ctx.doc)] ?? holiday.days['*'] ?? holiday.days[DEFAULT_COUNTRY];
    // a country named after a holiday it does not keep: "День независимости" of a country not in the table
    if (!days || (named !== undefined && !holiday.days[named] && !holiday.days['*'])) return null;
    // "новый год" in lower case is the coming year as often as the holiday: only with a preposition
    if (m[1] === undefined && /^нов/.test(name!) && !ctx.doc.tokens[ctx.doc.tokenAt(m.index)]?.upper)
      return null;
    const base = cand(spanOfMatch(m), {
      kind: days.length === 2 ? 'date' : 'range',
      grain: 'day',
      source: 'holiday',
    });
    if (!ctx.ref) return unresolved(base);
    const [m1, d1] = days;
    const y = inferYear(ctx.ref, m1, d1, tenseAt(ctx, base.start));
    const from = { y, m: m1, d: d1 };
    if (days.length === 2) return cand(base, { relative: true, parts: from });
    const [, , m2, d2] = days;
    const to = m2 < m1 ? { y: y + 1, m: m2, d: d2 } : { y, m: m2, d: d2 };
    return cand(base, { relative: true, parts: from, toParts: to });
  },
};
