// Document-level evidence, without labels: every capitalised word is keyed by its surname key, and
// each key collects what its other occurrences in the article show (mid-sentence, after a first
// name, before a patronymic, after an initial, beside another capitalised word, in a rule's name).
// This is what recovers sentence-initial and bare-surname mentions ("Флинт родился…" after "Кит Флинт").
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import { HIT_MULTI_B, HIT_MULTI_I, HIT_SINGLE } from './rule-hits.js';
import {
  NF_CAP,
  NF_DICTSURNAME,
  NF_FIRST,
  NF_INITIAL,
  NF_NOTNAME,
  NF_PATRONYMIC,
  NF_ROLE,
  NF_SURNAME2,
  type TokenInfo,
} from './token-info.js';

/** Bits of a key's document code. */
export const DOC_MID = 1;
export const DOC_AFTER_FIRST = 2;
export const DOC_BEFORE_SURNAME = 4;
export const DOC_AFTER_INITIAL = 8;
export const DOC_NEXT_TO_CAP = 16;
export const DOC_IN_MULTI = 32;
export const DOC_AFTER_ROLE = 64;
export const DOC_TWICE = 128;
export const DOC_FOUR = 256;
export const DOC_ALL_INITIAL = 512;
export const DOC_IN_SINGLE = 1024;
export const DOC_LOWER_TOO = 2048;
export const DOC_NOT_NAME = 4096;
/** Number of bits in a document code. */
export const DOC_BITS = 13;

/** Whether tokens j and j+1 stand side by side: one sentence, one line, at most two characters apart. */
function adjacent(toks: readonly Token[], j: number): boolean {
  const a = toks[j];
  const b = toks[j + 1];
  return (
    a !== undefined &&
    b !== undefined &&
    a.sentence === b.sentence &&
    !b.newlineBefore &&
    b.start - a.end <= 2
  );
}

/** The document code of every token (0 for tokens without a key); other occurrences only. */
export function docCodes(doc: AnalysedDoc, info: TokenInfo): Int32Array {
  const toks = doc.tokens;
  const n = info.n;
  const own = new Int32Array(n);
  const byKey = new Map<string, number[]>();
  const lowerForms = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.kind === 'word' && !t.upper) lowerForms.add(t.norm);
    const key = info.keys[i];
    if (key == null) continue;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(i);
    const prev = info.nf[i - 1] ?? 0;
    const next = info.nf[i + 1] ?? 0;
    let c = 0;
    if (!info.initial[i]) c |= DOC_MID;
    if (prev & NF_FIRST && adjacent(toks, i - 1)) c |= DOC_AFTER_FIRST;
    if (next & (NF_PATRONYMIC | NF_DICTSURNAME | NF_SURNAME2) && next & NF_CAP && adjacent(toks, i))
      c |= DOC_BEFORE_SURNAME;
    if (prev & NF_INITIAL && adjacent(toks, i - 1)) c |= DOC_AFTER_INITIAL;
    if (
      (prev & NF_CAP && !(prev & NF_INITIAL) && adjacent(toks, i - 1)) ||
      (next & NF_CAP && adjacent(toks, i))
    )
      c |= DOC_NEXT_TO_CAP;
    const r = info.rule[i];
    if (r === HIT_MULTI_B || r === HIT_MULTI_I) c |= DOC_IN_MULTI;
    if (r === HIT_SINGLE) c |= DOC_IN_SINGLE;
    if (
      prev & NF_ROLE ||
      (i > 0 && toks[i - 1]!.kind === 'word' && !toks[i - 1]!.upper && info.az[i - 1]! & (1 << 17))
    )
      c |= DOC_AFTER_ROLE;
    if (info.nf[i]! & NF_NOTNAME) c |= DOC_NOT_NAME;
    own[i] = c;
  }
  const out = new Int32Array(n);
  // what the other occurrences show: a bit is set when an occurrence other than i has it, told by
  // counting each bit's occurrences once per key (comparing every pair took a twentieth of the time
  // on a 20 MB text, where a country's name comes thousands of times)
  const counts = new Int32Array(DOC_BITS);
  for (const list of byKey.values()) {
    counts.fill(0);
    let allInitial = true;
    for (const j of list) {
      if (!info.initial[j]) allInitial = false;
      const o = own[j]!;
      for (let b = 0; b < DOC_BITS; b++) counts[b] = counts[b]! + ((o >> b) & 1);
    }
    for (const i of list) {
      let c = 0;
      const o = own[i]!;
      for (let b = 0; b < DOC_BITS; b++) if (counts[b]! - ((o >> b) & 1) > 0) c |= 1 << b;
      if (list.length >= 2) c |= DOC_TWICE;
      if (list.length >= 4) c |= DOC_FOUR;
      if (allInitial) c |= DOC_ALL_INITIAL;
      if (lowerForms.has(toks[i]!.norm)) c |= DOC_LOWER_TOO;
      out[i] = c;
    }
  }
  return out;
}
