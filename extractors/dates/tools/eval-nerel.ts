// Developer tool: runs the dates extractor alone over a NEREL gold file and lists misses and spurious
// spans (same matching rule as ../shared/tools/score.mjs), with the time the extractor took.
// npx tsx extractors/dates/tools/eval-nerel.ts ../shared/gold/nerel-dev.jsonl [--show]
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../../pipeline/analyse/index.js';
import { extractDates } from '../index.js';

interface Gold {
  id: string;
  text: string;
  entities: Array<{ type: string; start: number; end: number; text: string }>;
}

const PREP = /^(в|во|с|со|на|за|до|к|ко|от|по|около|о|об|при|через|после|перед|к)\s+/i;
const trim = (s: { start: number; end: number }, text: string): { start: number; end: number } => {
  const m = PREP.exec(text.slice(s.start, s.end));
  return m && m[0].length < s.end - s.start ? { start: s.start + m[0].length, end: s.end } : s;
};
const overlaps = (
  a: { start: number; end: number },
  b: { start: number; end: number },
  text: string,
): boolean => {
  const x = trim(a, text);
  const y = trim(b, text);
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return inter > 0 && inter * 2 >= Math.max(x.end - x.start, y.end - y.start);
};

await loadMorphology();
const file = process.argv[2] ?? '../shared/gold/nerel-dev.jsonl';
const show = process.argv.includes('--show');
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Gold);
let tp = 0,
  ng = 0,
  np = 0,
  exact = 0,
  ms = 0,
  msAll = 0;
const ctxOf = (t: string, s: number, e: number): string =>
  JSON.stringify(t.slice(Math.max(0, s - 30), s) + '[[' + t.slice(s, e) + ']]' + t.slice(e, e + 20));
for (const d of docs) {
  const t0 = performance.now();
  const doc = analyse(d.text, { published: null });
  const t1 = performance.now();
  const { items } = extractDates(doc);
  const t2 = performance.now();
  msAll += t2 - t0;
  ms += t2 - t1;
  const gold = d.entities.filter((e) => e.type === 'DATE' || e.type === 'TIME');
  const used = new Set<number>();
  for (const g of gold) {
    const i = items.findIndex((p, k) => !used.has(k) && overlaps(g, p, d.text));
    if (i >= 0) {
      used.add(i);
      tp++;
      if (items[i]!.start === g.start && items[i]!.end === g.end) exact++;
    } else if (show) console.log('MISS', ctxOf(d.text, g.start, g.end));
  }
  if (show)
    items.forEach((p, k) => {
      if (!used.has(k)) console.log('SPUR', p.kind, p.value, ctxOf(d.text, p.start, p.end));
    });
  ng += gold.length;
  np += items.length;
}
const p = tp / np,
  r = tp / ng;
console.log(
  `DATE gold ${ng} pred ${np} match ${tp} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} exact ${exact}`,
);
console.log(
  `extractDates ${ms.toFixed(0)} ms over ${docs.length} docs (${(ms / docs.length).toFixed(2)} ms/doc); analyse+dates ${(msAll / docs.length).toFixed(2)} ms/doc`,
);
