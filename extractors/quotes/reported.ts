// Reported speech: "X заявил, что Q", "X напомнил о …: Q", "X предложил приостановить …",
// "X заявил о победе", "X назвал выборы «мошенничеством»", "Q, пишет ТАСС", "Об этом сообщило
// министерство" (the previous sentence), "По словам X, Q", "по его мнению, Q", "Как сообщил X, Q".
// Each construction is a rule in reported/; this file finds the speech verbs and tries the rules.
import { sentenceFirst, sentenceEnd, type Token } from '../../document/analyse/index.js';
import type { Candidate } from './candidate.js';
import { participleHit, speechHit, type QuoteContext, type SpeechHit } from './context.js';
import { aboutFronted } from './reported/about-fronted.js';
import { aboutThisPrevious } from './reported/about-this.js';
import { accordingTo } from './reported/according-to.js';
import { calledQuoted } from './reported/naming.js';
import { proposedInfinitive, saidAbout } from './reported/object.js';
import { saidObject } from './reported/object-noun.js';
import { participleAbout } from './reported/participle.js';
import { postposedSource } from './reported/postposed.js';
import type { VerbRule, VerbSite } from './reported/site.js';
import { saidColon, saidThat } from './reported/that-clause.js';

/**
 * The constructions of a speech verb, tried in this order; the first that recognises its sentence
 * decides, even when it then finds no quote (see RuleOutcome).
 * - postposedSource first: in "Q, пишет ТАСС." nothing follows the verb but its subject, and the
 *   content lies before it, where no other rule looks.
 * - aboutThisPrevious next: "Об этом сообщило министерство …" says the content is elsewhere (the
 *   previous sentence), so nothing after the verb may be taken for it, and "сообщить об" must not
 *   reach saidAbout.
 * - saidColon and saidThat: an explicit ":" or ", что" after the verb is the strongest sign of
 *   the content. They find the same (first) introducer, so only one of them applies.
 * - calledQuoted: "назвал Y «Q»" only when no ", что" / ":" came first.
 * - proposedInfinitive and saidAbout last: they read the bare word after the verb (an infinitive,
 *   "о"), the weakest sign; they exclude each other.
 * - saidObject after them: an accusative noun right after the verb ("подтвердил арест") is the
 *   weakest sign of all, and "о" or an infinitive there is theirs.
 * - aboutFronted last: an "о" phrase before the verb ("О разговоре рассказал Корреа") counts only
 *   when nothing after the verb is its content.
 */
const VERB_RULES: readonly VerbRule[] = [
  postposedSource,
  aboutThisPrevious,
  saidColon,
  saidThat,
  calledQuoted,
  proposedInfinitive,
  saidAbout,
  saidObject,
  aboutFronted,
];

/** Reported speech of every construction. */
export function reportedQuotes(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const toks = ctx.doc.tokens;
  const consumed = new Set<number>();
  // the phrases first: the verb of "Как сообщил X, Q" is theirs, and is then passed over below
  accordingTo(ctx, out, consumed);
  for (let i = 0; i < toks.length; i++) {
    if (consumed.has(i) || ctx.pairOf[i]! >= 0) continue;
    const hit = speechHit(toks[i]!);
    if (!hit) {
      // "Фергюсона, объявившего об уходе": a participle reads only its "о" phrase
      const participle = participleHit(toks[i]!);
      const c = participle ? participleAbout(ctx, i, participle) : null;
      if (c) out.push(c);
      continue;
    }
    if (hit.pos === 'INFN' || authorVoice(toks[i]!)) continue;
    if (hit.verb.objects && !hit.verb.objects.includes(toks[i + 1]?.norm ?? '')) continue;
    const c = fromVerb(ctx, i, hit);
    if (c) out.push(c);
  }
  return out;
}

/** "Отметим, что", "Напомним": the author speaking (first or second person), not a source. */
function authorVoice(t: Token): boolean {
  return (
    t.morph[0]?.tags.has('1per') === true ||
    t.morph[0]?.tags.has('2per') === true ||
    t.morph[0]?.tags.has('impr') === true
  );
}

/** The reported content a speech verb at token i introduces, if any: the first rule that decides. */
function fromVerb(ctx: QuoteContext, i: number, hit: SpeechHit): Candidate | null {
  const site: VerbSite = {
    ctx,
    toks: ctx.doc.tokens,
    i,
    hit,
    cue: hit.verb.cue ?? hit.verb.lemma,
    lo: sentenceFirst(ctx.doc, i),
    hi: sentenceEnd(ctx.doc, i),
  };
  for (const rule of VERB_RULES) {
    const c = rule(site);
    if (c !== undefined) return c;
  }
  return null;
}
