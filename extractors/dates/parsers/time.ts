// Times of day: "в 15:00", "около 10:00 по московскому времени", "в 10 часов утра", "в три часа ночи",
// "в 9 утра", "в 15.30 по местному времени". Alone they are kind "time"; a refiner joins them to a day.
import { formatTime } from '../format.js';
import { AMOUNT_WORD, DAY_PARTS, NUMBER_WORDS, SCORE_BEFORE } from '../constants.js';
import { L, LETTERS, R, alt, pattern } from '../patterns.js';

/** Noon and midnight in the forms a time takes. */
const NOON_WORDS = ['полдень', 'полудня', 'полуднем', 'полночь', 'полуночи', 'полуночью'];
import type { Candidate, ParseContext, Parser } from '../types.js';
import { spanOfMatch, wordAfter } from './shared.js';
import { cand } from '../candidate.js';
import { tzOffsetMinutes } from '../../../document/time/index.js';
import { ZONE_ABBREVIATIONS, ZONE_ADJECTIVES, ZONE_PLACES } from '../data/zones.js';

const PREP_T = '(?:в|во|к|ко|около|примерно +в|до|с|со|после|начиная +с|по)';
const ABBREVIATIONS = Object.keys(ZONE_ABBREVIATIONS).filter((w) => w !== 'гринвичу');
/** A zone after a time ("по московскому времени", "по времени Астаны", "мск", "по Гринвичу", "UTC+5",
 * "(CET)"), or a part of the day ("утра"). */
const ZONE =
  `(?: +по +(?:[${LETTERS}-]+(?:ому|ему) +времени(?: +(?:${alt(Object.keys(ZONE_PLACES))}))?` +
  `|времени +(?:${alt(Object.keys(ZONE_PLACES))})|гринвичу)` +
  `| *\\(?(?:${alt(ABBREVIATIONS)})(?: *[+-] *\\d{1,2}(?::?\\d\\d)?)?\\)?| +(?:утра|дня|вечера|ночи))`;
const SMALL = alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! <= 24));

/** A 24-hour clock value from an hour written with a part of the day ("10 вечера" -> 22). */
export function clockHour(h: number, part: string | undefined): number | null {
  if (h > 24) return null;
  const p = part === undefined ? undefined : DAY_PARTS[part];
  if (p === 'evening' || p === 'day') return h < 12 && !(p === 'day' && h >= 11) ? h + 12 : h;
  if (p === 'night') return h === 12 ? 0 : h >= 9 && h <= 11 ? h + 12 : h;
  return h === 24 ? 0 : h;
}

/** A zone's word and a shift from it: "utc+5", "мск+2". */
const SHIFTED = /([a-zа-я]+) *([+-]) *(\d{1,2})(?::?(\d\d))?/u;

/**
 * The offset a zone phrase after a time names (data/zones.ts), in minutes east of UTC on the
 * publication day, or undefined ("по местному времени", an unknown place: the outlet's).
 */
export function zoneOffset(zone: string | undefined, ctx: ParseContext): number | undefined {
  if (!zone) return undefined;
  const at = ctx.ref ? new Date(Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d, 12)) : new Date();
  const shifted = SHIFTED.exec(zone);
  for (const w of zone.split(/[^a-zа-я-]+/u)) {
    const name = ZONE_ADJECTIVES[w] ?? ZONE_PLACES[w] ?? ZONE_ABBREVIATIONS[w];
    if (name === undefined) continue;
    const base = tzOffsetMinutes(name, at);
    if (base === null) return undefined;
    if (!shifted || shifted[1] !== w) return base;
    const by = Number(shifted[3]) * 60 + Number(shifted[4] ?? 0);
    return base + (shifted[2] === '-' ? -by : by);
  }
  return undefined;
}

function timeCandidate(
  m: RegExpExecArray,
  ctx: ParseContext,
  hh: number,
  mi: number | undefined,
  zone?: string,
): Candidate {
  const named = zoneOffset(zone, ctx);
  const c: Candidate = cand(spanOfMatch(m), {
    kind: 'time',
    grain: mi === undefined ? 'hour' : 'minute',
    relative: false,
    source: 'time',
    value: formatTime(hh, mi ?? 0, named ?? ctx.offsetMinutes),
    parts: { y: 0, hh, mi: mi ?? 0 },
  });
  return named === undefined ? c : cand(c, { offsetMinutes: named });
}

export const clockTimeParser: Parser = {
  name: 'clock-time',
  anchors: { numbers: /\d[:.]\d\d/u },
  pattern: pattern(
    `${L}(?:(${PREP_T}) +)?([01]?\\d|2[0-3])([:.])([0-5]\\d)(?!\\d|[.,:]\\d)(?: +час(?:а|ов)?(?![${LETTERS}]))?(${ZONE})?${R}`,
  ),
  build(m, ctx) {
    const [, prep, hs, sep, ms, zone] = m;
    // "12.30" is a clock time only with a preposition or a zone; a colon is enough alone
    if (sep === '.' && prep === undefined && zone === undefined) return null;
    if (sep === '.' && ms!.length !== 2) return null;
    const partWord = zone?.trim();
    const hh = clockHour(Number(hs), partWord && DAY_PARTS[partWord] ? partWord : undefined);
    if (hh === null) return null;
    // an album or film title: «4:44»
    if (ctx.doc.view[m.index - 1] === '"' && ctx.doc.view[m.index + m[0].length] === '"') return null;
    // a match score ("со счётом 15:13") or an amount ("до 11.29 миллиарда")
    if (SCORE_BEFORE.test(ctx.doc.lower.slice(Math.max(0, m.index - 20), m.index))) return null;
    if (
      sep === '.' &&
      zone === undefined &&
      AMOUNT_WORD.test(wordAfter(ctx, m.index + m[0].length)?.norm ?? '')
    )
      return null;
    return timeCandidate(m, ctx, hh, Number(ms), zone);
  },
};

/** "в полдень", "в полночь", "около полудня". */
export const noonParser: Parser = {
  name: 'noon',
  anchors: { lemmas: ['полдень', 'полночь'], words: NOON_WORDS },
  pattern: pattern(`${L}(?:(?:в|к|около|до|после|с) +)?(${NOON_WORDS.join('|')})${R}`),
  build(m, ctx) {
    return timeCandidate(m, ctx, m[1]!.startsWith('полд') || m[1]!.startsWith('полуд') ? 12 : 0, undefined);
  },
};

export const hourWordsParser: Parser = {
  name: 'hour-words',
  anchors: { lemmas: ['час', 'утро', 'день', 'вечер', 'ночь'] },
  pattern: pattern(
    `${L}(?:(${PREP_T}) +)?(\\d{1,2}|${SMALL}|час)(?: +(?:час|часа|часов))?(?: +(\\d{1,2}) +(?:минут[аы]?))?(?: +(утра|дня|вечера|ночи))?(${ZONE})?${R}`,
  ),
  build(m, ctx) {
    const [, prep, hs, mins, part, zone] = m;
    const words = m[0];
    const hasHourWord =
      /(?:^|[^\p{L}])час(?:а|ов)?(?![\p{L}])/u.test(words.slice(prep ? prep.length : 0)) || hs === 'час';
    // "10 часов" alone is a duration; a time needs "в"/"около" before it or a part of the day after it
    if (part === undefined && (prep === undefined || !hasHourWord)) return null;
    if (hs === 'час' && part === undefined) return null;
    if (!hasHourWord && part === undefined) return null;
    // "3 дня подряд", "две ночи": without a preposition or "час" these count days and nights
    if (prep === undefined && !hasHourWord && (part === 'дня' || part === 'ночи')) return null;
    // "по три часа" is so many hours each
    if (prep === 'по' && !/^\d/.test(hs!)) return null;
    const h = hs === 'час' ? 1 : /^\d/.test(hs!) ? Number(hs) : NUMBER_WORDS[hs!];
    if (h === undefined) return null;
    const hh = clockHour(h, part);
    if (hh === null || hh > 23) return null;
    return timeCandidate(m, ctx, hh, mins === undefined ? undefined : Number(mins), zone);
  },
};
