// `npm run train -- --roles`: trains the role-mention model (extractors/people/role-mentions/) on
// ../shared/gold/quotes-train.jsonl (texts in nerel-train.jsonl) and writes its weights to
// extractors/people/data/role-mentions.ts. Each article's people are found as the extractor finds
// them; a gold person is matched to the found person sharing most name mentions (span overlap as
// in score.mjs), and each candidate noun is labelled with the person its gold role mention belongs
// to, or nobody. `--cv` first runs 5-fold cross-validation by article and records it in the weights
// file; `--cv-only` prints it and writes nothing. Options: --epochs N (5), --seed N (1), --runs N
// (5 perceptrons, seeds seed.., weights averaged), --docs N,
// --out FILE, --check SET (score trained weights on another people gold set, e.g. quotes-dev:
// printed only, never trained on), --cv-records (whole records under the same 5 folds: each
// held-out article extracted with the weights trained on the others and scored as score.mjs scores
// people mentions and quotes; prints and writes nothing). Progress goes to stderr; results to stdout.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, loadMorphology } from '../document/analyse/index.js';
import { namedPeople, rolePeople } from '../extractors/people/index.js';
import { useRoleWeights } from '../extractors/people/role-mentions/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import { ROLE_HASH_BITS } from '../extractors/people/role-mentions/features.js';
import { prepareDoc } from '../extractors/people/role-mentions/link.js';
import {
  encodeRoleModel,
  type RoleCv,
  type RoleModelData,
} from '../extractors/people/role-mentions/model-file.js';
import {
  crossValidateRoles,
  evaluateRoles,
  trainRoleModel,
  type RoleTrainDoc,
} from '../extractors/people/role-mentions/training.js';
import {
  match,
  norm,
  overlaps,
  type GoldPerson,
  type GoldQuote,
  type Span,
  type TextDoc,
} from './gold-match.js';
import { projectRoot, readJsonl, sharedDir } from './shared.js';

interface GoldPeopleDoc {
  id: string;
  people: GoldPerson[];
}

function option(args: readonly string[], name: string, fallback: number): number {
  const k = args.indexOf(name);
  const v = k >= 0 ? Number(args[k + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

/** An article's candidates labelled from its gold people. */
export function labelDoc(text: string, gold: readonly GoldPerson[]): RoleTrainDoc {
  const doc = analyse(text);
  const named = namedPeople(doc);
  const people = rolePeople(named);
  const prep = prepareDoc(doc, people);
  const span = (from: number, to: number): Span => ({
    start: doc.tokens[from]!.start,
    end: doc.tokens[to - 1]!.end,
  });
  // gold person -> found person: most overlapping name mentions, one to one, then the same name
  const found = people.map((p) => p.names.map((n) => span(n.from, n.to)));
  const foundNames = named.drafts.map((d) => d.mentions.map((m) => text.slice(m.start, m.end)));
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const names = g.mentions.filter((m) => m.kind === 'name');
    found.forEach((spans, pi) => {
      let score = 0;
      for (const m of names) if (spans.some((s) => overlaps(m, s, text))) score += 2;
      if (foundNames[pi]!.some((n) => norm(n) === norm(g.name))) score += 1;
      if (score > 0) pairs.push({ g: gi, p: pi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const personOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const { g, p } of pairs) {
    if (personOf.has(g) || taken.has(p)) continue;
    personOf.set(g, p);
    taken.add(p);
  }
  const roleMentions = gold.flatMap((g, gi) =>
    g.mentions.filter((m) => m.kind === 'role').map((m) => ({ m, person: personOf.get(gi) ?? -1 })),
  );
  const labels = new Int32Array(prep.cands.length).fill(-1);
  prep.cands.forEach((c, k) => {
    const t = doc.tokens[c.tok]!;
    const hit = roleMentions.find(({ m }) => overlaps(m, t, text));
    if (hit) labels[k] = hit.person;
  });
  return { prep, gold: labels, goldCount: roleMentions.length };
}

/** Labelled articles of a people gold set (texts from the NEREL file of the same split). */
function loadSet(
  shared: string,
  set: string,
  limit: number,
): { docs: RoleTrainDoc[]; raw: Buffer; n: number } {
  const file = path.join(shared, 'gold', `${set}.jsonl`);
  const raw = readFileSync(file);
  const textsFile = set === 'quotes-dev' ? 'nerel-dev' : 'nerel-train';
  const texts = new Map(
    readJsonl<TextDoc>(path.join(shared, 'gold', `${textsFile}.jsonl`)).map((d) => [d.id, d.text]),
  );
  const gold = readJsonl<GoldPeopleDoc>(file).slice(0, limit);
  const docs: RoleTrainDoc[] = [];
  for (const g of gold) {
    const text = texts.get(g.id);
    if (text !== undefined) docs.push(labelDoc(text, g.people));
  }
  return { docs, raw, n: gold.length };
}

/** F1 of tp matches among g gold and p predicted items. */
const f1of = (tp: number, g: number, p: number): number => (g + p ? (2 * tp) / (g + p) : 1);

/**
 * Whole records under cross-validation by article: the folds of crossValidateRoles (article j in
 * fold j % k), each held-out article extracted with weights trained on the other folds, its person
 * mentions and quotes scored as ../shared/tools/score.mjs scores them. Restores the shipped weights.
 */
function crossValidateRecords(
  shared: string,
  docs: readonly RoleTrainDoc[],
  opts: { epochs: number; seed: number; runs: number },
  k = 5,
): string {
  const texts = new Map(
    readJsonl<TextDoc>(path.join(shared, 'gold', 'nerel-train.jsonl')).map((d) => [d.id, d.text]),
  );
  const gold = readJsonl<GoldPeopleDoc & { quotes: GoldQuote[] }>(
    path.join(shared, 'gold', 'quotes-train.jsonl'),
  ).filter((g) => texts.has(g.id));
  const t = { m: [0, 0, 0], q: [0, 0, 0], a: [0, 0, 0] };
  try {
    for (let f = 0; f < k; f++) {
      useRoleWeights(
        trainRoleModel(
          docs.filter((_, j) => j % k !== f),
          opts,
        ),
      );
      gold.forEach((g, j) => {
        if (j % k !== f) return;
        const text = texts.get(g.id)!;
        const rec = extractRecord({ id: g.id, text });
        const gm = g.people.flatMap((p) => p.mentions.map((m) => ({ ...m, who: p.name })));
        const pm = rec.people.flatMap((p) => p.mentions.map((m) => ({ ...m, who: p.name })));
        const mm = match(gm, pm, (a, b) => overlaps(a, b, text) && norm(a.who) === norm(b.who));
        const mq = match(g.quotes, rec.quotes, (a, b) => overlaps(a, b, text));
        const nameOf = (id: string | null): string | null =>
          rec.people.find((p) => p.id === id)?.name ?? null;
        const right = mq.pairs.filter(([a, b]) => norm(nameOf(b.speaker)) === norm(a.speaker)).length;
        const rows: [number[], number, number, number][] = [
          [t.m, mm.pairs.length, gm.length, pm.length],
          [t.q, mq.pairs.length, g.quotes.length, rec.quotes.length],
          [t.a, right, g.quotes.length, rec.quotes.length],
        ];
        for (const [row, tp, ng, np] of rows) {
          row[0] = row[0]! + tp;
          row[1] = row[1]! + ng;
          row[2] = row[2]! + np;
        }
      });
    }
  } finally {
    useRoleWeights(null);
  }
  const cell = ([tp, g, p]: number[]): string => pct(f1of(tp!, g!, p!));
  return `quotes-train, ${k}-fold CV by article, whole records: mentions ${cell(t.m)} quotes ${cell(t.q)} attribution ${cell(t.a)}\n`;
}

/** The weights file as a TypeScript module. */
function dataModule(data: RoleModelData): string {
  const { index, values, ...meta } = data;
  return [
    "// Generated by `npm run train -- --roles` (bench/train-role-mentions.ts): the role-mention model's",
    '// weights and provenance. Do not edit by hand; retrain instead.',
    "import type { RoleModelData } from '../role-mentions/model-file.js';",
    '',
    '/** The trained role-mention model (see extractors/people/role-mentions/). */',
    'export const ROLE_MENTIONS: RoleModelData = {',
    ...Object.entries(meta).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`),
    `  index: ${JSON.stringify(index)},`,
    `  values: ${JSON.stringify(values)},`,
    '};',
    '',
  ].join('\n');
}

const pct = (x: number): string => x.toFixed(3);

/** Runs the training as the command line asks. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--roles');
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent (set NEWSFACTS_SHARED): no training data');
  const epochs = option(args, '--epochs', 5);
  const seed = option(args, '--seed', 1);
  const runs = option(args, '--runs', 5);
  const log = (line: string): void => void process.stderr.write(`train roles: ${line}\n`);
  const t0 = performance.now();
  await loadMorphology();
  const { docs, raw, n } = loadSet(shared, 'quotes-train', option(args, '--docs', Infinity));
  const reachable = docs.reduce((s, d) => s + d.gold.filter((g) => g >= 0).length, 0);
  const goldCount = docs.reduce((s, d) => s + d.goldCount, 0);
  const cands = docs.reduce((s, d) => s + d.gold.length, 0);
  log(
    `${docs.length} articles prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
      `${cands} candidates, ${reachable} of ${goldCount} gold role mentions reachable`,
  );
  if (args.includes('--cv-records')) {
    process.stdout.write(crossValidateRecords(shared, docs, { epochs, seed, runs }));
    return;
  }
  let cv: RoleCv | null = null;
  if (args.includes('--cv') || args.includes('--cv-only')) {
    cv = crossValidateRoles(docs, { epochs, seed, runs, log });
    process.stdout.write(
      cv.folds.map((f, k) => `fold ${k + 1}  role-mention F1 ${pct(f)}`).join('\n') +
        `\nmean    role-mention F1 ${pct(cv.mean)}  (pooled P ${pct(cv.precision)} R ${pct(cv.recall)})\n`,
    );
    if (args.includes('--cv-only')) return;
  }
  const weights = trainRoleModel(docs, { epochs, seed, runs, log });
  const k = args.indexOf('--check');
  if (k >= 0 && args[k + 1]) {
    const check = loadSet(shared, args[k + 1]!, Infinity);
    const c = evaluateRoles(check.docs, weights);
    process.stdout.write(
      `${args[k + 1]}: role-mention P ${pct(c.tp / c.pred)} R ${pct(c.tp / c.gold)} F1 ${pct((2 * c.tp) / (c.pred + c.gold))}\n`,
    );
  }
  const data = encodeRoleModel(weights, {
    command: ['npm run train -- --roles', ...args].join(' '),
    data: [
      {
        file: '../shared/gold/quotes-train.jsonl',
        sha256: createHash('sha256').update(raw).digest('hex'),
        docs: n,
      },
    ],
    epochs,
    seed,
    runs,
    hashBits: ROLE_HASH_BITS,
    nonZero: 0,
    cv,
  });
  const out = path.resolve(
    projectRoot(),
    args.includes('--out')
      ? String(args[args.indexOf('--out') + 1])
      : 'extractors/people/data/role-mentions.ts',
  );
  writeFileSync(out, dataModule(data));
  log(`${data.nonZero} non-zero weights -> ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])))
  main().catch((err: unknown) => {
    process.stderr.write(`train failed: ${String(err instanceof Error ? err.stack : err)}\n`);
    process.exitCode = 1;
  });
