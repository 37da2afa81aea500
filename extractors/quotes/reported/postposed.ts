// "Q, пишет ТАСС.", "Q, уточнил один из собеседников агентства.": the attribution closes the
// sentence, after a comma, and the content is everything before it.
import { attributionAt } from '../attribution.js';
import type { QuoteContext } from '../context.js';
import { ABOUT_THIS, REFERRING_TAILS } from '../lexicon/phrases.js';
import { ABOUT, build, isPunct, onlyPunctuation, type RuleOutcome, type VerbSite } from './site.js';

/**
 * The longest tail, verb and full stop included, taken for an unnamed source when no speaker is
 * found after the verb: "…, уточнил один из собеседников агентства." is 6 tokens (the sentence
 * "Несколько дней назад менеджер сдавал тест …, однако тот дал отрицательный результат, уточнил
 * один из собеседников агентства.").
 */
const UNNAMED_SOURCE_TAIL = 7;

/** "Q, пишет ТАСС." and "Q, уточнил один из собеседников": the content is the sentence before the verb. */
export function postposedSource(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  const endsWithStop = isPunct(toks[hi - 1], /^[.!?…]$/u) || toks[hi - 1]?.kind !== 'punct';
  if (
    !isPunct(toks[i - 1], /^,$/u) ||
    hit.pos !== 'VERB' ||
    hit.verb.learned === true ||
    !endsWithStop ||
    wholeQuoted(ctx, i - 2, lo)
  )
    return undefined;
  // "Q, отмечается в заявлении правоохранительных органов.": a short verbless tail names the source
  if (hit.verb.impersonal === true) {
    // "Часть процедуры, применяемой на данной стадии, называется …": no clause before the comma
    if (i - 2 <= lo || hi - i > IMPERSONAL_TAIL || hasVerb(ctx, i + 1, hi) || !hasFinite(ctx, lo, i - 1))
      return undefined;
    return build(ctx, lo, i - 2, attributionAt(ctx, i, hit, i + 1, hi, 'right'), cue, 'Q, it is said in X');
  }
  const attr = attributionAt(ctx, i, hit, i + 1, hi, 'right');
  // the speaker found after the verb must end the sentence: "…, пишет ТАСС.", or name its own
  // source after it: "…, сообщает Daily Mirror со ссылкой на The Sunday People."
  if (attr.group && i - 2 > lo && tailEnds(ctx, attr.group.last + 1, hi)) {
    return build(ctx, lo, i - 2, attr, cue, 'Q, said X');
  }
  // "…, уточнил один из собеседников агентства.": a short verbless tail is an unnamed source
  // "…, объявил об этом на пресс-конференции.": the verb points back at content said elsewhere
  const pointsBack = ABOUT.has(toks[i + 1]?.norm ?? '') && ABOUT_THIS.has(toks[i + 2]?.norm ?? '');
  if (!attr.group && !pointsBack && i - 2 > lo && hi - i <= UNNAMED_SOURCE_TAIL && !hasVerb(ctx, i + 1, hi)) {
    return build(ctx, lo, i - 2, { mode: 'none', group: null, verbGender: null }, cue, 'Q, said someone');
  }
  return undefined;
}

/**
 * The longest tail, impersonal verb and full stop included, that may name the source: "…,
 * отмечается в заявлении правоохранительных органов." is 6 tokens.
 */
const IMPERSONAL_TAIL = 8;

/** Whether tokens [a, hi) are punctuation, or a reference to the source's own source ("со ссылкой на …"). */
function tailEnds(ctx: QuoteContext, a: number, hi: number): boolean {
  if (onlyPunctuation(ctx, a, hi)) return true;
  const toks = ctx.doc.tokens;
  const words = REFERRING_TAILS.find((w) => w.every((x, k) => toks[a + k]?.norm === x));
  return words !== undefined && !hasVerb(ctx, a + words.length, hi);
}

/**
 * Whether the content before the comma is one quotation from the sentence start («Q», сказал X:
 * direct speech); "Причиной стала «неточность формулировок», заявил Рогов" quotes only its end.
 */
function wholeQuoted(ctx: QuoteContext, close: number, lo: number): boolean {
  const pair = close >= 0 ? ctx.pairClosedAt[close]! : -1;
  if (pair < 0) return false;
  return ctx.openTok[pair]! <= lo;
}

/** Whether tokens [a, b) hold a finite verb or a short participle (a clause, not a noun group). */
function hasFinite(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const p = ctx.doc.tokens[k]!.morph[0]?.pos;
    if (p === 'VERB' || p === 'PRTS' || p === 'PRED') return true;
  }
  return false;
}

/** Whether tokens [a, b) hold a verb or a comma (more than a short source name). */
function hasVerb(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.morph[0]?.pos === 'VERB' || (t.kind === 'punct' && t.text === ',')) return true;
  }
  return false;
}
