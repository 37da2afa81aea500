// BIO tags over tokens: gold character spans to tags for training, and decoded tags back to spans.
import type { AnalysedDoc } from '../../../document/analyse/index.js';

/** Outside, Begin, Inside. */
export const O = 0;
export const B = 1;
export const I = 2;
/** Number of tags. */
export const NTAGS = 3;

/** A person span found by the tagger: tokens [from, to) and their text offsets. */
export interface TaggedSpan {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** Tags for every token of a document from gold spans (outermost spans win; nested ones are dropped). */
export function goldTags(doc: AnalysedDoc, spans: readonly { start: number; end: number }[]): Uint8Array {
  const tags = new Uint8Array(doc.tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const s of sorted) {
    if (s.start < lastEnd) continue;
    let first = true;
    for (let i = doc.tokenAt(s.start); i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      if (t.start >= s.end) break;
      if (t.end <= s.start) continue;
      tags[i] = first ? B : I;
      first = false;
    }
    if (!first) lastEnd = s.end;
  }
  return tags;
}

/** Spans from tags over tokens [from, to) (an I after O opens a span, as a B would). */
export function spansOf(
  doc: AnalysedDoc,
  tags: ArrayLike<number>,
  from = 0,
  to = doc.tokens.length,
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open = -1;
  const close = (end: number): void => {
    if (open >= 0)
      out.push({ start: doc.tokens[open]!.start, end: doc.tokens[end - 1]!.end, from: open, to: end });
    open = -1;
  };
  for (let i = from; i < to; i++) {
    const t = tags[i - from]!;
    if (t === B || (t === I && open < 0)) {
      close(i);
      open = i;
    } else if (t === O) close(i);
  }
  close(to);
  return out;
}
