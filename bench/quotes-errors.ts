// Error analysis for quotes: extracts the quotes-train articles (or another quotes gold set given
// with --set), matches quotes against the gold exactly as ../shared/tools/score.mjs does (span
// overlap of at least half the longer span after a leading preposition is trimmed, greedy and
// one-to-one in gold order; the speaker is right when the predicted person's name equals the gold
// name after normalisation, null matching null), and prints the misses, the spurious quotes and
// the wrong speakers grouped by cause, largest group first, with examples in context.
//
//   node --import tsx bench/quotes-errors.ts [--set quotes-train] [--examples 6] [--group TEXT]
//   node --import tsx bench/quotes-errors.ts --summary     the score rows of quotes-train and quotes-dev
//   node --import tsx bench/quotes-errors.ts --dump        every predicted quote of both sets, one a
//                                                          line, to diff two builds
import path from 'node:path';
import { loadMorphology } from '../document/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import type { NewsRecord, Quote } from '../document/record/types.js';
import { SPEECH_VERB_BY_LEMMA } from '../extractors/quotes/lexicon/speech-verbs.js';
import {
  context,
  ErrorGroups,
  match,
  norm,
  overlaps,
  type GoldMention,
  type GoldPerson,
  type GoldQuote,
  type TextDoc,
} from './gold-match.js';
import { readJsonl, sharedDir } from './shared.js';

interface GoldDoc {
  id: string;
  people: GoldPerson[];
  quotes: GoldQuote[];
}
interface Item {
  doc: string;
  detail: string;
}

const errors = new ErrorGroups<Item>();
const note = (group: string, item: Item): void => errors.note(group, item);
const around = (text: string, at: number, end: number): string => context(text, at, end, 90);

/** What introduces a gold quote: a phrase ("по словам"), a speech verb the lexicon knows or not, a noun, a colon. */
function cueClass(cue: string | null): string {
  if (cue === null) return 'no cue (colon, dash or standalone)';
  if (/^(по|со|согласно|как|в|из)\b/u.test(cue)) return 'phrase';
  if (SPEECH_VERB_BY_LEMMA.has(cue)) return 'verb in lexicon';
  if (/(ние|ство|ция|ва|ка|ость|ие|ор|ья|ть|ся)$/u.test(cue) && !/(ть|ться|ти)$/u.test(cue)) return 'noun';
  return 'verb not in lexicon';
}

/** Sentence starts, by a simple split (for distances only). */
function sentenceStarts(text: string): number[] {
  const out = [0];
  const re = /[.!?…]["»”]?\s+(?=[«"„—–-]?\s*[A-ZА-ЯЁ0-9«"])|\n+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m.index + m[0].length);
  return out;
}
function sentenceOf(starts: readonly number[], at: number): number {
  let lo = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k]! <= at) lo = k;
  return lo;
}

/** How far the gold speaker is named from the quote: the nearest mention of each kind. */
function speakerShape(gold: GoldDoc, q: GoldQuote, text: string, starts: readonly number[]): string {
  const person = gold.people.find((p) => norm(p.name) === norm(q.speaker));
  if (!person) return 'speaker not among gold people';
  const qs = sentenceOf(starts, q.start);
  const qe = sentenceOf(starts, Math.max(q.start, q.end - 1));
  // mentions outside the quote, nearest first
  let best: { m: GoldMention; d: number } | null = null;
  for (const m of person.mentions) {
    if (m.start >= q.start && m.end <= q.end) continue;
    const s = sentenceOf(starts, m.start);
    const d = s < qs ? qs - s : s > qe ? s - qe : 0;
    const after = m.start >= q.end;
    const score = d * 2 + (after ? 1 : 0);
    if (!best || score < best.d) best = { m, d: score };
  }
  if (!best) return 'speaker has no mention outside the quote';
  const d = Math.floor(best.d / 2);
  const where =
    d === 0
      ? 'same sentence'
      : d === 1
        ? best.d % 2
          ? 'next sentence'
          : 'previous sentence'
        : `${d} sentences away`;
  const pronoun = /^(он|она|его|ее|её|ему|ей|им|ней|нем|нём|него)$/iu.test(best.m.text.trim());
  const kind = pronoun ? 'pronoun' : best.m.kind;
  return `${kind} mention, ${where}`;
}

interface Totals {
  quotes: [number, number, number];
  attribution: [number, number, number];
  direct: [number, number, number];
  indirect: [number, number, number];
}

const f1 = ([tp, g, p]: [number, number, number]): number => {
  const pr = p ? tp / p : g ? 0 : 1;
  const r = g ? tp / g : 1;
  return pr + r ? (2 * pr * r) / (pr + r) : 0;
};

/** Compares one record with its gold, adds to the totals and notes every error under its cause. */
function analyseDoc(rec: NewsRecord, gold: GoldDoc, t: Totals): void {
  const text = rec.text;
  const doc = gold.id.replace(/^NEREL-v1\.1\//, '');
  const starts = sentenceStarts(text);
  const quotes = rec.quotes;
  const nameOf = (q: Quote): string | null => rec.people.find((p) => p.id === q.speaker)?.name ?? null;
  const mq = match(gold.quotes, quotes, (g, p) => overlaps(g, p, text));
  const add = (k: keyof Totals, tp: number, g: number, p: number): void => {
    t[k][0] += tp;
    t[k][1] += g;
    t[k][2] += p;
  };
  add('quotes', mq.pairs.length, gold.quotes.length, quotes.length);
  const right = mq.pairs.filter(([g, p]) => norm(nameOf(p)) === norm(g.speaker));
  add('attribution', right.length, gold.quotes.length, quotes.length);
  for (const kind of ['direct', 'indirect'] as const) {
    const g = gold.quotes.filter((q) => q.kind === kind);
    const p = quotes.filter((q) => q.kind === kind);
    add(kind, match(g, p, (a, b) => overlaps(a, b, text)).pairs.length, g.length, p.length);
  }
  for (const g of mq.missed) {
    const partial = quotes.find((p) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
    const cause = partial
      ? `missed: span differs from a predicted quote (${g.kind})`
      : `missed: ${g.kind}, ${cueClass(g.cue)}`;
    const extra = partial ? `  pred: "${partial.text.slice(0, 80)}"` : '';
    note(cause, {
      doc,
      detail: `cue=${g.cue ?? '-'} speaker=${g.speaker ?? '-'} source=${g.source ?? '-'}${extra}\n      …${around(text, g.start, g.end)}…`,
    });
  }
  for (const p of mq.spurious) {
    const partial = gold.quotes.find((g) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
    const cause = partial
      ? `spurious: span differs from a gold quote (counted above)`
      : `spurious: ${p.kind}, cue ${p.cue ?? '-'}`;
    note(cause, {
      doc,
      detail: `cue=${p.cue ?? '-'} speaker=${nameOf(p) ?? '-'} source=${p.source ?? '-'}\n      …${around(text, p.start, p.end)}…`,
    });
  }
  for (const [g, p] of mq.pairs) {
    const pn = nameOf(p);
    if (norm(pn) === norm(g.speaker)) continue;
    let cause: string;
    if (g.speaker === null) cause = `speaker: person given, gold none (${g.source ? 'a source' : 'unnamed'})`;
    else {
      const shape = speakerShape(gold, g, text, starts);
      const known = rec.people.some((x) => norm(x.name) === norm(g.speaker));
      if (pn === null) cause = `speaker: none given${p.source ? ' (a source)' : ''}, gold ${shape}`;
      else cause = `speaker: another person given, gold ${shape}`;
      if (!known) cause += ' [gold name not among predicted people]';
    }
    note(cause, {
      doc,
      detail: `gold=${g.speaker ?? '-'} pred=${pn ?? '-'} source=${p.source ?? '-'} cue=${g.cue ?? '-'}/${p.cue ?? '-'}\n      …${context(text, g.start, g.end, 160)}…`,
    });
  }
}

function runSet(shared: string, set: string): Totals {
  const textsFile = set === 'quotes-dev' ? 'nerel-dev' : 'nerel-train';
  const texts = new Map(
    readJsonl<TextDoc>(path.join(shared, 'gold', `${textsFile}.jsonl`)).map((d) => [d.id, d.text]),
  );
  const gold = readJsonl<GoldDoc>(path.join(shared, 'gold', `${set}.jsonl`));
  const t: Totals = { quotes: [0, 0, 0], attribution: [0, 0, 0], direct: [0, 0, 0], indirect: [0, 0, 0] };
  for (const g of gold) {
    const text = texts.get(g.id);
    if (text === undefined) continue;
    analyseDoc(extractRecord({ id: g.id, text }), g, t);
  }
  return t;
}

/** Prints every predicted quote of a set as "doc|kind|speaker or source|cue|text", one a line. */
function dumpSet(shared: string, set: string): void {
  const texts = new Map(
    readJsonl<TextDoc>(
      path.join(shared, 'gold', set === 'quotes-dev' ? 'nerel-dev.jsonl' : 'nerel-train.jsonl'),
    ).map((d) => [d.id, d.text]),
  );
  for (const g of readJsonl<GoldDoc>(path.join(shared, 'gold', `${set}.jsonl`))) {
    const text = texts.get(g.id);
    if (text === undefined) continue;
    const rec = extractRecord({ id: g.id, text });
    for (const q of rec.quotes ?? []) {
      const who = (rec.people ?? []).find((p) => p.id === q.speaker)?.name ?? `src:${q.source ?? '-'}`;
      process.stdout.write(`${g.id}|${q.kind}|${who}|${q.cue ?? '-'}|${q.text.replace(/\s+/g, ' ')}\n`);
    }
  }
}

function row(set: string, t: Totals): string {
  return `${set.padEnd(14)} quotes=${f1(t.quotes).toFixed(3)} attribution=${f1(t.attribution).toFixed(3)} direct=${f1(t.direct).toFixed(3)} indirect=${f1(t.indirect).toFixed(3)}  (gold ${t.quotes[1]}, pred ${t.quotes[2]})\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string): string => {
    const k = args.indexOf(name);
    return k >= 0 && args[k + 1] ? args[k + 1]! : dflt;
  };
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent');
  await loadMorphology();
  if (args.includes('--dump')) {
    for (const set of ['quotes-train', 'quotes-dev']) dumpSet(shared, set);
    return;
  }
  if (args.includes('--summary')) {
    for (const set of ['quotes-train', 'quotes-dev']) process.stdout.write(row(set, runSet(shared, set)));
    return;
  }
  const set = opt('--set', 'quotes-train');
  const examples = Number(opt('--examples', '6'));
  const only = opt('--group', '');
  const t = runSet(shared, set);
  process.stdout.write(row(set, t) + '\n');
  errors.print(examples, only, (it) => `${it.doc.padEnd(18)} ${it.detail}`);
}

await main();
