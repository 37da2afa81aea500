// Builds the attribution of a quote from its cue token: who the subject (or object, for "цитирует")
// is, in which direction to look, and what the verb agrees in.
import type { Token } from '../../document/analyse/index.js';
import type { Attribution } from './candidate.js';
import { speechHit, type QuoteContext, type SpeechHit } from './context.js';
import { INTERVIEW_NOUNS } from './lexicon/phrases.js';
import { findSpeakerGroup, type NounGroup } from './subject.js';
import { extend } from '../../document/extend.js';

/** A finite verb reading (any verb), for attributions whose verb is not in the lexicon ("— улыбнулся он"). */
export function finiteVerb(
  tok: Token,
): { lemma: string; gender: Token['morph'][number]['gender']; plural: boolean } | null {
  if (tok.kind !== 'word') return null;
  // an unknown capitalised word is a name, whatever the guesser reads ("представитель Теру")
  if (tok.upper && tok.morph.every((r) => r.guessed)) return null;
  const p = tok.morph.find((r) => r.pos === 'VERB' && r.tags.has('indc'));
  return p ? { lemma: p.lemma, gender: p.gender, plural: p.number === 'plur' } : null;
}

/** Attribution for a cue verb at token v, searching tokens [lo, hi). */
export function attributionAt(
  ctx: QuoteContext,
  v: number,
  hit: SpeechHit | null,
  lo: number,
  hi: number,
  order: 'left' | 'right' | 'left-right' | 'right-left',
): Attribution {
  const tok = ctx.doc.tokens[v]!;
  const fv = hit ? null : finiteVerb(tok);
  const gender = hit ? hit.gender : (fv?.gender ?? null);
  const plural = hit ? (hit.pos === 'GRND' || hit.pos === 'INFN' ? null : hit.plural) : (fv?.plural ?? null);
  if (hit?.verb.impersonal) {
    // "«Q», — говорится в интервью.": an interview's words are the interviewee's, the last speaker
    if (inInterview(ctx, v, hi)) return { mode: 'continue', group: null, verbGender: null };
    return { mode: 'none', group: sourceOfImpersonal(ctx, v, lo, hi), verbGender: null };
  }
  // "напомнил, что …, и добавил, что …": a second predicate shares the first one's subject
  const shared = hit ? coordinatedPredicate(ctx, v, lo) : -1;
  if (shared >= 0) {
    const first = attributionAt(
      ctx,
      shared,
      speechHit(ctx.doc.tokens[shared]!),
      lo,
      shared + 1,
      'left-right',
    );
    if (first.mode === 'group') return extend(first, { verbGender: gender ?? first.verbGender });
  }
  const object = hit?.verb.speakerIsObject === true;
  let group: NounGroup | null = null;
  if (object) {
    group = findSpeakerGroup(ctx, {
      lo,
      hi,
      from: v,
      order: 'right',
      agreement: { cases: ['accs'], gender: null, plural: null },
      allowSources: false,
    });
  }
  group ??= findSpeakerGroup(ctx, {
    lo,
    hi,
    from: v,
    order,
    agreement: { cases: ['nomn'], gender: gender === 'neut' ? null : gender, plural },
  });
  // a subject the lexicons do not know ("Сама женщина заявила") is someone else, not the last speaker
  if (!group) {
    const subj = unknownSubject(ctx, v, lo);
    // "В мэрии сообщили, что" (plural, no subject) is an unnamed source, not the last speaker
    const continues = hit !== null && plural !== true && order !== 'right';
    if (subj < 0) return { mode: continues ? 'continue' : 'none', group: null, verbGender: gender };
    return { mode: 'none', group: null, verbGender: gender, subjectTok: subj };
  }
  if (group.coordinated)
    return { mode: 'drop', group, verbGender: gender, reason: 'a joint statement of several people' };
  return { mode: 'group', group, verbGender: gender };
}

/** A noun in the nominative right before the verb at v (its own, unrecognised subject), or -1. */
function unknownSubject(ctx: QuoteContext, v: number, lo: number): number {
  const toks = ctx.doc.tokens;
  for (let k = v - 1; k >= lo && k >= v - 3; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return -1;
    const top = t.morph[0];
    if (top?.pos === 'NOUN' && t.morph.some((p) => p.pos === 'NOUN' && p.case === 'nomn')) return k;
    if (top?.pos !== 'ADVB' && top?.pos !== 'PRCL') return -1;
  }
  return -1;
}

/** The earlier speech verb that the verb at v is joined to by "и" (", и добавил"), or -1. */
function coordinatedPredicate(ctx: QuoteContext, v: number, lo: number): number {
  const toks = ctx.doc.tokens;
  let k = v - 1;
  while (k >= lo && toks[k]!.kind === 'word' && toks[k]!.morph[0]?.pos === 'ADVB') k--;
  if (toks[k]?.norm !== 'и') return -1;
  // in the same number: "власти потребовали …, но Путин отказал, хотя и выразил пожелание"
  const own = speechHit(toks[v]!);
  for (let u = k - 1; u >= lo; u--) {
    if (ctx.pairOf[u] !== ctx.pairOf[v]) continue;
    const h = speechHit(toks[u]!);
    if (h && h.pos === 'VERB') return own?.pos === 'VERB' && own.plural !== h.plural ? -1 : u;
  }
  return -1;
}

/** How many tokens after an impersonal verb "интервью" may stand: "говорится в опубликованном интервью" (three). */
const INTERVIEW_REACH = 3;

/** Whether "в … интервью" follows the impersonal verb at v: a person's own words, not a document's. */
function inInterview(ctx: QuoteContext, v: number, hi: number): boolean {
  const toks = ctx.doc.tokens;
  if (toks[v + 1]?.norm !== 'в') return false;
  for (let k = v + 2; k < hi && k <= v + 1 + INTERVIEW_REACH; k++) {
    if (INTERVIEW_NOUNS.has(toks[k]!.norm)) return true;
    if (toks[k]!.morph[0]?.pos !== 'ADJF' && toks[k]!.morph[0]?.pos !== 'PRTF') return false;
  }
  return false;
}

/** "говорится в заявлении МИД": the source named in the locative after an impersonal verb. */
function sourceOfImpersonal(ctx: QuoteContext, v: number, lo: number, hi: number): NounGroup | null {
  const g = findSpeakerGroup(ctx, {
    lo,
    hi,
    from: v,
    order: 'right-left',
    agreement: { cases: ['loct', 'gent', 'nomn'], gender: null, plural: null },
    reach: 6,
    afterPreposition: true,
  });
  return g && g.type === 'source' ? g : null;
}
