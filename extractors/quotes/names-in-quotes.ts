// Tells speech in quotation marks from names in quotation marks: organisations («Газпром», «Нур
// Отан»), works («Один день Ивана Денисовича») and products are short, capitalised, verbless and
// often follow a noun that says what they name (компания, партия, фильм, песня).
import type { QuoteContext } from './context.js';
import { NAMED_THING_NOUNS } from './lexicon/named-things.js';

/** Whether a noun right before quotation pair k announces a name ("компания «Газпром»"). */
export function announcedName(ctx: QuoteContext, k: number): boolean {
  const prev = ctx.doc.tokens[ctx.openTok[k]! - 1];
  return prev !== undefined && prev.morph.some((p) => NAMED_THING_NOUNS.has(p.lemma));
}

/** Whether quotation pair k holds a name rather than speech. */
export function isNameInQuotes(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const a = ctx.openTok[k]!;
  const b = ctx.closeTok[k]!;
  const prev = toks[a - 1];
  if (prev && prev.morph.some((p) => NAMED_THING_NOUNS.has(p.lemma))) return true;
  let words = 0;
  let verb = false;
  let stop = false;
  for (let t = a + 1; t < b; t++) {
    const tok = toks[t]!;
    if (tok.kind === 'word' || tok.kind === 'num' || tok.kind === 'numword') words++;
    if (tok.morph.some((p) => p.pos === 'VERB' || p.pos === 'PRED' || p.pos === 'INFN' || p.pos === 'PRTS'))
      verb = true;
    if (tok.kind === 'punct' && /^[.!?…]$/u.test(tok.text)) stop = true;
  }
  const first = toks[a + 1];
  return words <= 6 && !verb && !stop && first !== undefined && (first.upper || first.kind !== 'word');
}

/** Whether quotation pair k reads as speech: a few words with a verb or a full stop, not a name. */
export function isSpeechLike(ctx: QuoteContext, k: number): boolean {
  if (isNameInQuotes(ctx, k)) return false;
  const toks = ctx.doc.tokens;
  const a = ctx.openTok[k]!;
  const b = ctx.closeTok[k]!;
  let words = 0;
  let verb = false;
  let stop = false;
  for (let t = a + 1; t < b; t++) {
    const tok = toks[t]!;
    if (tok.kind === 'word') words++;
    if (
      tok.morph.some(
        (p) =>
          p.pos === 'VERB' || p.pos === 'PRED' || p.pos === 'INFN' || p.pos === 'PRTS' || p.pos === 'ADJS',
      )
    )
      verb = true;
    if (tok.kind === 'punct' && /^[.!?…]$/u.test(tok.text)) stop = true;
  }
  return words >= 3 && (verb || stop);
}
