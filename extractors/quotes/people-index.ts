// Which people a name group or a role group can stand for, by the words they share: the speaker
// resolution scores only these instead of every person of the article at every quote.
import type { Person } from '../../document/record/types.js';

/** The first letters of a word that its inflected forms share ("лидер", "лидера" -> "лиде"). */
export const STEM_LENGTH = 4;

/**
 * Lowercase stems of the words of a text with at least STEM_LENGTH letters. Asked for every role of
 * every person at each quote a role noun introduces, so kept per text (bounded); callers only read.
 */
export function stems(text: string): ReadonlySet<string> {
  const known = stemsOf.get(text);
  if (known) return known;
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}-]+/u))
    if (w.length >= STEM_LENGTH) out.add(w.slice(0, STEM_LENGTH));
  if (stemsOf.size >= MAX_STEMS) stemsOf.clear();
  stemsOf.set(text, out);
  return out;
}

const stemsOf = new Map<string, ReadonlySet<string>>();
const MAX_STEMS = 20_000;

const fold = (w: string): string => w.toLowerCase().replace(/ё/g, 'е');

/** People by the words of their names and the stems of their roles and role mentions. */
export class PeopleIndex {
  /** each person's name, folded, split into words */
  readonly nameWords: readonly (readonly string[])[];
  private readonly byNameWord = new Map<string, number[]>();
  private readonly byRoleStem = new Map<string, Set<number>>();

  constructor(people: readonly Person[]) {
    this.nameWords = people.map((p) => fold(p.name).split(/\s+/u));
    this.nameWords.forEach((words, k) => {
      for (const w of words) {
        const list = this.byNameWord.get(w);
        if (!list) this.byNameWord.set(w, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    });
    people.forEach((p, k) => {
      this.addRole(k, p.role ?? '');
      for (const m of p.mentions) if (m.kind === 'role') this.addRole(k, m.text);
    });
  }

  /** Records that person k is called `text` (a role, a role mention). */
  addRole(k: number, text: string): void {
    for (const s of stems(text)) {
      const set = this.byRoleStem.get(s);
      if (set) set.add(k);
      else this.byRoleStem.set(s, new Set([k]));
    }
  }

  /** The people a name word of `keys` belongs to, in ascending order. */
  namedBy(keys: Iterable<string>): number[] {
    const out = new Set<number>();
    for (const w of keys) for (const k of this.byNameWord.get(w) ?? []) out.add(k);
    return [...out].sort((a, b) => a - b);
  }

  /** The people once called something with the stem `s`, in ascending order (a superset: a role mention taken back stays listed). */
  calledBy(s: string): number[] {
    return [...(this.byRoleStem.get(s) ?? [])].sort((a, b) => a - b);
  }
}
