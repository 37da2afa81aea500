// Developer tool: warm per-article cost of analyse() and of extractDates() over a gold file.
// npx tsx extractors/dates/tools/bench.ts ../shared/gold/nerel-dev.jsonl
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../../pipeline/analyse/index.js';
import { extractDates } from '../index.js';
import { extractRecord } from '../../../pipeline/extract/extract.js';

await loadMorphology();
const file = process.argv[2] ?? '../shared/gold/nerel-dev.jsonl';
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const meta = { published: '2025-11-26T12:00:00+05:00', tzOffsetMinutes: 300 };
for (let round = 0; round < 3; round++) {
  let ta = 0;
  let td = 0;
  for (const t of texts) {
    const t0 = performance.now();
    const doc = analyse(t, meta);
    const t1 = performance.now();
    extractDates(doc);
    td += performance.now() - t1;
    ta += t1 - t0;
  }
  const t2 = performance.now();
  for (const t of texts) extractRecord({ text: t, ...meta });
  const full = (performance.now() - t2) / texts.length;
  console.log(
    `round ${round}: full extractRecord ${full.toFixed(2)} ms/doc; dates share ${((100 * td) / texts.length / full).toFixed(1)}%`,
  );
  console.log(
    `round ${round}: analyse ${(ta / texts.length).toFixed(2)} ms/doc, extractDates ${(td / texts.length).toFixed(2)} ms/doc`,
  );
}
