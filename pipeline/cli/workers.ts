// Worker counts and input-order results for commands that spread articles over threads; free of
// piscina, so the command line loads it only when threads are used (./extract-pool.ts).
import { InvalidArgumentError } from 'commander';

export { defaultWorkers } from '../default-workers.js';

/** Commander parser for --workers: a whole number from 1 to 256. */
export function workersArgument(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 256)
    throw new InvalidArgumentError('Give a whole number from 1 to 256');
  return n;
}

/**
 * Runs `run` over items with at most `window` runs in flight and yields their results in input
 * order; a run that fails throws where its result would have been yielded.
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    const p = run(item);
    p.catch(() => undefined); // a failure is thrown when its turn comes, not as an unhandled rejection
    pending.push(p);
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
