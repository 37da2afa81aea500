// Integer summaries of every token, computed once per document and read by every feature template:
// shape, dictionary tags, part of speech and case, word-list evidence, rule hits, form hashes.
import type { AnalysedDoc, Case, Pos, Token } from '../../../document/analyse/index.js';
import { surnameKey } from '../declension.js';
import type { NameFeatures } from '../features.js';
import { strHash } from './hash.js';
import { ruleHitCodes, type RuleMentions } from './rule-hits.js';

/** Per-token integer codes of one document (index = token index). */
export interface TokenInfo {
  n: number;
  shape: Int32Array;
  az: Int32Array;
  posCase: Int32Array;
  /** hash of the lower-cased form and of the best reading's lemma */
  low: Int32Array;
  lemma: Int32Array;
  nf: Int32Array;
  rule: Uint8Array;
  /** 1 when the token opens its sentence (after opening quotes or dashes) */
  initial: Uint8Array;
  /** the key a capitalised word is counted under (document features, gazetteer), or null */
  keys: (string | null)[];
}

const POS_INDEX: Record<Pos, number> = {
  NOUN: 1,
  ADJF: 2,
  ADJS: 3,
  COMP: 4,
  VERB: 5,
  INFN: 6,
  PRTF: 7,
  PRTS: 8,
  GRND: 9,
  NUMR: 10,
  ADVB: 11,
  NPRO: 12,
  PRED: 13,
  PREP: 14,
  CONJ: 15,
  PRCL: 16,
  INTJ: 17,
};
const CASE_INDEX: Record<Case, number> = {
  nomn: 1,
  gent: 2,
  datv: 3,
  accs: 4,
  ablt: 5,
  loct: 6,
  voct: 7,
  gen2: 2,
  acc2: 4,
  loc2: 6,
};
const KIND_INDEX = { word: 1, num: 2, numword: 3, punct: 4, symbol: 5 } as const;
const OPENERS = new Set(['"', '(', '–', '-', '—', '«', '„', '“', '•', '*']);

/** Bits of the name-feature code (see nfCode). */
export const NF_CAP = 1;
export const NF_INITIAL = 2;
export const NF_FIRST = 4;
export const NF_AMBIGUOUS = 8;
export const NF_LISTED = 16;
export const NF_PATRONYMIC = 32;
export const NF_SURNAME1 = 64;
export const NF_SURNAME2 = 128;
export const NF_NOTNAME = 256;
export const NF_GEO = 512;
export const NF_DICTSURNAME = 1024;
export const NF_COMMON = 2048;
export const NF_UNKNOWN = 4096;
export const NF_ROLE = 8192;
export const NF_LATIN = 16384;
/** The bits that say what part of a name a word can be. */
export const NF_CORE =
  NF_CAP | NF_INITIAL | NF_FIRST | NF_PATRONYMIC | NF_SURNAME1 | NF_SURNAME2 | NF_NOTNAME | NF_ROLE;

function nfCode(f: NameFeatures): number {
  return (
    (f.cap ? NF_CAP : 0) |
    (f.initial ? NF_INITIAL : 0) |
    (f.firsts.length > 0 ? NF_FIRST : 0) |
    (f.ambiguousFirst ? NF_AMBIGUOUS : 0) |
    (f.listedFirst ? NF_LISTED : 0) |
    (f.patronymic !== null ? NF_PATRONYMIC : 0) |
    (f.surname === 1 ? NF_SURNAME1 : f.surname === 2 ? NF_SURNAME2 : 0) |
    (f.notName ? NF_NOTNAME : 0) |
    (f.geo ? NF_GEO : 0) |
    (f.dictSurname ? NF_DICTSURNAME : 0) |
    (f.common ? NF_COMMON : 0) |
    (f.unknown ? NF_UNKNOWN : 0) |
    (f.role ? NF_ROLE : 0) |
    (f.latin ? NF_LATIN : 0)
  );
}

/** Whether a UTF-16 code unit is upper case (1), lower case (-1) or neither (0), as toLowerCase/toUpperCase tell. */
function letterCase(s: string, k: number): number {
  const c = s.charCodeAt(k);
  if (c >= 0x41 && c <= 0x5a) return 1;
  if (c >= 0x61 && c <= 0x7a) return -1;
  if (c < 0x80) return 0;
  if ((c >= 0x410 && c <= 0x42f) || c === 0x401) return 1;
  if ((c >= 0x430 && c <= 0x44f) || c === 0x451) return -1;
  const ch = s[k]!;
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? -1 : 0;
}

/** The shape bits that come from a token's text alone (see shapeCode). */
function glyphCode(t: Token): number {
  const s = t.text;
  let upper = 0;
  let lower = 0;
  let latin = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin = 1;
    const lc = letterCase(s, k);
    if (lc > 0) upper++;
    else if (lc < 0) lower++;
  }
  const len = s.length === 1 ? 0 : s.length <= 3 ? 1 : s.length <= 6 ? 2 : 3;
  const quote = t.kind === 'punct' && (t.norm === '"' || t.norm === '«' || t.norm === '»') ? 1 : 0;
  return (
    KIND_INDEX[t.kind] |
    ((t.upper ? 1 : 0) << 3) |
    ((upper > 1 && lower === 0 ? 1 : 0) << 4) |
    ((s.includes('-') ? 1 : 0) << 5) |
    (latin << 6) |
    (len << 7) |
    (quote << 10)
  );
}

/** The shape code of a token: its glyph bits, a full stop right after it and a line break before it. */
function shapeCode(doc: AnalysedDoc, t: Token, glyph: number): number {
  const next = doc.tokens[t.i + 1];
  const dotAfter = next !== undefined && next.text === '.' && next.start === t.end ? 1 : 0;
  return glyph | (dotAfter << 9) | ((t.newlineBefore ? 1 : 0) << 11);
}

function azCode(t: Token): number {
  let c = 0;
  for (const p of t.morph) {
    const g = p.guessed ? 256 : 1;
    if (p.name === 'first') c |= g;
    else if (p.name === 'surname') c |= g * 2;
    else if (p.name === 'patronymic') c |= g * 4;
    if (p.tags.has('Geox')) c |= g * 8;
    if (p.tags.has('Orgn')) c |= g * 16;
    if (!p.guessed) c |= 32;
    if (p.tags.has('Abbr')) c |= 64;
    if (p.tags.has('Init')) c |= 128;
  }
  const best = t.morph[0];
  if (best?.name) c |= 1 << 16;
  if (best?.tags.has('anim')) c |= 1 << 17;
  return c;
}

function posCaseCode(t: Token): number {
  const best = t.morph[0];
  return best ? (best.pos ? POS_INDEX[best.pos] : 0) * 16 + (best.case ? CASE_INDEX[best.case] : 0) : 0;
}

/**
 * Codes of a word form that its neighbours do not change (glyph bits, az code, part of speech and
 * case, lemma hash, key), kept by the form's number (`Token.form`): texts of one number differ at
 * most in ё/е, which none of these codes tells apart. The table has a fixed number of slots, a form
 * going to slot `form % SLOTS` (another form there is replaced), so memory stays flat however many
 * forms a long run meets: form numbers keep growing, as the morphology cache drops and renumbers
 * forms. SLOTS is well above the forms the morphology keeps (2 × 20,000).
 */
const SLOTS = 1 << 17;
const STRIDE = 5;
const formCodes = new Int32Array(SLOTS * STRIDE);
/** the form whose codes a slot holds, -1 for none */
const slotForm = new Int32Array(SLOTS).fill(-1);
const formKeys = new Array<string | undefined>(SLOTS).fill(undefined);

/** The row of a word token's form in formCodes, filled on first sight; -1 for a token without one. */
function formRow(t: Token): number {
  const form = t.form;
  if (form < 0) return -1;
  const slot = form % SLOTS;
  const row = slot * STRIDE;
  if (slotForm[slot] !== form) {
    const best = t.morph[0];
    slotForm[slot] = form;
    formKeys[slot] = undefined;
    formCodes[row] = glyphCode(t);
    formCodes[row + 1] = azCode(t);
    formCodes[row + 2] = posCaseCode(t);
    formCodes[row + 3] = best ? strHash(best.lemma) : 0;
    formCodes[row + 4] = strHash(t.norm);
  }
  return row;
}

/** The key of a word token's form (surnameKey of its text), kept per form. */
function formKey(t: Token): string {
  if (t.form < 0) return surnameKey(t.text);
  const row = formRow(t);
  return (formKeys[row / STRIDE] ??= surnameKey(t.text));
}

/** Integer codes of every token of a document, from its name features and rule hits. */
export function tokenInfo(doc: AnalysedDoc, f: readonly NameFeatures[], rules: RuleMentions): TokenInfo {
  const toks = doc.tokens;
  const n = toks.length;
  const info: TokenInfo = {
    n,
    shape: new Int32Array(n),
    az: new Int32Array(n),
    posCase: new Int32Array(n),
    low: new Int32Array(n),
    lemma: new Int32Array(n),
    nf: new Int32Array(n),
    rule: ruleHitCodes(n, rules),
    initial: new Uint8Array(n),
    keys: new Array<string | null>(n).fill(null),
  };
  let sentence = -1;
  let opening = true;
  // runs of tokens share one features object (NONE, a repeated name): its code is computed once
  let lastF: NameFeatures | null = null;
  let lastNf = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      opening = true;
    }
    info.initial[i] = opening ? 1 : 0;
    if (t.kind === 'word' || !OPENERS.has(t.text)) opening = false;
    const row = t.kind === 'word' ? formRow(t) : -1;
    const best = t.morph[0];
    if (row >= 0) {
      const low = formCodes[row + 4]!;
      info.low[i] = low;
      info.shape[i] = shapeCode(doc, t, formCodes[row]!);
      info.az[i] = formCodes[row + 1]!;
      info.posCase[i] = formCodes[row + 2]!;
      info.lemma[i] = best ? formCodes[row + 3]! : low;
    } else {
      const low = strHash(t.norm);
      info.low[i] = low;
      info.shape[i] = shapeCode(doc, t, glyphCode(t));
      info.az[i] = azCode(t);
      info.posCase[i] = posCaseCode(t);
      info.lemma[i] = best ? strHash(best.lemma) : low;
    }
    const fi = f[i]!;
    const nf = fi === lastF ? lastNf : nfCode(fi);
    lastF = fi;
    lastNf = nf;
    info.nf[i] = nf;
    if (t.kind === 'word' && (nf & NF_CAP || t.upper)) info.keys[i] = formKey(t);
  }
  return info;
}
