// Dates as pages state them -> ISO 8601. Machine dates (JSON-LD, meta, <time datetime>) keep
// their own offset; a UTC instant is shown in the outlet's zone when we know it, so that the date
// part is the outlet's calendar day. Visible Russian datelines ("13:51, 15 августа 2025",
// "сегодня, 13:51", "15.08.2025 13:51") get the outlet's zone.
import { readJsonData } from './data-files.js';
import { offsetSuffix, pad, zoneOffset } from '../../document/time/index.js';

const data = readJsonData<{ months: Record<string, number>; relativeDays: Record<string, number> }>(
  'data/ru-dates.json',
);

/** Context for turning a date string into an instant. */
export interface DateContext {
  /** minutes east of UTC of the outlet, for times without an offset */
  tzOffsetMinutes: number | null;
  /** earlier offsets of the outlet's zone (Kazakhstan moved from +06:00 to +05:00 in March 2024) */
  tzChanges?: readonly { until: string; offsetMinutes: number }[];
  /** the moment of parsing, for "сегодня" / "вчера" */
  now: Date;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  /** minutes east of UTC, when the source said */
  off?: number;
}

function valid(p: Parts): boolean {
  if (p.y < 1990 || p.y > 2100 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31) return false;
  if (p.h !== undefined && (p.h > 23 || (p.mi ?? 0) > 59)) return false;
  return true;
}

/** The outlet's offset in force at a local date-time "YYYY-MM-DDTHH:MM:SS". */
function offsetInForce(ctx: DateContext, local: string): number | null {
  if (ctx.tzOffsetMinutes === null) return null;
  for (const c of ctx.tzChanges ?? []) if (local < c.until) return c.offsetMinutes;
  return ctx.tzOffsetMinutes;
}

/** Formats date parts as ISO 8601: date only, local time, or time with offset. */
function format(p: Parts, ctx: DateContext): string {
  const date = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  if (p.h === undefined) return date;
  let off = p.off;
  let { y, mo, d, h } = p as Required<Parts>;
  let mi = p.mi ?? 0;
  const s = p.s ?? 0;
  const zone = offsetInForce(ctx, `${date}T${pad(h)}:${pad(mi)}:${pad(s)}`);
  if (off === 0 && zone !== null && zone !== 0) {
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s) + zone * 60000);
    [y, mo, d, h, mi] = [
      t.getUTCFullYear(),
      t.getUTCMonth() + 1,
      t.getUTCDate(),
      t.getUTCHours(),
      t.getUTCMinutes(),
    ];
    off = zone;
  }
  if (off === undefined && zone !== null) off = zone;
  const local = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  return off === undefined ? local : local + offsetSuffix(off);
}

const ISO =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;

/** ISO 8601 for a machine-readable date (ISO, RFC 2822, Unix seconds), or null. */
export function normaliseMachineDate(raw: string | null | undefined, ctx: DateContext): string | null {
  if (!raw) return null;
  const m = ISO.exec(raw);
  if (m) {
    const p: Parts = { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) };
    if (m[4] !== undefined) {
      p.h = Number(m[4]);
      p.mi = Number(m[5]);
      p.s = Number(m[6] ?? 0);
      const off = m[7] ? zoneOffset(m[7]) : null;
      if (off !== null) p.off = off;
    }
    return valid(p) ? format(p, ctx) : null;
  }
  if (/^\d{9,10}$/.test(raw.trim())) {
    const t = new Date(Number(raw.trim()) * 1000);
    return format(
      {
        y: t.getUTCFullYear(),
        mo: t.getUTCMonth() + 1,
        d: t.getUTCDate(),
        h: t.getUTCHours(),
        mi: t.getUTCMinutes(),
        s: t.getUTCSeconds(),
        off: 0,
      },
      ctx,
    );
  }
  // RFC 2822 and other English forms Date.parse understands, only when they carry a zone
  const rfc = /\b(\d{1,2}:\d{2}(?::\d{2})?)\s*(GMT|UTC|Z|[+-]\d{4})\b/i.exec(raw);
  const t = Date.parse(raw);
  if (rfc && !Number.isNaN(t)) {
    const off = (rfc[2] ? zoneOffset(rfc[2]) : null) ?? 0;
    const l = new Date(t + off * 60000);
    return format(
      {
        y: l.getUTCFullYear(),
        mo: l.getUTCMonth() + 1,
        d: l.getUTCDate(),
        h: l.getUTCHours(),
        mi: l.getUTCMinutes(),
        s: l.getUTCSeconds(),
        off,
      },
      ctx,
    );
  }
  return parseVisibleDate(raw, ctx);
}

const MONTH = '([а-яёa-z]{3,9})\\.?';
const TIME = '(\\d{1,2})[:.](\\d{2})';
const VISIBLE: { re: RegExp; build: (m: RegExpExecArray, ctx: DateContext) => Parts | null }[] = [
  {
    // 13:51, 15 августа 2025
    re: new RegExp(`${TIME}\\s*,?\\s*(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`, 'iu'),
    build: (m) => monthParts(m[4]!, m[3]!, m[5]!, m[1], m[2]),
  },
  {
    // 15 августа 2025 (года), 13:51 / 15 августа 2025 г. в 13:51 / 15 августа 2025
    re: new RegExp(
      `(\\d{1,2})\\s+${MONTH}\\s*,?\\s+(\\d{4})(?:\\s*(?:г\\.|года?))?(?:\\s*[,|•·/–—-]?\\s*(?:в\\s+)?${TIME})?`,
      'iu',
    ),
    build: (m) => monthParts(m[2]!, m[1]!, m[3]!, m[4], m[5]),
  },
  {
    // 15 августа, 13:51 (this year)
    re: new RegExp(`(\\d{1,2})\\s+${MONTH}\\s*,?\\s*(?:в\\s+)?${TIME}`, 'iu'),
    build: (m, ctx) => monthParts(m[2]!, m[1]!, String(ctx.now.getUTCFullYear()), m[3], m[4]),
  },
  {
    // 13:51 15.08.2025
    re: new RegExp(`${TIME}\\s*[,|]?\\s*(\\d{1,2})[./](\\d{1,2})[./](\\d{4})`, 'u'),
    build: (m) => numParts(m[5]!, m[4]!, m[3]!, m[1], m[2]),
  },
  {
    // 15.08.2025 13:51 / 15.08.2025, 13:51 / 15.08.2025
    re: new RegExp(`(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?:\\s*[,|]?\\s*(?:в\\s+)?${TIME})?`, 'u'),
    build: (m) => numParts(m[3]!, m[2]!, m[1]!, m[4], m[5]),
  },
  {
    // сегодня, 13:51 / вчера в 10:00 / 13:51, сегодня
    re: new RegExp(
      `(сегодня|вчера|позавчера|today|yesterday)\\s*,?\\s*(?:в\\s+)?${TIME}|${TIME}\\s*,?\\s*(сегодня|вчера|позавчера)`,
      'iu',
    ),
    build: (m, ctx) => {
      const word = (m[1] ?? m[6] ?? '').toLowerCase();
      const shift = data.relativeDays[word] ?? 0;
      const off = ctx.tzOffsetMinutes ?? 0;
      const local = new Date(ctx.now.getTime() + off * 60000 + shift * 86400000);
      return {
        y: local.getUTCFullYear(),
        mo: local.getUTCMonth() + 1,
        d: local.getUTCDate(),
        h: Number(m[2] ?? m[4]),
        mi: Number(m[3] ?? m[5]),
      };
    },
  },
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  for (let len = Math.min(w.length, 8); len >= 2; len--) {
    const n = data.months[w.slice(0, len)];
    if (n !== undefined) return n;
  }
  return null;
}

function monthParts(month: string, day: string, year: string, h?: string, mi?: string): Parts | null {
  const mo = monthNumber(month);
  if (mo === null) return null;
  const p: Parts = { y: Number(year), mo, d: Number(day) };
  if (h !== undefined && mi !== undefined) Object.assign(p, { h: Number(h), mi: Number(mi) });
  return p;
}

function numParts(y: string, mo: string, d: string, h?: string, mi?: string): Parts {
  const p: Parts = { y: Number(y), mo: Number(mo), d: Number(d) };
  if (h !== undefined && mi !== undefined) Object.assign(p, { h: Number(h), mi: Number(mi) });
  return p;
}

/** ISO 8601 for a visible Russian dateline such as "13:51, 15 августа 2025", or null. */
export function parseVisibleDate(text: string, ctx: DateContext): string | null {
  const t = text.replace(/\s+/g, ' ');
  for (const { re, build } of VISIBLE) {
    const m = re.exec(t);
    if (!m) continue;
    const p = build(m, ctx);
    if (p && valid(p)) return format(p, ctx);
  }
  return null;
}

/** A date from the URL path (/2020/06/28/, /25may2020/), date part only. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|$)/.exec(url);
  if (m) {
    const p: Parts = { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) };
    return valid(p) ? format(p, { tzOffsetMinutes: null, now: new Date(0) }) : null;
  }
  const w = /\/(\d{1,2})([a-z]{3})((?:19|20)\d{2})\//i.exec(url);
  if (w) {
    const mo = monthNumber(w[2]!);
    const p: Parts | null = mo ? { y: Number(w[3]), mo, d: Number(w[1]) } : null;
    return p && valid(p) ? format(p, { tzOffsetMinutes: null, now: new Date(0) }) : null;
  }
  return null;
}
