// Out-of-fold errors of the person tagger on NEREL train: 5-fold cross-validation as
// `npm run train -- --cv` runs it, then every false positive and false negative of the held-out
// folds, grouped by kind (missed, spurious, boundary; sentence-initial, one word, Latin script,
// lower case), largest group first, with examples in context. Never reads a dev or test set.
//
//   node --import tsx bench/person-tagger-errors.ts [--examples 12] [--epochs 8] [--docs N]
import path from 'node:path';
import { loadMorphology } from '../document/analyse/index.js';
import type { TaggedSpan } from '../extractors/people/tagger/bio.js';
import { spansMatch, type Span } from '../extractors/people/tagger/span-score.js';
import { tagPrepared } from '../extractors/people/tagger/tag.js';
import {
  prepareGold,
  trainTagger,
  type GoldDoc,
  type TrainDoc,
} from '../extractors/people/tagger/training.js';
import { numberOption, readJsonl, sharedDir } from './shared.js';

interface Item {
  doc: string;
  line: string;
}

const groups = new Map<string, Item[]>();
function note(group: string, item: Item): void {
  let g = groups.get(group);
  if (!g) groups.set(group, (g = []));
  g.push(item);
}

function context(text: string, s: Span, other?: Span): string {
  const a = Math.max(0, s.start - 50);
  const b = Math.min(text.length, s.end + 50);
  const mark = `${text.slice(a, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, b)}`;
  const extra = other ? `  (other: "${text.slice(other.start, other.end)}")` : '';
  return mark.replace(/\s+/g, ' ') + extra;
}

/** A short description of a span: words, initial position, script, case. */
function kind(d: TrainDoc, s: Span): string {
  const doc = d.p.doc;
  const from = doc.tokenAt(s.start);
  const toks = doc.tokens.slice(from).filter((t) => t.start < s.end && t.kind === 'word');
  const words = toks.length === 1 ? '1 word' : toks.length === 2 ? '2 words' : '3+ words';
  const first = toks[0];
  const bits = [words];
  if (first && d.p.info.initial[first.i]) bits.push('sentence-initial');
  if (toks.some((t) => /[a-z]/i.test(t.text))) bits.push('latin');
  if (first && !first.upper) bits.push('lower-case');
  return bits.join(', ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent (set NEWSFACTS_SHARED): no training data');
  const epochs = numberOption(args, '--epochs', 8);
  const examples = numberOption(args, '--examples', 12);
  let docs = readJsonl<GoldDoc>(path.join(shared, 'gold/nerel-train.jsonl'));
  docs = docs.slice(0, numberOption(args, '--docs', docs.length));
  await loadMorphology();
  const prepared = prepareGold(docs);
  const k = 5;
  let tp = 0;
  let gold = 0;
  let pred = 0;
  for (let f = 0; f < k; f++) {
    const train = prepared.filter((_, j) => j % k !== f);
    const { model, gaz } = trainTagger(train, { epochs, seed: 1 });
    prepared.forEach((d, j) => {
      if (j % k !== f) return;
      const text = d.p.doc.text;
      const found: TaggedSpan[] = tagPrepared(model, gaz, d.p);
      const used = new Set<number>();
      const id = docs[j]!.id.replace(/^NEREL-v1\.1\//, '');
      gold += d.gold.length;
      pred += found.length;
      for (const g of d.gold) {
        const i = found.findIndex((p, q) => !used.has(q) && spansMatch(g, p, text));
        if (i >= 0) {
          used.add(i);
          tp++;
          continue;
        }
        const near = found.find((p) => p.start < g.end && g.start < p.end);
        note(`FN ${near ? 'boundary' : 'missed'}: ${kind(d, g)}`, { doc: id, line: context(text, g, near) });
      }
      found.forEach((p, q) => {
        if (used.has(q)) return;
        const near = d.gold.find((g) => p.start < g.end && g.start < p.end);
        if (near) return; // counted once, as a boundary FN
        note(`FP spurious: ${kind(d, p)}`, { doc: id, line: context(text, p) });
      });
    });
    process.stderr.write(`fold ${f + 1}/${k} done\n`);
  }
  const P = tp / pred;
  const R = tp / gold;
  process.stdout.write(
    `out-of-fold: gold ${gold} pred ${pred} match ${tp}  P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}\n\n`,
  );
  for (const [g, items] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    process.stdout.write(`## ${g}: ${items.length}\n`);
    for (const it of items.slice(0, examples)) process.stdout.write(`  ${it.doc}: ${it.line}\n`);
    process.stdout.write('\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`person-tagger-errors failed: ${String(err instanceof Error ? err.stack : err)}\n`);
  process.exitCode = 1;
});
