// Which encoding the parse stage chooses for real pages with stray bytes injected: the table in
// README.md ("Encodings"), printed by `npx tsx pipeline/parse/print-pages.ts --bad-bytes`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseEncoding, normaliseEncodingLabel } from '../../pipeline/parse/decode.js';
import { splitPageBytes } from '../../pipeline/parse/html-load.js';

/** Stray bytes put in before letters, in turn: a UTF-8 lead byte alone (the byte of issue 21), a
 * lone continuation byte (also the one byte windows-1251 has no character for), and a
 * windows-1251 "а" pasted raw. In UTF-8 each is one replacement character. */
export const STRAY_BYTES = [0xd0, 0x98, 0xe0] as const;

/** The page with `count` stray bytes inserted before letters spread evenly over it. */
export function injectBadBytes(page: Buffer, count: number): Buffer {
  if (count <= 0) return page;
  // bytes 0xC0-0xFF: a UTF-8 lead byte, or a letter in windows-1251 and KOI8-R
  const starts: number[] = [];
  for (let i = 0; i < page.length; i++) if (page[i]! >= 0xc0) starts.push(i);
  if (starts.length === 0) return page;
  const parts: Buffer[] = [];
  let from = 0;
  for (let k = 0; k < count; k++) {
    const at = starts[Math.floor(((k + 0.5) * starts.length) / count)]!;
    parts.push(page.subarray(from, at), Buffer.from([STRAY_BYTES[k % STRAY_BYTES.length]!]));
    from = at;
  }
  parts.push(page.subarray(from));
  return Buffer.concat(parts);
}

const CHARSET_PARAM = /charset\s*=\s*["']?[\w.:-]+["']?/gi;

/** The page with the charset declarations of its first 8 KB removed. */
export function withoutCharset(page: Buffer): Buffer {
  const head = page.subarray(0, 8192).toString('latin1');
  const cut = head.replace(/<meta\b[^>]*>|<\?xml\b[^>]*>/gi, (tag) => tag.replace(CHARSET_PARAM, ''));
  return Buffer.concat([Buffer.from(cut, 'latin1'), page.subarray(8192)]);
}

/** The page declaring `label` in a <meta charset> right after <head> (or at the start). */
export function withMetaCharset(page: Buffer, label: string): Buffer {
  const bare = withoutCharset(page);
  const m = /<head\b[^>]*>/i.exec(bare.subarray(0, 8192).toString('latin1'));
  const at = m ? m.index + m[0].length : 0;
  return Buffer.concat([bare.subarray(0, at), Buffer.from(`<meta charset="${label}">`), bare.subarray(at)]);
}

/** One page of the table in one declaration state. */
export interface BadBytesRow {
  file: string;
  /** the encoding the page is really in */
  source: string;
  declared: boolean;
  /** per count of stray bytes: the encoding chosen and the replacement characters it leaves */
  cells: { count: number; encoding: string; replaced: number }[];
}

/** The counts of stray bytes the table shows. */
export const BAD_BYTE_COUNTS = [0, 1, 10, 100] as const;

/** The pages (file name and real encoding label) the table is made of. */
export const BAD_BYTE_PAGES: readonly (readonly [string, string])[] = [
  ['fundus_kommersant.html', 'utf-8'],
  ['tgcontest_interfax_example1.html', 'utf-8'],
  ['lexbor_cp1251_zone-anime_25.htm', 'windows-1251'],
  ['chardet_cp1251_nocharset_ria.html', 'windows-1251'],
  ['chardet_koi8r_nocharset_ria.html', 'koi8-r'],
];

/** The encoding chosen for each page, declared (header and <meta>) and undeclared, per count. */
export function badBytesRows(dir: string): BadBytesRow[] {
  const rows: BadBytesRow[] = [];
  for (const [file, label] of BAD_BYTE_PAGES) {
    const page = readFileSync(path.join(dir, file));
    for (const declared of [true, false]) {
      const base = declared ? withMetaCharset(page, label) : withoutCharset(page);
      const contentType = declared ? `text/html; charset=${label}` : 'text/html';
      const cells = BAD_BYTE_COUNTS.map((count) => {
        // chosen as parseHtml chooses: on the markup left after scripts and styles are cut
        const choice = chooseEncoding(splitPageBytes(injectBadBytes(base, count)).markup, contentType);
        return { count, encoding: choice.encoding, replaced: choice.replaced };
      });
      rows.push({ file, source: normaliseEncodingLabel(label) ?? label, declared, cells });
    }
  }
  return rows;
}

/** The rows as a Markdown table; a wrong encoding is marked ✗. */
export function badBytesTable(rows: BadBytesRow[]): string {
  const head = `| page | encoding | declared | ${BAD_BYTE_COUNTS.map((c) => `${c} stray`).join(' | ')} |`;
  const rule = `|---|---|---|${BAD_BYTE_COUNTS.map(() => '---').join('|')}|`;
  const lines = rows.map((r) => {
    const cells = r.cells.map(
      (c) =>
        `${c.encoding === r.source ? '' : '✗ '}${c.encoding}${c.replaced ? `, ${c.replaced} U+FFFD` : ''}`,
    );
    return `| ${r.file} | ${r.source} | ${r.declared ? 'yes' : 'no'} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}
