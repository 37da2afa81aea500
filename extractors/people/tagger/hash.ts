// Integer feature hashing: a feature is a template number and one or two integer values mixed into
// a bucket of a fixed-size weight table, so no feature string is ever built.

/** log2 of the number of feature buckets. */
export const HASH_BITS = 20;
/** Mask that keeps a mixed value inside the bucket range. */
export const HASH_MASK = (1 << HASH_BITS) - 1;

/** Mixes two 32-bit integers into one (murmur3-style finaliser over a combined word). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) | 0;
}

/** FNV-1a hash of a string's UTF-16 code units (stable across processes). */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** FNV-1a hash of the last n code units of a string, without slicing it. */
export function suffixHash(s: string, n: number): number {
  let h = 0x811c9dc5 ^ n;
  for (let k = Math.max(0, s.length - n); k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h | 0;
}

// f1 and f2 spell mix out rather than call it: they run some fifty times per token, and the
// CLI runs node with --no-turbo-inlining, so every call is paid for.

/** The bucket of a template with one value: mix(template, v) & HASH_MASK. */
export function f1(template: number, v: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ v;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & HASH_MASK;
}

/** The bucket of a template with two values: mix(mix(template, v), w) & HASH_MASK. */
export function f2(template: number, v: number, w: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ v;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15) ^ 0x9e3779b9, 0x85ebca6b) ^ w;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & HASH_MASK;
}
