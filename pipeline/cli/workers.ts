// Worker counts and input-order results for commands that spread articles over threads; free of
// piscina, so the command line loads it only when threads are used (./extract-pool.ts).
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';

/**
 * The default number of worker threads: the cores this process may use; one when running from the
 * TypeScript sources (tests), whose worker module a thread cannot load.
 */
export function defaultWorkers(): number {
  return import.meta.url.endsWith('.ts') ? 1 : availableParallelism();
}

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
