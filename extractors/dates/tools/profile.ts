// Developer tool: time spent per parser pattern and in chrono over a gold file.
// npx tsx extractors/dates/tools/profile.ts ../shared/gold/nerel-dev.jsonl
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../../pipeline/analyse/index.js';
import { contextOf } from '../context.js';
import { PARSERS } from '../index.js';
import { chronoCandidates } from '../parsers/chrono.js';

await loadMorphology();
const file = process.argv[2] ?? '../shared/gold/nerel-dev.jsonl';
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => analyse((JSON.parse(l) as { text: string }).text, { published: '2025-11-26T12:00:00+05:00' }));
const times = new Map<string, number>();
for (const [round, doc] of [...docs, ...docs, ...docs].map(
  (d, i) => [Math.floor(i / docs.length), d] as const,
)) {
  if (round === 2 && !times.has('#')) {
    times.clear();
    times.set('#', 0);
  }
  const ctx = contextOf(doc);
  for (const p of PARSERS) {
    const t0 = performance.now();
    for (const para of doc.paragraphs) {
      const text = doc.lower.slice(para.start, para.end);
      if (!p.gate.test(text)) continue;
      p.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.pattern.exec(text)) !== null) {
        m.index += para.start;
        p.build(m, ctx);
      }
    }
    times.set(p.name, (times.get(p.name) ?? 0) + performance.now() - t0);
  }
  const t0 = performance.now();
  chronoCandidates(ctx);
  times.set('chrono', (times.get('chrono') ?? 0) + performance.now() - t0);
}
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]))
  console.log(k.padEnd(20), (v / docs.length).toFixed(3), 'ms/doc');
