// "X заявил, что Q" and "X отметил …: Q": the content is the clause after ", что" or the colon
// that follows the verb in its sentence.
import { attributionAt, finiteVerb } from '../attribution.js';
import { clauseEnd } from '../clause.js';
import { speechHit } from '../context.js';
import { THAT_BLOCKERS, THAT_WORDS } from '../lexicon/phrases.js';
import { build, isPunct, type RuleOutcome, type VerbSite } from './site.js';

const DASH = /^[–—-]$/u;

/**
 * How far after the verb ", что" or ":" is looked for (one past the last token tried). Circumstances
 * can stand between: "Президент ФИФА Зепп Блаттер заявил в Цюрихе в понедельник 9 мая, что
 * договорные матчи подрывают основы спорта" has "что" 8 tokens after the verb.
 */
const INTRODUCER_REACH = 16;

/** Where the content after a speech verb opens: at its colon, or at "что" ("чтобы", "будто") after a comma. */
interface Introducer {
  at: number;
  mark: ':' | 'that';
}

/** "X заявил: Q" (not followed by a quotation: that is a direct quote). */
export function saidColon(site: VerbSite): RuleOutcome {
  const m = introducer(site);
  if (m?.mark !== ':') return undefined;
  const { ctx, i, hit, cue, lo } = site;
  const attr = attributionAt(ctx, i, hit, lo, m.at, 'left-right');
  return build(ctx, m.at + 1, clauseEnd(ctx, m.at + 1), attr, cue, 'X said: Q');
}

/** "X заявил, что Q", "X заявил журналистам, что Q", "заявив, что Q" (a gerund: the subject is left). */
export function saidThat(site: VerbSite): RuleOutcome {
  const m = introducer(site);
  if (m?.mark !== 'that') return undefined;
  const { ctx, i, hit, cue, lo } = site;
  const attr = attributionAt(ctx, i, hit, lo, m.at - 1, hit.pos === 'GRND' ? 'left' : 'left-right');
  return build(ctx, m.at + 1, clauseEnd(ctx, m.at + 1), attr, cue, 'X said that Q');
}

/**
 * The first ":" or ", что" after the verb in its sentence, or null when something else comes
 * first: a full stop, a dash, a quotation (unless the verb names: "назвал «…»"), another verb.
 */
function introducer(site: VerbSite): Introducer | null {
  const { ctx, toks, i, hit, hi } = site;
  for (let j = i + 1; j < hi && j < i + INTRODUCER_REACH; j++) {
    const t = toks[j]!;
    if (ctx.pairOpenedAt[j]! >= 0 && !(hit.verb.naming ?? false)) return null;
    if (t.kind === 'punct') {
      if (t.text === ':') {
        const opens = j + 1 < hi && ctx.pairOpenedAt[j + 1]! < 0 && toks[j + 1]!.paragraph === t.paragraph;
        return opens ? { at: j, mark: ':' } : null;
      }
      if (/^[.;!?…]$/u.test(t.text) || DASH.test(t.text)) return null;
      continue;
    }
    if (THAT_WORDS.has(t.norm) && isPunct(toks[j - 1], /^,$/u)) {
      // "при условии, что", "из-за того, что": the clause belongs to that word, not to the verb
      if (j + 1 >= hi || THAT_BLOCKERS.has(toks[j - 2]?.norm ?? '')) return null;
      return { at: j, mark: 'that' };
    }
    if (j > i + 1 && finiteVerb(t) && !speechHit(t)) return null;
    // "попросила остановить поединок из-за того, что …": the что-clause belongs to the infinitive
    if (t.morph[0]?.pos === 'INFN') return null;
    // "поблагодарил семью, отметив, что …": the nearer speech verb (or gerund) owns the clause
    const nearer = j > i + 1 ? speechHit(t)?.pos : undefined;
    if (nearer === 'VERB' || nearer === 'GRND') return null;
  }
  return null;
}
