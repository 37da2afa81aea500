// Viterbi decoding over BIO tags with learned transition weights; I may not follow O or open a sequence.
import { I, NTAGS, O } from './bio.js';

/**
 * Best tag sequence for n tokens. `emit[k*3+y]` scores tag y at token k; `trans[(p+1)*3+y]` scores
 * tag y after tag p, with p = -1 for the sequence start. Writes the tags into `out`.
 */
export function viterbi(n: number, emit: Float64Array, trans: ArrayLike<number>, out: Uint8Array): void {
  if (n === 0) return;
  const score = new Float64Array(n * NTAGS);
  const back = new Uint8Array(n * NTAGS);
  for (let y = 0; y < NTAGS; y++) score[y] = y === I ? -Infinity : trans[y]! + emit[y]!;
  for (let k = 1; k < n; k++) {
    for (let y = 0; y < NTAGS; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NTAGS; p++) {
        if (y === I && p === O) continue;
        const s = score[(k - 1) * NTAGS + p]! + trans[(p + 1) * NTAGS + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[k * NTAGS + y] = best + emit[k * NTAGS + y]!;
      back[k * NTAGS + y] = arg;
    }
  }
  let y = 0;
  for (let t = 1; t < NTAGS; t++) if (score[(n - 1) * NTAGS + t]! > score[(n - 1) * NTAGS + y]!) y = t;
  for (let k = n - 1; k >= 0; k--) {
    out[k] = y;
    y = back[k * NTAGS + y]!;
  }
}
