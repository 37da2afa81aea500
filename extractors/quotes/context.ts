// What every quote construction reads: the analysed document plus the quotation pairs, which token
// lies inside which pair, which tokens belong to a known person, and the speech-verb reading of each
// token. Built once per document.
import type { AnalysedDoc, Case, Gender, Parse, Token } from '../../document/analyse/index.js';
import type { Mention, Person } from '../../document/record/types.js';
import { SPEECH_VERB_BY_LEMMA, type SpeechVerb } from './lexicon/speech-verbs.js';
import { pairQuoteMarks, type QuotePair } from './quote-marks.js';
import { extend } from '../../document/extend.js';
import { MentionIndex } from './mention-index.js';
import { PeopleIndex } from './people-index.js';

/** A speech verb found on a token, with the agreement its reading carries. */
export interface SpeechHit {
  verb: SpeechVerb;
  /** VERB, GRND, PRTS, ADJS, INFN */
  pos: string;
  gender: Gender | null;
  plural: boolean;
}

export interface QuoteContext {
  readonly doc: AnalysedDoc;
  readonly pairs: readonly QuotePair[];
  /** innermost pair strictly containing each token (between its marks), -1 when none */
  readonly pairOf: Int32Array;
  /** token index of each pair's opening and closing mark */
  readonly openTok: Int32Array;
  readonly closeTok: Int32Array;
  /** pair index whose opening / closing mark is the token, -1 otherwise */
  readonly pairOpenedAt: Int32Array;
  readonly pairClosedAt: Int32Array;
  /** working copies of the people, extended when an attribution names someone new */
  readonly people: Person[];
  /** person index owning each token through a mention, -1 otherwise (kept up to date) */
  readonly owner: Int32Array;
  /** gender learned per person (from names and verbs) */
  readonly genders: (Gender | null)[];
  /** memo of subject.nameLike per token: 0 unknown, 1 yes, 2 no */
  readonly nameMemo: Uint8Array;
  /** built on first use (most articles never ask), see mentionIndex and peopleIndex */
  readonly indexes: { mentions?: MentionIndex; people?: PeopleIndex };
}

/** The people's mentions by offset, kept up to date by whoever adds or takes back a mention. */
export function mentionIndex(ctx: QuoteContext): MentionIndex {
  return (ctx.indexes.mentions ??= new MentionIndex(ctx.doc, ctx.people));
}

/** The people by name word and role stem, kept up to date by whoever adds a role mention. */
export function peopleIndex(ctx: QuoteContext): PeopleIndex {
  return (ctx.indexes.people ??= new PeopleIndex(ctx.people));
}

const VERBAL = new Set(['VERB', 'GRND', 'PRTS', 'ADJS', 'INFN']);

/** Memo of speech-verb readings per reading list (analyseWord shares one list per word form). */
const hitMemo = new WeakMap<readonly Parse[], SpeechHit | null>();

/** The speech-verb reading of a token, if any. */
export function speechHit(tok: Token): SpeechHit | null {
  if (tok.kind !== 'word') return null;
  const memo = hitMemo.get(tok.morph);
  if (memo !== undefined) return memo;
  let out: SpeechHit | null = null;
  for (const p of tok.morph) {
    if (!p.pos || !VERBAL.has(p.pos)) continue;
    const verb = SPEECH_VERB_BY_LEMMA.get(p.lemma);
    if (verb) {
      out = { verb, pos: p.pos, gender: p.gender, plural: p.number === 'plur' };
      break;
    }
  }
  hitMemo.set(tok.morph, out);
  return out;
}

/** Memo of active-participle speech readings per reading list. */
const participleMemo = new WeakMap<readonly Parse[], SpeechHit | null>();

/**
 * The active participle of a speech verb ("сообщившие", "объявившего"), with its case in `caseOf`,
 * or null. Kept apart from speechHit: only the constructions that read a participle ask for it.
 */
export function participleHit(tok: Token): (SpeechHit & { caseOf: Case | null }) | null {
  if (tok.kind !== 'word') return null;
  const memo = participleMemo.get(tok.morph);
  if (memo !== undefined) return memo as (SpeechHit & { caseOf: Case | null }) | null;
  let out: (SpeechHit & { caseOf: Case | null }) | null = null;
  const p = tok.morph[0];
  if (p && p.pos === 'PRTF' && p.tags.has('actv')) {
    const verb = SPEECH_VERB_BY_LEMMA.get(p.lemma);
    if (verb) out = { verb, pos: 'PRTF', gender: p.gender, plural: p.number === 'plur', caseOf: p.case };
  }
  participleMemo.set(tok.morph, out);
  return out;
}

/** Builds the context for one document and its people. */
export function buildContext(doc: AnalysedDoc, people: readonly Person[]): QuoteContext {
  const n = doc.tokens.length;
  const pairs = pairQuoteMarks(doc);
  const pairOf = new Int32Array(n).fill(-1);
  const pairOpenedAt = new Int32Array(n).fill(-1);
  const pairClosedAt = new Int32Array(n).fill(-1);
  const openTok = new Int32Array(pairs.length);
  const closeTok = new Int32Array(pairs.length);
  // pairs are sorted by opening offset, outer before inner: inner ones overwrite
  pairs.forEach((p, k) => {
    const a = doc.tokenAt(p.open);
    const b = doc.tokenAt(p.close);
    openTok[k] = a;
    closeTok[k] = b;
    if (a < n) pairOpenedAt[a] = k;
    if (b < n) pairClosedAt[b] = k;
    for (let t = a + 1; t < b && t < n; t++) pairOf[t] = k;
  });
  const copies = people.map((p): Person => extend(p, { mentions: [...p.mentions] as Mention[] }));
  const owner = new Int32Array(n).fill(-1);
  copies.forEach((p, k) => {
    for (const m of p.mentions) markOwner(doc, owner, m.start, m.end, k);
  });
  const genders = copies.map((p) => nameGender(doc, p));
  return {
    doc,
    pairs,
    pairOf,
    openTok,
    closeTok,
    pairOpenedAt,
    pairClosedAt,
    people: copies,
    owner,
    genders,
    nameMemo: new Uint8Array(n),
    indexes: {},
  };
}

/** Marks the tokens of [start, end) as belonging to person k. */
export function markOwner(doc: AnalysedDoc, owner: Int32Array, start: number, end: number, k: number): void {
  for (let t = doc.tokenAt(start); t < doc.tokens.length && doc.tokens[t]!.start < end; t++) {
    if (owner[t]! < 0) owner[t] = k;
  }
}

/**
 * A person's gender from the first names among its name mentions, or from surname endings. A first
 * name counts only when its lemma is a word of the person's name in the nominative: "Эда" in "шерифа
 * Эда Гонзалеса" reads as the woman's name "Эда", but the person is "Эд Гонзалес".
 */
export function nameGender(doc: AnalysedDoc, p: Person): Gender | null {
  const words = new Set(
    p.name
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[\s-]+/u),
  );
  for (const m of p.mentions) {
    if (m.kind !== 'name') continue;
    for (let t = doc.tokenAt(m.start); t < doc.tokens.length && doc.tokens[t]!.start < m.end; t++) {
      const first = doc.tokens[t]!.morph.find(
        (r) => r.name === 'first' && !r.guessed && words.has(r.lemma.replace(/ё/g, 'е')),
      );
      if (first && (first.gender === 'masc' || first.gender === 'femn')) return first.gender;
    }
  }
  const last = p.name.split(/\s+/u).pop() ?? '';
  if (/(?:ова|ева|ёва|ина|ская|цкая)$/u.test(last)) return 'femn';
  if (/(?:ов|ев|ёв|ин|ский|цкий)$/u.test(last)) return 'masc';
  return null;
}
