// "Шефер назвал эпидемию коронавируса «вызовом века»": a verb of naming with a quoted phrase in
// its clause quotes the speaker's words.
import { attributionAt } from '../attribution.js';
import { PRIORITY } from '../candidate.js';
import { clauseEnd, contentSpan } from '../clause.js';
import { extend } from '../../../document/extend.js';
import type { RuleOutcome, VerbSite } from './site.js';

/**
 * How far after the verb the quotation may open (one past the last token tried): "Игорь Додон уже
 * назвал решение КС находящимся «за пределами здравого смысла»" opens it 4 tokens after.
 */
const NAMING_REACH = 10;

/**
 * A quotation right after the verb with fewer tokens than this is a name or a nickname, not words
 * said: "называют «газовой ОПЕК»", against "называются «внутренние конфликты …»".
 */
const MIN_QUOTED_TOKENS = 4;

/** "X назвал Y «Q»" (mixed, Y and Q) and "X назвал «Q»" (direct, Q alone). */
export function calledQuoted(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  // "может быть назван наставник «Эвертона»": a passive participle names, nobody speaks
  if (!(hit.verb.naming ?? false) || hit.pos === 'PRTS') return undefined;
  for (let j = i + 1; j < hi && j < i + NAMING_REACH; j++) {
    const p = ctx.pairOpenedAt[j]!;
    if (p < 0) {
      if (toks[j]!.kind === 'punct' && toks[j]!.text !== '-') return undefined;
      continue;
    }
    const close = ctx.closeTok[p]!;
    const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
    if (j === i + 1) {
      if (close - j - 1 < MIN_QUOTED_TOKENS) return null;
      const span = contentSpan(ctx, j + 1, close - 1);
      if (!span) return null;
      return extend(span, { kind: 'direct', cue, pattern: 'named «Q»', attr, priority: PRIORITY.reported });
    }
    // "называются Роберто Мартинес из «Уигана»": an impersonal verb names a quotation it does not open
    if (hit.verb.impersonal === true) return null;
    const span = contentSpan(ctx, i + 1, lastQuotationOfClause(site, close));
    if (!span) return null;
    return extend(span, {
      kind: 'mixed',
      cue,
      pattern: 'X called Y «Q»',
      attr,
      priority: PRIORITY.reported,
    });
  }
  return undefined;
}

/**
 * Where a naming's content ends: its first quotation, or the last quotation of its clause when more
 * follow after a comma ("назвал это учение «руководящей идеей …», «мощным идейным оружием …»",
 * "назвал нападение «абсолютно ужасной атакой», одной из тех, которые «происходили …»").
 */
function lastQuotationOfClause(site: VerbSite, close: number): number {
  const { ctx, toks, hi } = site;
  if (toks[close + 1]?.text !== ',') return close;
  const end = Math.min(clauseEnd(ctx, close + 2), hi - 1);
  let last = close;
  for (let k = close + 2; k <= end; k++) {
    const p = ctx.pairOpenedAt[k]!;
    if (p >= 0 && ctx.closeTok[p]! <= end) last = ctx.closeTok[p]!;
  }
  return last;
}
