// "По словам Рэппа, в этот момент Спейси был сильно пьян:" + a paragraph: reported content that
// closes its paragraph with a colon opens the next paragraph as direct speech by the same source.
import { PRIORITY, type Candidate } from './candidate.js';
import type { QuoteContext } from './context.js';

const DASH = /^[–—-]$/u;

/** Direct candidates for the paragraphs that reported content ending in a colon introduces. */
export function colonParagraphs(ctx: QuoteContext, cands: readonly Candidate[]): Candidate[] {
  const doc = ctx.doc;
  const toks = doc.tokens;
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind === 'direct' || c.attr.mode !== 'group') continue;
    const last = doc.tokenAt(c.end - 1);
    const colon = last + 1;
    const next = colon + 1;
    if (toks[colon]?.text !== ':' || toks[next] === undefined) continue;
    if (toks[next].paragraph === toks[colon].paragraph) continue;
    if (ctx.pairOpenedAt[next]! >= 0 || (toks[next].kind === 'punct' && DASH.test(toks[next].text))) continue;
    let end = next;
    while (end + 1 < toks.length && toks[end + 1]!.paragraph === toks[next].paragraph) end++;
    // a paragraph ending in a colon is another attribution, not the speech
    if (toks[end]!.text === ':') continue;
    while (end > next && toks[end]!.kind === 'punct' && /^[,;:–—-]$/u.test(toks[end]!.text)) end--;
    out.push({
      start: toks[next].start,
      end: toks[end]!.end,
      kind: 'direct',
      cue: c.cue,
      pattern: 'according to X, …: + paragraph',
      attr: c.attr,
      priority: PRIORITY.directUnquoted,
    });
  }
  return out;
}
