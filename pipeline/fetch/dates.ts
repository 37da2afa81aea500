// Feed and sitemap dates to ISO 8601, keeping the publisher's offset when it gave one.
import { pad } from '../../document/time/index.js';
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // some Russian CMSes localise RFC 822 month names
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  май: 5,
  мая: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

const ZONES: Readonly<Record<string, string>> = {
  gmt: '+00:00',
  ut: '+00:00',
  utc: '+00:00',
  z: '+00:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  msk: '+03:00',
};

const RFC822 =
  /^(?:[\p{L}]{2,9},?\s*)?(\d{1,2})\s+([\p{L}]{3,9})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?/u;
const W3C = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** An RSS/Atom/sitemap date as ISO 8601 (offset kept when given), or null when unreadable. */
export function toIsoDate(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (W3C.test(v)) return v;
  const m = RFC822.exec(v);
  if (m) {
    const month = MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()] ?? MONTHS[(m[2] ?? '').toLowerCase()];
    let year = Number(m[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    if (month !== undefined) {
      const zone = m[7] ?? 'GMT';
      const offset = /^[+-]/.test(zone)
        ? `${zone.slice(0, 3)}:${zone.slice(-2)}`
        : (ZONES[zone.toLowerCase()] ?? '+00:00');
      const iso = `${year}-${pad(month)}-${pad(Number(m[1]))}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${offset}`;
      if (!Number.isNaN(Date.parse(iso))) return iso;
    }
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
