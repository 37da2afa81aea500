// `npm run bench`: throughput on one core over the NEREL train texts, for analysis alone and for
// full extraction (after a warm-up, several passes), the cost of each extractor, peak RSS, the
// morphology load time and the cold start of the CLI. Prints a table; writes JSON to output/bench/.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractDates } from '../extractors/dates/index.js';
import { extractNumbers } from '../extractors/numbers/index.js';
import { extractPeople } from '../extractors/people/index.js';
import { extractQuotes } from '../extractors/quotes/index.js';
import { analyse, loadMorphology, morphologyLoadMs } from '../pipeline/analyse/index.js';
import type { AnalysedDoc } from '../pipeline/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import { projectRoot, readJsonl, sharedDir } from './shared.js';

const PASSES = Number(process.env['BENCH_PASSES'] ?? 3);
const root = projectRoot();

interface Measure {
  name: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  kbPerSecond: number;
}

/** Runs `fn` over every text PASSES times after one warm-up pass and measures the rate. */
function measure(name: string, texts: readonly string[], fn: (text: string, i: number) => void): Measure {
  texts.forEach(fn); // warm-up: JIT and caches
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  for (let p = 0; p < PASSES; p++) texts.forEach(fn);
  const seconds = (performance.now() - t0) / 1000;
  const articles = texts.length * PASSES;
  return {
    name,
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    kbPerSecond: (bytes * PASSES) / 1024 / seconds,
  };
}

/** Milliseconds from spawning the CLI to its first byte of output, best of three. */
async function coldStart(file: string): Promise<number | null> {
  const once = (): Promise<number | null> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const child = spawn(
        path.join(root, 'bin', 'newsfacts'),
        ['extract', file, '--published', '2025-11-26T12:00:00+05:00'],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      let done = false;
      child.stdout.once('data', () => {
        done = true;
        resolve(performance.now() - t0);
      });
      child.on('close', () => {
        if (!done) resolve(null);
      });
      child.on('error', () => resolve(null));
    });
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const ms = await once();
    if (ms !== null) runs.push(ms);
  }
  return runs.length ? Math.min(...runs) : null;
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write('bench: ../shared is absent (set NEWSFACTS_SHARED); nothing to measure\n');
    return;
  }
  await loadMorphology();
  const loadMs = morphologyLoadMs();
  const texts = readJsonl<{ text: string }>(path.join(shared, 'gold', 'nerel-train.jsonl')).map(
    (d) => d.text,
  );
  const published = '2025-11-26T12:00:00+05:00';

  const analysis = measure(
    'analysis (sentences, tokens, morphology)',
    texts,
    (t) => void analyse(t, { published }),
  );
  const full = measure(
    'full extraction (analysis + 4 extractors + validation)',
    texts,
    (t) => void extractRecord({ text: t, published }),
  );

  // each extractor alone over pre-analysed documents
  const docs: AnalysedDoc[] = texts.map((t) => analyse(t, { published, tzOffsetMinutes: 300 }));
  const dates = docs.map((d) => extractDates(d).items);
  const people = docs.map((d) => extractPeople(d).items);
  const parts = [
    measure('  dates extractor', texts, (_t, i) => void extractDates(docs[i]!)),
    measure('  numbers extractor', texts, (_t, i) => void extractNumbers(docs[i]!, dates[i]!)),
    measure('  people extractor', texts, (_t, i) => void extractPeople(docs[i]!)),
    measure('  quotes extractor', texts, (_t, i) => void extractQuotes(docs[i]!, people[i]!)),
  ];
  const fullSecondsPerArticle = full.seconds / full.articles;
  const share = (m: Measure): number => m.seconds / m.articles / fullSecondsPerArticle;

  const seedFile = path.join(shared, 'acceptance', 'seed-article.txt');
  const cold = await coldStart(seedFile);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const rows: [string, string, string, string][] = [['measure', 'articles/s', 'KB/s', 'share of full']];
  for (const m of [analysis, full, ...parts]) {
    rows.push([
      m.name,
      m.articlesPerSecond.toFixed(0),
      m.kbPerSecond.toFixed(0),
      m === analysis || m === full ? '' : (share(m) * 100).toFixed(1) + '%',
    ]);
  }
  const widths = [58, 11, 9, 14];
  const lines = rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '),
  );
  lines.push('');
  lines.push(
    `corpus: ${texts.length} NEREL train articles, ${PASSES} passes after a warm-up, one core (node ${process.version})`,
  );
  lines.push(`morphology dictionary load: ${loadMs.toFixed(0)} ms`);
  lines.push(
    `cold start (process start to first record, seed article): ${cold === null ? 'n/a (run npm run build first)' : cold.toFixed(0) + ' ms'}`,
  );
  lines.push(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
  process.stdout.write(lines.join('\n') + '\n');

  const outDir = path.join(root, 'output', 'bench');
  mkdirSync(outDir, { recursive: true });
  const result = {
    when: new Date().toISOString(),
    node: process.version,
    passes: PASSES,
    corpus: {
      name: 'nerel-train',
      articles: texts.length,
      kb: texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1024,
    },
    analysis,
    full,
    extractors: parts.map((m) => ({ ...m, name: m.name.trim(), shareOfFull: share(m) })),
    morphologyLoadMs: loadMs,
    coldStartMs: cold,
    peakRssMb,
  };
  writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify(result, null, 1) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err instanceof Error ? err.stack : err)}\n`);
  process.exitCode = 1;
});
