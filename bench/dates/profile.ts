// Developer tool: where the extractor's time goes over a gold file. Per parser: the sentences its
// gates let through, how many its pattern matched and how many of those its builder kept, the time its pattern and builder took; then
// each refiner. Times are rough (performance.now() around small pieces of work): compare parsers
// with each other, and use ./bench.ts for the extractor's whole cost.
// npx tsx bench/dates/profile.ts ../shared/gold/nerel-train.jsonl
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import { contextOf } from '../../extractors/dates/context.js';
import { AnchorIndex } from '../../extractors/dates/anchors.js';
import { PARSERS, REFINERS } from '../../extractors/dates/index.js';
import type { Candidate } from '../../extractors/dates/types.js';

await loadMorphology();
const file = process.argv[2] ?? '../shared/gold/nerel-dev.jsonl';
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => analyse((JSON.parse(l) as { text: string }).text, { published: '2025-11-26T12:00:00+05:00' }));
const anchorIndex = new AnchorIndex(PARSERS);
const rows = PARSERS.map((p) => ({
  name: p.name,
  sentences: 0,
  matches: 0,
  built: 0,
  scanMs: 0,
  buildMs: 0,
}));
const refinerMs = REFINERS.map(() => 0);
const ROUNDS = 3;
for (let round = 0; round <= ROUNDS; round++) {
  const on = round > 0; // the first round warms up
  for (const doc of docs) {
    const ctx = contextOf(doc);
    const sentences = doc.sentences.map((s) => ({
      start: s.start,
      text: doc.lower.slice(s.start, s.end),
      anchors: anchorIndex.sentenceAnchors(doc, s),
    }));
    let cands: Candidate[] = [];
    PARSERS.forEach((p, i) => {
      const row = rows[i]!;
      for (const s of sentences) {
        if (!s.anchors[i]) continue;
        const t0 = performance.now();
        const found: RegExpExecArray[] = [];
        // as parseAll: the whole sentence
        p.pattern.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = p.pattern.exec(s.text)) !== null) {
          if (m[0].length === 0) p.pattern.lastIndex++;
          else found.push(m);
        }
        const t1 = performance.now();
        let built = 0;
        for (const f of found) {
          f.index += s.start;
          const c = p.build(f, ctx);
          if (c) {
            cands.push(c);
            built++;
          }
        }
        if (on) {
          row.sentences++;
          row.matches += found.length;
          row.built += built;
          row.scanMs += t1 - t0;
          row.buildMs += performance.now() - t1;
        }
      }
    });
    REFINERS.forEach((refine, i) => {
      const t0 = performance.now();
      cands = refine(cands, ctx);
      if (on) refinerMs[i]! += performance.now() - t0;
    });
  }
}
const us = (ms: number): string => ((ms * 1000) / ROUNDS / docs.length).toFixed(2).padStart(7);
console.log(`${docs.length} articles; µs per article, mean of ${ROUNDS} rounds`);
console.log(
  'parser'.padEnd(20),
  'sentences'.padStart(9),
  'matches'.padStart(8),
  'built'.padStart(8),
  '   scan',
  '  build',
);
for (const r of rows.sort((a, b) => b.scanMs + b.buildMs - a.scanMs - a.buildMs))
  console.log(
    r.name.padEnd(20),
    String(r.sentences / ROUNDS).padStart(9),
    String(r.matches / ROUNDS).padStart(8),
    String(r.built / ROUNDS).padStart(8),
    us(r.scanMs),
    us(r.buildMs),
  );
REFINERS.forEach((r, i) => console.log(`refiner ${r.name}`.padEnd(39), us(refinerMs[i]!)));
