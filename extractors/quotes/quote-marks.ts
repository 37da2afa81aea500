// Pairs quotation marks into spans: «…», „…“, “…”, "…", nested («…„…“…»), and quotes that run over
// several paragraphs (the Russian convention re-opens the quote at each new paragraph and closes it
// only at the end).
import type { AnalysedDoc } from '../../document/analyse/index.js';

/** One paired quotation: offsets of the opening and closing marks. */
export interface QuotePair {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark */
  close: number;
  /** nesting depth: 0 for an outermost pair */
  depth: number;
  /** index of the enclosing pair, or -1 */
  parent: number;
}

const OPENERS = new Set(['«', '„', '‹']);
const CLOSERS = new Set(['»', '”', '›']);
const STRAIGHT = '"';
/** Every quotation mark, so the scan jumps from mark to mark instead of walking each character. */
const MARK_SOURCE = '[«»„“”"‹›]';
const CURLY_LEFT = '“';

/** Closing mark -> opening marks it may close. */
const CLOSES: Readonly<Record<string, readonly string[]>> = {
  '»': ['«'],
  '›': ['‹'],
  '“': ['„'],
  '”': ['“', '„'],
  '"': ['"'],
};

interface Open {
  ch: string;
  at: number;
  paragraph: number;
}

/** Whether the character before `i` lets a quote open there (start, space, bracket, dash, another opener). */
function opensHere(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text[i - 1]!;
  return (
    /[\s([{\-–—=:/|]/u.test(before) || OPENERS.has(before) || before === STRAIGHT || before === CURLY_LEFT
  );
}

/** Whether the character after `i` lets a quote close there (end, space, punctuation, another closer). */
function closesHere(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  const after = text[i + 1]!;
  return /[\s.,;:!?…)\]}\-–—]/u.test(after) || CLOSERS.has(after) || after === STRAIGHT || after === '“';
}

/** Finds every quotation pair of the document, in order of their opening marks. */
export function pairQuoteMarks(doc: AnalysedDoc): QuotePair[] {
  const text = doc.text;
  const pairs: QuotePair[] = [];
  const stack: Open[] = [];
  // index into pairs of the last pair closed by a straight mark, for the merged '""' closing
  let lastStraightClose = -1;
  let para = 0;
  const paragraphs = doc.paragraphs;

  const closePair = (o: Open, close: number): number => {
    pairs.push({ open: o.at, close, depth: stack.length, parent: -1 });
    return pairs.length - 1;
  };

  const marks = new RegExp(MARK_SOURCE, 'gu');
  let m: RegExpExecArray | null;
  while ((m = marks.exec(text)) !== null) {
    const i = m.index;
    const ch = m[0];
    const isOpener = OPENERS.has(ch);
    const isCloser = CLOSERS.has(ch);
    if (!isOpener && !isCloser && ch !== STRAIGHT && ch !== CURLY_LEFT) continue;
    while (para < paragraphs.length && paragraphs[para]!.end <= i) para++;
    dropStale(stack, para, doc, i, pairs, lastStraightClose);

    const top = stack[stack.length - 1];
    if (ch === STRAIGHT || ch === CURLY_LEFT) {
      const canOpen = opensHere(text, i) && i + 1 < text.length && !/\s/u.test(text[i + 1]!);
      const closable = stack.some((o) => (CLOSES[ch] ?? []).includes(o.ch));
      const canClose = closable && closesHere(text, i) && i > 0 && !/\s/u.test(text[i - 1]!);
      if (canClose && (!canOpen || (top !== undefined && (CLOSES[ch] ?? []).includes(top.ch)))) {
        const k = closeMatching(stack, ch);
        if (k >= 0) {
          const idx = closePair(stack.splice(k)[0]!, i);
          if (ch === STRAIGHT) lastStraightClose = idx;
        }
      } else if (canOpen) {
        // a re-opening mark at the start of a continuing paragraph does not open a new quote
        if (!continuesParagraph(stack, ch, para, doc, i)) stack.push({ ch, at: i, paragraph: para });
      }
      continue;
    }
    if (isOpener) {
      if (!continuesParagraph(stack, ch, para, doc, i)) stack.push({ ch, at: i, paragraph: para });
      continue;
    }
    const k = closeMatching(stack, ch);
    if (k >= 0) closePair(stack.splice(k)[0]!, i);
  }
  dropStale(stack, paragraphs.length, doc, text.length, pairs, lastStraightClose);
  return finish(pairs);
}

/** Index in the stack of the innermost open mark that `ch` closes, or -1. */
function closeMatching(stack: Open[], ch: string): number {
  const allowed = CLOSES[ch] ?? [];
  for (let k = stack.length - 1; k >= 0; k--) if (allowed.includes(stack[k]!.ch)) return k;
  return -1;
}

/** True when `i` is the first character of paragraph `para` and an open quote of the same mark is pending. */
function continuesParagraph(stack: Open[], ch: string, para: number, doc: AnalysedDoc, i: number): boolean {
  const p = doc.paragraphs[para];
  if (!p || p.start !== i) return false;
  return stack.some((o) => o.ch === ch && o.at < p.start);
}

/**
 * Closes or drops quotes left open at a paragraph break that the new paragraph does not continue.
 * A straight quote left open right outside a pair that a straight mark closed shares that closing
 * mark ("…шепнул: "Мам, я не делал!" - цитирует"), a common typing shortcut.
 */
function dropStale(
  stack: Open[],
  para: number,
  doc: AnalysedDoc,
  i: number,
  pairs: QuotePair[],
  lastStraightClose: number,
): void {
  if (stack.length === 0) return;
  const p = doc.paragraphs[para];
  const startsPara = p !== undefined && p.start === i;
  const ch = doc.text[i];
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k]!;
    if (o.paragraph >= para) continue;
    if (startsPara && ch === o.ch && k === 0) {
      o.paragraph = para; // the new paragraph re-opens it: the quote goes on
      continue;
    }
    const last = pairs[lastStraightClose];
    if (o.ch === STRAIGHT && last && last.open > o.at && sharedCloseFollows(doc.text, last.close)) {
      pairs.push({ open: o.at, close: last.close, depth: k, parent: -1 });
    }
    stack.splice(k, 1);
  }
}

/** Whether a closing mark is followed by an attribution dash or the end of its paragraph. */
function sharedCloseFollows(text: string, close: number): boolean {
  const rest = text.slice(close + 1, close + 6);
  return /^[\s,.]*(?:[-–—]|$|[\n\r])/u.test(rest);
}

/** Sorts pairs by opening offset and computes depth and parent from containment. */
function finish(pairs: QuotePair[]): QuotePair[] {
  const sorted = pairs.sort((a, b) => a.open - b.open || b.close - a.close);
  const chain: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const q = sorted[k]!;
    while (chain.length > 0 && sorted[chain[chain.length - 1]!]!.close < q.open) chain.pop();
    // a pair that is not inside the chain top (crossing) is treated as a sibling
    while (chain.length > 0 && sorted[chain[chain.length - 1]!]!.close < q.close) chain.pop();
    q.parent = chain.length > 0 ? chain[chain.length - 1]! : -1;
    q.depth = chain.length;
    chain.push(k);
  }
  return sorted;
}
