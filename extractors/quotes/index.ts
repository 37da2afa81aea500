// Direct and reported speech, attributed to people. Constructions find candidates (direct.ts,
// reported.ts), speakers are resolved in reading order (so anaphors see the last speaker), then
// refine.ts drops non-quotes and settles overlaps.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { Person, Quote } from '../../document/record/types.js';
import { colonParagraphs } from './colon-paragraph.js';
import { buildContext, type QuoteContext } from './context.js';
import { directQuotes } from './direct.js';
import { dropNonQuotes, settleOverlaps, type ResolvedCandidate } from './refine.js';
import { reportedQuotes } from './reported.js';
import {
  continuingSpeaker,
  groupText,
  introducedSpeaker,
  newSpeakerState,
  noteSpeaker,
  resolveGroup,
  type Resolved,
} from './speaker.js';
import { extend } from '../../document/extend.js';

export interface QuotesResult {
  quotes: Quote[];
  /** the people, with role and pronoun mentions found while attributing, and `quoted` set */
  people: Person[];
  warnings: string[];
}

/** Every quote in the document, attributed to one of `people` where the text says who. */
export function extractQuotes(doc: AnalysedDoc, people: readonly Person[]): QuotesResult {
  const warnings: string[] = [];
  const ctx = buildContext(doc, people);
  const found = [...directQuotes(ctx), ...reportedQuotes(ctx)];
  const cands = [...found, ...colonParagraphs(ctx, found)].sort(
    (a, b) => a.start - b.start || b.priority - a.priority,
  );
  const resolved = bindLateSubjects(ctx, resolveAll(ctx, cands));
  // a span with no letter or digit in it (an empty pair of quotes after "отметил, что") says nothing
  const kept = settleOverlaps(dropNonQuotes(resolved, doc.meta.outlet, warnings)).filter(
    (c) => c.end > c.start && /[\p{L}\p{N}]/u.test(doc.text.slice(c.start, c.end)),
  );
  const ids = assignIds(ctx.people);
  // people with no mention left are not output, so neither is a quote's link to one
  const shown = new Set(
    ctx.people
      .map((p, k) => (p.mentions.length > 0 || people.some((q) => q.id === p.id) ? ids[k]! : null))
      .filter((id): id is string => id !== null),
  );
  const quotes: Quote[] = kept.map((c) => {
    const speaker = c.person >= 0 ? (ids[c.person] ?? null) : null;
    return {
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      kind: c.kind,
      speaker: speaker !== null && shown.has(speaker) ? speaker : null,
      cue: c.cue,
      source: c.person >= 0 ? null : c.source,
    };
  });
  const quotedIds = new Set(quotes.map((q) => q.speaker));
  const outPeople = ctx.people
    .map((p, k) =>
      extend(p, {
        id: ids[k]!,
        quoted: quotedIds.has(ids[k]!) || people.some((q) => q.id === ids[k] && q.quoted),
      }),
    )
    .filter((p) => shown.has(p.id));
  return { quotes, people: outPeople, warnings };
}

/** Resolves every candidate's speaker in reading order. */
function resolveAll(
  ctx: QuoteContext,
  cands: readonly import('./candidate.js').Candidate[],
): ResolvedCandidate[] {
  const state = newSpeakerState();
  const out: ResolvedCandidate[] = [];
  for (const c of cands) {
    const paragraph = ctx.doc.tokens[ctx.doc.tokenAt(c.start)]?.paragraph ?? 0;
    let r: Resolved = { person: -1, source: null };
    if (c.attr.mode === 'group' && c.attr.group) {
      const g = c.attr.group;
      r = resolveGroup(ctx, state, g, c.attr.verbGender, ctx.doc.tokens[g.first]!.start >= c.end);
    } else if (c.attr.mode === 'continue') {
      // an unnamed last speaker goes on unnamed
      const k = continuingSpeaker(state, paragraph);
      // a quotation standing alone after a sentence that introduces someone is theirs
      const named = k < 0 && c.pattern === 'standalone quote' ? introducedSpeaker(ctx, c.start) : -1;
      r = { person: named >= 0 ? named : Math.max(k, -1), source: null };
    } else if (c.attr.group) {
      r = { person: -1, source: groupText(ctx, c.attr.group) };
    }
    // names met after the quote and its attribution can take up a later pronoun
    const g = c.attr.group;
    const after = g ? Math.max(c.end, ctx.doc.tokens[g.last]!.end) : c.end;
    noteSpeaker(state, r, paragraph, after);
    out.push(extend(c, { person: r.person, source: r.source }));
  }
  return out;
}

/**
 * Quotes whose subject word was not recognised when met ("Мадонна сообщила" opening the text) get
 * the person that word names, once every attribution has had the chance to add people.
 */
function bindLateSubjects(ctx: QuoteContext, cands: ResolvedCandidate[]): ResolvedCandidate[] {
  const byWord = new Map<string, number>();
  ctx.people.forEach((p, k) => {
    for (const m of p.mentions) if (m.kind === 'name') byWord.set(m.text.toLowerCase().replace(/ё/g, 'е'), k);
  });
  return cands.map((c) => {
    const t = c.attr.subjectTok;
    if (c.person >= 0 || t === undefined) return c;
    const k = byWord.get(ctx.doc.tokens[t]!.norm);
    return k === undefined ? c : extend(c, { person: k });
  });
}

/** Ids for the people: their own, or p1, p2 … for those added here, never colliding. */
function assignIds(people: readonly Person[]): string[] {
  const used = new Set(people.map((p) => p.id).filter((id) => id !== ''));
  let n = 1;
  return people.map((p) => {
    if (p.id !== '') return p.id;
    while (used.has(`p${n}`)) n++;
    used.add(`p${n}`);
    return `p${n}`;
  });
}
