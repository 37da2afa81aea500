// Bytes -> text for the parse stage. We decode ourselves instead of trusting one source because
// Russian pages lie in every way: no charset at all, a placeholder charset ("_CHARSET"), a
// Content-Type that disagrees with the bytes, stray bytes before <!DOCTYPE>. Order: BOM, then the
// declared charset (transport, then <meta>/<?xml?>) checked against the bytes, then detection.
import { isAscii, isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { readJsonData } from './data-files.js';
import { russianPlausibility } from './russian-score.js';

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

/** Decodes bytes with an encoding name as reported by decodeHtmlBytes. */
export function decodeAs(buf: Buffer, encoding: string): string {
  return decodeWith(buf, encoding);
}

function decodeWith(buf: Buffer, encoding: string): string {
  if (encoding === 'UTF-8') return buf.toString('utf8');
  return iconv.decode(buf, iconvName(encoding));
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** UTF-8 decoding that is plausible: few replacement characters among the non-ASCII ones. */
function utf8IfPlausible(buf: Buffer): string | null {
  // mostly-UTF-8 with a few broken sequences (truncated fragments pasted by a CMS) still counts
  const text = buf.toString('utf8');
  const bad = countChar(text, '\uFFFD');
  if (bad === 0) return text;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) nonAscii++;
  return bad <= Math.max(2, nonAscii * 0.02) ? text : null;
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

/** How a page's bytes are to be read; `text` is set when choosing already decoded them whole. */
export interface EncodingChoice {
  encoding: string;
  source: EncodingSource;
  /** bytes of a byte order mark to skip */
  skip: number;
  text?: string;
}

/** Chooses the encoding of an HTML (or XML) byte string: BOM, Content-Type, in-document charset
 * checked against the bytes, then detection. */
export function chooseEncoding(buf: Buffer, contentType?: string | null): EncodingChoice {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { encoding: 'UTF-8', source: 'bom', skip: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return { encoding: 'UTF-16LE', source: 'bom', skip: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return { encoding: 'UTF-16BE', source: 'bom', skip: 2 };

  const transport = normaliseEncodingLabel(charsetFromContentType(contentType));
  const inDoc = normaliseEncodingLabel(declaredCharset(buf.subarray(0, 8192).toString('latin1')));
  const declared = transport ?? inDoc;
  const source: EncodingSource = transport ? 'transport' : 'meta';

  // pure ASCII reads the same in any of these encodings, so the label stands
  if (isAscii(buf)) {
    const label = declared === 'UTF-16LE' || declared === 'UTF-16BE' ? null : declared;
    return { encoding: label ?? 'UTF-8', source: label ? source : 'default', skip: 0 };
  }

  // UTF-16 labels in a byte stream without BOM are almost always wrong (WHATWG treats them as UTF-8).
  if (declared && declared !== 'UTF-16LE' && declared !== 'UTF-16BE') {
    if (declared === 'UTF-8') {
      if (isUtf8(buf)) return { encoding: 'UTF-8', source, skip: 0 };
      const text = utf8IfPlausible(buf);
      if (text !== null) return { encoding: 'UTF-8', source, skip: 0, text };
      return { encoding: detectSingleByte(highByteSample(buf)), source: 'detected', skip: 0 };
    }
    // Single-byte labels: valid multi-byte UTF-8 is never an accident, so the label is stale.
    if (isUtf8(buf)) return { encoding: 'UTF-8', source: 'detected', skip: 0 };
    if (declared === 'windows-1252' || table.cyrillicCandidates.includes(declared)) {
      // chardet-style copies keep the original label after re-encoding, so the label is checked
      // against the other code pages; a close second (MacCyrillic vs windows-1251 differ only in
      // capitals and я) needs a smaller margin than a reading that is not Russian at all
      const sample = highByteSample(buf);
      const own = russianPlausibility(decodeWith(sample, declared));
      const guess = detectSingleByte(sample);
      if (guess !== declared) {
        const other = russianPlausibility(decodeWith(sample, guess));
        if (other > own + (own > -3.0 ? 0.1 : 0.8)) return { encoding: guess, source: 'detected', skip: 0 };
      }
      return { encoding: declared, source, skip: 0 };
    }
    return { encoding: declared, source, skip: 0 };
  }
  if (isUtf8(buf)) return { encoding: 'UTF-8', source: 'detected', skip: 0 };
  return { encoding: detectSingleByte(highByteSample(buf)), source: 'detected', skip: 0 };
}

const CHUNK_BYTES = 32 * 1024;

/** The bytes decoded as pieces of at most 32 KB each. Whole pages decoded at once become strings
 * of several hundred kilobytes, which V8 places one by one in freshly mapped large-object pages;
 * an HTML parser fed piece by piece never needs them. */
export function* decodedChunks(buf: Buffer, choice: EncodingChoice): Generator<string> {
  if (choice.text !== undefined) {
    yield choice.text;
    return;
  }
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
  const text = choice.text ?? decodeWith(choice.skip ? buf.subarray(choice.skip) : buf, choice.encoding);
  return { text, encoding: choice.encoding, source: choice.source };
}
