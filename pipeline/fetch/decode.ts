// Bytes to text for HTML and XML (feeds, sitemaps, local pages): BOM, then the Content-Type charset,
// then <meta charset> or the XML declaration, checked against the bytes, then detection (mostly
// valid UTF-8, else windows-1251 vs KOI8-R by which reads as Russian). The UTF-8 rule is the parse
// stage's (../utf8.ts), so a feed's titles and the pages it lists are read alike.
import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';
import { DECLARED_UTF8_RATIO, UNDECLARED_UTF8_RATIO, utf8Counts, utf8Replacements } from '../utf8.js';
import { CHARSET_ALIASES, COMMON_RUSSIAN_LETTERS } from './charsets.js';

const PRESCAN_BYTES = 4096;

/** A page's text and the encoding it was read with. */
export interface DecodedDocument {
  html: string;
  encoding: string;
  /** U+FFFD replacement characters a UTF-8 reading put in for broken sequences (0 for other encodings) */
  replaced: number;
}

/** The canonical name of a charset label, or null when iconv-lite cannot decode it. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const mapped = CHARSET_ALIASES[l] ?? l;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** The charset parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? canonicalCharset(m[2]) : null;
}

function bomEncoding(body: Buffer): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset a document declares in its first bytes: <meta charset>, http-equiv, or <?xml encoding?>. */
export function declaredCharset(body: Buffer): string | null {
  const head = body.subarray(0, PRESCAN_BYTES).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return canonicalCharset(xml[1]);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? canonicalCharset(meta[1]) : null;
}

const LETTER_WEIGHT = new Map<string, number>(
  [...COMMON_RUSSIAN_LETTERS].map((ch, i) => [ch, COMMON_RUSSIAN_LETTERS.length - i]),
);

/**
 * How much a text reads as Russian: common lower-case letters score high. Read in the wrong
 * single-byte Cyrillic table, Russian comes out mostly upper-case (KOI8-R and windows-1251 swap
 * the cases), so the right table wins by a wide margin.
 */
function russianScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    const w = LETTER_WEIGHT.get(ch);
    if (w !== undefined) score += w;
  }
  return score;
}

/** Guesses the encoding of bytes that declare none: UTF-8 if mostly valid (at least four well-formed
 * multi-byte sequences per broken one), else the best-reading Cyrillic table. */
export function detectEncoding(body: Buffer): string {
  return utf8Replacements(body, UNDECLARED_UTF8_RATIO) === null ? detectCyrillic(body) : 'utf-8';
}

/** The single-byte Cyrillic table whose reading of the bytes is most like Russian. */
function detectCyrillic(body: Buffer): string {
  const sample = body.subarray(0, 64 * 1024);
  let best = 'windows-1251';
  let bestScore = -1;
  for (const candidate of ['windows-1251', 'koi8-r', 'ibm866']) {
    const s = russianScore(iconv.decode(sample, candidate));
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Decodes an HTML (or XML) body: the BOM wins, then the Content-Type charset, then a declaration
 * in the document, then detection. A declared UTF-8 stands while its well-formed multi-byte
 * sequences are at least as many as its broken ones (CMS fragments cut mid-letter); below that it
 * is treated as undeclared (Russian sites that switched templates but not content do this). Bytes
 * under a single-byte label that are mostly valid UTF-8 are UTF-8: templates keep stale labels.
 */
export function decodeHtml(body: Buffer, contentType: string | null): DecodedDocument {
  const bom = bomEncoding(body);
  if (bom) {
    const rest = body.subarray(bom.length);
    const replaced = bom.encoding === 'utf-8' ? utf8Counts(rest).invalid : 0;
    return { html: iconv.decode(rest, bom.encoding), encoding: bom.encoding, replaced };
  }
  const declared = charsetFromContentType(contentType) ?? declaredCharset(body);
  // pure ASCII is valid UTF-8 whatever the label says, so the bytes cannot overrule it
  if (declared && isAscii(body))
    return { html: iconv.decode(body, declared), encoding: declared, replaced: 0 };
  const ratio = declared === 'utf-8' ? DECLARED_UTF8_RATIO : UNDECLARED_UTF8_RATIO;
  const replaced = utf8Replacements(body, ratio);
  if (replaced !== null) return { html: iconv.decode(body, 'utf-8'), encoding: 'utf-8', replaced };
  const encoding = declared && declared !== 'utf-8' ? declared : detectCyrillic(body);
  return { html: iconv.decode(body, encoding), encoding, replaced: 0 };
}
