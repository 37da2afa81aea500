// Direct speech: quotations with their attribution after («Q», – сказал X), before (X сказал: «Q»,
// X: «Q») or inside, splitting them («Q1, – сказал он, – Q2»: two quotes with one speaker); unquoted
// speech closed by "— сказала X" or opened by "X сказала:" at a paragraph end; dialogue-dash
// paragraphs; and whole-sentence quotations standing alone, which continue the last speaker.
import { sentenceFirst, type Token } from '../../document/analyse/index.js';
import { attributionAt, finiteVerb } from './attribution.js';
import { PRIORITY, type Attribution, type Candidate } from './candidate.js';
import { speechHit, type QuoteContext } from './context.js';
import { announcedName, isNameInQuotes, isSpeechLike } from './names-in-quotes.js';
import { SPEECH_NOUNS } from './lexicon/speech-nouns.js';
import { findSpeakerGroup } from './subject.js';
import { extend } from '../../document/extend.js';

const DASH = /^[–—-]$/u;
const STOP = /^[.!?…]$/u;

/** An attribution found inside a run of speech, between two dashes (or running to its end). */
interface InnerAttribution {
  /** the dash that opens it and the dash that closes it (or -1 when it runs to the end) */
  d1: number;
  d2: number;
  attr: Attribution;
  cue: string | null;
}

/** The cue verb among tokens [from, to): a lexicon verb or, failing that, any finite verb. */
function cueVerb(
  ctx: QuoteContext,
  from: number,
  to: number,
): { v: number; cue: string; lexicon: boolean } | null {
  const toks = ctx.doc.tokens;
  for (let v = from; v < to && v < toks.length; v++) {
    const t = toks[v]!;
    if (t.kind === 'punct' && t.text !== ',') return null;
    const hit = speechHit(t);
    if (hit && (hit.pos === 'VERB' || hit.pos === 'GRND'))
      return { v, cue: hit.verb.cue ?? hit.verb.lemma, lexicon: true };
  }
  for (let v = from; v < to && v < toks.length; v++) {
    const t = toks[v]!;
    if (t.kind === 'punct' && t.text !== ',') return null;
    const fv = finiteVerb(t);
    if (fv) return { v, cue: fv.lemma, lexicon: false };
  }
  return null;
}

/** Attributions inside tokens [lo, hi) at one quotation level (pair index, or -1 outside quotes). */
function innerAttributions(
  ctx: QuoteContext,
  lo: number,
  hi: number,
  level: number,
  trailing: boolean,
): InnerAttribution[] {
  const toks = ctx.doc.tokens;
  const out: InnerAttribution[] = [];
  for (let d = lo + 1; d < hi; d++) {
    const t = toks[d]!;
    if (t.kind !== 'punct' || !DASH.test(t.text) || ctx.pairOf[d] !== level) continue;
    // a hyphen inside a word ("Сочи-2014") is not an attribution dash
    if (!toks[d + 1]?.spaceBefore) continue;
    const prev = toks[d - 1]!;
    // inside quotations the attribution follows a comma or a stop; closing unquoted speech, anything
    if (!trailing && (prev.kind !== 'punct' || !/^[,.!?…]$/u.test(prev.text))) continue;
    const cv = cueVerb(ctx, d + 1, Math.min(hi, d + 5));
    if (!cv || !cv.lexicon) continue;
    let d2 = -1;
    let k = cv.v + 1;
    for (; k < hi && k < cv.v + 12; k++) {
      const u = toks[k]!;
      if (u.kind === 'punct' && DASH.test(u.text) && /^[,.]$/u.test(toks[k - 1]!.text)) {
        d2 = k;
        break;
      }
      if (u.kind === 'punct' && STOP.test(u.text) && !(toks[k + 1] && DASH.test(toks[k + 1]!.text))) break;
    }
    const runsToEnd = d2 < 0 && trailing && endsAttribution(ctx, k, hi);
    if (d2 < 0 && !runsToEnd) continue;
    const attrEnd = d2 < 0 ? hi : d2 - 1;
    const hit = speechHit(toks[cv.v]!);
    out.push({ d1: d, d2, attr: attributionAt(ctx, cv.v, hit, d + 1, attrEnd, 'right-left'), cue: cv.cue });
    if (d2 < 0) break;
    d = d2;
  }
  return out;
}

/** Whether only a full stop (or nothing) is left between k and hi. */
function endsAttribution(ctx: QuoteContext, k: number, hi: number): boolean {
  for (let j = k; j < hi; j++) if (!STOP.test(ctx.doc.tokens[j]!.text)) return false;
  return true;
}

/** Content offsets over tokens [a, b], trimmed of whitespace and dangling commas and dashes. */
function piece(ctx: QuoteContext, a: number, b: number): { start: number; end: number } | null {
  const toks = ctx.doc.tokens;
  while (b >= a && toks[b]!.kind === 'punct' && /^[,;:–—-]$/u.test(toks[b]!.text)) b--;
  while (a <= b && toks[a]!.kind === 'punct' && /^[,;:–—-]$/u.test(toks[a]!.text)) a++;
  if (a > b) return null;
  return { start: toks[a]!.start, end: toks[b]!.end };
}

/** The attribution right after a closing quotation mark: «Q», – сказал X. */
function attributionAfter(
  ctx: QuoteContext,
  close: number,
): { attr: Attribution; cue: string; lexicon: boolean } | null {
  const toks = ctx.doc.tokens;
  let j = close + 1;
  while (j < toks.length && toks[j]!.kind === 'punct' && /^[,.!?…]$/u.test(toks[j]!.text)) j++;
  const dash = toks[j];
  if (!dash || dash.newlineBefore) return null;
  if (dash.kind !== 'punct' || !DASH.test(dash.text)) return commaAttribution(ctx, close);
  if (!toks[j + 1]?.spaceBefore) return null;
  let end = j + 1;
  while (end < toks.length && !toks[end]!.newlineBefore) {
    const u = toks[end]!;
    const opensSpeech = ctx.pairOpenedAt[end]! >= 0 && !isNameInQuotes(ctx, ctx.pairOpenedAt[end]!);
    // a hyphen inside a word ("надежд-2009") goes on
    const dash = DASH.test(u.text) && (u.spaceBefore || toks[end + 1]?.spaceBefore !== false);
    if (u.kind === 'punct' && (STOP.test(u.text) || dash || opensSpeech)) break;
    end++;
  }
  const cv = cueVerb(ctx, j + 1, Math.min(end, j + 6));
  if (!cv) return null;
  const hit = speechHit(toks[cv.v]!);
  return { attr: attributionAt(ctx, cv.v, hit, j + 1, end, 'right-left'), cue: cv.cue, lexicon: cv.lexicon };
}

/**
 * «Q», сказал Стэйнтон: a comma right after the closing mark and a lexicon speech verb right after
 * it, with no dash (common in translated news).
 */
function commaAttribution(
  ctx: QuoteContext,
  close: number,
): { attr: Attribution; cue: string; lexicon: boolean } | null {
  const toks = ctx.doc.tokens;
  if (toks[close + 1]?.text !== ',') return null;
  // only a quotation opening its sentence: "стала «неточность формулировок», заявил Рогов" is reported
  const pair = ctx.pairClosedAt[close]!;
  if (pair < 0 || ctx.openTok[pair]! > sentenceFirst(ctx.doc, ctx.openTok[pair]!)) return null;
  const v = close + 2;
  const hit = toks[v] ? speechHit(toks[v]) : null;
  if (!hit || hit.pos !== 'VERB' || toks[v]!.newlineBefore) return null;
  let end = v + 1;
  while (end < toks.length && !toks[end]!.newlineBefore) {
    const u = toks[end]!;
    if (u.kind === 'punct' && (STOP.test(u.text) || u.text === ':' || ctx.pairOpenedAt[end]! >= 0)) break;
    end++;
  }
  return {
    attr: attributionAt(ctx, v, hit, v, end, 'right-left'),
    cue: hit.verb.cue ?? hit.verb.lemma,
    lexicon: true,
  };
}

/** The attribution before an opening mark after a colon: X сказал: «Q», X: «Q». */
function attributionBefore(
  ctx: QuoteContext,
  open: number,
): { attr: Attribution; cue: string | null } | null {
  const toks = ctx.doc.tokens;
  const colon = open - 1;
  if (colon < 0) return null;
  // "с официальной формулировкой «по семейным обстоятельствам»", "со словами «…»"
  if (speechNoun(toks[colon]!) !== null) return speechNounBefore(ctx, sentenceFirst(ctx.doc, colon), open);
  if (toks[colon]!.text !== ':') return null;
  return colonAttribution(ctx, colon);
}

/** The speaker of a clause ending in a colon: a speech verb's subject, or a bare name ("Кисин:"). */
function colonAttribution(
  ctx: QuoteContext,
  colon: number,
): { attr: Attribution; cue: string | null } | null {
  const toks = ctx.doc.tokens;
  const lo = sentenceFirst(ctx.doc, colon);
  // the word nearest the colon introduces it: "поблагодарил Путина следующими словами:" is the noun's
  const noun = speechNounAt(ctx, lo, colon);
  for (let v = colon - 1; v >= lo; v--) {
    if (v < noun) break;
    if (ctx.pairOf[v] !== ctx.pairOf[colon]) continue;
    const hit = speechHit(toks[v]!);
    if (hit && (hit.pos === 'VERB' || hit.pos === 'GRND')) {
      return {
        attr: attributionAt(ctx, v, hit, lo, colon, 'left-right'),
        cue: hit.verb.cue ?? hit.verb.lemma,
      };
    }
  }
  const byNoun = speechNounBefore(ctx, lo, colon);
  if (byNoun) return byNoun;
  const g = findSpeakerGroup(ctx, {
    lo,
    hi: colon,
    from: colon,
    order: 'left',
    agreement: { cases: ['nomn'], gender: null, plural: null },
    allowSources: false,
    reach: 6,
  });
  if (g && (g.type === 'person' || g.type === 'name') && g.first === lo && g.last === colon - 1) {
    return { attr: { mode: 'group', group: g, verbGender: null }, cue: null };
  }
  return null;
}

/**
 * The speaker a verbless line before a colon consists of or ends with, in the nominative. A headline
 * ("Глава Малайзии: …", "СМИ: …") is a role or source group that is all of the words before the
 * colon (a person's name there is colonAttribution's); a name line ("Хозяин крупной плантации Джино
 * Дескальси:") ends with a person or a name.
 */
function lineSpeaker(
  ctx: QuoteContext,
  first: number,
  colon: number,
  line: 'headline' | 'named',
): { attr: Attribution; cue: string | null } | null {
  const g = findSpeakerGroup(ctx, {
    lo: first,
    hi: colon,
    from: colon,
    order: 'left',
    agreement: { cases: ['nomn'], gender: null, plural: null },
    allowSources: line === 'headline',
    reach: colon - first,
  });
  if (!g || g.last !== colon - 1) return null;
  const fits =
    line === 'headline'
      ? g.first === first && (g.type === 'role' || g.type === 'source')
      : g.type === 'person' || g.type === 'name';
  return fits ? { attr: { mode: 'group', group: g, verbGender: null }, cue: null } : null;
}

/** How far before a colon a speech noun may stand ("необычным заявлением:", "комментарий длительностью 12 минут 41 секунду:"). */
const SPEECH_NOUN_REACH = 7;

/** The speech noun nearest before a colon, within reach and with no punctuation but commas between, or -1. */
function speechNounAt(ctx: QuoteContext, lo: number, colon: number): number {
  const toks = ctx.doc.tokens;
  for (let n = colon - 1; n >= lo && n >= colon - SPEECH_NOUN_REACH; n--) {
    const t = toks[n]!;
    if (t.kind === 'punct' && t.text !== ',') return -1;
    if (speechNoun(t) !== null) return n;
  }
  return -1;
}

/**
 * "закончив интервью необычным заявлением: …", "поблагодарил Путина следующими словами: …": a speech
 * noun shortly before the colon is the cue; the clause's subject (or the last speaker) said it.
 */
function speechNounBefore(
  ctx: QuoteContext,
  lo: number,
  colon: number,
): { attr: Attribution; cue: string | null } | null {
  const toks = ctx.doc.tokens;
  for (let n = colon - 1; n >= lo && n >= colon - SPEECH_NOUN_REACH; n--) {
    const t = toks[n]!;
    if (t.kind === 'punct' && t.text !== ',') return null;
    const cue = speechNoun(t);
    if (cue === null) continue;
    // the subject of the clause's verb ("Дубровский поблагодарил Путина … словами"), left of it
    for (let v = n - 1; v >= lo; v--) {
      if (toks[v]!.kind === 'punct' && toks[v]!.text !== ',') break;
      if (finiteVerb(toks[v]!)) {
        const attr = attributionAt(ctx, v, null, lo, v, 'left');
        return { attr: attr.mode === 'continue' ? extend(attr, { mode: 'none' as const }) : attr, cue };
      }
    }
    const g = findSpeakerGroup(ctx, {
      lo,
      hi: n,
      from: n,
      order: 'left',
      agreement: { cases: ['nomn'], gender: null, plural: null },
    });
    if (g) return { attr: { mode: 'group', group: g, verbGender: null }, cue };
    return { attr: { mode: 'none', group: null, verbGender: null }, cue };
  }
  return null;
}

/** The cue of a speech noun ("заявлением" -> "заявление"), or null. */
export function speechNoun(t: Token): string | null {
  if (t.kind !== 'word') return null;
  for (const p of t.morph) {
    if (p.pos !== 'NOUN' || !SPEECH_NOUNS.has(p.lemma)) continue;
    // "услышал слово «трупы»" names a word; "со словами «…»" quotes
    if (p.lemma === 'слово' && p.number !== 'plur') continue;
    return SPEECH_NOUNS.get(p.lemma)!;
  }
  return null;
}

/** Whether the pair stands as a sentence of its own (not a phrase inside another sentence). */
function sentenceLevel(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.doc.tokens;
  const a = ctx.openTok[k]!;
  const b = ctx.closeTok[k]!;
  const prev = toks[a - 1];
  const beforeOk =
    !prev || prev.paragraph !== toks[a]!.paragraph || STOP.test(prev.text) || ctx.pairClosedAt[a - 1]! >= 0;
  const next = toks[b + 1];
  const lastInside = toks[b - 1];
  const afterOk =
    !next ||
    next.paragraph !== toks[b]!.paragraph ||
    STOP.test(next.text) ||
    (lastInside !== undefined && STOP.test(lastInside.text) && (next.upper || ctx.pairOpenedAt[b + 1]! >= 0));
  return beforeOk && afterOk;
}

/** Direct quotes of every construction. */
export function directQuotes(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const toks = ctx.doc.tokens;
  const emit = (
    a: number,
    b: number,
    attr: Attribution,
    cue: string | null,
    pattern: string,
    priority: number,
  ): void => {
    const span = piece(ctx, a, b);
    if (span) out.push(extend(span, { kind: 'direct', cue, pattern, attr, priority }));
  };
  for (let k = 0; k < ctx.pairs.length; k++) {
    const a = ctx.openTok[k]!;
    const b = ctx.closeTok[k]!;
    if (b <= a + 1 || b >= toks.length) continue;
    const inner = innerAttributions(ctx, a + 1, b, k, false);
    const after = attributionAfter(ctx, b);
    if (inner.length > 0) {
      let from = a + 1;
      inner.forEach((ia, n) => {
        const own = n === 0 ? ia : inner[n - 1]!;
        emit(from, ia.d1 - 1, own.attr, own.cue, 'split quote', PRIORITY.directAttributed);
        from = ia.d2 + 1;
      });
      const lastAttr = after ?? inner[inner.length - 1]!;
      emit(from, b - 1, lastAttr.attr, lastAttr.cue, 'split quote', PRIORITY.directAttributed);
      continue;
    }
    // a nested quotation closing with its parent leaves the attribution after them to the parent
    const attr =
      ctx.pairs[k]!.depth > 0 ? (attributionBefore(ctx, a) ?? after) : (after ?? attributionBefore(ctx, a));
    if (attr) {
      // a name in quotes is never speech; a short phrase needs a real speech verb to be one
      const weak = attr.cue === null || ('lexicon' in attr && !attr.lexicon);
      if (announcedName(ctx, k) || (!isSpeechLike(ctx, k) && weak)) continue;
      emit(
        a + 1,
        b - 1,
        attr.attr,
        attr.cue,
        after ? 'quote, – said X' : 'X said: quote',
        PRIORITY.directAttributed,
      );
      continue;
    }
    if (ctx.pairs[k]!.depth === 0 && isSpeechLike(ctx, k) && sentenceLevel(ctx, k)) {
      emit(
        a + 1,
        b - 1,
        { mode: 'continue', group: null, verbGender: null },
        null,
        'standalone quote',
        PRIORITY.directStandalone,
      );
    }
  }
  out.push(...unquotedSpeech(ctx));
  return out;
}

/** Unquoted direct speech: "Q — сказала X.", "X сказала:" + paragraph, dialogue-dash paragraphs. */
function unquotedSpeech(ctx: QuoteContext): Candidate[] {
  const out: Candidate[] = [];
  const doc = ctx.doc;
  const toks = doc.tokens;
  let t = 0;
  for (const para of doc.paragraphs) {
    while (t < toks.length && toks[t]!.start < para.start) t++;
    const f = t;
    let e = f;
    while (e < toks.length && toks[e]!.start < para.end) e++;
    if (e <= f) continue;
    const first = toks[f]!;
    const dialogue = first.kind === 'punct' && DASH.test(first.text);
    const from = dialogue ? f + 1 : f;
    const inner = innerAttributions(ctx, from - 1, e, -1, true).filter((ia) => ia.d1 >= from);
    const quotedBefore = (d: number): boolean =>
      ctx.pairClosedAt[d - 1]! >= 0 || ctx.pairClosedAt[d - 2]! >= 0;
    if (dialogue) {
      let s = from;
      for (const ia of inner) {
        pushPiece(ctx, out, s, ia.d1 - 1, ia.attr, ia.cue, 'dialogue line');
        s = ia.d2 < 0 ? e : ia.d2 + 1;
      }
      // an unattributed dash line must say something ("— Татьяна Иванова, пресс-секретарь" does not)
      if (s < e && (inner.length > 0 || hasPredicate(ctx, s, e))) {
        const prevAttr = inner[inner.length - 1];
        pushPiece(
          ctx,
          out,
          s,
          e - 1,
          prevAttr?.attr ?? { mode: 'none', group: null, verbGender: null },
          prevAttr?.cue ?? null,
          'dialogue line',
        );
      }
    } else {
      const last = inner[inner.length - 1];
      if (last && last.d2 < 0 && !quotedBefore(last.d1) && last.d1 - f >= 4 && noOpenQuoteAt(ctx, f)) {
        pushPiece(ctx, out, f, last.d1 - 1, last.attr, last.cue, 'speech, — said X');
      }
    }
    // "Кисин: Продолжайте …", "Глава Малайзии: мы не хотим …", "СМИ: …": a name, role or source
    // and a colon opening a paragraph (headline style)
    for (let c = f + 1; c < e - 3 && c <= f + 4; c++) {
      if (toks[c]!.text !== ':' || ctx.pairOpenedAt[c + 1]! >= 0) continue;
      const named = colonAttribution(ctx, c) ?? lineSpeaker(ctx, f, c, 'headline');
      if (named && named.cue === null && hasPredicate(ctx, c + 1, e))
        pushPiece(ctx, out, c + 1, e - 1, named.attr, null, 'X: speech');
      break;
    }
    // "X сказала:" closing a paragraph opens the next one as the quote
    const end = toks[e - 1]!;
    if (end.text === ':' && e < toks.length) {
      const next = toks[e]!;
      if (ctx.pairOpenedAt[e]! < 0 && !(next.kind === 'punct' && DASH.test(next.text))) {
        // "Хозяин крупной плантации Джино Дескальси:", a verbless paragraph, names the speaker too
        const attr =
          colonAttribution(ctx, e - 1) ??
          (hasPredicate(ctx, f, e - 1) ? null : lineSpeaker(ctx, f, e - 1, 'named'));
        if (attr && (attr.cue !== null || !hasPredicate(ctx, f, e - 1))) {
          let ne = e;
          while (ne < toks.length && toks[ne]!.paragraph === next.paragraph) ne++;
          // a next paragraph ending in a colon is another attribution ("В заявлении говорится:")
          if (toks[ne - 1]!.text !== ':')
            pushPiece(ctx, out, e, ne - 1, attr.attr, attr.cue, 'X said: + paragraph');
        }
      }
    }
  }
  return out;
}

/** Whether tokens [a, b) hold a verb or predicative: speech, not a list of names. */
function hasPredicate(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    // "Дескальси" reads as a verb first: a known person's name is no predicate
    if (ctx.owner[k]! >= 0) continue;
    const p = ctx.doc.tokens[k]!.morph[0]?.pos;
    if (p === 'VERB' || p === 'INFN' || p === 'PRED') return true;
  }
  return false;
}

/** Whether the paragraph starts with a quotation mark (then the quoted constructions handle it). */
function noOpenQuoteAt(ctx: QuoteContext, f: number): boolean {
  return ctx.pairOpenedAt[f]! < 0;
}

function pushPiece(
  ctx: QuoteContext,
  out: Candidate[],
  a: number,
  b: number,
  attr: Attribution,
  cue: string | null,
  pattern: string,
): void {
  const toks = ctx.doc.tokens;
  while (b >= a && toks[b]!.kind === 'punct' && /^[,;:–—-]$/u.test(toks[b]!.text)) b--;
  while (a <= b && toks[a]!.kind === 'punct' && /^[,;:–—-]$/u.test(toks[a]!.text)) a++;
  if (a > b) return;
  out.push({
    start: toks[a]!.start,
    end: toks[b]!.end,
    kind: 'direct',
    cue,
    pattern,
    attr,
    priority: PRIORITY.directUnquoted,
  });
}
