// az asks every tag it meets whether it is productive and capitalised, and spells it out as a
// string for the probability lookup, several times per word form. Its tags are frozen objects
// with one property per grammeme, so each question is up to a dozen slow (dictionary-mode)
// property misses through the prototype chain. There are only a few thousand tags and the
// answers never change, so this remembers them per tag object: the same answers, computed once.
import type { AzTag } from 'az';

/** The three Tag methods whose answers depend on the frozen tag alone. */
const MEMOISED = ['isProductive', 'isCapitalized', 'toString'] as const;
type Memoised = (typeof MEMOISED)[number];
type TagMethod = (this: AzTag) => unknown;
type TagProto = Record<Memoised, unknown> & { [INSTALLED]?: true };

const INSTALLED = Symbol('newsfacts.tagMemo');
/** Stands for a remembered `undefined` (isCapitalized answers undefined for most tags). */
const UNDEFINED = Symbol('undefined');

/**
 * Makes az's Tag methods isProductive, isCapitalized and toString remember their answer per tag.
 * `proto` is the prototype of az's tags (az does not export the class). Safe to call again.
 */
export function memoiseTagMethods(proto: object): void {
  const p = proto as TagProto;
  if (p[INSTALLED]) return;
  // read through Reflect: az's methods are plain functions that take the tag as `this`
  const computes = MEMOISED.map((name) => {
    const compute: unknown = Reflect.get(p, name);
    if (typeof compute !== 'function') throw new TypeError(`az's tags have no ${name} method to memoise`);
    return compute as TagMethod;
  });
  MEMOISED.forEach((name, i) => {
    const compute = computes[i]!;
    const memo = new Map<AzTag, unknown>();
    p[name] = function (this: AzTag): unknown {
      const hit = memo.get(this);
      if (hit !== undefined) return hit === UNDEFINED ? undefined : hit;
      const out = compute.call(this);
      memo.set(this, out === undefined ? UNDEFINED : out);
      return out;
    };
  });
  Object.defineProperty(p, INSTALLED, { value: true });
}
