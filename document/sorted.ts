// Binary search over an ascending list of numbers (mention offsets, token indices), shared by the
// extractors that look up "the last one before" an offset.

/**
 * How many values of the ascending list `sorted` are below `x` (at most `x` with `orEqual`): the
 * index at which `x` would be inserted before (after) its equals.
 */
export function countBelow(sorted: ArrayLike<number>, x: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v < x || (orEqual && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
