// Bytes -> text for the parse stage. We decode ourselves instead of trusting one source because
// Russian pages lie in every way: no charset at all, a placeholder charset ("_CHARSET"), a
// Content-Type that disagrees with the bytes, stray bytes before <!DOCTYPE>. Order: BOM, then the
// declared charset (transport, then <meta>/<?xml?>) checked against the bytes, then detection.
import { isAscii, isUtf8 } from 'node:buffer';
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

const SAMPLE_BYTES = 48 * 1024;

/** The single-byte Cyrillic (or Latin) decoding that reads most like Russian. */
function detectSingleByte(buf: Buffer): { text: string; encoding: string } {
  // candidates are scored on a sample: the first 48 KB hold plenty of letters to tell them apart
  const sample = buf.length > SAMPLE_BYTES ? buf.subarray(0, SAMPLE_BYTES) : buf;
  let best = { encoding: 'windows-1251', score: -Infinity };
  for (const enc of table.cyrillicCandidates) {
    const score = russianPlausibility(decodeWith(sample, enc)) + (table.priors[enc] ?? 0);
    if (score > best.score) best = { encoding: enc, score };
  }
  // Latin-1 text (French, German...) scores as no Russian at all in every Cyrillic reading.
  const encoding = best.score < -7 ? 'windows-1252' : best.encoding;
  return { text: decodeWith(buf, encoding), encoding };
}

/** Decodes an HTML (or XML) byte string, honouring BOM, Content-Type and in-document charsets. */
export function decodeHtmlBytes(buf: Buffer, contentType?: string | null): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8', source: 'bom' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE', source: 'bom' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE', source: 'bom' };

  const transport = normaliseEncodingLabel(charsetFromContentType(contentType));
  const inDoc = normaliseEncodingLabel(declaredCharset(buf.subarray(0, 8192).toString('latin1')));
  const declared = transport ?? inDoc;
  const source: EncodingSource = transport ? 'transport' : 'meta';

  if (isAscii(buf))
    return {
      text: buf.toString('latin1'),
      encoding: declared ?? 'UTF-8',
      source: declared ? source : 'default',
    };

  // UTF-16 labels in a byte stream without BOM are almost always wrong (WHATWG treats them as UTF-8).
  if (declared && declared !== 'UTF-16LE' && declared !== 'UTF-16BE') {
    if (declared === 'UTF-8') {
      const text = utf8IfPlausible(buf);
      if (text !== null) return { text, encoding: 'UTF-8', source };
      return { ...detectSingleByte(buf), source: 'detected' };
    }
    // Single-byte labels: valid multi-byte UTF-8 is never an accident, so the label is stale.
    if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'UTF-8', source: 'detected' };
    if (declared === 'windows-1252' || table.cyrillicCandidates.includes(declared)) {
      const text = decodeWith(buf, declared);
      // chardet-style copies keep the original label after re-encoding, so the label is checked
      // against the other code pages; a close second (MacCyrillic vs windows-1251 differ only in
      // capitals and я) needs a smaller margin than a reading that is not Russian at all
      const own = russianPlausibility(text, 20000);
      const guess = detectSingleByte(buf);
      if (guess.encoding !== declared) {
        const other = russianPlausibility(guess.text, 20000);
        if (other > own + (own > -3.0 ? 0.1 : 0.8)) return { ...guess, source: 'detected' };
      }
      return { text, encoding: declared, source };
    }
    return { text: decodeWith(buf, declared), encoding: declared, source };
  }
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'UTF-8', source: 'detected' };
  return { ...detectSingleByte(buf), source: 'detected' };
}
