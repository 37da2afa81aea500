// Casual days and weekdays through chrono-node's Russian locale: "сегодня", "вчера", "позавчера", "завтра",
// "в понедельник", "в прошлую пятницу", "в следующий вторник". chrono finds the span and the known parts;
// a weekday without "прошлый/следующий" is then read here, past-biased unless the sentence looks ahead.
import * as chrono from 'chrono-node';
import { addDays } from '../calendar.js';
import { tenseAt } from '../context.js';
import type { Candidate, ParseContext } from '../types.js';
import { refDay } from './shared.js';
import { cand } from '../candidate.js';

/** chrono's Russian casual-day and weekday parsers only: the rest of the locale is ours, and running it costs time. */
const USED_PARSERS = new Set(['RUCasualDateParser', 'RUWeekdayParser']);

function buildChrono(): chrono.Chrono {
  const conf = chrono.ru.createCasualConfiguration();
  const parsers = conf.parsers.filter((p) => USED_PARSERS.has(p.constructor.name));
  // a bundler that renames classes leaves no match: then the whole locale runs, which is slower but right
  return parsers.length === USED_PARSERS.size
    ? new chrono.Chrono({
        parsers,
        refiners: conf.refiners.filter((r) => r.constructor.name === 'OverlapRemovalRefiner'),
      })
    : chrono.ru.casual;
}
const ruChrono = buildChrono();

/** A paragraph without a match of this holds nothing chrono is used for here. */
export const CHRONO_HINT =
  /сегодня|вчера|завтра|понедельник|вторник|среду|среды|четверг|пятниц|суббот|воскресень/u;

/** Cheap test that a sentence may hold something chrono is used for here. */
const PRECHECK = new RegExp(CHRONO_HINT.source, 'gu');
/** chrono runs on a window this many characters either side of the pre-check hit, inside its sentence. */
const WINDOW = 40;

/** Windows of text around pre-check hits, widened to word boundaries and merged when they touch. */
export function chronoWindows(ctx: ParseContext): Array<{ start: number; end: number }> {
  const { doc } = ctx;
  const out: Array<{ start: number; end: number }> = [];
  PRECHECK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRECHECK.exec(doc.lower)) !== null) {
    const tok = doc.tokens[doc.tokenAt(m.index)];
    const sent = tok ? doc.sentences[tok.sentence] : undefined;
    if (!sent) continue;
    let start = Math.max(sent.start, m.index - WINDOW);
    let end = Math.min(sent.end, m.index + m[0].length + WINDOW);
    while (start > sent.start && /\S/.test(doc.lower[start - 1]!)) start--;
    while (end < sent.end && /\S/.test(doc.lower[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}
/** Results kept from chrono: a casual day or a weekday, never digits (our parsers own those). */
const KEEP =
  /^(?:(?:в|во|на|к|ко|до|с|со|по) +)?(?:(?:прошл|следующ|будущ|минувш|эт|ближайш)[\p{L}]* +)?(?:сегодня|вчера|позавчера|завтра|послезавтра|понедельник|вторник|сред[аеуы]|четверг|пятниц[аеуы]|суббот[аеуы]|воскресень[еяю])[\p{L}]*(?: +(?:утром|днем|вечером|ночью))?$/u;
const SHIFTED = /прошл|следующ|будущ|минувш|ближайш/u;

/** The day a bare weekday points to: the latest one up to the publication day, or the next when looking ahead. */
export function weekdayDay(
  ref: { y: number; m: number; d: number; weekday: number },
  weekday: number,
  future: boolean,
): { y: number; m: number; d: number } {
  const back = (ref.weekday - weekday + 7) % 7;
  return future ? addDays(ref, (weekday - ref.weekday + 7) % 7) : addDays(ref, -back);
}

/** Candidates chrono finds in the sentences that pass the pre-check. */
export function chronoCandidates(ctx: ParseContext): Candidate[] {
  const { doc, ref } = ctx;
  const out: Candidate[] = [];
  const reference = doc.meta.published
    ? { instant: new Date(doc.meta.published), timezone: ctx.offsetMinutes ?? 0 }
    : new Date(0);
  for (const s of chronoWindows(ctx)) {
    let results: chrono.ParsedResult[];
    try {
      results = ruChrono.parse(doc.view.slice(s.start, s.end), reference);
    } catch {
      continue;
    }
    for (const r of results) {
      // chrono's weekday span may carry the comma after it ("В воскресенье,")
      const raw = r.text.replace(/[\s,.;:]+$/u, '');
      const text = raw.toLowerCase().replace(/ё/g, 'е').trim();
      // "окружающей среды" is the environment: a bare "среда" form needs a preposition to be Wednesday
      if (!KEEP.test(text) || /^сред/.test(text)) continue;
      const lead = raw.length - raw.trimStart().length;
      const start = s.start + r.index + lead;
      const end = s.start + r.index + raw.length;
      const base = { start, end, kind: 'date', grain: 'day', relative: true, source: 'chrono' } as const;
      const day = refDay(ctx);
      if (!day || !ref || Number.isNaN(reference.valueOf())) {
        out.push(cand(base, { unresolved: 'no publication date to resolve a relative date against' }));
        continue;
      }
      const weekday = r.start.isCertain('weekday') ? r.start.get('weekday') : null;
      if (weekday !== null && weekday !== undefined && !r.start.isCertain('day') && !SHIFTED.test(text)) {
        const iso = weekday === 0 ? 7 : weekday;
        const p = weekdayDay(ref, iso, tenseAt(ctx, start) === 'future');
        out.push(cand(base, { parts: p, priority: -1 }));
        continue;
      }
      const y = r.start.get('year');
      const m = r.start.get('month');
      const d = r.start.get('day');
      if (y === null || m === null || d === null) continue;
      out.push(cand(base, { parts: { y, m, d }, priority: -1 }));
    }
  }
  return out;
}
