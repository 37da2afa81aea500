// Loading HTML into cheerio fast. htmlparser2 (cheerio's `xml: {xmlMode:false}` path) builds a
// tree about five times faster than parse5, and scripts, styles, SVG and comments — half the bytes
// of a modern news page — are cut with one regex pass before parsing since no text lives there;
// so are <nav> menus (a tenth of the rest), which the body finder would drop anyway.
// For bytes the cut happens before decoding (on a Latin-1 view, whose indices are byte offsets),
// so the costly UTF-8 decoding only sees the markup we keep. JSON-LD is set aside: it is the one
// script we read.
// cheerio/slim: the htmlparser2 load used here, without cheerio's loader from URLs, whose undici (some
// 130 files) every process used to compile at start
import * as cheerio from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import { DomHandler, type Document } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';

const NON_TEXT = /<(script|style|svg|noscript|template|nav)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<!--[\s\S]*?-->/gi;
const LD_TYPE = /type\s*=\s*["']?application\/ld\+json/i;
const SPACE = Buffer.from(' ');

/** Markup without scripts, styles, SVG and comments, plus the JSON-LD blocks that were in it. */
export interface SplitPage<T> {
  markup: T;
  jsonLd: T[];
}

/** Cuts non-text elements out of decoded HTML. */
export function splitPage(html: string): SplitPage<string> {
  const jsonLd: string[] = [];
  const markup = html.replace(
    NON_TEXT,
    (_all, tag: string | undefined, attrs: string | undefined, body: string | undefined) => {
      if (tag?.toLowerCase() === 'script' && attrs && body && LD_TYPE.test(attrs)) jsonLd.push(body);
      return ' ';
    },
  );
  return { markup, jsonLd };
}

const CUT_TAGS = ['script', 'style', 'svg', 'noscript', 'template', 'nav'].map((t) => Buffer.from(t));
const LT = 0x3c;
const GT = 0x3e;

/** Whether the ASCII word (lower case) starts at buf[i], case-insensitively, and ends there. */
function wordAt(buf: Buffer, i: number, word: Buffer): boolean {
  if (i + word.length > buf.length) return false;
  for (let k = 0; k < word.length; k++) if ((buf[i + k]! | 0x20) !== word[k]) return false;
  const next = buf[i + word.length];
  return (
    next === undefined ||
    !(
      (next >= 0x61 && next <= 0x7a) ||
      (next >= 0x41 && next <= 0x5a) ||
      (next >= 0x30 && next <= 0x39) ||
      next === 0x2d
    )
  );
}

/** Offset just past the closing tag of `word` after `from`, or the buffer end. */
function closeOf(buf: Buffer, from: number, word: Buffer): { start: number; end: number } {
  for (let j = buf.indexOf('</', from); j >= 0; j = buf.indexOf('</', j + 2)) {
    if (wordAt(buf, j + 2, word)) {
      const gt = buf.indexOf(GT, j);
      return { start: j, end: gt < 0 ? buf.length : gt + 1 };
    }
  }
  return { start: buf.length, end: buf.length };
}

/** Cuts non-text elements out of HTML bytes in an ASCII-compatible encoding, without decoding
 * them: every byte that matters here is ASCII, and multi-byte characters never contain '<'. */
export function splitPageBytes(buf: Buffer): SplitPage<Buffer> {
  const parts: Buffer[] = [];
  const jsonLd: Buffer[] = [];
  let kept = 0;
  let lt = buf.indexOf(LT);
  while (lt >= 0) {
    let cutEnd = -1;
    if (buf[lt + 1] === 0x21 && buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
      const close = buf.indexOf('-->', lt + 4);
      cutEnd = close < 0 ? buf.length : close + 3;
    } else {
      const tag = CUT_TAGS.find((w) => wordAt(buf, lt + 1, w));
      if (tag) {
        const gt = buf.indexOf(GT, lt);
        const open = gt < 0 ? buf.length : gt + 1;
        const close = closeOf(buf, open, tag);
        if (tag === CUT_TAGS[0] && LD_TYPE.test(buf.toString('latin1', lt, open)))
          jsonLd.push(buf.subarray(open, close.start));
        cutEnd = close.end;
      }
    }
    if (cutEnd < 0) {
      lt = buf.indexOf(LT, lt + 1);
      continue;
    }
    parts.push(buf.subarray(kept, lt), SPACE);
    kept = cutEnd;
    lt = buf.indexOf(LT, cutEnd);
  }
  if (kept === 0) return { markup: buf, jsonLd };
  parts.push(buf.subarray(kept));
  return { markup: Buffer.concat(parts), jsonLd };
}

const HTML_OPTIONS = {
  xmlMode: false,
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
} as const;

/** A DOM of HTML markup (htmlparser2), for fragments that need no cheerio API. */
export function parseFragment(markup: string): Document {
  return parseDocument(markup, HTML_OPTIONS);
}

// One cheerio instance for every page. cheerio.load() defines a new class per call, and V8 keeps
// each class's hidden maps reachable through feedback links that young-generation collections
// treat as strong, so every page's whole DOM survived each scavenge until the next full
// collection: over 880 page loads 257 MB survived scavenges instead of 23 MB, and loading took
// 1.8x the CPU time. The shared instance's root is given the page's nodes for the duration of
// one synchronous call and emptied afterwards, so no page outlives its call.
let shared: CheerioAPI | null = null;
let sharedBusy = false;

/** The DOM of markup given whole or as decoded pieces (see decodedChunks in ./decode.ts). */
function parseMarkup(markup: string | Iterable<string>): Document {
  if (typeof markup === 'string') return parseDocument(markup, HTML_OPTIONS);
  const handler = new DomHandler(undefined, HTML_OPTIONS);
  const parser = new Parser(handler, HTML_OPTIONS);
  for (const chunk of markup) parser.write(chunk);
  parser.end();
  return handler.root;
}

/** Parses markup already stripped by splitPage/splitPageBytes, whole or in decoded pieces, and
 * hands it to `use` as cheerio; the cheerio API is only valid during the call. */
export function withMarkup<T>(markup: string | Iterable<string>, use: ($: CheerioAPI) => T): T {
  const doc = parseMarkup(markup);
  // a nested call (none today) gets an instance of its own rather than clobbering the outer page
  if (sharedBusy) return use(cheerio.load(doc, { xml: HTML_OPTIONS }));
  shared ??= cheerio.load('', { xml: HTML_OPTIONS });
  const root = shared.root()[0] as Document;
  root.children = doc.children;
  for (const child of doc.children) child.parent = root;
  sharedBusy = true;
  try {
    return use(shared);
  } finally {
    sharedBusy = false;
    root.children = [];
  }
}
