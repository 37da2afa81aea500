// Bounded decompression: a small gzip or brotli body may not expand past the size limit (bombs).
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { FetchStageError } from './errors.js';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** The Content-Encoding names this stage can undo, for the Accept-Encoding header. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Whether bytes start like a gzip stream (a .xml.gz sitemap served as a file). */
export function looksGzipped(body: Buffer): boolean {
  return body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
}

async function undoOne(body: Buffer, coding: string, maxBytes: number): Promise<Buffer> {
  const opts = { maxOutputLength: Math.max(1, maxBytes) };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzip(body, opts);
    case 'deflate':
      // "deflate" should be zlib-wrapped, but some servers send raw deflate: the header byte tells.
      return body.length > 0 && ((body[0] ?? 0) & 0x0f) === 8 ? inflate(body, opts) : inflateRaw(body, opts);
    case 'br':
      return brotli(body, opts);
    case 'identity':
    case '':
      return body;
    default:
      throw new FetchStageError('bad-encoding', `unsupported Content-Encoding "${coding}"`);
  }
}

/** Undoes a Content-Encoding list (applied in order, so undone in reverse), never past maxBytes. */
export async function decompress(
  body: Buffer,
  contentEncoding: string | null,
  maxBytes: number,
): Promise<Buffer> {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    try {
      out = await undoOne(out, coding, maxBytes);
    } catch (err) {
      if (err instanceof FetchStageError) throw err;
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new FetchStageError(
          'too-large',
          `body expands past ${maxBytes} bytes when decompressed (${coding})`,
          {
            cause: err,
          },
        );
      }
      throw new FetchStageError('bad-encoding', `body is not valid ${coding}`, { cause: err });
    }
  }
  if (out.length > maxBytes) throw new FetchStageError('too-large', `body is over ${maxBytes} bytes`);
  return out;
}
