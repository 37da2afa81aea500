// Developer tool: the dates extractor's span errors against NEREL's DATE and TIME gold, by class:
// missed (no item touches the gold span), spurious (no gold span touches the item), boundary (they
// overlap, but by less than score.mjs's half). Build on train, check on dev.
// npx tsx bench/dates/errors.ts [gold.jsonl] [--only missed|spurious|boundary] [--examples N]
import { readFileSync } from 'node:fs';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import { extractDates } from '../../extractors/dates/index.js';
import { ErrorGroups, context, match, overlaps, type Span } from '../gold-match.js';

interface Gold {
  id: string;
  text: string;
  entities: Array<Span & { type: string; text: string }>;
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a) => a.endsWith('.jsonl')) ?? '../shared/gold/nerel-train.jsonl';
const only = flag('--only') ?? '';
const examples = Number(flag('--examples') ?? 15);

await loadMorphology();
const groups = new ErrorGroups<{ text: string; span: Span; other?: Span }>();
let tp = 0;
let g = 0;
let p = 0;
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const doc = JSON.parse(line) as Gold;
  const gold = doc.entities.filter((e) => e.type === 'DATE' || e.type === 'TIME');
  const pred = extractDates(analyse(doc.text, {})).items;
  const m = match(gold, pred, (a, b) => overlaps(a, b, doc.text));
  tp += m.pairs.length;
  g += gold.length;
  p += pred.length;
  const touches = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  for (const x of m.missed) {
    const near = m.spurious.find((y) => touches(x, y));
    if (near) groups.note('boundary', { text: doc.text, span: x, other: near });
    else if (gold.some((y) => y !== x && touches(x, y)))
      groups.note('missed, beside another gold span', { text: doc.text, span: x });
    else groups.note('missed', { text: doc.text, span: x });
  }
  for (const y of m.spurious) {
    if (!m.missed.some((x) => touches(x, y))) groups.note('spurious', { text: doc.text, span: y });
  }
}
const f = (2 * tp) / (g + p);
process.stdout.write(
  `gold ${g}, items ${p}, matched ${tp}: P ${(tp / p).toFixed(3)} R ${(tp / g).toFixed(3)} F ${f.toFixed(3)}\n`,
);
groups.print(examples, only, ({ text, span, other }) =>
  other
    ? `gold ${context(text, span.start, span.end, 40)}  ||  item "${text.slice(other.start, other.end)}"`
    : context(text, span.start, span.end, 50),
);
