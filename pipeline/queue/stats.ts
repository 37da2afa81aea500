// Per-source counts of a queue, in one Redis hash: what each source's jobs came to (enqueued, new,
// updated, unchanged, not-modified, failed). BullMQ counts jobs by state, not by source; these
// counters are what `queue status` shows per source.
import type { Queue } from 'bullmq';
import { ownKey, rawRedis } from './connection.js';
import type { QueueTarget } from './connection.js';

/** The outcomes counted per source. */
export const SOURCE_COUNTS = ['enqueued', 'new', 'updated', 'unchanged', 'not-modified', 'failed'] as const;
export type SourceCount = (typeof SOURCE_COUNTS)[number];

/** Adds `n` to a source's count (never fails the caller: counts are for people, not for correctness). */
export async function countSource(
  queue: Queue,
  target: QueueTarget,
  source: string,
  what: string,
  n = 1,
): Promise<void> {
  try {
    const redis = await rawRedis(queue);
    await redis.hincrby(ownKey(target, 'sources'), `${source}\t${what}`, n);
  } catch {
    // a lost count is not a lost page
  }
}

/** Every source's counts. */
export async function sourceCounts(
  queue: Queue,
  target: QueueTarget,
): Promise<Map<string, Record<SourceCount, number>>> {
  const redis = await rawRedis(queue);
  const all = await redis.hgetall(ownKey(target, 'sources'));
  const out = new Map<string, Record<SourceCount, number>>();
  for (const [field, value] of Object.entries(all)) {
    const tab = field.lastIndexOf('\t');
    const source = field.slice(0, tab);
    const what = field.slice(tab + 1) as SourceCount;
    let counts = out.get(source);
    if (!counts) {
      counts = Object.fromEntries(SOURCE_COUNTS.map((c) => [c, 0])) as Record<SourceCount, number>;
      out.set(source, counts);
    }
    if ((SOURCE_COUNTS as readonly string[]).includes(what)) counts[what] += Number(value);
  }
  return out;
}

/** Jobs that stalled (their worker went silent) and went back to the queue, since the queue began. */
export async function stalledCount(queue: Queue, target: QueueTarget): Promise<number> {
  const redis = await rawRedis(queue);
  return Number((await redis.get(ownKey(target, 'stalled'))) ?? 0);
}
