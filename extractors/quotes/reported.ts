// Reported speech: "X заявил, что Q", "X напомнил о …: Q", "X предложил приостановить …",
// "X заявил о победе", "X назвал выборы «мошенничеством»", "Q, пишет ТАСС", "Об этом сообщило
// министерство" (the previous sentence), "По словам X, Q", "по его мнению, Q", "Как сообщил X, Q".
import { type Token, sentenceFirst, sentenceEnd } from '../../document/analyse/index.js';
import { attributionAt, finiteVerb } from './attribution.js';
import { PRIORITY, type Attribution, type Candidate } from './candidate.js';
import { clauseEnd, contentSpan, endsAtAttribution, reportedKind } from './clause.js';
import { speechHit, type QuoteContext, type SpeechHit } from './context.js';
import { ABOUT_THIS, ACCORDING_TO, AS_SAID_MARKER, THAT_BLOCKERS, THAT_WORDS } from './lexicon/phrases.js';
import { findSpeakerGroup } from './subject.js';
import { extend } from '../../document/extend.js';

const DASH = /^[–—-]$/u;
const ABOUT = new Set(['о', 'об', 'обо']);
const POSSESSIVE = new Set(['его', 'ее', 'их']);

const isPunct = (t: Token | undefined, re: RegExp): boolean =>
  t !== undefined && t.kind === 'punct' && re.test(t.text);
const isAdverbish = (t: Token): boolean =>
  t.kind === 'word' &&
  t.morph.length > 0 &&
  t.morph[0]!.pos !== null &&
  ['ADVB', 'PRCL', 'NPRO'].includes(t.morph[0]!.pos);

/** Reported speech of every construction. */
export function reportedQuotes(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const toks = ctx.doc.tokens;
  const consumed = new Set<number>();
  accordingTo(ctx, out, consumed);
  for (let i = 0; i < toks.length; i++) {
    if (consumed.has(i) || ctx.pairOf[i]! >= 0) continue;
    const hit = speechHit(toks[i]!);
    if (!hit || hit.pos === 'INFN' || authorVoice(toks[i]!)) continue;
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

/** Builds a candidate whose content starts at token qFirst, attributed by `attr`. */
function build(
  ctx: QuoteContext,
  qFirst: number,
  qLast: number,
  attr: Attribution,
  cue: string | null,
  pattern: string,
): Candidate | null {
  const span = contentSpan(ctx, qFirst, qLast);
  if (!span) return null;
  const k = reportedKind(ctx, span.start, span.end);
  return { start: k.start, end: k.end, kind: k.kind, cue, pattern, attr, priority: PRIORITY.reported };
}

/** The reported content a speech verb at token i introduces, if any. */
function fromVerb(ctx: QuoteContext, i: number, hit: SpeechHit): Candidate | null {
  const toks = ctx.doc.tokens;
  const cue = hit.verb.cue ?? hit.verb.lemma;
  const lo = sentenceFirst(ctx.doc, i);
  const hi = sentenceEnd(ctx.doc, i);

  // postposed: "Q, пишет ТАСС." / "Q, уточнил один из собеседников."
  const endsWithStop = isPunct(toks[hi - 1], /^[.!?…]$/u) || toks[hi - 1]?.kind !== 'punct';
  if (
    isPunct(toks[i - 1], /^,$/u) &&
    hit.pos === 'VERB' &&
    !hit.verb.impersonal &&
    endsWithStop &&
    !isPunct(toks[i - 2], /^[»"”“]$/u)
  ) {
    const attr = attributionAt(ctx, i, hit, i + 1, hi, 'right');
    if (attr.group && onlyPunctuation(ctx, attr.group.last + 1, hi) && i - 2 > lo) {
      return build(ctx, lo, i - 2, attr, cue, 'Q, said X');
    }
    // "…, уточнил один из собеседников агентства.": a short verbless tail is an unnamed source
    if (!attr.group && i - 2 > lo && hi - i <= 7 && !hasVerb(ctx, i + 1, hi)) {
      return build(ctx, lo, i - 2, { mode: 'none', group: null, verbGender: null }, cue, 'Q, said someone');
    }
  }

  // "Об этом сообщило министерство": the previous sentence
  if (i - lo <= 3 && ABOUT.has(toks[lo]?.norm ?? '') && ABOUT_THIS.has(toks[lo + 1]?.norm ?? '') && lo > 0) {
    const attr = attributionAt(ctx, i, hit, i + 1, hi, 'right');
    const prev = toks[lo - 1]!;
    const pLo = sentenceFirst(ctx.doc, lo - 1);
    if (
      attr.mode !== 'continue' &&
      prev.paragraph >= toks[lo]!.paragraph - 1 &&
      !hasSpeechVerb(ctx, pLo, lo)
    ) {
      return build(ctx, pLo, lo - 1, attr, cue, 'Q. Об этом сообщил X');
    }
    return null;
  }

  // ", что Q" or ": Q" within the sentence
  for (let j = i + 1; j < hi && j < i + 16; j++) {
    const t = toks[j]!;
    if (ctx.pairOpenedAt[j]! >= 0 && !(hit.verb.naming ?? false)) break;
    if (t.kind === 'punct') {
      if (t.text === ':') {
        if (j + 1 < hi && ctx.pairOpenedAt[j + 1]! < 0 && toks[j + 1]!.paragraph === t.paragraph) {
          const attr = attributionAt(ctx, i, hit, lo, j, 'left-right');
          return build(ctx, j + 1, clauseEnd(ctx, j + 1), attr, cue, 'X said: Q');
        }
        break;
      }
      if (/^[.;!?…]$/u.test(t.text) || DASH.test(t.text)) break;
      continue;
    }
    if (THAT_WORDS.has(t.norm) && isPunct(toks[j - 1], /^,$/u)) {
      // "при условии, что", "из-за того, что": the clause belongs to that word, not to the verb
      if (j + 1 >= hi || THAT_BLOCKERS.has(toks[j - 2]?.norm ?? '')) break;
      const attr = attributionAt(ctx, i, hit, lo, j - 1, hit.pos === 'GRND' ? 'left' : 'left-right');
      return build(ctx, j + 1, clauseEnd(ctx, j + 1), attr, cue, 'X said that Q');
    }
    if (j > i + 1 && finiteVerb(t) && !speechHit(t)) break;
    // "попросила остановить поединок из-за того, что …": the что-clause belongs to the infinitive
    if (t.morph[0]?.pos === 'INFN') break;
    if (j > i + 1 && speechHit(t)?.pos === 'VERB') break;
  }

  // "назвал выборы «фундаментальным мошенничеством»"
  if (hit.verb.naming) {
    for (let j = i + 1; j < hi && j < i + 10; j++) {
      const p = ctx.pairOpenedAt[j]!;
      if (p < 0) {
        if (toks[j]!.kind === 'punct' && toks[j]!.text !== '-') break;
        continue;
      }
      const close = ctx.closeTok[p]!;
      const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
      if (j === i + 1) {
        // "называются «внутренние конфликты …»" quotes words; "называют «газовой ОПЕК»" a nickname
        if (close - j - 1 < 4) return null;
        const span = contentSpan(ctx, j + 1, close - 1);
        if (!span) return null;
        return extend(span, { kind: 'direct', cue, pattern: 'named «Q»', attr, priority: PRIORITY.reported });
      }
      const span = contentSpan(ctx, i + 1, close);
      if (!span) return null;
      return extend(span, {
        kind: 'mixed',
        cue,
        pattern: 'X called Y «Q»',
        attr,
        priority: PRIORITY.reported,
      });
    }
  }
  const next = nextContentToken(ctx, i + 1, hi);
  if (next < 0) return null;
  const nt = toks[next]!;
  // "предложил приостановить выборы"
  if (hit.verb.infinitive && nt.morph[0]?.pos === 'INFN') {
    const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
    return build(ctx, next, clauseEnd(ctx, next), attr, cue, 'X proposed to do Q');
  }
  // "заявил об уверенной победе"
  if (hit.verb.about && ABOUT.has(nt.norm) && !ABOUT_THIS.has(toks[next + 1]?.norm ?? '')) {
    const attr = attributionAt(ctx, i, hit, lo, i, 'left-right');
    if (attr.mode !== 'group') return null;
    return build(ctx, next, clauseEnd(ctx, next), attr, cue, 'X said about Q');
  }
  return null;
}

/** First token from `from` that is not an adverb or particle ("также", "ещё"), or -1. */
function nextContentToken(ctx: QuoteContext, from: number, hi: number): number {
  for (let j = from; j < hi && j < from + 3; j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.kind !== 'word') return -1;
    if (!isAdverbish(t) || ABOUT.has(t.norm)) return j;
  }
  return -1;
}

/** Whether tokens [a, b) are all punctuation. */
function onlyPunctuation(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.doc.tokens[k]!.kind !== 'punct') return false;
  return true;
}

/** Whether tokens [a, b) hold a verb or a comma (more than a short source name). */
function hasVerb(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.morph[0]?.pos === 'VERB' || (t.kind === 'punct' && t.text === ',')) return true;
  }
  return false;
}

/** Whether tokens [a, b) hold a speech verb. */
function hasSpeechVerb(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (speechHit(ctx.doc.tokens[k]!)) return true;
  return false;
}

/** "По словам X, Q", "по его мнению, Q", "Как сообщил X, Q", and the same phrases after Q. */
function accordingTo(ctx: QuoteContext, out: Candidate[], consumed: Set<number>): void {
  const toks = ctx.doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (ctx.pairOf[i]! >= 0 || t.kind !== 'word') continue;
    let cue: string | undefined;
    let groupFrom = -1;
    let verb: number = -1;
    let hit: SpeechHit | null = null;
    let possessive = -1;
    if (t.norm === 'по') {
      // "по его мнению": the possessive stands between
      possessive = POSSESSIVE.has(toks[i + 1]!.norm) ? i + 1 : -1;
      groupFrom = possessive >= 0 ? i + 2 : i + 1;
      cue = toks[groupFrom] ? ACCORDING_TO.get(toks[groupFrom]!.norm) : undefined;
    } else if (
      t.norm === AS_SAID_MARKER &&
      (i === sentenceFirst(ctx.doc, i) || isPunct(toks[i - 1], /^,$/u))
    ) {
      for (let j = i + 1; j < i + 3 && j < toks.length; j++) {
        const h = speechHit(toks[j]!);
        // "как говорится" is a saying, not a source
        if (h && h.pos === 'VERB' && !h.verb.impersonal) {
          verb = j;
          hit = h;
          break;
        }
        if (!isAdverbish(toks[j]!)) break;
      }
      if (hit) {
        cue = `как ${hit.verb.cue ?? hit.verb.lemma}`;
        groupFrom = verb;
        consumed.add(verb);
      }
    }
    if (cue === undefined) continue;
    const lo = sentenceFirst(ctx.doc, i);
    const hi = sentenceEnd(ctx.doc, i);
    // the phrase runs to the next comma (or to the sentence end when it comes after Q)
    let comma = -1;
    for (let j = groupFrom + 1; j < hi && j < groupFrom + 14; j++) {
      const u = toks[j]!;
      if (u.kind === 'punct' && u.text === ',' && ctx.pairOf[j] === ctx.pairOf[i]) {
        comma = j;
        break;
      }
      if (u.kind === 'punct' && /^[.;:!?…]$/u.test(u.text)) break;
      if (j > groupFrom + 1 && finiteVerb(u)) break;
    }
    const attr = phraseAttribution(
      ctx,
      possessive >= 0 ? possessive - 1 : groupFrom,
      hit,
      verb,
      comma >= 0 ? comma : hi,
    );
    const before = isPunct(toks[i - 1], /^,$/u) && i - 1 > lo;
    const groupLast = attr.group?.last ?? groupFrom;
    const phraseEndsSentence =
      (comma < 0 && endsHere(ctx, groupLast + 1, hi)) || (comma < 0 && groupLast >= hi - 2);
    let c: Candidate | null = null;
    if (before && phraseEndsSentence) {
      c = build(ctx, lo, i - 2, attr, hit ? cue.replace(/^как /u, '') : cue, 'Q, according to X');
    } else if (comma >= 0) {
      const qFirst = skipQualifyingClause(ctx, comma + 1, hi);
      const qLast = clauseEnd(ctx, qFirst);
      // "Как передаёт РИА, Челах … заявил, что …": the inner attribution is the quote, not this one
      if (!endsAtAttribution(ctx, qLast)) {
        c = build(
          ctx,
          qFirst,
          qLast,
          attr,
          hit ? (hit.verb.cue ?? hit.verb.lemma) : cue,
          'according to X, Q',
        );
      }
    } else if (!hit) {
      // "по словам женщины на щеке сына …": no comma, the content starts after the genitive group
      // without a known source, only an animate genitive ("по словам женщины") names one
      const after = attr.group ? groupLast + 1 : animateGenitiveEnd(ctx, groupFrom + 1, hi);
      if (after > groupFrom + 1 && after < hi)
        c = build(ctx, after, clauseEnd(ctx, after), attr, cue, 'according to X Q');
    }
    if (c) out.push(c);
  }
}

/**
 * Skips a participial or "который" clause that still describes the source ("на пресс-конференции,
 * состоявшейся после свидания, во время встречи …"): the content starts after its comma.
 */
function skipQualifyingClause(ctx: QuoteContext, from: number, hi: number): number {
  const toks = ctx.doc.tokens;
  const t = toks[from];
  if (!t || !(t.morph[0]?.pos === 'PRTF' || t.morph.some((p) => p.lemma === 'который'))) return from;
  for (let j = from + 1; j < hi && j < from + 15; j++) {
    if (toks[j]!.text === ',' && j + 1 < hi) return j + 1;
    if (toks[j]!.kind === 'punct' && /^[.;:!?…]$/u.test(toks[j]!.text)) break;
  }
  return from;
}

/** One past a run of genitive words ending in an animate noun ("местных жителей"), or `from`. */
function animateGenitiveEnd(ctx: QuoteContext, from: number, hi: number): number {
  let k = from;
  let animate = false;
  while (k < hi && k < from + 4) {
    const t = ctx.doc.tokens[k]!;
    if (
      t.kind !== 'word' ||
      !t.morph.some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case === 'gent')
    )
      break;
    animate = t.morph.some((p) => p.pos === 'NOUN' && p.case === 'gent' && p.tags.has('anim'));
    k++;
  }
  return animate ? k : from;
}

/** Whether only punctuation is left from k to hi. */
function endsHere(ctx: QuoteContext, k: number, hi: number): boolean {
  for (let j = k; j < hi; j++) if (ctx.doc.tokens[j]!.kind !== 'punct') return false;
  return true;
}

/** The speaker of "по словам X" (genitive) or "как сообщил X" (nominative after the verb). */
function phraseAttribution(
  ctx: QuoteContext,
  groupFrom: number,
  hit: SpeechHit | null,
  verb: number,
  hi: number,
): Attribution {
  if (hit) return attributionAt(ctx, verb, hit, verb + 1, hi, 'right');
  const g = findSpeakerGroup(ctx, {
    lo: groupFrom + 1,
    hi,
    from: groupFrom,
    order: 'right',
    agreement: { cases: ['gent'], gender: null, plural: null },
    reach: 10,
  });
  if (!g) return { mode: 'none', group: null, verbGender: null };
  if (g.coordinated)
    return { mode: 'drop', group: g, verbGender: null, reason: 'a joint statement of several people' };
  return { mode: 'group', group: g, verbGender: null };
}
