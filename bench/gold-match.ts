// What the error-analysis tools share: the people-and-quotes gold's shapes and the matching rules of
// ../shared/tools/score.mjs (span overlap of at least half the longer span after a leading
// preposition is trimmed; names compared normalised; greedy one-to-one matching).

/** A gold mention of a person. */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  kind: string;
}
/** A gold person. */
export interface GoldPerson {
  name: string;
  role: string | null;
  mentions: GoldMention[];
}
/** A gold quote. */
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  cue: string | null;
  source?: string | null;
}
/** An article's text, as the NEREL files hold it. */
export interface TextDoc {
  id: string;
  text: string;
}
/** Offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

const PREPOSITIONS = /^(в|во|с|со|на|за|до|к|ко|от|по|около|о|об|при|через|после|перед|к)\s+/i;

function trim(span: Span, text: string): Span {
  let { start } = span;
  const m = text.slice(span.start, span.end).match(PREPOSITIONS);
  if (m && m[0].length < span.end - span.start) start += m[0].length;
  return { start, end: span.end };
}

/** score.mjs's span match: overlap of at least half the longer span, prepositions trimmed. */
export function overlaps(a: Span, b: Span, text: string): boolean {
  const x = trim(a, text);
  const y = trim(b, text);
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return inter > 0 && inter * 2 >= Math.max(x.end - x.start, y.end - y.start);
}

/** score.mjs's name normalisation: "Ерлан  Саиров" and "ерлан саиров" are one name. */
export const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();

/** score.mjs's greedy one-to-one matching of gold items with predicted ones. */
export function match<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  same: (g: G, p: P) => boolean,
): { missed: G[]; spurious: P[]; pairs: [G, P][] } {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (i >= 0) {
      used.add(i);
      pairs.push([g, pred[i]!]);
    }
  }
  return {
    pairs,
    missed: gold.filter((g) => !pairs.some(([x]) => x === g)),
    spurious: pred.filter((_, k) => !used.has(k)),
  };
}

/** Items grouped by cause, for printing the largest groups first. */
export class ErrorGroups<T> {
  readonly groups = new Map<string, T[]>();
  /** Files an item under its cause. */
  note(group: string, item: T): void {
    const list = this.groups.get(group) ?? [];
    list.push(item);
    this.groups.set(group, list);
  }
  /** The groups, largest first. */
  sorted(): [string, T[]][] {
    return [...this.groups.entries()].sort((a, b) => b[1].length - a[1].length);
  }
  /** Prints the groups' sizes, then examples of each (all of one group when `only` names it). */
  print(examples: number, only: string, line: (item: T) => string): void {
    const sorted = this.sorted();
    for (const [cause, items] of sorted)
      process.stdout.write(`${String(items.length).padStart(4)}  ${cause}\n`);
    for (const [cause, items] of sorted) {
      if (only && !cause.includes(only)) continue;
      process.stdout.write(`\n== ${cause} (${items.length})\n`);
      for (const it of items.slice(0, only ? items.length : examples))
        process.stdout.write(`  ${line(it)}\n`);
    }
  }
}

/** The text around [at, end), the span in [[ ]], on one line. */
export function context(text: string, at: number, end: number, pad = 60): string {
  const a = Math.max(0, at - pad);
  const b = Math.min(text.length, end + pad);
  const inner =
    end - at > 160 ? text.slice(at, at + 70) + ' … ' + text.slice(end - 70, end) : text.slice(at, end);
  return (text.slice(a, at) + '[[' + inner + ']]' + text.slice(end, b)).replace(/\s+/g, ' ');
}
