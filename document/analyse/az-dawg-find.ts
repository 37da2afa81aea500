// az looks every word form up in its dictionaries (DAWGs) with DAWG.findAll, which also follows
// "е" as "ё" and merges repeated letters ("ннет" -> "нет"). Its search keeps a stack of small arrays,
// maps each letter to the dictionary's byte through an object keyed by code point and walks each
// arc through a method call: that is about half of what az spends on a dictionary word. This is
// the same search, for the case newsfacts uses (no typo correction), written as a recursion over
// plain numbers: it visits the same paths in the same order, so it returns the same entries in
// the same order. Searches with typo correction still go to az's own code.

/** One DAWG as az holds it (az does not publish types for it). */
export interface AzDawg {
  units: Uint32Array;
  guide: Uint8Array;
  format: string;
  iterateAll(index: number): unknown[];
}
type FindAll = (
  this: AzDawg,
  str: string,
  replaces?: Readonly<Record<string, string>>,
  mstutter?: number,
  mtypos?: number,
) => unknown[];

const MISSING = -1;
const ROOT = 0;
const HAS_LEAF_BIT = 1 << 8;
const EXTENSION_BIT = 1 << 9;
const IS_LEAF_BIT = 1 << 31;
/** The byte between a key and its payloads in the "words" and "probs" dictionaries. */
const SEPARATOR = 1;
/** windows-1251 has no character at 0x98; az's code page table leaves it out too. */
const UNDEFINED_BYTE = 0x98;

/** UTF-16 code unit -> windows-1251 byte (the dictionaries' alphabet), -1 for none. */
export const CP1251_BYTE: Int16Array = (() => {
  const table = new Int16Array(65536).fill(-1);
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b++) {
    if (b === UNDEFINED_BYTE) continue;
    table[decoder.decode(Uint8Array.of(b)).charCodeAt(0)] = b;
  }
  return table;
})();

/** The unit reached from `index` by the arc labelled `byte`, or MISSING (az's followByte). */
function follow(units: Uint32Array, index: number, byte: number): number {
  const base = units[index]!;
  const offset = (base >> 10) << ((base & EXTENSION_BIT) >> 6);
  const next = index ^ offset ^ byte;
  // an index outside the array reads as label 0, as in az
  return ((units[next] ?? 0) & (IS_LEAF_BIT | 0xff)) === byte ? next : MISSING;
}

/** A search of one key: what stays fixed while the recursion walks it. */
interface Search {
  dawg: AzDawg;
  units: Uint32Array;
  str: string;
  /** the letters az may read as another ("е" as "ё"): their code units and what they become */
  replaceFrom: readonly number[];
  replaceTo: readonly string[];
  mstutter: number;
  results: unknown[];
}

/** Emits the entry whose key ends at `index` (the tail of az's findAll for a key read whole). */
function emit(s: Search, index: number, stutter: number, prefix: string): void {
  const { dawg, units } = s;
  if (dawg.format === 'int') {
    if ((units[index]! & HAS_LEAF_BIT) !== 0) {
      const base = units[index]!;
      const valueIndex = index ^ ((base >> 10) << ((base & EXTENSION_BIT) >> 6));
      s.results.push([prefix, units[valueIndex]! & ~IS_LEAF_BIT]);
    }
    return;
  }
  let at = index;
  if (dawg.format === 'words' || dawg.format === 'probs') {
    at = follow(units, index, SEPARATOR);
    if (at === MISSING) return;
  }
  s.results.push([prefix, dawg.iterateAll(at), stutter, 0]);
}

/**
 * Reads str[len..] from `index`; the key read so far is `head` + str.slice(from, len), so the
 * letters taken as written cost nothing until a "ё" or a merge makes the key differ from str.
 * az pushes the "ё" path, then the letter itself, then each merge of a repeated letter onto a
 * stack and pops them last first; this visits them in that order, looping instead of recursing
 * on the last one it visits.
 */
function visit(s: Search, index: number, len: number, stutter: number, head: string, from: number): void {
  const { str, units, replaceFrom, mstutter } = s;
  const n = str.length;
  for (;;) {
    if (len === n) {
      emit(s, index, stutter, from === 0 && head === '' ? str : head + str.slice(from));
      return;
    }
    // letters are compared as code units: str[len] would make a new string for each Cyrillic letter
    const code = str.charCodeAt(len);
    let replaced = MISSING;
    let replacement = '';
    for (let r = 0; r < replaceFrom.length; r++) {
      if (replaceFrom[r] !== code) continue;
      replacement = s.replaceTo[r]!;
      const rb = CP1251_BYTE[replacement.charCodeAt(0)]!;
      if (rb >= 0) {
        const base = units[index]!;
        const next = index ^ ((base >> 10) << ((base & EXTENSION_BIT) >> 6)) ^ rb;
        if (((units[next] ?? 0) & (IS_LEAF_BIT | 0xff)) === rb) replaced = next;
      }
      break;
    }
    const b = CP1251_BYTE[code]!;
    let cur = MISSING;
    if (b >= 0) {
      const base = units[index]!;
      const next = index ^ ((base >> 10) << ((base & EXTENSION_BIT) >> 6)) ^ b;
      // an index outside the array reads as label 0, as in az
      if (((units[next] ?? 0) & (IS_LEAF_BIT | 0xff)) === b) cur = next;
    }
    if (cur !== MISSING) {
      if (stutter < mstutter && len < n - 1 && repeats(str, len)) {
        visitMerges(s, cur, len, stutter, head + str.slice(from, len + 1));
      }
      if (replaced !== MISSING) visit(s, cur, len + 1, stutter, head, from);
      else {
        index = cur;
        len += 1;
        continue;
      }
    }
    if (replaced === MISSING) return;
    head = head + str.slice(from, len) + replacement;
    index = replaced;
    len += 1;
    from = len;
  }
}

const HYPHEN = 0x2d;

/** Whether the letter at `len` is written twice ("сс") or twice around a hyphen ("с-с"). */
function repeats(str: string, len: number): boolean {
  const c = str.charCodeAt(len);
  return (
    c === str.charCodeAt(len + 1) ||
    (len < str.length - 2 && str.charCodeAt(len + 1) === HYPHEN && c === str.charCodeAt(len + 2))
  );
}

/**
 * Visits the merges of the repeated letter at `len` (az allows up to `mstutter` in all), last
 * first as az pops them; `head` is the key up to and including that letter.
 */
function visitMerges(s: Search, cur: number, len: number, stutter: number, head: string): void {
  const { str, mstutter } = s;
  const n = str.length;
  const ends: number[] = [];
  let l = len;
  let st = stutter;
  while (st < mstutter && l < n - 1) {
    const c = str.charCodeAt(l);
    if (c === str.charCodeAt(l + 1)) {
      ends.push(l + 2);
      l += 1;
    } else if (l < n - 2 && str.charCodeAt(l + 1) === HYPHEN && c === str.charCodeAt(l + 2)) {
      ends.push(l + 3);
      l += 2;
    } else break;
    st++;
  }
  for (let k = ends.length - 1; k >= 0; k--) visit(s, cur, ends[k]!, stutter + k + 1, head, ends[k]!);
}

/** Splits az's replacement table ({ "е": "ё" }) into parallel lists; keys of one code unit only can match. */
function replacementsOf(replaces: Readonly<Record<string, string>> | undefined): [number[], string[]] {
  const from: number[] = [];
  const to: string[] = [];
  if (replaces) {
    for (const key in replaces) {
      if (key.length === 1) {
        from.push(key.charCodeAt(0));
        to.push(replaces[key]!);
      }
    }
  }
  return [from, to];
}

const INSTALLED = Symbol('newsfacts.dawgFind');

/** Makes az's DAWG.findAll take this search when no typos are asked for; safe to call again. */
export function installDawgFind(proto: object): void {
  const p = proto as { findAll: FindAll; [INSTALLED]?: true };
  if (p[INSTALLED]) return;
  const azFindAll = p.findAll;
  if (typeof azFindAll !== 'function') throw new TypeError('az has no DAWG.findAll to replace');
  p.findAll = function (this: AzDawg, str, replaces, mstutter, mtypos) {
    if (mtypos) return azFindAll.call(this, str, replaces, mstutter, mtypos);
    const [replaceFrom, replaceTo] = replacementsOf(replaces);
    const s: Search = {
      dawg: this,
      units: this.units,
      str,
      replaceFrom,
      replaceTo,
      mstutter: mstutter || 0,
      results: [],
    };
    visit(s, ROOT, 0, 0, '', 0);
    return s.results;
  };
  Object.defineProperty(p, INSTALLED, { value: true });
}
