// Small read helpers over tokens, shared by the extractors.
import type { AnalysedDoc, Case, Parse, Token } from './types.js';

/** The best reading of a token, or null for non-words. */
export function best(tok: Token): Parse | null {
  return tok.morph[0] ?? null;
}

/** The best reading's lemma, or the token's normalised text. */
export function lemmaOf(tok: Token): string {
  return tok.morph[0]?.lemma ?? tok.norm;
}

/** Whether any reading of the token has the lemma. */
export function hasLemma(tok: Token, lemma: string): boolean {
  return tok.morph.some((p) => p.lemma === lemma);
}

/** Whether any reading of the token carries every listed grammeme. */
export function hasTags(tok: Token, ...tags: string[]): boolean {
  return tok.morph.some((p) => tags.every((t) => p.tags.has(t)));
}

/** Readings of the token with the given part of speech. */
export function readings(tok: Token, pos: string): Parse[] {
  return tok.morph.filter((p) => p.pos === pos);
}

/** Cases the token can stand in, over all its readings. */
export function casesOf(tok: Token): Set<Case> {
  const out = new Set<Case>();
  for (const p of tok.morph) if (p.case) out.add(p.case);
  return out;
}

/** Tokens of one sentence. */
export function sentenceTokens(doc: AnalysedDoc, sentence: number): readonly Token[] {
  const s = doc.sentences[sentence];
  return s ? doc.tokens.slice(s.firstToken, s.endToken) : [];
}

/** Builds a span over [start, end) of the document text. */
export function spanOf(
  doc: AnalysedDoc,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}

/** The first token of the sentence holding token i ("Ерлан Саиров заявил…" -> the index of "Ерлан"). */
export function sentenceFirst(doc: AnalysedDoc, i: number): number {
  return doc.sentences[doc.tokens[i]!.sentence]?.firstToken ?? 0;
}

/** One past the last token of the sentence holding token i. */
export function sentenceEnd(doc: AnalysedDoc, i: number): number {
  return doc.sentences[doc.tokens[i]!.sentence]?.endToken ?? doc.tokens.length;
}

/**
 * Whether token i opens its sentence, with nothing but punctuation before it: "— Мы начали…",
 * "«Токаев…" (a capital there says nothing about a name).
 */
export function sentenceInitial(doc: AnalysedDoc, i: number): boolean {
  const s = doc.sentences[doc.tokens[i]!.sentence];
  if (!s) return false;
  for (let k = s.firstToken; k < i; k++) if (doc.tokens[k]!.kind !== 'punct') return false;
  return true;
}
