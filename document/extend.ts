// `{ ...base, key: value }` without V8's slow path. In Node 20 (V8 11.3) an object literal that
// spreads one object and then adds properties of its own takes a runtime map transition for each
// added property: about 0.9 µs per object instead of 0.05 µs for Object.assign (measured with
// `node scratch`-style loops on 2026-11-25; `{ key, ...base }` and plain literals are fast too).
// The extractors build many small candidates this way, and it was a third of the dates extractor.

/** A new object with base's own properties, then extra's (extra wins), like `{ ...base, ...extra }`. */
export function extend<A extends object, const B extends object>(base: A, extra: B): Omit<A, keyof B> & B {
  return Object.assign({}, base, extra);
}
