// Prints the parse stage's per-page table over ../shared/pages (or a folder given as argument):
// `npx tsx pipeline/parse/print-pages.ts [dir] [--notes] [--speed]`; `--bad-bytes` prints instead
// the encodings chosen for pages with stray bytes injected (./bad-bytes.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluatePages, pagesTable, summarisePages } from './evaluate-pages.js';
import { badBytesRows, badBytesTable } from './bad-bytes.js';
import * as cheerio from 'cheerio';
import { parseHtml } from '../../pipeline/parse/index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/pages';
if (!existsSync(path.join(dir, 'MANIFEST.tsv'))) {
  process.stderr.write(`no MANIFEST.tsv in ${dir}\n`);
  process.exit(1);
}
if (args.includes('--bad-bytes')) {
  process.stdout.write(badBytesTable(badBytesRows(dir)) + '\n');
  process.exit(0);
}
const rows = evaluatePages(dir);
process.stdout.write(pagesTable(rows) + '\n\n');
process.stdout.write(JSON.stringify(summarisePages(rows)) + '\n');
if (args.includes('--notes'))
  for (const r of rows) if (r.notes.length) process.stdout.write(`${r.file}: ${r.notes.join('; ')}\n`);
if (args.includes('--speed')) {
  const pages = readdirSync(dir)
    .filter((f) => /\.(html?|xml)$/.test(f))
    .map((f) => readFileSync(path.join(dir, f)));
  // CPU time, not wall time: the number asked for is pages per second on one core, and a shared
  // machine makes wall time say more about the neighbours than about the parser. The best and the
  // median round are reported, so that bursts of load from elsewhere drop out of the first. The
  // reference (cheerio.loadBuffer with its default parse5 tree, the placeholder this stage
  // replaced) runs after ours: its garbage would otherwise be collected on our clock.
  const rounds = 8;
  const passes = 2;
  const cpuMs = (fn: (p: Buffer) => unknown): number => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < passes; i++) for (const p of pages) fn(p);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  for (const p of pages) parseHtml(p);
  const ours: number[] = [];
  const reference: number[] = [];
  for (let r = 0; r < rounds; r++) ours.push(cpuMs((p) => parseHtml(p)));
  for (let r = 0; r < 3; r++) reference.push(cpuMs((p) => cheerio.loadBuffer(p)));
  const n = passes * pages.length;
  const best = Math.min(...ours);
  const bestRef = Math.min(...reference);
  const median = [...ours].sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  const mb = (passes * pages.reduce((a, p) => a + p.length, 0)) / 1e6;
  process.stdout.write(
    `speed: best round ${((n * 1000) / best).toFixed(0)} pages/s (${(best / n).toFixed(2)} ms/page, ${((mb * 1000) / best).toFixed(1)} MB/s), ` +
      `median ${((n * 1000) / median).toFixed(0)} pages/s, CPU time over ${pages.length} pages x ${passes} passes x ${rounds} rounds; ` +
      `cheerio.loadBuffer alone, best round: ${((n * 1000) / bestRef).toFixed(0)} pages/s (full parse = ${(best / bestRef).toFixed(2)}x its time)\n`,
  );
}
