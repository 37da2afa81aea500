// A capitalised word standing alone is a name only with evidence: the surname of someone already
// named in the article, a role noun before it ("депутат Саиров"), a surname shape mid-sentence, or
// the verb it is the subject of ("Мугабе заявил"). A capitalised word at a sentence start is not
// a name by itself.
import { surnameKey } from './declension.js';
import { predicateSex, verbFollows, verbPrecedes } from './gender.js';
import { NOT_PERSON_HEAD_LEMMAS, ROLES } from './lexicon.js';
import type { NameMention } from './mention.js';
import type { ScanContext } from './name-patterns.js';
import { extend } from '../../document/extend.js';

/** What the multi-word mentions already established about the article's people. */
export interface KnownNames {
  surnameKeys: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
}

const OPENERS = new Set(['"', '(', '–', '-', '—', '«', '„', '“', '•', '*']);
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?', ')', '"', '–', '—']);

/** Whether the token opens its sentence (after any opening quote or dash). */
function sentenceInitial(ctx: ScanContext, i: number): boolean {
  const toks = ctx.doc.tokens;
  const s = ctx.doc.sentences[toks[i]!.sentence]!;
  for (let j = s.firstToken; j < i; j++) if (!OPENERS.has(toks[j]!.text)) return false;
  return true;
}

/** Whether a role noun stands right before the token ("депутат Саиров", "Академик Сагдеев"). */
function roleBefore(ctx: ScanContext, i: number): boolean {
  const prev = ctx.doc.tokens[i - 1];
  if (!prev || prev.kind !== 'word' || prev.sentence !== ctx.doc.tokens[i]!.sentence) return false;
  return prev.morph.some((p) => ROLES.has(p.lemma));
}

const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'над', 'near']);

/** A surname-shaped word mid-sentence that is not a place adjective ("Московской") nor after "в". */
function plainSurname(ctx: ScanContext, i: number): boolean {
  const tok = ctx.doc.tokens[i]!;
  if (/(ск|цк)(ий|ая|ого|ому|им|ом|ой|ую|ие|их)$/.test(tok.norm)) return false;
  if (ctx.f[i]!.dictSurname) return true;
  return !afterPlacePreposition(ctx, i);
}

function afterPlacePreposition(ctx: ScanContext, i: number): boolean {
  const prev = ctx.doc.tokens[i - 1];
  return prev !== undefined && PLACE_PREPOSITIONS.has(prev.norm);
}

const ADJECTIVE_ENDING = /(ого|его|ому|ему|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ыми|ими)$/;
const LOWER_PART = /-\p{Ll}/u;

/**
 * An unknown capitalised word mid-sentence is mostly a foreign surname ("Нетаньяху", "Проди"),
 * unless it is shaped like an adjective or a compound with a lower-case part ("Карнеги-холле").
 */
function foreignShaped(text: string): boolean {
  return !ADJECTIVE_ENDING.test(text.toLowerCase()) && !LOWER_PART.test(text);
}

/** Single-word name mentions on tokens no multi-word mention took. */
export function singleNames(ctx: ScanContext, taken: Uint8Array, known: KnownNames): NameMention[] {
  const out: NameMention[] = [];
  const toks = ctx.doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const f = ctx.f[i]!;
    if (taken[i] || !f.cap || f.notName || f.initial || f.role) continue;
    const t = toks[i]!;
    const prev = toks[i - 1];
    if (prev && prev.end === t.start && prev.norm === '"') continue; // «Газпром»: a title or an organisation
    const initial = sentenceInitial(ctx, i);
    const mention = (shape: 'surname' | 'first'): NameMention => ({
      shape,
      from: i,
      to: i + 1,
      start: t.start,
      end: t.end,
      firstTok: shape === 'first' ? i : null,
      firsts: shape === 'first' ? f.firsts : [],
      patronymicTok: null,
      surnameToks: shape === 'surname' ? [i] : [],
      initials: null,
      sex: predicateSex(ctx.doc, i, i + 1),
    });
    if (known.surnameKeys.has(surnameKey(t.text))) {
      out.push(mention('surname'));
      continue;
    }
    if (f.firsts.length > 0) {
      const knownFirst = f.firsts.some((r) => known.firstNames.has(r.nom));
      // a first name that is also a place ("Израиль") stands alone only when listed, mid-sentence
      const placeToo = f.geo && (!f.listedFirst || afterPlacePreposition(ctx, i));
      const plain = !f.ambiguousFirst && !placeToo && (!f.common || f.listedFirst);
      if (knownFirst || (plain && (!initial || verbFollows(ctx.doc, i + 1)))) out.push(mention('first'));
      continue;
    }
    if (f.surname === 0 || f.latin || (f.geo && !f.dictSurname)) continue;
    if (prev && prev.sentence === t.sentence && prev.morph.some((p) => NOT_PERSON_HEAD_LEMMAS.has(p.lemma)))
      continue;
    const next = toks[i + 1];
    const closed = !next || CLOSERS.has(next.text) || next.sentence !== t.sentence;
    const verbNear = verbFollows(ctx.doc, i + 1) || (verbPrecedes(ctx.doc, i) && closed);
    const strong =
      roleBefore(ctx, i) ||
      (f.surname === 2 && (verbNear || (!initial && plainSurname(ctx, i)))) ||
      (f.surname === 1 && f.unknown && verbNear);
    const weak =
      !strong &&
      f.surname === 1 &&
      f.unknown &&
      !initial &&
      !afterPlacePreposition(ctx, i) &&
      foreignShaped(t.text);
    if (strong || weak) out.push(extend(mention('surname'), { weak }));
  }
  return out;
}
