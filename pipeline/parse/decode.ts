// Bytes -> text for the parse stage. We decode ourselves instead of trusting one source because
// Russian pages lie in every way: no charset at all, a placeholder charset ("_CHARSET"), a
// Content-Type that disagrees with the bytes, stray bytes before <!DOCTYPE> or inside UTF-8 text.
// Order: BOM, then the declared charset (transport, then <meta>/<?xml?>) checked against the
// bytes, then detection: mostly valid UTF-8 is UTF-8, else the most Russian single-byte reading.
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { DECLARED_UTF8_RATIO, UNDECLARED_UTF8_RATIO, utf8Counts, utf8Replacements } from '../utf8.js';
import { readJsonData } from './data-files.js';
import { russianPlausibility } from './russian-score.js';

export { utf8Counts, type Utf8Counts } from '../utf8.js';

interface LabelTable {
  encodings: Record<string, { iconv: string; labels: string[] }>;
  cyrillicCandidates: string[];
  priors: Record<string, number>;
}

const table = readJsonData<LabelTable>('data/encoding-labels.json');
const byLabel = new Map<string, string>();
for (const [name, e] of Object.entries(table.encodings)) for (const l of e.labels) byLabel.set(l, name);

/** How the encoding was chosen. */
export type EncodingSource = 'bom' | 'transport' | 'meta' | 'detected' | 'default';

export interface Decoded {
  text: string;
  /** the encoding name reported by the parse stage, e.g. "UTF-8", "windows-1251", "KOI8-R" */
  encoding: string;
  source: EncodingSource;
  /** U+FFFD replacement characters put in for bytes the encoding cannot read */
  replaced: number;
}

/** The encoding name for a charset label, or null for an unknown or bogus label. */
export function normaliseEncodingLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!l) return null;
  const known = byLabel.get(l);
  if (known) return known;
  return /^[a-z0-9][a-z0-9._:-]*$/.test(l) && iconv.encodingExists(l) ? l : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([^"';,\s]+)/i.exec(contentType) : null;
  return m?.[1] ?? null;
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([^"'\s/>;]+)/gi;
const XML_DECL = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([^"']+)["']/i;

/** The charset label a page declares in its first bytes (<meta charset>, http-equiv, <?xml?>). */
export function declaredCharset(head: string): string | null {
  const xml = XML_DECL.exec(head);
  if (xml?.[1]) return xml[1];
  META_CHARSET.lastIndex = 0;
  const m = META_CHARSET.exec(head);
  return m?.[1] ?? null;
}

function iconvName(encoding: string): string {
  return table.encodings[encoding]?.iconv ?? encoding;
}

/** Whether the bytes start with a UTF-16 byte order mark (then nothing ASCII-based applies). */
export function isUtf16(buf: Buffer): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

/** How many U+FFFD replacement characters decoding bytes as `encoding` puts in. */
export function replacementsIn(buf: Buffer, encoding: string): number {
  return encoding === 'UTF-8' ? utf8Counts(buf).invalid : unmappedBytes(buf, encoding);
}

/** Decodes bytes with an encoding name as reported by decodeHtmlBytes. */
export function decodeAs(buf: Buffer, encoding: string): string {
  return decodeWith(buf, encoding);
}

function decodeWith(buf: Buffer, encoding: string): string {
  if (encoding === 'UTF-8') return buf.toString('utf8');
  return iconv.decode(buf, iconvName(encoding));
}

const SAMPLE_HIGH_BYTES = 16 * 1024;

/** The page's non-ASCII byte runs, joined by spaces: all that tells single-byte Cyrillic code
 * pages apart (ASCII reads the same in each, and the scorer only looks at non-ASCII characters
 * and their neighbours). Markup is mostly ASCII, so this packs far more letters into a sample
 * than the page's first kilobytes would. */
function highByteSample(buf: Buffer): Buffer {
  const out = Buffer.allocUnsafe(Math.min(buf.length, SAMPLE_HIGH_BYTES + SAMPLE_HIGH_BYTES / 2));
  let n = 0;
  let high = 0;
  let inRun = false;
  for (let i = 0; i < buf.length && high < SAMPLE_HIGH_BYTES && n < out.length - 1; i++) {
    const b = buf[i]!;
    if (b >= 0x80) {
      out[n++] = b;
      high++;
      inRun = true;
    } else if (inRun) {
      out[n++] = b === 0x20 ? 0x20 : 0x2e;
      inRun = false;
    }
  }
  return out.subarray(0, n);
}

/** The single-byte Cyrillic (or Latin) encoding whose reading is most like Russian. */
function detectSingleByte(sample: Buffer): string {
  let best = { encoding: 'windows-1251', score: -Infinity };
  for (const enc of table.cyrillicCandidates) {
    const score = russianPlausibility(decodeWith(sample, enc)) + (table.priors[enc] ?? 0);
    if (score > best.score) best = { encoding: enc, score };
  }
  // Latin-1 text (French, German...) scores as no Russian at all in every Cyrillic reading.
  return best.score < -7 ? 'windows-1252' : best.encoding;
}

/** How a page's bytes are to be read. */
export interface EncodingChoice {
  encoding: string;
  source: EncodingSource;
  /** bytes of a byte order mark to skip */
  skip: number;
  /** how many U+FFFD replacement characters decoding puts in for bytes the encoding cannot read
   * (counted for UTF-8 and the single-byte code pages; 0 for other encodings) */
  replaced: number;
}

/** The UTF-8 choice when the bytes are UTF-8 with at most one broken sequence per `ratio` good ones. */
function utf8If(buf: Buffer, ratio: number, source: EncodingSource): EncodingChoice | null {
  const replaced = utf8Replacements(buf, ratio);
  return replaced === null ? null : { encoding: 'UTF-8', source, skip: 0, replaced };
}

const undefinedBytes = new Map<string, Uint8Array>();

/** How many bytes a single-byte encoding has no character for (windows-1251 0x98, say); 0 for others. */
function unmappedBytes(buf: Uint8Array, encoding: string): number {
  let unmapped = undefinedBytes.get(encoding);
  if (!unmapped) {
    const all = Buffer.alloc(256);
    for (let b = 0; b < 256; b++) all[b] = b;
    const text = decodeWith(all, encoding);
    unmapped = new Uint8Array(256);
    // a single-byte reading has one UTF-16 unit per byte; anything else (a multi-byte encoding) is skipped
    if (text.length === 256)
      for (let b = 0; b < 256; b++) unmapped[b] = text.charCodeAt(b) === 0xfffd ? 1 : 0;
    undefinedBytes.set(encoding, unmapped);
  }
  let n = 0;
  for (let i = 0; i < buf.length; i++) n += unmapped[buf[i]!]!;
  return n;
}

/** A choice with its count of bytes the encoding cannot read (0 for multi-byte encodings). */
function singleByte(buf: Buffer, encoding: string, source: EncodingSource): EncodingChoice {
  return { encoding, source, skip: 0, replaced: unmappedBytes(buf, encoding) };
}

/** Chooses the encoding of an HTML (or XML) byte string: BOM, Content-Type, in-document charset
 * checked against the bytes, then detection. */
export function chooseEncoding(buf: Buffer, contentType?: string | null): EncodingChoice {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { encoding: 'UTF-8', source: 'bom', skip: 3, replaced: utf8Counts(buf.subarray(3)).invalid };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return { encoding: 'UTF-16LE', source: 'bom', skip: 2, replaced: 0 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return { encoding: 'UTF-16BE', source: 'bom', skip: 2, replaced: 0 };

  const transport = normaliseEncodingLabel(charsetFromContentType(contentType));
  const inDoc = normaliseEncodingLabel(declaredCharset(buf.subarray(0, 8192).toString('latin1')));
  const declared = transport ?? inDoc;
  const source: EncodingSource = transport ? 'transport' : 'meta';

  // pure ASCII reads the same in any of these encodings, so the label stands
  if (isAscii(buf)) {
    const label = declared === 'UTF-16LE' || declared === 'UTF-16BE' ? null : declared;
    return { encoding: label ?? 'UTF-8', source: label ? source : 'default', skip: 0, replaced: 0 };
  }

  // UTF-16 labels in a byte stream without BOM are almost always wrong (WHATWG treats them as UTF-8).
  if (declared && declared !== 'UTF-16LE' && declared !== 'UTF-16BE') {
    // a declared UTF-8 with a few broken sequences (CMS fragments cut mid-letter) stands
    if (declared === 'UTF-8')
      return utf8If(buf, DECLARED_UTF8_RATIO, source) ?? detected(buf, highByteSample(buf));
    // Single-byte labels: (mostly) valid multi-byte UTF-8 is never an accident, so the label is stale.
    const utf8 = utf8If(buf, UNDECLARED_UTF8_RATIO, 'detected');
    if (utf8) return utf8;
    if (declared === 'windows-1252' || table.cyrillicCandidates.includes(declared)) {
      // chardet-style copies keep the original label after re-encoding, so the label is checked
      // against the other code pages; a close second (MacCyrillic vs windows-1251 differ only in
      // capitals and я) needs a smaller margin than a reading that is not Russian at all
      const sample = highByteSample(buf);
      const own = russianPlausibility(decodeWith(sample, declared));
      const guess = detectSingleByte(sample);
      if (guess !== declared) {
        const other = russianPlausibility(decodeWith(sample, guess));
        if (other > own + (own > -3.0 ? 0.1 : 0.8)) return singleByte(buf, guess, 'detected');
      }
      return singleByte(buf, declared, source);
    }
    return singleByte(buf, declared, source);
  }
  return utf8If(buf, UNDECLARED_UTF8_RATIO, 'detected') ?? detected(buf, highByteSample(buf));
}

/** The detected single-byte choice for bytes that are not (mostly) UTF-8. */
function detected(buf: Buffer, sample: Buffer): EncodingChoice {
  return singleByte(buf, detectSingleByte(sample), 'detected');
}

const CHUNK_BYTES = 32 * 1024;

/** The bytes decoded as pieces of at most 32 KB each. Whole pages decoded at once become strings
 * of several hundred kilobytes, which V8 places one by one in freshly mapped large-object pages;
 * an HTML parser fed piece by piece never needs them. */
export function* decodedChunks(buf: Buffer, choice: EncodingChoice): Generator<string> {
  const bytes = choice.skip ? buf.subarray(choice.skip) : buf;
  const decoder =
    choice.encoding === 'UTF-8' ? new StringDecoder('utf8') : iconv.getDecoder(iconvName(choice.encoding));
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    const s = decoder.write(bytes.subarray(i, i + CHUNK_BYTES));
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Decodes an HTML (or XML) byte string, honouring BOM, Content-Type and in-document charsets. */
export function decodeHtmlBytes(buf: Buffer, contentType?: string | null): Decoded {
  const choice = chooseEncoding(buf, contentType);
  const text = decodeWith(choice.skip ? buf.subarray(choice.skip) : buf, choice.encoding);
  return { text, encoding: choice.encoding, source: choice.source, replaced: choice.replaced };
}
