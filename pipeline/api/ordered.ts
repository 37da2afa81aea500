// Ordered concurrent mapping: up to `concurrency` items in flight, results yielded in input order.
// extractMany (in-process, one at a time) and the service's batch route (a worker pool) share it.

/** Maps `source` through `fn` with at most `concurrency` calls running, yielding results in input order. */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  concurrency: number,
): AsyncGenerator<R> {
  const limit = Math.max(1, Math.floor(concurrency));
  const window: Promise<R>[] = [];
  let index = 0;
  try {
    for await (const item of source) {
      const p = fn(item, index++);
      p.catch(() => undefined); // awaited in order below; never an unhandled rejection meanwhile
      window.push(p);
      if (window.length >= limit) yield await (window.shift() as Promise<R>);
    }
    while (window.length) yield await (window.shift() as Promise<R>);
  } finally {
    // a consumer that stops early leaves nothing running unobserved
    await Promise.allSettled(window);
  }
}
