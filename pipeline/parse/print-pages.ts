// Prints the parse stage's per-page table over ../shared/pages (or a folder given as argument):
// `npx tsx pipeline/parse/print-pages.ts [dir] [--notes] [--speed]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluatePages, pagesTable, summarisePages } from './evaluate-pages.js';
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
  const passes = 10;
  for (const p of pages) parseHtml(p);
  // CPU time, not wall time: the number asked for is pages per second on one core, and shared
  // machines make wall time say more about the neighbours than about the parser
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < passes; i++) for (const p of pages) parseHtml(p);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000;
  process.stdout.write(`wall time ${wall.toFixed(0)} ms, CPU time ${ms.toFixed(0)} ms\n`);
  const mb = pages.reduce((a, p) => a + p.length, 0) / 1e6;
  process.stdout.write(
    `speed: ${((passes * pages.length * 1000) / ms).toFixed(0)} pages/s (${(ms / (passes * pages.length)).toFixed(2)} ms/page, ${((passes * mb * 1000) / ms).toFixed(1)} MB/s) over ${pages.length} pages x ${passes} passes\n`,
  );
}
