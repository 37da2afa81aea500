// "Об этом сообщило министерство культуры Польши.": the content is the previous sentence.
import { sentenceFirst } from '../../../document/analyse/index.js';
import { attributionAt } from '../attribution.js';
import { speechHit, type QuoteContext } from '../context.js';
import { ABOUT_THIS } from '../lexicon/phrases.js';
import { ABOUT, build, type RuleOutcome, type VerbSite } from './site.js';

/**
 * How far from the sentence's first token ("Об") the verb may stand: right after "об этом", or
 * after one more word, "Об этом он рассказал изданию Der Spiegel." ("Об этом 11 апреля сообщила
 * пресс-служба ММКФ." is out of reach).
 */
const VERB_AFTER_ABOUT_THIS = 3;

/** "Об этом сообщило министерство": the previous sentence, said by the subject after the verb. */
export function aboutThisPrevious(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  if (
    i - lo > VERB_AFTER_ABOUT_THIS ||
    hit.verb.learned === true ||
    !ABOUT.has(toks[lo]?.norm ?? '') ||
    !ABOUT_THIS.has(toks[lo + 1]?.norm ?? '') ||
    lo <= 0
  )
    return undefined;
  const attr = attributionAt(ctx, i, hit, i + 1, hi, 'right');
  const prev = toks[lo - 1]!;
  const pLo = sentenceFirst(ctx.doc, lo - 1);
  // the previous sentence must be near (same or last paragraph) and not a quote of its own
  if (attr.mode !== 'continue' && prev.paragraph >= toks[lo]!.paragraph - 1 && !hasSpeechVerb(ctx, pLo, lo)) {
    return build(ctx, pLo, lo - 1, attr, cue, 'Q. Об этом сообщил X');
  }
  return null;
}

/** Whether tokens [a, b) hold a speech verb. */
function hasSpeechVerb(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (speechHit(ctx.doc.tokens[k]!)) return true;
  return false;
}
