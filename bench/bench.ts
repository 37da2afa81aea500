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
import { analyse, loadMorphology, morphologyLoadMs } from '../document/analyse/index.js';
import type { AnalysedDoc } from '../document/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import { projectRoot, readJsonl, sharedDir } from './shared.js';

const PASSES = Number(process.env['BENCH_PASSES'] ?? 5);
const root = projectRoot();

interface Measure {
  name: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  kbPerSecond: number;
}

/** Something to time: one pass runs `fn` over every text. */
interface Job {
  name: string;
  fn: (text: string, i: number) => void;
}

/**
 * Times every job PASSES times after one warm-up pass each. Passes are interleaved (a round runs
 * each job once) and each job's median pass is kept, so a slow spell of a shared machine touches
 * all jobs alike instead of skewing the ones that happened to run during it.
 */
function measureAll(texts: readonly string[], jobs: readonly Job[]): Measure[] {
  for (const j of jobs) texts.forEach(j.fn); // warm-up: JIT and caches
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const passes: number[][] = jobs.map(() => []);
  for (let p = 0; p < PASSES; p++) {
    jobs.forEach((j, k) => {
      const t0 = performance.now();
      texts.forEach(j.fn);
      passes[k]!.push((performance.now() - t0) / 1000);
    });
  }
  return jobs.map((j, k) => {
    const sorted = [...passes[k]!].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return {
      name: j.name,
      articles: texts.length,
      seconds: median,
      articlesPerSecond: texts.length / median,
      kbPerSecond: bytes / 1024 / median,
    };
  });
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

  const fullJob: Job = {
    name: 'full extraction (analysis + 4 extractors + validation)',
    fn: (t) => void extractRecord({ text: t, published }),
  };
  // throughput first, with nothing else in memory; then the extractors alone on kept documents,
  // interleaved with full extraction again so that each share compares passes run side by side
  const [analysis, full] = measureAll(texts, [
    { name: 'analysis (sentences, tokens, morphology)', fn: (t) => void analyse(t, { published }) },
    fullJob,
  ]) as [Measure, Measure];
  const docs: AnalysedDoc[] = texts.map((t) => analyse(t, { published, tzOffsetMinutes: 300 }));
  const dates = docs.map((d) => extractDates(d).items);
  const people = docs.map((d) => extractPeople(d).items);
  const [fullBeside, ...parts] = measureAll(texts, [
    fullJob,
    { name: '  dates extractor', fn: (_t, i) => void extractDates(docs[i]!) },
    { name: '  numbers extractor', fn: (_t, i) => void extractNumbers(docs[i]!, dates[i]) },
    { name: '  people extractor', fn: (_t, i) => void extractPeople(docs[i]!) },
    { name: '  quotes extractor', fn: (_t, i) => void extractQuotes(docs[i]!, people[i]!) },
  ]) as [Measure, ...Measure[]];
  const fullSecondsPerArticle = fullBeside.seconds / fullBeside.articles;
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
    `corpus: ${texts.length} NEREL train articles, median of ${PASSES} interleaved passes after a warm-up, one core (node ${process.version})`,
  );
  lines.push(
    `shares are of full extraction timed beside the extractors, with the analysed corpus in memory: ${fullBeside.articlesPerSecond.toFixed(0)} articles/s`,
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
    fullBesideExtractors: fullBeside,
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
