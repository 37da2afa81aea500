// The verb's object is the content: "Ерлан Саиров предложил приостановить выборы акимов" (an
// infinitive), "Виктор Янукович сообщил о разводе с женой" (о + noun group). "заявил о том, что Q"
// is not this: its ", что" goes to saidThat first.
import { attributionAt } from '../attribution.js';
import { clauseEnd, endsAtAttribution } from '../clause.js';
import { ABOUT_THIS } from '../lexicon/phrases.js';
import { ABOUT, build, nextContentToken, type RuleOutcome, type VerbSite } from './site.js';

/** "X предложил приостановить выборы": an infinitive right after the verb (adverbs aside). */
export function proposedInfinitive(site: VerbSite): RuleOutcome {
  const { ctx, toks, i, hit, cue, lo, hi } = site;
  if (!(hit.verb.infinitive ?? false)) return undefined;
  const next = nextContentToken(ctx, i + 1, hi);
  if (next < 0 || toks[next]!.morph[0]?.pos !== 'INFN') return undefined;
  const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
  return build(ctx, next, clauseEnd(ctx, next), attr, cue, 'X proposed to do Q');
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
