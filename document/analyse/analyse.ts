// Builds the analysed document: paragraphs, sentences, tokens with offsets and morphology.
import { analyseForm } from './morphology.js';
import { foldView, lowerSameLength } from './normalise.js';
import { sentenceStarts } from './sentences.js';
import { tokenise } from './tokenise.js';
import type { AnalysedDoc, DocMeta, Paragraph, Parse, Sentence, Token } from './types.js';

const NO_PARSES: readonly Parse[] = Object.freeze([]);

export const EMPTY_META: DocMeta = Object.freeze({
  published: null,
  url: null,
  outlet: null,
  title: null,
  tzOffsetMinutes: null,
});

/** Paragraphs: maximal runs of text between line breaks, trimmed of surrounding spaces. */
function splitParagraphs(text: string, view: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(view)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(view[start]!)) start++;
    while (end > start && /\s/.test(view[end - 1]!)) end--;
    if (end > start) out.push({ i: out.length, start, end });
  }
  void text;
  return out;
}

/**
 * Analyses a text. Morphology must be loaded first (await loadMorphology()). Meta fields left out
 * default to null.
 */
export function analyse(text: string, meta: Partial<DocMeta> = {}): AnalysedDoc {
  const view = foldView(text);
  const lower = lowerSameLength(view);
  const paragraphs = splitParagraphs(text, view);
  const raw = tokenise(text);
  const tokens = new Array<Token>(raw.length);
  const sentences: Sentence[] = [];

  let t = 0;
  for (const para of paragraphs) {
    while (t < raw.length && raw[t]!.start < para.start) t++; // (whitespace-only gaps hold no tokens)
    const lo = t;
    while (t < raw.length && raw[t]!.start < para.end) t++;
    const hi = t;
    const starts = sentenceStarts(view, raw, lo, hi);
    let from = lo;
    for (const s of [...starts, hi]) {
      if (s > from) {
        sentences.push({
          i: sentences.length,
          start: raw[from]!.start,
          end: raw[s - 1]!.end,
          firstToken: from,
          endToken: s,
          paragraph: para.i,
        });
      }
      from = s;
    }
  }

  let s = 0;
  let prevEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    while (s < sentences.length - 1 && sentences[s]!.endToken <= i) s++;
    const sent = sentences[s];
    const tokText = text.slice(r.start, r.end);
    let newline = false;
    for (let c = prevEnd; c < r.start; c++) {
      const code = text.charCodeAt(c);
      if (code === 10 || code === 13) {
        newline = true;
        break;
      }
    }
    const first = tokText[0]!;
    const entry = r.kind === 'word' ? analyseForm(tokText) : undefined;
    tokens[i] = {
      i,
      start: r.start,
      end: r.end,
      text: tokText,
      norm: lower.slice(r.start, r.end),
      kind: r.kind,
      sentence: sent ? sent.i : 0,
      paragraph: sent ? sent.paragraph : 0,
      spaceBefore: r.start > prevEnd,
      newlineBefore: newline,
      upper: first !== first.toLowerCase(),
      morph: entry ? entry.parses : NO_PARSES,
      form: entry ? entry.id : -1,
    };
    prevEnd = r.end;
  }

  const fullMeta: DocMeta = { ...EMPTY_META, ...meta };
  return {
    text,
    view,
    lower,
    paragraphs,
    sentences,
    tokens,
    meta: fullMeta,
    tokenAt(offset: number): number {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
