// Grounds the speech-verb lexicon in data: counts, over the NEREL train texts, how often each verb
// (by az's lemma) governs reported content — a ", что" / ", чтобы" clause after it, a colon after
// it, or a quotation right before it ("«Q», — сказал он") — against how often it occurs at all, and
// writes the verbs that pass both thresholds to extractors/quotes/lexicon/speech-verbs.generated.ts.
// The hand-written entries of speech-verbs.ts keep their flags; a generated verb they lack joins
// the lexicon with `needsThat` (it is speech only where it opens a clause, a colon or a quotation,
// exactly the evidence counted here).
//
//   node --import tsx bench/speech-verbs-from-nerel.ts [--min 3] [--ratio 0.3] [--print] [--no-gold]
//
// Deterministic: the same texts give the same file (verbs sorted by lemma).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, EMPTY_META, loadMorphology, type Token } from '../document/analyse/index.js';
import { projectRoot, readJsonl, sharedDir } from './shared.js';

interface TextDoc {
  id: string;
  text: string;
}
interface GoldQuotes {
  id: string;
  quotes: GoldQuote[];
}

/** What follows a verb that we count as governing content. */
interface Counts {
  n: number;
  that: number;
  colon: number;
  quote: number;
  /** in the quotes-train articles: evidence sites where a gold quote stands, and where none does */
  gold: number;
  notGold: number;
  /** occurrences in a form with a subject of its own: masculine or feminine, plural, a gerund */
  personal: number;
  /** occurrences followed by "о …" (an adverb aside), not "об этом": "рассказал о причинах" */
  about: number;
  /** occurrences followed by an infinitive (an adverb aside): "просил отказать Сноудену" */
  infinitive: number;
}

/** A quotes-train quote's cue and where it stands. */
interface GoldQuote {
  start: number;
  end: number;
  cue: string | null;
}

/** Words after which ", что" belongs to the word, not to the verb ("из-за того, что", "тем, что"). */
const THAT_OWNERS = new Set(['того', 'тем', 'так', 'условии', 'случае', 'образом', 'несмотря', 'то', 'те']);
const THAT = new Set(['что', 'чтобы', 'будто']);
/** How many tokens after the verb the comma of ", что" may stand ("заявил журналистам в понедельник, что"). */
const THAT_REACH = 8;
const DASH = /^[–—-]$/u;
const CLOSING = /^[»"”“']$/u;

/** The verb reading of a token: a finite verb, a gerund or a short participle; null otherwise. */
function verbLemma(t: Token): string | null {
  if (t.kind !== 'word') return null;
  const p = t.morph[0];
  if (!p || !p.pos || !['VERB', 'GRND', 'PRTS'].includes(p.pos)) return null;
  // the author's voice ("Напомним, что") is no evidence of a source's speech
  if (p.tags.has('1per') || p.tags.has('2per') || p.tags.has('impr')) return null;
  return p.lemma;
}

function thatAfter(toks: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j <= i + THAT_REACH; j++) {
    const t = toks[j]!;
    if (t.sentence !== toks[i]!.sentence) return false;
    if (t.kind === 'punct') {
      if (t.text !== ',') return false;
      return THAT.has(toks[j + 1]?.norm ?? '') && !THAT_OWNERS.has(toks[j - 1]?.norm ?? '');
    }
    if (j > i + 1 && verbLemma(t) !== null) return false;
  }
  return false;
}

function colonAfter(toks: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct') return t.text === ':' && toks[j + 1]?.paragraph === t.paragraph;
  }
  return false;
}

/** Characters after "что" or the colon within which a gold quote must start to count as the verb's. */
const GOLD_NEAR = 40;

/** Whether a gold quote stands where the evidence at token i says the content is. */
function goldAt(
  toks: readonly Token[],
  i: number,
  how: 'that' | 'colon' | 'quote',
  gold: GoldQuotes['quotes'],
): boolean {
  const v = toks[i]!;
  if (how === 'quote') return gold.some((q) => q.end <= v.start && v.start - q.end <= 6);
  return gold.some((q) => q.start >= v.end && q.start - v.end <= GOLD_NEAR + 40 && q.end > v.end);
}

const ABOUT = new Set(['о', 'об', 'обо']);
const ABOUT_THIS = new Set(['этом', 'том']);

/** "рассказал о причинах", "объявил сегодня об уходе" (not "об этом": that points back). */
function aboutAfter(toks: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (toks[j]?.morph[0]?.pos === 'ADVB') j++;
  return ABOUT.has(toks[j]?.norm ?? '') && !ABOUT_THIS.has(toks[j + 1]?.norm ?? '');
}

/** "просил отказать Сноудену", "призвал немедленно прекратить". */
function infinitiveAfter(toks: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (toks[j]?.morph[0]?.pos === 'ADVB') j++;
  return toks[j]?.morph[0]?.pos === 'INFN';
}

/** "«Q», — сказал он", "«Q» — сказал он", "Q, — сказал он" after a quotation. */
function quoteBefore(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (!DASH.test(toks[k]?.text ?? '')) return false;
  k--;
  if (toks[k]?.text === ',') k--;
  return CLOSING.test(toks[k]?.text ?? '');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number): number => {
    const k = args.indexOf(name);
    const v = k >= 0 ? Number(args[k + 1]) : NaN;
    return Number.isFinite(v) ? v : dflt;
  };
  const minCount = opt('--min', 3);
  const minRatio = opt('--ratio', 0.3);
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent (set NEWSFACTS_SHARED): no NEREL texts');
  const rel = 'gold/nerel-train.jsonl';
  const file = path.join(shared, rel);
  const docs = readJsonl<TextDoc>(file);
  const goldRel = 'gold/quotes-train.jsonl';
  const goldFile = path.join(shared, goldRel);
  // --no-gold: the NEREL counts alone, to measure what the quotes-train cues and checks add
  const golds = new Map(
    args.includes('--no-gold') ? [] : readJsonl<GoldQuotes>(goldFile).map((g) => [g.id, g.quotes] as const),
  );
  await loadMorphology();
  const counts = new Map<string, Counts>();
  for (const d of docs) {
    const toks = analyse(d.text, EMPTY_META).tokens;
    for (let i = 0; i < toks.length; i++) {
      const lemma = verbLemma(toks[i]!);
      if (lemma === null) continue;
      let c = counts.get(lemma);
      if (!c)
        counts.set(
          lemma,
          (c = {
            n: 0,
            that: 0,
            colon: 0,
            quote: 0,
            gold: 0,
            notGold: 0,
            personal: 0,
            about: 0,
            infinitive: 0,
          }),
        );
      c.n++;
      const p = toks[i]!.morph[0]!;
      if (p.pos === 'GRND' || p.number === 'plur' || p.gender === 'masc' || p.gender === 'femn') c.personal++;
      if (aboutAfter(toks, i)) c.about++;
      if (infinitiveAfter(toks, i)) c.infinitive++;
      const how = thatAfter(toks, i)
        ? 'that'
        : colonAfter(toks, i)
          ? 'colon'
          : quoteBefore(toks, i)
            ? 'quote'
            : null;
      if (how === null) continue;
      c[how]++;
      const gold = golds.get(d.id);
      if (gold) {
        if (goldAt(toks, i, how, gold)) c.gold++;
        else c.notGold++;
      }
    }
  }
  // the cues of the quotes-train quotes that are one verb (az knows it as one)
  const goldCues = new Map<string, number>();
  for (const g of golds.values())
    for (const q of g)
      if (q.cue && !q.cue.includes(' ') && counts.has(q.cue))
        goldCues.set(q.cue, (goldCues.get(q.cue) ?? 0) + 1);
  const rows = [...counts.entries()]
    .map(([lemma, c]) => ({ lemma, ...c, speech: c.that + c.colon + c.quote, cue: goldCues.get(lemma) ?? 0 }))
    .filter(
      (r) =>
        r.cue > 0 ||
        (r.speech >= minCount &&
          r.speech / r.n >= minRatio &&
          (r.gold > r.notGold || r.gold + r.notGold === 0)),
    )
    .sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
  if (args.includes('--print')) {
    for (const r of [...rows].sort((a, b) => b.speech - a.speech))
      process.stdout.write(
        `${r.lemma.padEnd(20)} n=${r.n} that=${r.that} colon=${r.colon} quote=${r.quote} ratio=${(r.speech / r.n).toFixed(2)} gold=${r.gold}/${r.gold + r.notGold} cue=${r.cue} personal=${r.personal} about=${r.about} inf=${r.infinitive}\n`,
      );
    return;
  }
  const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');
  const out = [
    '// Generated by `node --import tsx bench/speech-verbs-from-nerel.ts` from the NEREL train texts and',
    '// the quotes-train cues (then prettier): the verbs that govern reported content. Do not edit by hand.',
    '// speech-verbs.ts merges them into the lexicon (its hand-written entries keep their flags).',
    '',
    '/** Provenance and the thresholds the verbs passed. */',
    'export const GENERATED_SPEECH_VERBS_META = {',
    `  command: ${JSON.stringify(`node --import tsx bench/speech-verbs-from-nerel.ts --min ${minCount} --ratio ${minRatio}`)},`,
    `  data: ${JSON.stringify([
      { file: `../shared/${rel}`, sha256: sha(file), docs: docs.length },
      { file: `../shared/${goldRel}`, sha256: sha(goldFile), docs: golds.size },
    ])},`,
    '  rule: ' +
      JSON.stringify(
        `a cue of a quotes-train quote, or: at least ${minCount} occurrences opening ", что", a colon or ` +
          `following a quotation, at least ${minRatio} of all its occurrences, and in the quotes-train ` +
          'articles more such occurrences with a gold quote than without, where there are any',
      ) +
      ',',
    '} as const;',
    '',
    '/**',
    ' * One verb: lemma; occurrences; how many open ", что", a colon, follow a quotation; in quotes-train',
    ' * such occurrences with and without a gold quote; quotes-train quotes it cues; occurrences with a',
    ' * subject of their own (masculine, feminine, plural or a gerund: few means impersonal, "ожидается");',
    ' * occurrences followed by "о …" ("рассказал о причинах"; often enough, the "о" phrase is the content);',
    ' * occurrences followed by an infinitive ("просил отказать"; often enough, the infinitive is the content).',
    ' */',
    'export type GeneratedVerb = readonly [string, number, number, number, number, number, number, number, number, number, number];',
    '',
    'export const GENERATED_SPEECH_VERBS: readonly GeneratedVerb[] = [',
    ...rows.map(
      (r) =>
        `  ${JSON.stringify([r.lemma, r.n, r.that, r.colon, r.quote, r.gold, r.notGold, r.cue, r.personal, r.about, r.infinitive])},`,
    ),
    '];',
    '',
  ].join('\n');
  const target = path.join(projectRoot(), 'extractors', 'quotes', 'lexicon', 'speech-verbs.generated.ts');
  writeFileSync(target, out);
  process.stderr.write(`speech verbs: ${rows.length} written to ${path.relative(projectRoot(), target)}\n`);
}

await main();
