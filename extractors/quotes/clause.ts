// Where reported content ends: at the end of its sentence, before a following attribution
// (", и добавил, что", ", уточнил источник", ", — сказал он"), or at a colon or semicolon. Quoted
// material is skipped whole, so a sentence break inside quotation marks does not end the clause.
import type { QuoteKind } from '../../document/record/types.js';
import { speechHit, type QuoteContext } from './context.js';

const JOINERS = new Set(['и', 'а', 'но', 'однако']);
/** Subject pronouns that may open a new speech clause after a dash. */
const PRONOUNS = new Set(['он', 'она', 'они']);

/** Index of the last token of the clause that starts at token `from` (inclusive). */
export function clauseEnd(ctx: QuoteContext, from: number): number {
  const toks = ctx.doc.tokens;
  const sentence = toks[from]?.sentence ?? 0;
  let last = from;
  let i = from;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.sentence !== sentence && !(ctx.pairOf[i]! >= 0 && ctx.pairOf[i] !== ctx.pairOf[from])) break;
    const pair = ctx.pairOpenedAt[i]!;
    if (pair >= 0 && ctx.pairOf[i] === ctx.pairOf[from]) {
      const close = ctx.closeTok[pair]!;
      if (close > i && toks[close]!.paragraph === t.paragraph) {
        last = close;
        i = close + 1;
        continue;
      }
    }
    // "призвал прекратить осаду портов и предложил в обмен …": a second speech predicate ends the first's content
    if (t.norm === 'и' && i > from && attributionFollows(ctx, i)) break;
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === ':') break;
      if (t.text === ',' && attributionFollows(ctx, i + 1)) break;
      if (/^[–—]$/u.test(t.text) && toks[i - 1]?.text === ',' && attributionFollows(ctx, i + 1)) break;
      // "сказал, что шокирован известием об аресте — он назвал сына …": a new speech clause
      if (/^[–—]$/u.test(t.text) && PRONOUNS.has(toks[i + 1]?.norm ?? '') && attributionFollows(ctx, i + 2))
        break;
    }
    if (ctx.pairClosedAt[i]! >= 0 && ctx.pairOf[from]! >= 0 && ctx.closeTok[ctx.pairOf[from]!] === i) break;
    last = i;
    i++;
  }
  return last;
}

/** Whether the clause ending at token `last` stops because an attribution follows (", заявил, что …"). */
export function endsAtAttribution(ctx: QuoteContext, last: number): boolean {
  const next = ctx.doc.tokens[last + 1];
  return next !== undefined && next.text === ',' && attributionFollows(ctx, last + 2);
}

/** Whether an attribution starts at token i: an optional joiner, then a speech verb. */
function attributionFollows(ctx: QuoteContext, i: number): boolean {
  const toks = ctx.doc.tokens;
  let k = i;
  if (toks[k]?.kind === 'punct' && /^[–—-]$/u.test(toks[k]!.text)) k++;
  if (toks[k] && JOINERS.has(toks[k]!.norm)) k++;
  if (toks[k]?.norm === 'как') return false;
  for (let n = 0; n < 2 && toks[k]; n++, k++) {
    const hit = speechHit(toks[k]!);
    if (hit && (hit.pos === 'VERB' || hit.pos === 'GRND')) return true;
    if (toks[k]!.kind !== 'word' || !toks[k]!.morph.some((p) => p.pos === 'ADVB' || p.pos === 'PRCL'))
      return false;
  }
  return false;
}

/** Offsets of the content over tokens [a, b], trimmed of trailing punctuation other than closing quotes. */
export function contentSpan(ctx: QuoteContext, a: number, b: number): { start: number; end: number } | null {
  const toks = ctx.doc.tokens;
  let first = Math.max(0, a);
  let last = Math.min(b, toks.length - 1);
  while (last >= first && toks[last]!.kind === 'punct' && /^[,.;:–—\-(]$/u.test(toks[last]!.text)) last--;
  while (first <= last && toks[first]!.kind === 'punct' && /^[,;:–—\-]$/u.test(toks[first]!.text)) first++;
  if (first > last) return null;
  return { start: toks[first]!.start, end: toks[last]!.end };
}

/**
 * The kind of reported content over [start, end): indirect without quotation marks, direct when one
 * quotation covers all of it, mixed otherwise. Returns the span to emit (a quotation covering all of
 * it is emitted without its marks).
 */
export function reportedKind(
  ctx: QuoteContext,
  start: number,
  end: number,
): { kind: QuoteKind; start: number; end: number } {
  const doc = ctx.doc;
  let inside = false;
  let whole = -1;
  for (let t = doc.tokenAt(start); t < doc.tokens.length && doc.tokens[t]!.start < end; t++) {
    const p = ctx.pairOpenedAt[t]!;
    if (p < 0) continue;
    inside = true;
    if (doc.tokens[t]!.start === start && ctx.pairs[p]!.close === end - 1) whole = p;
  }
  if (whole >= 0) return { kind: 'direct', start: start + 1, end: end - 1 };
  return { kind: inside ? 'mixed' : 'indirect', start, end };
}
