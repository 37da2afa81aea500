// Small token predicates shared by the parsers: adjacency, words, readings.
import type { AnalysedDoc, Parse, Token } from '../../../document/analyse/index.js';

/** The token at i, or undefined past either end. */
export function at(doc: AnalysedDoc, i: number): Token | undefined {
  return i >= 0 ? doc.tokens[i] : undefined;
}

/** The token after i when it is glued to it (no space between). */
export function glued(doc: AnalysedDoc, i: number): Token | undefined {
  const t = doc.tokens[i + 1];
  return t && !t.spaceBefore ? t : undefined;
}

/** The token after i within the same sentence and without a line break between. */
export function nextInLine(doc: AnalysedDoc, i: number): Token | undefined {
  const a = doc.tokens[i];
  const t = doc.tokens[i + 1];
  return a && t && !t.newlineBefore && t.paragraph === a.paragraph ? t : undefined;
}

/** The token before i on the same line. */
export function prevInLine(doc: AnalysedDoc, i: number): Token | undefined {
  const a = doc.tokens[i];
  const t = i > 0 ? doc.tokens[i - 1] : undefined;
  return a && t && !a.newlineBefore && t.paragraph === a.paragraph ? t : undefined;
}

/** The token's normalised text without a trailing period ("руб." is two tokens anyway). */
export function normOf(t: Token | undefined): string {
  return t ? t.norm : '';
}

/** Whether a period follows the token directly, as after an abbreviation ("тыс.", "руб."). */
export function periodAfter(doc: AnalysedDoc, i: number): boolean {
  const t = glued(doc, i);
  return t !== undefined && t.text === '.';
}

/**
 * Whether the period after token i closes its sentence, so that it belongs to the sentence and
 * not to an abbreviation before it.
 */
export function periodEndsSentence(doc: AnalysedDoc, i: number): boolean {
  const after = doc.tokens[i + 2];
  return !after || after.newlineBefore || (after.upper && after.kind === 'word');
}

/** Readings of a word token with the part of speech. */
export function readingsOf(t: Token, pos: string): Parse[] {
  return t.morph.filter((p) => p.pos === pos);
}

/** Whether the token is a word. */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}
