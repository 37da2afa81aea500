// Does this look like text? One cheap test for every place that takes an article's content:
// a file or stdin given to `extract`, a JSON Lines text, a page fetched or read by `run`.

/** The default limit on an article's text: 1 MiB of UTF-8 (`--max-text-bytes` changes it). */
export const DEFAULT_MAX_TEXT_BYTES = 1 << 20;

let maxTextBytes = DEFAULT_MAX_TEXT_BYTES;

/** Sets the limit that `textTooLongReason` applies by default, for this process (`run --max-text-bytes`). */
export function setMaxTextBytes(bytes: number): void {
  maxTextBytes = bytes;
}

/** The limit `textTooLongReason` applies by default in this process. */
export function currentMaxTextBytes(): number {
  return maxTextBytes;
}

/**
 * Why an article's text is over the size limit (its UTF-8 bytes, the limit), or null: such an
 * article is failed with reason "too-long", never cut short.
 */
export function textTooLongReason(text: string, limit = maxTextBytes): string | null {
  if (text.length * 3 <= limit) return null; // a UTF-16 unit is at most 3 bytes of UTF-8
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit
    ? `the text is ${bytes} bytes of UTF-8, over the limit of ${limit} (--max-text-bytes)`
    : null;
}

/** How much of the content is looked at: binary shows itself in the first 64 K characters. */
const SAMPLE = 65_536;
/** Control characters (not tab, newline, carriage return, form feed) allowed per character. */
const MAX_CONTROL_SHARE = 0.02;
/** U+FFFD replacement characters allowed per character before "not UTF-8" wins. */
const MAX_REPLACEMENT_SHARE = 0.1;

/**
 * Why `content` is not text, or null when it looks like text. Bytes (a page in any ASCII-based
 * encoding; UTF-16 with its BOM passes) are read one character per byte, strings as decoded.
 * NUL characters, over 2% C0 control characters, or over 10% U+FFFD (not UTF-8) mean binary.
 */
export function notTextReason(content: string | Uint8Array): string | null {
  const n = Math.min(content.length, SAMPLE);
  if (n === 0 || (typeof content !== 'string' && hasUtf16Bom(content))) return null;
  const at =
    typeof content === 'string'
      ? (i: number): number => content.charCodeAt(i)
      : (i: number): number => content[i] ?? 0;
  let nul = 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0) nul++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) control++;
    else if (c === 0xfffd) replacement++;
  }
  const unit = typeof content === 'string' ? 'character' : 'byte';
  if (nul) return `binary: ${nul} NUL ${unit}${nul === 1 ? '' : 's'}`;
  if (control > n * MAX_CONTROL_SHARE) return `binary: ${((100 * control) / n).toFixed(0)}% control ${unit}s`;
  if (replacement > n * MAX_REPLACEMENT_SHARE)
    return `not UTF-8: ${((100 * replacement) / n).toFixed(0)}% of the characters are not decodable`;
  return null;
}

/** Text decoded from bytes, with the number of U+FFFD the decoding put in for invalid sequences. */
export interface DecodedText {
  text: string;
  /** replacement characters introduced by invalid bytes (not the ones the input spelled) */
  replaced: number;
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
}

/** Decodes a text file: UTF-8 (a BOM is dropped), or UTF-16 when it starts with a UTF-16 BOM (if `sniff`). */
export function decodeText(bytes: Uint8Array, sniff = true): DecodedText {
  if (sniff && hasUtf16Bom(bytes)) {
    const encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    const text = new TextDecoder(encoding.toLowerCase(), { fatal: false }).decode(bytes);
    return { text, replaced: countReplacements(text), encoding };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // a valid EF BF BD is a U+FFFD the input spelled itself; every other one stands for bad bytes
  let spelled = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) spelled++;
  return { text, replaced: countReplacements(text) - spelled, encoding: 'UTF-8' };
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
