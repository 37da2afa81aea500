// Durations: "за последние 5 лет", "в течение последних пяти лет", "два года", "не более трёх лет",
// "1 час 55 минут", "три с половиной месяца", "полтора месяца" (P1.5M), "полгода", "четверть часа",
// and a bare unit where it can only be a length of time ("ровно месяц", "на год", "сутки").
import { hasTags } from '../../../document/analyse/index.js';
import { formatDuration, type DurationTerm } from '../format.js';
import {
  AGE_CUES,
  AGE_SKIP_WORDS,
  DURATION_LEADS,
  TERM_NOUN_LEMMAS,
  UNIT_FORMS,
  UNITS,
} from '../constants.js';
import { COUNT, L, R, UNIT, UNIT_ANCHORS, alt, countValue, pattern, unitKey } from '../patterns.js';
import type { Candidate, ParseContext, Parser } from '../types.js';
import { spanOfMatch, tokenBefore, wordAfter } from './shared.js';
import { cand } from '../candidate.js';

const LEAD = `(?:${alt(DURATION_LEADS)})`;
/** Verbs an age goes with ("ему 15 лет исполнилось", "было", "стукнуло"). */
const AGE_VERBS = /^(?:исполниться|исполняться|быть|стукнуть|стать|казаться|выглядеть)$/u;
/** Leads that frame a length of time, never an age: "в течение пяти лет", "на протяжении двух лет". */
const TIME_FRAME_LEAD =
  /^(?:в течение|на протяжении|в продолжение|за последн|за прошедш|за минувш|в последн|в ближайш|последн|ближайш|долги|спустя|(?:в|на|за) следующ|следующ|по истечении|(?:более|менее) чем за)/u;
const AGE_BEFORE = new RegExp(`(?:${alt(AGE_CUES)})(?: +(?:${alt(DURATION_LEADS)}))?(?: +от)? *$`, 'u');

/** One term of a duration from a count and a unit word; null when the unit word is unknown. */
export function term(count: number, unitWord: string): DurationTerm | null {
  const key = unitKey(unitWord);
  if (key === undefined) return null;
  const u = UNITS[key]!;
  return { amount: count * u.factor, unit: u.iso, time: u.time };
}

const AGE_SKIP = new Set(AGE_SKIP_WORDS);
const AGE_CUE_WORDS = new Set(AGE_CUES.filter((c) => !c.includes(' ')));
const TERM_NOUNS = new Set(TERM_NOUN_LEMMAS);
const LOCATIVE_UNIT_FORMS = new Set([
  'годах',
  'месяцах',
  'неделях',
  'днях',
  'сутках',
  'часах',
  'минутах',
  'секундах',
  'кварталах',
  'десятилетиях',
  'веках',
  'квартале',
  'месяце',
  'неделе',
  'дне',
  'часе',
  'годе',
]);

/** Verbs that state an age before "N лет" ("Рено было 54 года", "ей должно было исполниться 80 лет"). */
/** Verbs before "до N лет" that make it the age someone lived to. */
const LIVED_TO = new Set(['дожить', 'прожить', 'доживать']);
const AGE_VERB_LEMMAS = new Set(['быть', 'исполниться', 'исполняться', 'стукнуть']);

/**
 * Where a list of counts that share one unit starts: "30, 20 и 19 лет", "(10, 9 и 8 лет)" read as
 * "19 лет" would. `start` is where the last count stands.
 */
function listStart(ctx: ParseContext, start: number): number {
  const { tokens } = ctx.doc;
  let i = ctx.doc.tokenAt(start);
  while (i >= 2) {
    const sep = tokens[i - 1]!;
    const num = tokens[i - 2]!;
    if ((sep.norm === ',' || sep.norm === 'и' || sep.norm === '-' || sep.norm === '–') && num.kind === 'num')
      i -= 2;
    else break;
  }
  return tokens[i]?.start ?? start;
}

/** Whether "N лет" at this place is somebody's age, which the numbers extractor owns. */
export function looksLikeAge(
  ctx: ParseContext,
  start: number,
  end: number,
  unitWord: string,
  hasLead = false,
): boolean {
  if (unitKey(unitWord) !== 'year') return false;
  const lower = ctx.doc.lower;
  // a list shares its context: "Им было 30, 20 и 19 лет", "в возрасте 19-32 лет"
  if (!hasLead) start = listStart(ctx, start);
  const before = lower.slice(Math.max(0, start - 24), start);
  if (AGE_BEFORE.test(before)) return true;
  // "в 19 лет вступил", "с 14 лет работал" (at / since the age of), "(51 год)" after a name
  if (/(?:^|[^\p{L}])[вс] *$/u.test(before)) return true;
  // with a lead word, a verb right after is what the length of time is about: "Попова уже шесть
  // лет ведёт", "позволило Младичу более 15 лет скрываться"; an age takes only its own verbs
  // ("исполнилось"). Without one, "Девочка 8 лет пропала" is still an age.
  const next = hasLead ? wordAfter(ctx, end)?.tok : undefined;
  const verb = next?.morph[0];
  if (verb && (verb.pos === 'VERB' || verb.pos === 'INFN') && !AGE_VERBS.test(verb.lemma)) return false;
  // "Кравцову 39 лет", "ему было 63 года", "девочка 8 лет", "Келли 52 года."
  let prev = tokenBefore(ctx, start);
  // "сборная до 18 лет", "детей от 13 до 18 лет": an age limit after a noun; after a verb or a term
  // of punishment ("грозит до восьми лет", "лишение свободы до трёх лет") it is a length of time
  if (/^до +/.test(lower.slice(start, end))) {
    let head = prev;
    if (head?.kind === 'num') {
      const from = tokenBefore(ctx, head.start);
      head = from?.norm === 'от' ? tokenBefore(ctx, from.start) : undefined;
    }
    const r = head?.kind === 'word' ? head.morph[0] : undefined;
    if (r && (r.pos === 'NOUN' || r.pos === 'ADJF') && !TERM_NOUNS.has(r.lemma)) return true;
    // "дожил до 90 лет"; "возраст выхода на пенсию повысится до 60 лет"
    if (r && (r.pos === 'VERB' || r.pos === 'INFN') && LIVED_TO.has(r.lemma)) return true;
    if (/(?:^|[^а-я])возраст[а-я]*(?: +[а-я]+){0,5} *$/u.test(lower.slice(Math.max(0, start - 60), start)))
      return true;
  }
  for (let k = 0; k < 4 && prev && prev.kind === 'word'; k++) {
    // "Тогда Рено было 54 года", "ей должно было исполниться 80 лет"
    if (prev.morph.some((p) => (p.pos === 'VERB' || p.pos === 'INFN') && AGE_VERB_LEMMAS.has(p.lemma)))
      return true;
    if (!AGE_SKIP.has(prev.norm)) break;
    prev = tokenBefore(ctx, prev.start);
  }
  const after = lower.slice(end, end + 2);
  // "В жертву, 56 лет, было…", "Мишель Бачелет — 54 года,", "Топалов, 31 год (родился"
  if (
    !hasLead &&
    prev &&
    (prev.norm === ',' || prev.norm === '–' || prev.norm === '-') &&
    /^ *[,.;)(]/.test(after)
  )
    return true;
  if (prev && prev.kind === 'word' && !prev.morph.some((p) => p.pos === 'PREP' || p.pos === 'CONJ')) {
    // "Маккарти, которой сейчас 51 год"
    if (AGE_CUE_WORDS.has(prev.norm)) return true;
    const r = prev.morph[0];
    if (r && r.case === 'datv' && (r.pos === 'NOUN' || r.pos === 'NPRO' || r.pos === 'ADJF')) return true;
    if (
      r &&
      r.pos === 'NOUN' &&
      r.case === 'nomn' &&
      (r.tags.has('anim') || prev.upper) &&
      /^ *[.,;)]/.test(after)
    )
      return true;
    if (r && r.pos === 'NOUN' && r.case === 'nomn' && r.tags.has('anim') && r.tags.has('sing')) return true;
    // "Ирина Симонова 52 года": a surname in the nominative
    if (r && r.name !== null && prev.upper && r.case === 'nomn') return true;
  }
  if (/\( *$/.test(before) && /^ *\)/.test(lower.slice(end, end + 3))) return true;
  return /^ +от +роду/.test(lower.slice(end, end + 10));
}

const OLDER_YOUNGER = /^(?:старше|младше|моложе)$/u;

/**
 * Whether a length is how much older or younger someone is: "младше его на год", "на несколько
 * месяцев старше" (a difference of ages, not a length of time in the story).
 */
export function comparesAges(ctx: ParseContext, start: number, end: number): boolean {
  const next = wordAfter(ctx, end);
  if (next && OLDER_YOUNGER.test(next.norm)) return true;
  let prev = tokenBefore(ctx, start);
  for (let k = 0; k < 2 && prev && prev.kind === 'word'; k++) {
    if (OLDER_YOUNGER.test(prev.norm)) return true;
    prev = tokenBefore(ctx, prev.start);
  }
  return false;
}

/** Whether the span opens a quoted title («Три минуты тишины», «Один день Ивана Денисовича»). */
export function quotedTitle(ctx: ParseContext, start: number, end: number): boolean {
  void end;
  return ctx.doc.view[start - 1] === '"' && /^\p{Lu}/u.test(ctx.doc.text.slice(start, start + 1));
}

function durationCandidate(
  m: RegExpExecArray,
  terms: DurationTerm[],
  vague: boolean,
  grain: string | undefined,
): Candidate {
  const c: Candidate = cand(spanOfMatch(m), {
    kind: 'duration',
    grain: (grain ?? null) as Candidate['grain'],
    relative: false,
    source: 'duration',
  });
  if (vague) return cand(c, { unresolved: 'a vague count ("несколько")' });
  return cand(c, { value: formatDuration(terms) });
}

const TERM = `(${COUNT})(?: +с +(половиной))? *(${UNIT})`;
/**
 * A year with its word ("2025 года", "в 1990-х годах" aside): four digits before a year unit are a
 * year, never a count of years. Every year mention with its word met this pattern, three in four of
 * its matches on news, each turned away by the builder; and the builder turned away the whole match,
 * so a length after it was lost ("в 1983 годах и три года", "до 2012 года 13 лет"). A lookahead
 * keeps the pattern from starting a length there.
 */
const NOT_A_YEAR = `(?!\\d{4}(?: +с +половиной)? *${alt(UNIT_FORMS['year']!)}${R})`;

export const durationCountParser: Parser = {
  name: 'duration',
  // a unit word standing whole; a gate over the count before it as well passed 85% of the
  // sentences that had a unit word, and cost more than the pattern it spared
  anchors: UNIT_ANCHORS,
  // each term ends with its unit: before the first, a lead, a count of up to three tokens ("1,5",
  // "двадцать пять") and "с половиной"; the later terms are as close to the unit before them
  pattern: pattern(
    `${L}(?:(${LEAD}) +)?${NOT_A_YEAR}${TERM}(?: +(?:и +)?${TERM})?(?: +(?:и +)?${TERM})?${R}`,
  ),
  build(m, ctx) {
    const lead = m[1];
    const terms: DurationTerm[] = [];
    let vague = false;
    let firstUnit: string | undefined;
    for (let k = 0; k < 3; k++) {
      const countStr = m[2 + k * 3];
      const half = m[3 + k * 3];
      const unitWord = m[4 + k * 3];
      if (countStr === undefined || unitWord === undefined) continue;
      const n = countValue(countStr);
      if (n === null) return null;
      if (Number.isNaN(n)) vague = true;
      const t = term((Number.isNaN(n) ? 0 : n) + (half ? 0.5 : 0), unitWord);
      if (!t) return null;
      terms.push(t);
      firstUnit ??= unitWord;
    }
    if (!firstUnit) return null;
    const key = unitKey(firstUnit)!;
    const firstCount = m[2]!;
    // "в 15 часов" is a time of day; "в возрасте 52 лет" an age
    const { start, end } = spanOfMatch(m);
    if (
      lead === undefined &&
      key === 'hour' &&
      /(?:^|[^\p{L}])(?:в|к|около|после|до|с) *$/u.test(ctx.doc.lower.slice(Math.max(0, start - 8), start))
    )
      return null;
    if (key === 'hour' && /^ +(?:утра|дня|вечера|ночи)(?![\p{L}])/u.test(ctx.doc.lower.slice(end, end + 8)))
      return null;
    const numStart = m.index + m[0].indexOf(firstCount, lead ? lead.length : 0);
    if (
      !(lead && TIME_FRAME_LEAD.test(lead)) &&
      looksLikeAge(ctx, lead ? start : numStart, end, firstUnit, lead !== undefined)
    )
      return null;
    if (/^ч$/.test(firstUnit) && /^\d/.test(firstCount) === false) return null;
    // "ст. 115 ч. 2" is a law's part, not hours
    if (
      firstUnit === 'ч' &&
      (/^\. *\d/.test(ctx.doc.lower.slice(end, end + 4)) ||
        /ст\. *$/.test(ctx.doc.lower.slice(Math.max(0, start - 6), start)))
    )
      return null;
    // "в четырёх кварталах", "на первых 23 секундах": a place in the prepositional case, not a length
    if (LOCATIVE_UNIT_FORMS.has(firstUnit)) return null;
    // "на 85 году жизни": a singular "году" after a count is an ordinal year of life, not a length
    if (/^(?:году|годе|годом)$/.test(firstUnit) && countValue(firstCount) !== 1) return null;
    if (quotedTitle(ctx, start, end) || comparesAges(ctx, start, end)) return null;
    return durationCandidate(m, terms, vague, UNITS[key]!.grain);
  },
};

/** Half of a unit as a whole smaller unit where there is one: half a year is P6M, half a day PT12H. */
export function halfOf(key: string): DurationTerm {
  switch (key) {
    case 'year':
      return { amount: 6, unit: 'M', time: false };
    case 'century':
      return { amount: 50, unit: 'Y', time: false };
    case 'month':
      return { amount: 15, unit: 'D', time: false };
    case 'day':
      return { amount: 12, unit: 'H', time: true };
    case 'hour':
      return { amount: 30, unit: 'M', time: true };
    case 'minute':
      return { amount: 30, unit: 'S', time: true };
    default: {
      const u = UNITS[key]!;
      return { amount: 0.5 * u.factor, unit: u.iso, time: u.time };
    }
  }
}

const HALF_UNITS: Readonly<Record<string, string>> = {
  час: 'hour',
  часа: 'hour',
  дня: 'day',
  суток: 'day',
  недели: 'week',
  месяца: 'month',
  года: 'year',
  века: 'century',
  минуты: 'minute',
  столетия: 'century',
};

export const durationHalfParser: Parser = {
  name: 'duration-half',
  anchors: {
    words: [
      ...['пол', 'четверть', 'четверти'],
      ...Object.keys(HALF_UNITS).flatMap((u) => [`пол${u}`, `полу${u}`]),
    ],
  },
  pattern: pattern(
    `${L}(?:(${LEAD}) +)?(?:пол(?:-| +|у)?(${alt(Object.keys(HALF_UNITS))})|(${COUNT})? *(четверть|четверти) +часа)${R}`,
  ),
  build(m) {
    const [, , halfUnit, quarterCount] = m;
    if (halfUnit !== undefined) {
      const key = HALF_UNITS[halfUnit]!;
      return durationCandidate(m, [halfOf(key)], false, UNITS[key]!.grain);
    }
    const n = quarterCount === undefined ? 1 : countValue(quarterCount);
    if (n === null || Number.isNaN(n)) return null;
    return durationCandidate(m, [{ amount: 15 * n, unit: 'M', time: true }], false, 'minute');
  },
};

/** Unit forms that stand alone as "one unit of time" (nominative or accusative singular, diminutives). */
const BARE_FORMS = [
  'секунда',
  'секунду',
  'секундочку',
  'минута',
  'минуту',
  'минутка',
  'минутку',
  'минуточка',
  'минуточку',
  'час',
  'часик',
  'часок',
  'часочек',
  'сутки',
  'неделя',
  'неделю',
  'месяц',
  'квартал',
];
/** With a lead word the genitive and "год"/"день" are safe too ("около года", "на год", "за день"). */
const LEAD_FORMS = [
  'секунды',
  'минуты',
  'часа',
  'суток',
  'недели',
  'месяца',
  'года',
  'дня',
  'год',
  'день',
  'века',
  'десятилетия',
  'десятилетий',
];
const BARE_LEADS = [
  'ровно',
  'целый',
  'целую',
  'целые',
  'целых',
  'почти',
  'около',
  'примерно',
  'приблизительно',
  'где-то',
  'более',
  'больше',
  'менее',
  'меньше',
  'свыше',
  'не более',
  'не менее',
  'в течение',
  'на протяжении',
  'уже',
  'еще',
  'всего',
  'лишь',
  'на',
  'за',
  'до',
  'спустя',
  'последний',
  'последнюю',
  'последние',
];

export const durationBareParser: Parser = {
  name: 'duration-bare',
  anchors: UNIT_ANCHORS,
  // a lead and a unit form, or a bare form alone: "года" with no lead is never built (a year's word)
  pattern: pattern(
    `${L}(?:(${alt(BARE_LEADS)}) +(${alt([...BARE_FORMS, ...LEAD_FORMS])})|(${alt(BARE_FORMS)}))${R}`,
  ),
  build(m, ctx) {
    const [, lead, withLead, alone] = m;
    const w = (withLead ?? alone)!;
    const { start, end } = spanOfMatch(m);
    const tokIdx = ctx.doc.tokenAt(end - w.length);
    const tok = ctx.doc.tokens[tokIdx];
    if (!tok) return null;
    const sent = ctx.doc.sentences[tok.sentence];
    if (quotedTitle(ctx, start, end) || comparesAges(ctx, start, end)) return null;
    // a capitalised unit mid-sentence is a name ("День Победы", "Час земли")
    if (tok.upper && sent && sent.firstToken !== tok.i) return null;
    if (lead === undefined) {
      const prev = tokenBefore(ctx, start);
      if (prev && prev.kind === 'word') {
        const r = prev.morph[0];
        if (
          r &&
          (r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR' || r.pos === 'NPRO' || r.pos === 'PREP')
        )
          return null;
      }
      if (prev && (prev.kind === 'num' || prev.kind === 'numword')) return null;
    }
    const next = wordAfter(ctx, end);
    if (next?.tok) {
      // "день рождения", "час пик", "неделя моды", "месяц назад" (another parser)
      if (next.norm === 'назад' || next.norm === 'спустя') return null;
      if (hasTags(next.tok, 'NOUN', 'gent') || next.norm === 'пик') return null;
    }
    if (w.startsWith('пол')) {
      const key = HALF_UNITS[w.slice(3)];
      return key === undefined ? null : durationCandidate(m, [halfOf(key)], false, UNITS[key]!.grain);
    }
    const key = unitKey(w);
    if (key === undefined) return null;
    const u = UNITS[key]!;
    return durationCandidate(m, [{ amount: u.factor, unit: u.iso, time: u.time }], false, u.grain);
  },
};
