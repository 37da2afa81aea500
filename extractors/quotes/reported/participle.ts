// A speech verb's active participle with its "о" phrase: "вместо сэра Алекса Фергюсона, объявившего
// об уходе с тренерского поста, …", "Мятежники, сообщившие о смерти политика, утверждают …". The
// speaker is the noun the participle agrees with, to its left; the content ends with the
// participial phrase (its closing comma).
import { sentenceEnd, sentenceFirst } from '../../../document/analyse/index.js';
import type { Attribution, Candidate } from '../candidate.js';
import { clauseEnd } from '../clause.js';
import type { QuoteContext, SpeechHit } from '../context.js';
import { ABOUT_THIS } from '../lexicon/phrases.js';
import { findSpeakerGroup } from '../subject.js';
import type { Case } from '../../../document/analyse/index.js';
import { ABOUT, build, nextContentToken } from './site.js';

/** "X, объявивший о Q": the "о" phrase after a participle of a verb that reports with "о" (`about`). */
export function participleAbout(
  ctx: QuoteContext,
  i: number,
  hit: SpeechHit & { caseOf: Case | null },
): Candidate | null {
  const toks = ctx.doc.tokens;
  if (!(hit.verb.about ?? false) || hit.caseOf === null || toks[i - 1]?.text !== ',') return null;
  const lo = sentenceFirst(ctx.doc, i);
  const hi = sentenceEnd(ctx.doc, i);
  const next = nextContentToken(ctx, i + 1, hi);
  if (next < 0 || !ABOUT.has(toks[next]!.norm) || ABOUT_THIS.has(toks[next + 1]?.norm ?? '')) return null;
  let last = clauseEnd(ctx, next);
  for (let k = next + 1; k <= last; k++) {
    if (ctx.pairOf[k] === ctx.pairOf[next] && toks[k]!.text === ',') {
      last = k - 1;
      break;
    }
  }
  // the noun the participle agrees with, before its comma
  const g = findSpeakerGroup(ctx, {
    lo,
    hi: i - 1,
    from: i - 1,
    order: 'left',
    agreement: { cases: [hit.caseOf], gender: hit.plural ? null : hit.gender, plural: hit.plural },
    reach: 6,
  });
  const attr: Attribution = g
    ? { mode: 'group', group: g, verbGender: hit.gender }
    : { mode: 'none', group: null, verbGender: hit.gender };
  const cue = hit.verb.cue ?? hit.verb.lemma;
  return build(ctx, next, last, attr, cue, 'X, who said about Q');
}
