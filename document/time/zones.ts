// Outlet time zones: a fixed UTC offset or an IANA zone, turned into minutes east of UTC.

const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** True when the zone is a UTC offset or an IANA zone this Node.js knows. */
export function isValidZone(zone: string): boolean {
  return tzOffsetMinutes(zone, new Date()) !== null;
}

/** Minutes east of UTC of `zone` at instant `at` (IANA zones change with daylight saving); null if unknown. */
export function tzOffsetMinutes(zone: string, at: Date): number | null {
  const z = zone.trim();
  if (/^(?:Z|UTC|GMT)$/i.test(z)) return 0;
  const m = OFFSET.exec(z);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return minutes > 14 * 60 ? null : (m[1] === '-' ? -1 : 1) * minutes;
  }
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' })
      .formatToParts(Number.isFinite(at.getTime()) ? at : new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return null;
    if (part === 'GMT') return 0;
    const o = OFFSET.exec(part);
    return o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0)) : null;
  } catch {
    return null;
  }
}
