// "Об этом сообщило министерство культуры Польши.", "Это подтвердил «Ъ» один из участников встречи.":
// the content is the previous sentence.
import { sentenceFirst } from '../../../document/analyse/index.js';
import { attributionAt, finiteVerb } from '../attribution.js';
import { speechHit, type QuoteContext } from '../context.js';
import { ABOUT_THIS } from '../lexicon/phrases.js';
import { ABOUT, build, type RuleOutcome, type VerbSite } from './site.js';

/**
 * How far from the sentence's first token ("Об") the verb may stand: right after "об этом", after
 * a subject, "Об этом он рассказал изданию Der Spiegel.", or after a date, "Об этом 11 апреля
 * сообщила пресс-служба ММКФ." (five), with no punctuation or other verb between.
 */
const VERB_AFTER_ABOUT_THIS = 6;

/** "Об этом сообщило министерство": the previous sentence, said by the subject after (or before) the verb. */
export function aboutThisPrevious(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  // "Это подтвердил «Ъ» один из участников встречи": the accusative "это" of a verb taking an object
  const thisObject = toks[lo]?.norm === 'это' && i === lo + 1 && (hit.verb.object ?? false);
  const aboutThis = ABOUT.has(toks[lo]?.norm ?? '') && ABOUT_THIS.has(toks[lo + 1]?.norm ?? '');
  if (i - lo > VERB_AFTER_ABOUT_THIS || hit.verb.learned === true || !(aboutThis || thisObject) || lo <= 0)
    return undefined;
  for (let k = lo + 2; k < i; k++) if (toks[k]!.kind === 'punct' || finiteVerb(toks[k]!)) return undefined;
  // the subject after the verb, else between "об этом" and the verb ("Об этом он рассказал изданию …")
  let attr = attributionAt(ctx, i, hit, i + 1, hi, 'right');
  if (!attr.group && i > lo + 2) {
    const before = attributionAt(ctx, i, hit, lo + 2, i, 'left');
    if (before.group) attr = before;
  }
  const prev = toks[lo - 1]!;
  const pLo = sentenceFirst(ctx.doc, lo - 1);
  // the previous sentence must be near (same or last paragraph) and not a quote of its own
  if (attr.mode !== 'continue' && prev.paragraph >= toks[lo]!.paragraph - 1 && !hasSpeechVerb(ctx, pLo, lo)) {
    return build(ctx, pLo, lo - 1, attr, cue, 'Q. Об этом сообщил X');
  }
  return null;
}

/** Whether tokens [a, b) hold a finite speech verb or gerund (an infinitive, "рассчитывает убедить", is not speech). */
function hasSpeechVerb(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const pos = speechHit(ctx.doc.tokens[k]!)?.pos;
    if (pos === 'VERB' || pos === 'GRND') return true;
  }
  return false;
}
