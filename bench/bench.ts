// `npm run bench`: first what a user gets, the real command in fresh processes on text each process
// sees once: `extract` of one article (cold start, wall clock to exit), `extract --jsonl` on ~960
// gold articles with 1 and 2 worker threads (wall clock, articles/s with and without start-up, CPU,
// peak RSS), `run` on the same articles as saved pages with 1 and 2 threads, `run` on one saved page
// (a cron run that finds one new page), and the steady state (the same articles again in the same
// process). Then, as warm-cache
// diagnostics, throughput over repeated passes in this process for analysis alone and full
// extraction, and each extractor's share. Prints tables; writes JSON to output/bench/.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { extractDates } from '../extractors/dates/index.js';
import { extractNumbers } from '../extractors/numbers/index.js';
import { extractPeople } from '../extractors/people/index.js';
import { extractQuotes } from '../extractors/quotes/index.js';
import { analyse, loadMorphology, morphologyLoadMs } from '../document/analyse/index.js';
import type { AnalysedDoc } from '../document/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import { writeSavedPages } from './saved-pages.js';
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

/** What one run of the real command gave: wall clock, output line times, and the process's own report. */
interface CommandRun {
  wallMs: number;
  /** ms from spawn to each output line */
  lineMs: number[];
  cpuMs: number | null;
  peakRssMb: number | null;
  code: number | null;
}

/** A module preloaded into the command (NODE_OPTIONS=--import) that writes its CPU time and peak RSS at exit. */
function exitReporter(dir: string): string {
  const file = path.join(dir, 'exit-report.mjs');
  writeFileSync(
    file,
    [
      "import { writeFileSync } from 'node:fs';",
      "process.on('exit', () => {",
      '  const u = process.resourceUsage();',
      "  const to = process.env['NEWSFACTS_BENCH_REPORT'];",
      '  if (to) writeFileSync(to, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakRssMb: u.maxRSS / 1024 }));',
      '});',
      '',
    ].join('\n'),
  );
  return file;
}

/** Runs `bin/newsfacts args` in a fresh process, timing each output line. */
function runCommand(args: readonly string[], reporter: string, reportFile: string): Promise<CommandRun> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const lineMs: number[] = [];
    const child = spawn(path.join(root, 'bin', 'newsfacts'), args, {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${reporter}`.trim(),
        NEWSFACTS_BENCH_REPORT: reportFile,
      },
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now() - t0;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lineMs.push(now);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      let report: { cpuMs: number; peakRssMb: number } | null = null;
      try {
        report = JSON.parse(readFileSync(reportFile, 'utf8')) as { cpuMs: number; peakRssMb: number };
      } catch {
        report = null;
      }
      resolve({ wallMs, lineMs, cpuMs: report?.cpuMs ?? null, peakRssMb: report?.peakRssMb ?? null, code });
    });
  });
}

/** The real commands in fresh processes, text seen once per process: rows for the table and the JSON. */
async function realCommands(shared: string, outDir: string): Promise<{ lines: string[]; json: unknown }> {
  const articles: { id: string; text: string; published?: string }[] = [];
  for (const set of ['nerel-train', 'nerel-dev', 'factru-dev'])
    for (const d of readJsonl<{ id: string; text: string }>(path.join(shared, 'gold', `${set}.jsonl`)))
      articles.push({ id: d.id, text: d.text });
  const seedFile = path.join(shared, 'acceptance', 'seed-article.txt');
  articles.push({ id: 'seed', text: readFileSync(seedFile, 'utf8'), published: '2025-11-26T12:00:00+05:00' });
  const once = path.join(outDir, 'fresh.jsonl');
  const body = articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
  writeFileSync(once, body);
  const twice = path.join(outDir, 'fresh-twice.jsonl');
  writeFileSync(twice, body + body);
  const kb = Buffer.byteLength(body) / 1024;
  const reporter = exitReporter(outDir);
  const report = path.join(outDir, 'exit-report.json');
  const n = articles.length;

  // cold start: one short sentence, best of three, to the first byte and to exit
  const sentence = path.join(outDir, 'sentence.txt');
  writeFileSync(sentence, 'Президент Казахстана Касым-Жомарт Токаев заявил, что цены выросли на 5%.\n');
  const starts: CommandRun[] = [];
  for (let i = 0; i < 3; i++) starts.push(await runCommand(['extract', sentence], reporter, report));
  const start = starts.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));

  const rows: string[][] = [
    ['the real command (fresh process)', 'wall s', 'art/s', 'once started', 'CPU s', 'peak RSS'],
  ];
  const fmt = (x: number | null, d = 1): string => (x === null ? 'n/a' : x.toFixed(d));
  rows.push([
    'extract of one sentence (cold start, to exit)',
    fmt(start.wallMs / 1000, 2),
    '',
    `first byte ${fmt(start.lineMs[0] ?? null, 0)} ms`,
    fmt(start.cpuMs === null ? null : start.cpuMs / 1000, 2),
    `${fmt(start.peakRssMb, 0)} MB`,
  ]);
  const workers = availableParallelism() > 1 ? [1, 2] : [1];
  const json: Record<string, unknown> = { articles: n, kb, coldStart: start };
  for (const w of workers) {
    const r = await runCommand(['extract', '--jsonl', once, '--workers', String(w)], reporter, report);
    const first = r.lineMs[0] ?? r.wallMs;
    const started = (r.lineMs.length - 1) / (((r.lineMs.at(-1) ?? first) - first) / 1000);
    rows.push([
      `extract --jsonl, ${n} articles seen once, --workers ${w}`,
      fmt(r.wallMs / 1000),
      fmt(n / (r.wallMs / 1000), 0),
      fmt(started, 0),
      fmt(r.cpuMs === null ? null : r.cpuMs / 1000),
      `${fmt(r.peakRssMb, 0)} MB`,
    ]);
    json[`fresh${w}`] = {
      wallMs: r.wallMs,
      articlesPerSecond: n / (r.wallMs / 1000),
      onceStarted: started,
      cpuMs: r.cpuMs,
      peakRssMb: r.peakRssMb,
      code: r.code,
    };
  }
  // `run` on a folder of saved pages: parse and extract, written to JSON Lines and SQLite
  const pages = writeSavedPages(articles, path.join(outDir, 'pages'));
  for (const w of workers) {
    const out = path.join(outDir, `run-${w}`);
    rmSync(out, { recursive: true, force: true });
    const r = await runCommand(
      ['run', pages, '--out', out, '--no-progress', '--workers', String(w)],
      reporter,
      report,
    );
    rows.push([
      `run on ${n} saved pages (parse, extract, JSON Lines + SQLite), --workers ${w}`,
      fmt(r.wallMs / 1000),
      fmt(n / (r.wallMs / 1000), 0),
      '',
      fmt(r.cpuMs === null ? null : r.cpuMs / 1000),
      `${fmt(r.peakRssMb, 0)} MB`,
    ]);
    json[`run${w}`] = {
      wallMs: r.wallMs,
      pagesPerSecond: n / (r.wallMs / 1000),
      cpuMs: r.cpuMs,
      peakRssMb: r.peakRssMb,
      code: r.code,
    };
  }
  // a cron run that finds one new page: `run` on a folder of one saved page, to exit, best of three
  const onePage = path.join(outDir, 'one-page');
  rmSync(onePage, { recursive: true, force: true });
  mkdirSync(onePage, { recursive: true });
  copyFileSync(path.join(pages, readdirSync(pages).sort()[0]!), path.join(onePage, 'page.html'));
  const oneRuns: CommandRun[] = [];
  for (let i = 0; i < 3; i++) {
    const out = path.join(outDir, 'run-one');
    rmSync(out, { recursive: true, force: true });
    oneRuns.push(await runCommand(['run', onePage, '--out', out, '--no-progress'], reporter, report));
  }
  const one = oneRuns.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  rows.push([
    'run on one saved page (a cron run that finds one new page, to exit)',
    fmt(one.wallMs / 1000, 2),
    '',
    '',
    fmt(one.cpuMs === null ? null : one.cpuMs / 1000, 2),
    `${fmt(one.peakRssMb, 0)} MB`,
  ]);
  json['runOnePage'] = { wallMs: one.wallMs, cpuMs: one.cpuMs, peakRssMb: one.peakRssMb, code: one.code };
  // steady state: the same articles again in the same process (their word forms now known)
  const r2 = await runCommand(['extract', '--jsonl', twice, '--workers', '1'], reporter, report);
  const mid = r2.lineMs[n - 1] ?? 0;
  const steady = n / (((r2.lineMs.at(-1) ?? mid) - mid) / 1000);
  rows.push([
    `the same ${n} articles a second time in one process (steady state)`,
    fmt(r2.wallMs / 1000),
    '',
    fmt(steady, 0),
    fmt(r2.cpuMs === null ? null : r2.cpuMs / 1000),
    `${fmt(r2.peakRssMb, 0)} MB`,
  ]);
  json['steady'] = { articlesPerSecond: steady, wallMs: r2.wallMs, peakRssMb: r2.peakRssMb };
  const widths = [76, 7, 6, 18, 6, 9];
  const lines = rows.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '),
  );
  lines.push(
    `corpus: NEREL train + dev, factRu dev and the seed, ${n} articles, ${kb.toFixed(0)} KB; ${availableParallelism()} cores (node ${process.version})`,
  );
  return { lines, json };
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write('bench: ../shared is absent (set NEWSFACTS_SHARED); nothing to measure\n');
    return;
  }
  const outDir = path.join(root, 'output', 'bench');
  mkdirSync(outDir, { recursive: true });
  let real: { lines: string[]; json: unknown } | null = null;
  if (existsSync(path.join(root, 'dist', 'bin', 'cli.js'))) {
    real = await realCommands(shared, outDir);
    process.stdout.write(real.lines.join('\n') + '\n\n');
  } else process.stdout.write('bench: not built (npm run build): the real commands are not timed\n\n');
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

  const rows: [string, string, string, string][] = [
    ['warm-cache diagnostics (repeated passes, in this process)', 'articles/s', 'KB/s', 'share of full'],
  ];
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

  const result = {
    when: new Date().toISOString(),
    realCommands: real?.json ?? null,
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
