// The people's mentions by where they lie in the text, so that "does a mention cover these tokens"
// and "who was mentioned last before this pronoun" read the few mentions near an offset instead of
// every mention of every person (a 20 MB text has 100,000 mentions and 20,000 quotes). Kept up to
// date as attribution adds and takes back mentions.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { Mention, Person } from '../../document/record/types.js';

interface Entry {
  readonly k: number;
  readonly m: Mention;
}

/** Mentions listed at every token slot they touch; slot(x) is doc.tokenAt(x), so the slots of a span are one range. */
export class MentionIndex {
  private readonly at = new Map<number, Entry[]>();

  constructor(
    private readonly doc: AnalysedDoc,
    people: readonly Person[],
  ) {
    people.forEach((p, k) => {
      for (const m of p.mentions) this.add(k, m);
    });
  }

  /** Lists mention m of person k. */
  add(k: number, m: Mention): void {
    const [a, b] = this.slots(m.start, m.end);
    for (let j = a; j <= b; j++) {
      const list = this.at.get(j);
      if (list) list.push({ k, m });
      else this.at.set(j, [{ k, m }]);
    }
  }

  /** Takes mention m of person k off the lists. */
  remove(k: number, m: Mention): void {
    const [a, b] = this.slots(m.start, m.end);
    for (let j = a; j <= b; j++) {
      const list = this.at.get(j);
      const i = list ? list.findIndex((e) => e.k === k && e.m === m) : -1;
      if (i >= 0) list!.splice(i, 1);
    }
  }

  /** Whether any person's mention overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const [a, b] = this.slots(start, end);
    for (let j = a; j <= b; j++) {
      const list = this.at.get(j);
      if (list && list.some((e) => e.m.start < end && e.m.end > start)) return true;
    }
    return false;
  }

  /**
   * The person with the latest-starting mention in [floor, offset) that `accept` takes (the lowest
   * person index among mentions starting there), or -1: what a scan of every person's mentions in
   * person order, keeping a strictly later start, finds.
   */
  latestBefore(floor: number, offset: number, accept: (k: number, m: Mention) => boolean): number {
    let best = -1;
    let bestAt = -1;
    // a mention is listed at the slot of its start, so none starting at or after bestAt lies below it
    let lowest = this.doc.tokenAt(floor);
    for (let j = this.doc.tokenAt(offset); j >= lowest; j--) {
      const list = this.at.get(j);
      if (!list) continue;
      for (const { k, m } of list) {
        if (m.start < floor || m.end > offset || m.start < bestAt) continue;
        if (m.start === bestAt && k >= best) continue;
        if (!accept(k, m)) continue;
        best = k;
        bestAt = m.start;
        lowest = Math.max(lowest, this.doc.tokenAt(bestAt));
      }
    }
    return best;
  }

  /** The first and last slot of [start, end); at least the start's. */
  private slots(start: number, end: number): [number, number] {
    const a = this.doc.tokenAt(start);
    return [a, Math.max(a, this.doc.tokenAt(end - 1))];
  }
}
