// Error analysis for people: extracts the quotes-train articles (or another people gold set given
// with --set), matches people and mentions against the gold exactly as ../shared/tools/score.mjs
// does (people by normalised name; mentions by span overlap of half the longer span after a
// leading preposition, and the same normalised person name), and prints the misses and the
// spurious items grouped by cause, largest group first, with examples in context.
//
//   node --import tsx bench/people-errors.ts [--set quotes-train] [--examples 8] [--group TEXT]
import path from 'node:path';
import { loadMorphology } from '../document/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import type { NewsRecord } from '../document/record/types.js';
import {
  context,
  ErrorGroups,
  match,
  norm,
  overlaps,
  type GoldMention,
  type GoldPerson,
  type Span,
  type TextDoc,
} from './gold-match.js';
import { readJsonl, sharedDir } from './shared.js';

interface GoldPeopleDoc {
  id: string;
  people: GoldPerson[];
}

interface Item {
  doc: string;
  text: string;
  detail: string;
  at: number;
}

const errors = new ErrorGroups<Item>();
const groups = errors.groups;
const note = (group: string, item: Item): void => errors.note(group, item);

interface PredMention extends Span {
  text: string;
  kind: string;
  who: string;
}
interface GoldM extends GoldMention {
  who: string;
}

/** Compares one record with its gold and notes every error under its cause. */
function analyseDoc(rec: NewsRecord, gold: GoldPeopleDoc): void {
  const text = rec.text;
  const doc = gold.id.replace(/^NEREL-v1\.1\//, '');
  const people = rec.people;
  const mp = match(gold.people, people, (g, p) => norm(g.name) === norm(p.name));
  const nameMentions = (g: GoldPerson): GoldMention[] => g.mentions.filter((m) => m.kind === 'name');
  for (const g of mp.missed) {
    const named = nameMentions(g);
    const at = g.mentions[0]?.start ?? 0;
    const end = g.mentions[0]?.end ?? 0;
    // a predicted person with a mention overlapping one of this person's name mentions
    const near = people.find((p) => p.mentions.some((pm) => named.some((gm) => overlaps(gm, pm, text))));
    let cause: string;
    let detail = `gold "${g.name}"`;
    if (named.length === 0) cause = 'person missed: gold has role mentions only (unnamed)';
    else if (near) {
      detail += ` -> pred "${near.name}"`;
      const gw = norm(g.name).split(' ');
      const pw = norm(near.name).split(' ');
      if (mp.pairs.some(([, p]) => p === near))
        cause = 'person missed: its mentions went to another (matched) person';
      else if (gw.length !== pw.length)
        cause = `person missed: name has ${pw.length} words, gold ${gw.length}`;
      else if (gw.some((w, k) => w.slice(0, 3) !== pw[k]!.slice(0, 3)))
        cause = 'person missed: different name words';
      else cause = 'person missed: wrong inflection (nominative)';
    } else cause = 'person missed: no name mention found';
    note(cause, { doc, text: g.name, detail, at: named[0]?.start ?? at });
    if (named[0]) groups.get(cause)!.at(-1)!.detail += `  …${context(text, named[0].start, named[0].end)}…`;
    else groups.get(cause)!.at(-1)!.detail += `  …${context(text, at, end)}…`;
  }
  for (const p of mp.spurious) {
    const first = p.mentions[0]!;
    const goldOf = gold.people.find((g) =>
      g.mentions.some((gm) => p.mentions.some((pm) => overlaps(gm, pm, text))),
    );
    let cause: string;
    if (!goldOf) cause = 'person spurious: no gold mention overlaps (not a person in gold)';
    else if (mp.pairs.some(([g]) => g === goldOf)) cause = 'person spurious: split from a matched person';
    else cause = 'person spurious: the wrong name of a missed person (counted above)';
    note(cause, {
      doc,
      text: p.name,
      detail: `pred "${p.name}"${goldOf ? ` (gold "${goldOf.name}")` : ''}  …${context(text, first.start, first.end)}…`,
      at: first.start,
    });
  }

  const goldMs: GoldM[] = gold.people.flatMap((g) => g.mentions.map((m) => ({ ...m, who: g.name })));
  const predMs: PredMention[] = people.flatMap((p) => p.mentions.map((m) => ({ ...m, who: p.name })));
  const mm = match(goldMs, predMs, (g, p) => overlaps(g, p, text) && norm(g.who) === norm(p.who));
  const goldNamesMatched = new Set(mp.pairs.map(([g]) => norm(g.name)));
  for (const g of mm.missed) {
    const over = predMs.find((p) => overlaps(g, p, text));
    let cause: string;
    let detail = `gold ${g.kind} of "${g.who}"`;
    if (over) {
      detail += ` -> pred ${over.kind} of "${over.who}"`;
      const goldPerson = gold.people.find((x) => norm(x.name) === norm(over.who));
      if (!goldNamesMatched.has(norm(g.who)) && !goldPerson)
        cause = `mention missed (${g.kind}): found, but its person's name is wrong`;
      else cause = `mention missed (${g.kind}): found, given to another person`;
    } else {
      const partial = predMs.find((p) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
      if (partial) {
        detail += ` -> pred span "${partial.text}"`;
        cause = `mention missed (${g.kind}): span boundaries differ`;
      } else if (g.kind === 'name') {
        const words = g.text.trim().split(/\s+/).length;
        cause = `mention missed (name): not found, ${words === 1 ? 'one word' : 'several words'}`;
      } else cause = `mention missed (${g.kind}): not found`;
    }
    note(cause, { doc, text: g.text, detail: `${detail}  …${context(text, g.start, g.end)}…`, at: g.start });
  }
  for (const p of mm.spurious) {
    const over = goldMs.find((g) => overlaps(g, p, text));
    let cause: string;
    if (over) continue; // counted as a miss above (wrong person or wrong name)
    const partial = goldMs.find((g) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
    if (partial) cause = `mention spurious (${p.kind}): span boundaries differ (counted above)`;
    else cause = `mention spurious (${p.kind}): no gold mention there`;
    note(cause, {
      doc,
      text: p.text,
      detail: `pred ${p.kind} of "${p.who}"  …${context(text, p.start, p.end)}…`,
      at: p.start,
    });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string): string => {
    const k = args.indexOf(name);
    return k >= 0 && args[k + 1] ? args[k + 1]! : dflt;
  };
  const set = opt('--set', 'quotes-train');
  const examples = Number(opt('--examples', '6'));
  const only = opt('--group', '');
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent');
  const textsFile = set === 'quotes-dev' ? 'nerel-dev' : 'nerel-train';
  const texts = new Map(
    readJsonl<TextDoc>(path.join(shared, 'gold', `${textsFile}.jsonl`)).map((d) => [d.id, d.text]),
  );
  const gold = readJsonl<GoldPeopleDoc>(path.join(shared, 'gold', `${set}.jsonl`));
  await loadMorphology();
  let gp = 0;
  let gm = 0;
  let pp = 0;
  let pm = 0;
  for (const g of gold) {
    const text = texts.get(g.id);
    if (text === undefined) continue;
    const rec = extractRecord({ id: g.id, text });
    gp += g.people.length;
    gm += g.people.reduce((n, p) => n + p.mentions.length, 0);
    pp += rec.people.length;
    pm += rec.people.reduce((n, p) => n + p.mentions.length, 0);
    analyseDoc(rec, g);
  }
  process.stdout.write(
    `${set}: ${gold.length} articles; gold people ${gp}, predicted ${pp}; gold mentions ${gm}, predicted ${pm}\n\n`,
  );
  errors.print(examples, only, (it) => `${it.doc.padEnd(18)} ${it.detail}`);
}

await main();
