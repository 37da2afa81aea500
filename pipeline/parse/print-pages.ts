// Prints the parse stage's per-page table over ../shared/pages (or a folder given as argument):
// `npx tsx pipeline/parse/print-pages.ts [dir] [--notes] [--speed]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluatePages, pagesTable, summarisePages } from './evaluate-pages.js';
import * as cheerio from 'cheerio';
import { parseHtml } from './index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/pages';
if (!existsSync(path.join(dir, 'MANIFEST.tsv'))) {
  process.stderr.write(`no MANIFEST.tsv in ${dir}\n`);
  process.exit(1);
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
  // machine makes wall time say more about the neighbours than about the parser. Rounds alternate
  // with a reference (cheerio.loadBuffer with its default parse5 tree, the placeholder this stage
  // replaced) and the best round is reported, so that bursts of load from elsewhere drop out.
  const rounds = 6;
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
  for (let r = 0; r < rounds; r++) {
    ours.push(cpuMs((p) => parseHtml(p)));
    reference.push(cpuMs((p) => cheerio.loadBuffer(p)));
  }
  const n = passes * pages.length;
  const best = Math.min(...ours);
  const bestRef = Math.min(...reference);
  const mean = ours.reduce((a, b) => a + b, 0) / rounds;
  const mb = (passes * pages.reduce((a, p) => a + p.length, 0)) / 1e6;
  process.stdout.write(
    `speed: best round ${((n * 1000) / best).toFixed(0)} pages/s (${(best / n).toFixed(2)} ms/page, ${((mb * 1000) / best).toFixed(1)} MB/s), ` +
      `mean ${((n * 1000) / mean).toFixed(0)} pages/s, CPU time over ${pages.length} pages x ${passes} passes x ${rounds} rounds; ` +
      `cheerio.loadBuffer alone, best round: ${((n * 1000) / bestRef).toFixed(0)} pages/s (full parse = ${(best / bestRef).toFixed(2)}x its time)\n`,
  );
}
