// The verb's object is the content: "Ерлан Саиров предложил приостановить выборы акимов" (an
// infinitive), "Виктор Янукович сообщил о разводе с женой" (о + noun group). "заявил о том, что Q"
// is not this: its ", что" goes to saidThat first.
import { attributionAt } from '../attribution.js';
import { clauseEnd, endsAtAttribution } from '../clause.js';
import { ABOUT_THIS } from '../lexicon/phrases.js';
import type { QuoteContext } from '../context.js';
import { ABOUT, build, nextContentToken, type RuleOutcome, type VerbSite } from './site.js';

/** "X предложил приостановить выборы": an infinitive right after the verb (adverbs aside). */
export function proposedInfinitive(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  // "фестиваль призван привлечь внимание": a passive participle is no speech
  if (!(hit.verb.infinitive ?? false) || hit.pos === 'PRTS') return undefined;
  let next = nextContentToken(ctx, i + 1, hi);
  if (next >= 0 && toks[next]!.morph[0]?.pos !== 'INFN') next = afterAddressee(ctx, next, hi);
  if (next < 0 || toks[next]!.morph[0]?.pos !== 'INFN') return undefined;
  // "призвал не забывать": the negation belongs to the content
  if (toks[next - 1]?.norm === 'не' && next - 1 > i) next--;
  const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
  return build(ctx, next, clauseEnd(ctx, next), attr, cue, 'X proposed to do Q');
}

/**
 * How many words the addressee between the verb and the infinitive may hold: "призвал граждан
 * соблюдать …" (one), "призвал жителей региона не выходить …" (two), "попросил всех участников
 * встречи воздержаться …" (four).
 */
const ADDRESSEE_REACH = 4;

/** The infinitive after an addressee (nouns, adjectives and pronouns in an oblique case), or -1. */
function afterAddressee(ctx: QuoteContext, from: number, hi: number): number {
  const toks = ctx.doc.tokens;
  let noun = false;
  for (let j = from; j < hi && j < from + ADDRESSEE_REACH + 1; j++) {
    const t = toks[j]!;
    if (t.kind !== 'word') return -1;
    const top = t.morph[0];
    if (top?.pos === 'INFN') return noun ? j : -1;
    if (top?.pos === 'PRCL' && t.norm === 'не') continue;
    const oblique = t.morph.some(
      (p) =>
        (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'NPRO' || p.pos === 'PRTF') &&
        (p.case === 'accs' || p.case === 'gent' || p.case === 'datv'),
    );
    if (!oblique) return -1;
    if (t.morph.some((p) => p.pos === 'NOUN' || p.pos === 'NPRO')) noun = true;
  }
  return -1;
}

/** "X заявил об уверенной победе": "о" right after the verb, kept only when X is named. */
export function saidAbout(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  if (!(hit.verb.about ?? false)) return undefined;
  const next = nextContentToken(ctx, i + 1, hi);
  // "сообщил об этом" points back at something already said, not forward
  if (next < 0 || !ABOUT.has(toks[next]!.norm) || ABOUT_THIS.has(toks[next + 1]?.norm ?? ''))
    return undefined;
  const last = clauseEnd(ctx, next);
  // "говоря о Геноциде армян, отметил, что …": a gerund's "о" phrase before the main speech verb is its topic
  if (hit.pos === 'GRND' && endsAtAttribution(ctx, last)) return null;
  const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
  if (attr.mode !== 'group') return null;
  return build(ctx, next, last, attr, cue, 'X said about Q');
}
