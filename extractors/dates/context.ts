// The reading context: the publication date in local time, and which way a sentence looks in time.
import type { AnalysedDoc, DocMeta, Token } from '../../document/analyse/index.js';
import {
  DAY_MS,
  addDays,
  civilOfDays,
  dayDiff,
  digitsAt,
  epochOfIso,
  offsetOfIso,
  weekdayOf,
  weekdayOfDays,
} from '../../document/time/index.js';
import { FUTURE_CUES } from './constants.js';
import type { ParseContext, Reference, SentenceTenses } from './types.js';

const FUTURE = new Set(FUTURE_CUES);

/** "YYYY-MM-DD" and nothing more. */
const isDateOnly = (iso: string): boolean =>
  iso.length === 10 &&
  iso.charCodeAt(4) === 45 &&
  iso.charCodeAt(7) === 45 &&
  digitsAt(iso, 0, 4) >= 0 &&
  digitsAt(iso, 5, 2) >= 0 &&
  digitsAt(iso, 8, 2) >= 0;

/** The publication moment in the outlet's local time, or null when there is no usable date. */
export function referenceOf(meta: DocMeta, offsetMinutes: number | null): Reference | null {
  const iso = meta.published;
  if (!iso) return null;
  if (isDateOnly(iso)) {
    const p = { y: digitsAt(iso, 0, 4), m: digitsAt(iso, 5, 2), d: digitsAt(iso, 8, 2) };
    return { y: p.y, m: p.m, d: p.d, hh: 12, mi: 0, weekday: weekdayOf(p) };
  }
  const t = epochOfIso(iso);
  if (Number.isNaN(t)) return null;
  // the local clock, read by arithmetic rather than from a Date
  const local = t + (offsetMinutes ?? offsetOfIso(iso) ?? 0) * 60000;
  const days = Math.floor(local / DAY_MS);
  const p = civilOfDays(days);
  const inDay = local - days * DAY_MS;
  return {
    y: p.y,
    m: p.m,
    d: p.d,
    hh: Math.floor(inDay / 3600000),
    mi: Math.floor((inDay % 3600000) / 60000),
    weekday: weekdayOfDays(days),
  };
}

/** Builds the context every parser reads. */
export function contextOf(doc: AnalysedDoc): ParseContext {
  const published = doc.meta.published;
  const offsetMinutes = doc.meta.tzOffsetMinutes ?? (published ? offsetOfIso(published) : null);
  return { doc, ref: referenceOf(doc.meta, offsetMinutes), offsetMinutes, sentenceTenses: new Map() };
}

export type Tense = 'past' | 'present' | 'future' | null;

/**
 * Which way the sentence around an offset looks: a future cue word wins ("состоится", "будет"),
 * else the tense of the finite verb nearest to the offset.
 */
export function tenseAt(ctx: ParseContext, offset: number): Tense {
  const { doc } = ctx;
  const ti = doc.tokenAt(offset);
  const tok = doc.tokens[Math.min(ti, doc.tokens.length - 1)];
  if (!tok) return null;
  const info = sentenceTenses(ctx, tok.sentence);
  if (!info) return null;
  if (info.future) return 'future';
  let best: Tense = null;
  let bestDist = Infinity;
  for (const v of info.verbs) {
    const dist = Math.abs(v.token - ti);
    if (dist < bestDist) {
      bestDist = dist;
      best = v.tense;
    }
  }
  return best;
}

/** What one word says of its sentence's time: a future cue, the tense of a finite verb, or nothing. */
function readTense(t: Token): 'cue' | 'past' | 'present' | 'future' | null {
  if (FUTURE.has(t.norm)) return 'cue';
  const r = t.morph[0];
  if (!r || (r.pos !== 'VERB' && r.pos !== 'PRTS')) return null;
  if (r.tags.has('futr')) return 'future';
  if (r.tags.has('past')) return 'past';
  if (r.tags.has('pres')) return 'present';
  return null;
}

/** The future cue and finite verbs of one sentence, read once per document. */
function sentenceTenses(ctx: ParseContext, si: number): SentenceTenses | null {
  const known = ctx.sentenceTenses.get(si);
  if (known) return known;
  const { doc } = ctx;
  const sent = doc.sentences[si];
  if (!sent) return null;
  const info: SentenceTenses = { future: false, verbs: [] };
  for (let i = sent.firstToken; i < sent.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const tense = readTense(t);
    if (tense === null) continue;
    if (tense === 'cue') {
      info.future = true;
      break;
    }
    info.verbs.push({ token: i, tense });
  }
  ctx.sentenceTenses.set(si, info);
  return info;
}

/**
 * The year of a day and month written without one: the reading nearest the publication date,
 * past preferred (a future reading counts double) unless the sentence speaks of the future.
 */
export function inferYear(ref: Reference, m: number, d: number | null, tense: Tense): number {
  let bestY = ref.y;
  let bestScore = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    let diff: number;
    if (d === null) {
      // a whole month: zero when the publication day falls inside it
      const first = dayDiff(ref, { y, m, d: 1 });
      const lastDay = dayDiff(ref, addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1));
      diff = first <= 0 && lastDay >= 0 ? 0 : first > 0 ? first : lastDay;
    } else {
      diff = dayDiff(ref, { y, m, d });
    }
    let score: number;
    if (tense === 'future') score = diff >= -1 ? diff : 10000 - diff;
    else if (tense === 'past') score = diff <= 1 ? -diff : 10000 + diff;
    else score = diff > 0 ? diff * 2 : -diff;
    if (score < bestScore) {
      bestScore = score;
      bestY = y;
    }
  }
  return bestY;
}
