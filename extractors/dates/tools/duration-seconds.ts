// Seconds in an ISO 8601 duration with the eval harness's calendar (month 30 days, year 365 days).
const DATE_S: Record<string, number> = { Y: 31536000, M: 2592000, W: 604800, D: 86400 };
const TIME_S: Record<string, number> = { H: 3600, M: 60, S: 1 };

/** Seconds in "P1Y2M", "PT1H55M", "P1.5M"; null when the text is not a duration. */
export function durationSeconds(iso: string): number | null {
  const m = /^P(?:([\d.]+Y)?([\d.]+M)?([\d.]+W)?([\d.]+D)?)?(?:T([\d.]+H)?([\d.]+M)?([\d.]+S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return null;
  let s = 0;
  const add = (part: string | undefined, table: Record<string, number>): void => {
    if (part) s += parseFloat(part) * table[part.slice(-1)]!;
  };
  add(m[1], DATE_S);
  add(m[2], DATE_S);
  add(m[3], DATE_S);
  add(m[4], DATE_S);
  add(m[5], TIME_S);
  add(m[6], TIME_S);
  add(m[7], TIME_S);
  return s;
}
