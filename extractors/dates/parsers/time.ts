// Times of day: "в 15:00", "около 10:00 по московскому времени", "в 10 часов утра", "в три часа ночи",
// "в 9 утра", "в 15.30 по местному времени". Alone they are kind "time"; a refiner joins them to a day.
import { formatTime } from '../format.js';
import { DAY_PARTS, NUMBER_WORDS } from '../constants.js';
import { L, LETTERS, R, alt, pattern, wordTest } from '../patterns.js';
import type { Candidate, ParseContext, Parser } from '../types.js';
import { spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';

const PREP_T = '(?:в|во|к|ко|около|примерно +в|до|с|со|после|начиная +с|по)';
const ZONE = `(?: +по +[${LETTERS}-]+(?:ому|ему) +времени| +мск| +(?:утра|дня|вечера|ночи))`;
const SMALL = alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! <= 24));

/** A 24-hour clock value from an hour written with a part of the day ("10 вечера" -> 22). */
export function clockHour(h: number, part: string | undefined): number | null {
  if (h > 24) return null;
  const p = part === undefined ? undefined : DAY_PARTS[part];
  if (p === 'evening' || p === 'day') return h < 12 && !(p === 'day' && h >= 11) ? h + 12 : h;
  if (p === 'night') return h === 12 ? 0 : h >= 9 && h <= 11 ? h + 12 : h;
  return h === 24 ? 0 : h;
}

/** Zones a time may name, in minutes east of UTC (standard time: Moscow has kept +03:00 since 2014,
 * Kazakhstan +05:00 since March 2024; Kyiv's summer time is not tracked). */
const NAMED_ZONES: ReadonlyArray<[RegExp, number]> = [
  [/мск|московск/u, 180],
  [/минск/u, 180],
  [/киевск/u, 120],
  [/астанинск|алматинск|ташкентск/u, 300],
  [/бишкекск/u, 360],
  [/гринвич|всемирн/u, 0],
];

/** The offset a zone phrase after a time names, or undefined ("по местному времени": the outlet's). */
function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  return NAMED_ZONES.find(([re]) => re.test(zone))?.[1];
}

function timeCandidate(
  m: RegExpExecArray,
  ctx: ParseContext,
  hh: number,
  mi: number | undefined,
  zone?: string,
): Candidate {
  const named = zoneOffset(zone);
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
  gate: /\d[:.]\d\d/u,
  pattern: pattern(`${L}(?:(${PREP_T}) +)?([01]?\\d|2[0-3])([:.])([0-5]\\d)(?!\\d|[.,:]\\d)(${ZONE})?${R}`),
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
    return timeCandidate(m, ctx, hh, Number(ms), zone);
  },
};

/** "в полдень", "в полночь", "около полудня". */
export const noonParser: Parser = {
  name: 'noon',
  gate: /полд|полноч|полуд|полуноч/u,
  pattern: pattern(
    `${L}(?:(?:в|к|около|до|после|с) +)?(полдень|полудня|полуднем|полночь|полуночи|полуночью)${R}`,
  ),
  build(m, ctx) {
    return timeCandidate(m, ctx, m[1]!.startsWith('полд') || m[1]!.startsWith('полуд') ? 12 : 0, undefined);
  },
};

export const hourWordsParser: Parser = {
  name: 'hour-words',
  gate: /\d\S* +(?:час\S* +)?(?:утра|дня|вечера|ночи)|(?:в|около|к|до|с|после) +\S+ +час|час +(?:ночи|дня)/u,
  hint: wordTest(['час', 'часа', 'часов', 'утра', 'дня', 'вечера', 'ночи']),
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
