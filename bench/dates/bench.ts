// Developer tool: the warm per-article cost of extractDates() against the whole extraction (extractRecord),
// in CPU time, measured in the same rounds so machine load affects both alike; prints the median of the rounds.
// npx tsx bench/dates/bench.ts ../shared/gold/nerel-dev.jsonl
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import { extractRecord } from '../../pipeline/extract/extract.js';
import { extractDates } from '../../extractors/dates/index.js';

await loadMorphology();
const file = process.argv[2] ?? '../shared/gold/nerel-dev.jsonl';
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const meta = { published: '2025-11-26T12:00:00+05:00', tzOffsetMinutes: 300 };
const docs = texts.map((t) => analyse(t, meta));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dates: number[] = [];
const full: number[] = [];
for (let round = 0; round < 9; round++) {
  // CPU time of this thread's process, not wall time: other load on the machine then matters less
  let c0 = process.cpuUsage();
  for (const d of docs) extractDates(d);
  let c = process.cpuUsage(c0);
  const td = (c.user + c.system) / 1000 / docs.length;
  c0 = process.cpuUsage();
  for (const t of texts) extractRecord({ text: t, ...meta });
  c = process.cpuUsage(c0);
  const tf = (c.user + c.system) / 1000 / texts.length;
  if (round > 0) {
    dates.push(td);
    full.push(tf);
  }
}
const d = median(dates);
const f = median(full);
console.log(
  `extractDates ${d.toFixed(2)} ms CPU/article, full extractRecord ${f.toFixed(2)} ms/article, dates share ${((100 * d) / f).toFixed(1)}% (median of ${dates.length} warm rounds, ${texts.length} articles, mean ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} chars)`,
);
