// Attribution phrases: "По словам Кисина, Армения заслуживает процветания", "по его мнению, Q",
// "Как сообщил аким области Серик Шапкенов, Q", and the same phrases after the content
// ("Q, по словам Кисина."). A phrase is found first, then where its content lies.
import { sentenceFirst, sentenceEnd, type Token } from '../../../document/analyse/index.js';
import { attributionAt, finiteVerb } from '../attribution.js';
import type { Attribution, Candidate } from '../candidate.js';
import { clauseEnd, endsAtAttribution } from '../clause.js';
import { speechHit, type QuoteContext, type SpeechHit } from '../context.js';
import { ACCORDING_TO, ACCORDING_TO_DATIVE, AS_SAID_MARKER, FROM_WORDS_OF } from '../lexicon/phrases.js';
import { findSpeakerGroup } from '../subject.js';
import { extend } from '../../../document/extend.js';
import { build, isAdverbish, isPunct, onlyPunctuation, type RuleOutcome } from './site.js';

const POSSESSIVE = new Set(['его', 'ее', 'их']);

/** One past the last token after "как" where its verb may stand: "Как ранее сообщали Викиновости, …". */
const AS_SAID_VERB_REACH = 3;

/**
 * How far after the phrase's head word its closing comma is looked for: "По словам премьер-министра
 * земли Гессен Фолькера Буфье (Volker Bouffier), это может быть …" has it 10 tokens after "словам".
 */
const PHRASE_COMMA_REACH = 14;

/**
 * How far a clause that still describes the source may run to its comma: "Как рассказал дед рядового
 * Владимир Челах на пресс-конференции, состоявшейся после свидания с обвиняемым, во время встречи
 * его внук почти ничего не говорил." (5 tokens after "состоявшейся").
 */
const QUALIFYING_CLAUSE_REACH = 15;

/**
 * How many genitive words may name an unknown source when no comma follows "по словам": "По словам
 * очевидцев пешеходы стояли возле остановки …" (one), "по словам местных жителей …" (two).
 */
const ANIMATE_GENITIVE_REACH = 4;

/** How far the genitive speaker of "по словам" is looked for (the Буфье sentence above: 5 tokens). */
const PHRASE_SPEAKER_REACH = 10;

/** An attribution phrase found in the text. */
interface Phrase {
  /** its first token ("по", "как") */
  at: number;
  /** the cue recorded on its quote: "по словам", or the verb's cue for "как сообщил" */
  cue: string;
  /** the token the speaker is looked for after: "словам", or the verb */
  groupFrom: number;
  /** the possessive of "по его мнению", or -1 */
  possessive: number;
  /** the verb of "как сообщил" and its reading, or -1 and null */
  verb: number;
  hit: SpeechHit | null;
}

/** A phrase with its sentence, its closing comma (-1 when none) and its speaker. */
interface PhraseSite extends Phrase {
  ctx: QuoteContext;
  lo: number;
  hi: number;
  comma: number;
  attr: Attribution;
}

/**
 * The phrases, each tried at every word outside quotation marks. They open with different words
 * ("по", "как"), so their order does not matter.
 */
const PHRASES: readonly ((ctx: QuoteContext, i: number) => Phrase | null)[] = [
  byWordsOf,
  asSaid,
  byDocument,
  fromWordsOf,
];

/**
 * Where the content of a phrase lies, tried in this order (the first that applies decides): before
 * a phrase that closes the sentence, then after the phrase's comma, then (for "по словам" only)
 * right after the speaker's genitive when no comma sets the phrase off.
 */
const PLACEMENTS: readonly ((s: PhraseSite) => RuleOutcome)[] = [
  contentBefore,
  contentAfterComma,
  contentAfterGroup,
];

/** "По словам X, Q", "по его мнению, Q", "Как сообщил X, Q", and the same phrases after Q. */
export function accordingTo(ctx: QuoteContext, out: Candidate[], consumed: Set<number>): void {
  const toks = ctx.doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (ctx.pairOf[i]! >= 0 || toks[i]!.kind !== 'word') continue;
    let phrase: Phrase | null = null;
    for (const find of PHRASES) {
      phrase = find(ctx, i);
      if (phrase) break;
    }
    if (!phrase) continue;
    // the verb of "как сообщил" is taken here: the verb rules do not read it again
    if (phrase.hit) consumed.add(phrase.verb);
    const c = place(ctx, phrase);
    if (c) out.push(c);
  }
}

/** "по словам X", "по его мнению" at token i. */
function byWordsOf(ctx: QuoteContext, i: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (toks[i]!.norm !== 'по') return null;
  // "по его мнению": the possessive stands between
  const possessive = POSSESSIVE.has(toks[i + 1]!.norm) ? i + 1 : -1;
  let groupFrom = possessive >= 0 ? i + 2 : i + 1;
  // "по предварительным данным", "по некоторым предположениям": adjectives before the head word
  for (let n = 0; n < PHRASE_ADJECTIVES && isPhraseAdjective(toks[groupFrom]); n++) groupFrom++;
  const head = toks[groupFrom];
  const cue = head ? ACCORDING_TO.get(head.norm) : undefined;
  if (cue === undefined) return null;
  return { at: i, cue, groupFrom, possessive, verb: -1, hit: null };
}

/**
 * "согласно уставу форума", "Согласно опубликованному указу о проведении выборов" at token i: the
 * dative noun (not a person) is the source; adjectives may stand before it.
 */
function byDocument(ctx: QuoteContext, i: number): Phrase | null {
  const toks = ctx.doc.tokens;
  const cue = ACCORDING_TO_DATIVE.get(toks[i]!.norm);
  if (cue === undefined) return null;
  let head = i + 1;
  for (let n = 0; n < PHRASE_ADJECTIVES && isPhraseAdjective(toks[head]); n++) head++;
  const t = toks[head];
  if (!t || ctx.owner[head]! >= 0) return null;
  if (!t.morph.some((p) => p.pos === 'NOUN' && p.case === 'datv' && !p.tags.has('anim'))) return null;
  return { at: i, cue, groupFrom: head, possessive: -1, verb: -1, hit: null };
}

/** "со слов X", "с его слов" at token i. */
function fromWordsOf(ctx: QuoteContext, i: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (!FROM_WORDS_OF.prepositions.has(toks[i]!.norm)) return null;
  const possessive = POSSESSIVE.has(toks[i + 1]!.norm) ? i + 1 : -1;
  const groupFrom = possessive >= 0 ? i + 2 : i + 1;
  if (toks[groupFrom]?.norm !== FROM_WORDS_OF.head) return null;
  return { at: i, cue: FROM_WORDS_OF.cue, groupFrom, possessive, verb: -1, hit: null };
}

/** How many adjectives may stand inside the phrase: "по некоторым предварительным данным". */
const PHRASE_ADJECTIVES = 2;

/** A dative adjective (or "некоторым") between "по" and the head word. */
function isPhraseAdjective(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || ACCORDING_TO.has(t.norm)) return false;
  return t.morph.some((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.case === 'datv');
}

/** "Как сообщил X", "Как ранее сообщали X" at token i, opening the sentence or after a comma. */
function asSaid(ctx: QuoteContext, i: number): Phrase | null {
  const toks = ctx.doc.tokens;
  if (toks[i]!.norm !== AS_SAID_MARKER) return null;
  if (i !== sentenceFirst(ctx.doc, i) && !isPunct(toks[i - 1], /^,$/u)) return null;
  for (let j = i + 1; j < i + AS_SAID_VERB_REACH && j < toks.length; j++) {
    const h = speechHit(toks[j]!);
    // "как говорится" is a saying, not a source
    if (h && h.pos === 'VERB' && !h.verb.impersonal) {
      return { at: i, cue: h.verb.cue ?? h.verb.lemma, groupFrom: j, possessive: -1, verb: j, hit: h };
    }
    if (!isAdverbish(toks[j]!)) return null;
  }
  return null;
}

/** The candidate of a phrase: its sentence, comma and speaker, then the first placement that applies. */
function place(ctx: QuoteContext, phrase: Phrase): Candidate | null {
  const lo = sentenceFirst(ctx.doc, phrase.at);
  const hi = sentenceEnd(ctx.doc, phrase.at);
  const comma = phraseComma(ctx, phrase, hi);
  const attr = phraseAttribution(
    ctx,
    phrase.possessive >= 0 ? phrase.possessive - 1 : phrase.groupFrom,
    phrase.hit,
    phrase.verb,
    comma >= 0 ? comma : hi,
  );
  const site: PhraseSite = extend(phrase, { ctx, lo, hi, comma, attr });
  for (const rule of PLACEMENTS) {
    const c = rule(site);
    if (c !== undefined) return c;
  }
  return null;
}

/** The comma that ends the phrase ("По словам X,"), or -1 (the phrase may close the sentence instead). */
function phraseComma(ctx: QuoteContext, phrase: Phrase, hi: number): number {
  const toks = ctx.doc.tokens;
  const { groupFrom, at } = phrase;
  for (let j = groupFrom + 1; j < hi && j < groupFrom + PHRASE_COMMA_REACH; j++) {
    const u = toks[j]!;
    if (u.kind === 'punct' && u.text === ',' && ctx.pairOf[j] === ctx.pairOf[at]) return j;
    if (u.kind === 'punct' && /^[.;:!?…]$/u.test(u.text)) return -1;
    if (j > groupFrom + 1 && finiteVerb(u)) return -1;
  }
  return -1;
}

/** "Q, по словам Кисина.": after a comma, a phrase closing its sentence attributes what precedes. */
function contentBefore(s: PhraseSite): RuleOutcome {
  const { ctx, at, lo, hi, comma, attr } = s;
  const groupLast = attr.group?.last ?? s.groupFrom;
  const before = isPunct(ctx.doc.tokens[at - 1], /^,$/u) && at - 1 > lo;
  const endsSentence = comma < 0 && (onlyPunctuation(ctx, groupLast + 1, hi) || groupLast >= hi - 2);
  if (!before || !endsSentence) return undefined;
  return build(ctx, lo, at - 2, attr, s.cue, 'Q, according to X');
}

/** "По словам Кисина, Q": the clause after the phrase's comma (and after a clause describing X). */
function contentAfterComma(s: PhraseSite): RuleOutcome {
  const { ctx, hi, comma, attr } = s;
  if (comma < 0) return undefined;
  const qFirst = skipQualifyingClause(ctx, comma + 1, hi);
  const qLast = clauseEnd(ctx, qFirst);
  // "Как передаёт РИА, Челах … заявил, что …": the inner attribution is the quote, not this one
  if (endsAtAttribution(ctx, qLast)) return null;
  return build(ctx, qFirst, qLast, attr, s.cue, 'according to X, Q');
}

/**
 * "по словам женщины на щеке сына …": no comma, the content starts after the genitive group.
 * Without a known source, only an animate genitive ("по словам женщины") names one.
 */
function contentAfterGroup(s: PhraseSite): RuleOutcome {
  const { ctx, hi, groupFrom, attr } = s;
  if (s.hit) return undefined;
  const after = attr.group ? attr.group.last + 1 : animateGenitiveEnd(ctx, groupFrom + 1, hi);
  if (after <= groupFrom + 1 || after >= hi) return null;
  return build(ctx, after, clauseEnd(ctx, after), attr, s.cue, 'according to X Q');
}

/**
 * Skips a participial or "который" clause that still describes the source ("на пресс-конференции,
 * состоявшейся после свидания, во время встречи …"): the content starts after its comma.
 */
function skipQualifyingClause(ctx: QuoteContext, from: number, hi: number): number {
  const toks = ctx.doc.tokens;
  const t = toks[from];
  if (!t || !(t.morph[0]?.pos === 'PRTF' || t.morph.some((p) => p.lemma === 'который'))) return from;
  for (let j = from + 1; j < hi && j < from + QUALIFYING_CLAUSE_REACH; j++) {
    if (toks[j]!.text === ',' && j + 1 < hi) return j + 1;
    if (toks[j]!.kind === 'punct' && /^[.;:!?…]$/u.test(toks[j]!.text)) break;
  }
  return from;
}

/** One past a run of genitive words ending in an animate noun ("местных жителей"), or `from`. */
function animateGenitiveEnd(ctx: QuoteContext, from: number, hi: number): number {
  let k = from;
  let animate = false;
  while (k < hi && k < from + ANIMATE_GENITIVE_REACH) {
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
    reach: PHRASE_SPEAKER_REACH,
  });
  if (!g) return { mode: 'none', group: null, verbGender: null };
  if (g.coordinated)
    return { mode: 'drop', group: g, verbGender: null, reason: 'a joint statement of several people' };
  return { mode: 'group', group: g, verbGender: null };
}
