// `npm run eval`: extracts the gold sets and the seed article, scores them with
// ../shared/tools/score.mjs, runs the peer suites, and prints one summary table (also written as
// JSON under output/eval/). Missing data is reported, never fatal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadMorphology } from '../document/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import type { NewsRecord } from '../document/record/types.js';
import { PERSON_TAGGER } from '../extractors/people/data/person-tagger.js';
import { ROLE_MENTIONS } from '../extractors/people/data/role-mentions.js';
import { loadExceptions, scorePeerSuite } from './peer-suites.js';
import type { PeerResult } from './peer-suites.js';
import { projectRoot, readJsonl, sharedDir } from './shared.js';

interface GoldDoc {
  id: string;
  text: string;
  published?: string | null;
  url?: string | null;
}

interface Row {
  set: string;
  mode: string;
  scores: Record<string, number>;
  note?: string;
  /** the only columns this set has gold for */
  only?: string[];
}

const root = projectRoot();
const outDir = path.join(root, 'output', 'eval');

/** Runs score.mjs and returns its `score:` line as numbers. */
function score(scoreJs: string, mode: string, records: string, gold: string): Record<string, number> {
  const r = spawnSync(process.execPath, [scoreJs, mode, records, gold], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('score: '));
  if (!line)
    throw new Error(`score.mjs ${mode} printed no score line: ${r.stderr || r.stdout}`.slice(0, 500));
  const scores: Record<string, number> = {};
  for (const kv of line.slice(7).trim().split(/\s+/)) {
    const [k, v] = kv.split('=');
    if (k && v) scores[k] = Number(v);
  }
  return scores;
}

/** Extracts every gold document, keeping its id and text, and writes the records as JSON Lines. */
function extractAll(docs: readonly GoldDoc[], file: string): NewsRecord[] {
  const records = docs.map((d) =>
    extractRecord({ id: d.id, text: d.text, published: d.published ?? null, url: d.url ?? null }),
  );
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return records;
}

const f3 = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '  -  ' : x.toFixed(3));

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const shared = sharedDir();
  const rows: Row[] = [];
  const missing: string[] = [];
  let peers: PeerResult[] = [];
  let pages: unknown = null;
  let pagesText: string | null = null;
  if (!shared) {
    process.stdout.write(
      'eval: ../shared is absent (set NEWSFACTS_SHARED to its path); no gold data to score.\n',
    );
  } else {
    await loadMorphology();
    const scoreJs = path.join(shared, 'tools', 'score.mjs');
    const has = (rel: string): boolean => {
      const ok = existsSync(path.join(shared, rel));
      if (!ok) missing.push(rel);
      return ok;
    };
    const t0 = performance.now();

    if (
      has('acceptance/seed-article.txt') &&
      has('acceptance/seed-article.expected.json') &&
      existsSync(scoreJs)
    ) {
      const rec = extractRecord({
        text: readFileSync(path.join(shared, 'acceptance/seed-article.txt'), 'utf8'),
        published: '2025-11-26T12:00:00+05:00',
        outlet: 'Zakon.kz',
      });
      const file = path.join(outDir, 'seed-article.record.json');
      writeFileSync(file, JSON.stringify(rec, null, 1));
      rows.push({
        set: 'seed-article',
        mode: 'expected',
        scores: score(scoreJs, 'expected', file, path.join(shared, 'acceptance/seed-article.expected.json')),
      });
    }

    const spanSets = ['nerel-dev', 'nerel-train', 'factru-dev'];
    for (const name of spanSets) {
      const rel = `gold/${name}.jsonl`;
      if (!has(rel) || !existsSync(scoreJs)) continue;
      const docs = readJsonl<GoldDoc>(path.join(shared, rel));
      const file = path.join(outDir, `${name}.records.jsonl`);
      extractAll(docs, file);
      const row: Row = {
        set: name,
        mode: 'spans',
        scores: score(scoreJs, 'spans', file, path.join(shared, rel)),
        note: `${docs.length} articles`,
      };
      if (name.startsWith('factru')) row.only = ['PERSON']; // factRuEval gold marks people only
      rows.push(row);
      // people and quotes gold covers some of the set's articles, under the same ids
      const quotesGold = { 'nerel-dev': 'quotes-dev', 'nerel-train': 'quotes-train' }[name];
      if (quotesGold && has(`gold/${quotesGold}.jsonl`)) {
        rows.push({
          set: quotesGold,
          mode: 'many',
          scores: score(scoreJs, 'many', file, path.join(shared, `gold/${quotesGold}.jsonl`)),
        });
      }
    }

    if (has('peer-suites')) {
      const exceptions = loadExceptions(root);
      const dir = path.join(shared, 'peer-suites');
      peers = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => scorePeerSuite(path.join(dir, f), exceptions));
    }

    // the parse stage's page table, when that module is present (a variable specifier: it is optional)
    if (existsSync(path.join(shared, 'pages'))) {
      const spec = './parse/evaluate-pages.js';
      try {
        const mod = (await import(spec)) as {
          evaluatePages?: (dir: string) => unknown[];
          pagesTable?: (rows: unknown[]) => string;
          summarisePages?: (rows: unknown[]) => Record<string, string>;
        };
        const rows = mod.evaluatePages ? mod.evaluatePages(path.join(shared, 'pages')) : null;
        if (rows && mod.pagesTable && mod.summarisePages) {
          pagesText =
            mod.pagesTable(rows) +
            '\n' +
            Object.entries(mod.summarisePages(rows))
              .map(([k, v]) => `${k}: ${v}`)
              .join('\n');
          pages = rows.map((r) => ({ ...(r as Record<string, unknown>), parsed: undefined }));
        } else pages = rows;
      } catch (err) {
        missing.push(`pages evaluation unavailable: ${String(err).slice(0, 200)}`);
      }
    }
    process.stderr.write(`eval: done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }

  printTable(rows, peers, missing);
  // the tagger's 5-fold CV takes longer than eval should (about a minute): the figure `npm run train -- --cv` recorded
  const cv = PERSON_TAGGER.cv;
  process.stdout.write(
    cv
      ? `\nperson tagger, 5-fold CV on NEREL train (recorded by \`${PERSON_TAGGER.command}\`): PERSON F1 ` +
          `${cv.folds.map(f3).join(' ')}, mean ${f3(cv.mean)}\n`
      : '\nperson tagger: no cross-validation recorded (run `npm run train -- --cv`)\n',
  );
  const rcv = ROLE_MENTIONS.cv;
  process.stdout.write(
    rcv
      ? `role mentions, 5-fold CV by article on quotes-train (recorded by \`${ROLE_MENTIONS.command}\`): F1 ` +
          `${rcv.folds.map(f3).join(' ')}, mean ${f3(rcv.mean)} (P ${f3(rcv.precision)} R ${f3(rcv.recall)})\n`
      : 'role mentions: no cross-validation recorded (run `npm run train -- --roles --cv`)\n',
  );
  const exceptions = loadExceptions(root);
  if (exceptions.length) {
    process.stdout.write(
      '\npeer-suite cases left out as wrong for news (extractors/*/peer-exceptions.json):\n',
    );
    for (const x of exceptions)
      process.stdout.write(
        `  ${x.suite.replace(/^duckling-ru-|\.json$/g, '')}: ${JSON.stringify(x.text)} — ${x.reason}\n`,
      );
  }
  if (pagesText) process.stdout.write('\nparse stage on ../shared/pages\n' + pagesText + '\n');
  else if (Array.isArray(pages)) printPages(pages as Record<string, unknown>[]);
  const summary = {
    when: new Date().toISOString(),
    rows,
    peers: peers.map(({ failures, ...p }) => ({ ...p, failures: failures.slice(0, 50) })),
    pages,
    missing,
  };
  writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 1) + '\n');
  process.stdout.write(`\nwritten: ${path.relative(root, path.join(outDir, 'summary.json'))}\n`);
}

/** The gold-set columns shown in the table, by mode. */
const COLUMNS: Record<string, string[]> = {
  expected: [
    'people',
    'mentions',
    'quotes',
    'attribution',
    'direct',
    'indirect',
    'numbers',
    'counts',
    'dates',
    'overall',
  ],
  many: ['people', 'mentions', 'quotes', 'attribution', 'direct', 'indirect'],
  spans: ['PERSON', 'DATE', 'MONEY', 'PERCENT', 'NUMBER', 'ORDINAL', 'AGE'],
};

function printTable(rows: readonly Row[], peers: readonly PeerResult[], missing: readonly string[]): void {
  const out: string[] = [];
  for (const mode of ['expected', 'many', 'spans']) {
    const group = rows.filter((r) => r.mode === mode);
    if (!group.length) continue;
    const cols = COLUMNS[mode]!;
    out.push('');
    out.push(['set'.padEnd(14), ...cols.map((c) => c.slice(0, 11).padStart(11))].join(' '));
    for (const r of group) {
      out.push(
        [
          r.set.padEnd(14),
          ...cols.map((c) => (r.only && !r.only.includes(c) ? '  -  ' : f3(r.scores[c])).padStart(11)),
        ].join(' '),
      );
    }
  }
  if (peers.length) {
    out.push('');
    out.push(
      [
        'peer suite'.padEnd(24),
        'cases'.padStart(6),
        'passed'.padStart(7),
        'excepted'.padStart(9),
        'rate'.padStart(7),
      ].join(' '),
    );
    for (const p of peers) {
      out.push(
        [
          `duckling-ru-${p.suite}`.padEnd(24),
          String(p.cases).padStart(6),
          String(p.passed).padStart(7),
          String(p.excepted).padStart(9),
          f3(p.rate).padStart(7),
        ].join(' '),
      );
    }
  }
  for (const m of missing) out.push(m.includes(' ') ? m : `not found: ../shared/${m}`);
  process.stdout.write(out.join('\n') + '\n');
}

function printPages(rows: readonly Record<string, unknown>[]): void {
  if (!rows.length) return;
  // nested values (the parsed article) stay in summary.json, out of the table
  const keys = Object.keys(rows[0]!).filter((k) =>
    rows.every((r) => typeof r[k] !== 'object' || r[k] === null),
  );
  // the cells left are JSON scalars: numbers, strings, booleans and null
  const cell = (v: unknown): string =>
    typeof v === 'number'
      ? v.toFixed(3)
      : typeof v === 'string'
        ? v
        : typeof v === 'boolean'
          ? String(v)
          : '-';
  process.stdout.write(
    '\n' + keys.join('\t') + '\n' + rows.map((r) => keys.map((k) => cell(r[k])).join('\t')).join('\n') + '\n',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`eval failed: ${String(err instanceof Error ? err.stack : err)}\n`);
  process.exitCode = 1;
});
