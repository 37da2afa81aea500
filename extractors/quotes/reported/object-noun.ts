// The verb's direct object is what was said: "КНДР подтвердила арест гражданина США", "Великобритания
// обвиняет Россию в использовании химического оружия", "СМИ связывают увеличение числа спецсредств с
// приходом Володина". Only verbs flagged `object` (a verb whose object is a statement, not a thing).
import { attributionAt, finiteVerb } from '../attribution.js';
import type { Token } from '../../../document/analyse/index.js';
import type { QuoteContext } from '../context.js';
import { OBJECT_CLAUSE_JOINERS, RELATIVE_WORDS } from '../lexicon/phrases.js';
import { build, nextContentToken, type RuleOutcome, type VerbSite } from './site.js';

/** Whether a token can open an accusative noun group: a noun, adjective or participle in the accusative. */
function opensAccusative(t: Token): boolean {
  // "подтвердила в понедельник": "в" has an accusative noun reading too (the abbreviation of "век")
  if (t.morph.some((p) => p.pos === 'PREP' || p.pos === 'CONJ')) return false;
  return t.morph.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') && p.case === 'accs');
}

/**
 * How many tokens after a joiner ("и", "однако") a finite verb may stand and still end the object:
 * "Белый дом подтверждает факт разговора, однако ничего не сообщает о деталях" (two).
 */
const JOINED_VERB_REACH = 3;

/**
 * The last token of the object group opened at `from`: up to the sentence end, a ";" or ":", a
 * comma not followed by "который", or a joiner followed by a new predicate. Quotations are skipped whole.
 */
function objectEnd(ctx: QuoteContext, from: number, hi: number): number {
  const toks = ctx.doc.tokens;
  let last = from;
  for (let j = from; j < hi; j++) {
    const t = toks[j]!;
    const pair = ctx.pairOpenedAt[j]!;
    if (pair >= 0 && ctx.closeTok[pair]! > j && ctx.closeTok[pair]! < hi) {
      last = ctx.closeTok[pair]!;
      j = last;
      continue;
    }
    if (t.kind === 'punct') {
      if (/^[.;:!?…]$/u.test(t.text)) break;
      if (t.text === ',' && !RELATIVE_WORDS.has(toks[j + 1]?.norm ?? '')) break;
    } else if (OBJECT_CLAUSE_JOINERS.has(t.norm)) {
      let verb = false;
      for (let k = j + 1; k < hi && k <= j + JOINED_VERB_REACH; k++) if (finiteVerb(toks[k]!)) verb = true;
      if (verb) break;
    }
    last = j;
  }
  return last;
}

/** "X подтвердил арест Y": an accusative noun group right after the verb, kept only when X is there. */
export function saidObject(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  if (!(hit.verb.object ?? false) || (hit.pos !== 'VERB' && hit.pos !== 'GRND')) return undefined;
  // "политик не упоминал вирус": a denied object is not a statement
  if (toks[i - 1]?.norm === 'не') return null;
  const next = nextContentToken(ctx, i + 1, hi);
  if (next < 0 || !opensAccusative(toks[next]!) || ctx.owner[next]! >= 0) return undefined;
  const attr = attributionAt(ctx, i, hit, lo, i, hit.pos === 'GRND' ? 'left' : 'left-right');
  // a subject the lexicons do not know ("Россия отвергает обвинения") still says it: no speaker
  if (attr.mode !== 'group' && attr.subjectTok === undefined) return null;
  return build(ctx, next, objectEnd(ctx, next, hi), attr, cue, 'X said Y (object)');
}
