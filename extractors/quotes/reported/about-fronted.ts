// The "о" phrase stands before the verb: "О разговоре с Байденом рассказал сам Корреа", "О нынешнем
// аресте первыми сообщили южнокорейские СМИ", "— о своем намерении оставить спорт он высказался".
// The content is the "о" phrase, up to the subject or the verb.
import { attributionAt } from '../attribution.js';
import { ABOUT_THIS } from '../lexicon/phrases.js';
import type { Token } from '../../../document/analyse/index.js';
import { ABOUT, build, type RuleOutcome, type VerbSite } from './site.js';

/**
 * How many tokens before the verb the "о" may stand: "О разговоре с Байденом рассказал" is four,
 * "о своем намерении оставить спорт он высказался" six.
 */
const FRONTED_REACH = 8;

/** Words after which a fronted "о" phrase may open its clause: "когда о нём сообщил информатор". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['и', 'а', 'но', 'когда', 'как', 'однако', 'ведь']);

/** Whether an "о" phrase may open at token k: the sentence start, after punctuation, or after a clause opener. */
function opensClause(toks: readonly Token[], k: number, lo: number): boolean {
  if (k === lo) return true;
  const prev = toks[k - 1]!;
  return prev.kind === 'punct' || CLAUSE_OPENERS.has(prev.norm);
}

/** A word that ends the "о" phrase from the right: an adverb, a particle or an instrumental ("первыми"). */
function trailing(t: Token): boolean {
  const p = t.morph[0];
  if (!p) return false;
  return p.pos === 'ADVB' || p.pos === 'PRCL' || (p.pos === 'ADJF' && p.case === 'ablt');
}

/** "О X рассказал Y": the "о" phrase before a verb that reports with "о" (`about`), kept only when Y is named. */
export function aboutFronted(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  if (!(hit.verb.about ?? false) || hit.pos !== 'VERB') return undefined;
  let k = -1;
  for (let j = i - 1; j >= lo && j >= i - FRONTED_REACH; j--) {
    const t = toks[j]!;
    if (t.kind === 'punct' || ctx.pairOf[j] !== ctx.pairOf[i]) return undefined;
    if (ABOUT.has(t.norm)) {
      k = j;
      break;
    }
  }
  if (k < 0 || ABOUT_THIS.has(toks[k + 1]?.norm ?? '') || !opensClause(toks, k, lo)) return undefined;
  const attr = attributionAt(ctx, i, hit, k + 2, hi, 'right-left');
  if (attr.mode !== 'group' || !attr.group) return null;
  let last = Math.min(i, attr.group.first) - 1;
  while (last > k + 1 && trailing(toks[last]!)) last--;
  if (last <= k) return null;
  return build(ctx, k, last, attr, cue, 'о Q said X');
}
