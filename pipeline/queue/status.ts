// `queue status`: what a queue holds (BullMQ's counts by job state), what each source's jobs came
// to, how many jobs stalled, the failed jobs with their reasons; and `--retry-failed`.
import { Queue } from 'bullmq';
import { QUEUE_PREFIX, redactRedisUrl, redisOptions } from './connection.js';
import type { QueueTarget } from './connection.js';
import type { PageJob, PageResult } from './jobs.js';
import { countSource, SOURCE_COUNTS, sourceCounts, stalledCount } from './stats.js';
import type { SourceCount } from './stats.js';

/** A failed job as listed. */
export interface FailedJob {
  id: string;
  url: string;
  source: string;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

/** A queue's state. */
export interface QueueStatus {
  queue: string;
  redis: string;
  counts: {
    waiting: number;
    active: number;
    delayed: number;
    completed: number;
    failed: number;
    paused: number;
  };
  /** jobs whose worker went silent and that went back to the queue, since the queue began */
  stalled: number;
  workers: number;
  sources: (Record<SourceCount, number> & { source: string; pending: number })[];
  failedJobs: FailedJob[];
  /** failed jobs put back to wait by --retry-failed */
  retried?: number;
}

const FAILED_PAGE = 1000;

/** Reads the queue's state; with `retryFailed`, first puts every failed job back to wait. */
export async function queueStatus(
  target: QueueTarget,
  options: { failedListed?: number; retryFailed?: boolean } = {},
): Promise<QueueStatus> {
  const queue = new Queue<PageJob, PageResult>(target.name, {
    connection: redisOptions(target.url, true),
    prefix: QUEUE_PREFIX,
  });
  queue.on('error', () => undefined);
  try {
    await queue.waitUntilReady();
    let retried: number | undefined;
    if (options.retryFailed) retried = await retryFailed(queue, target);
    const c = await queue.getJobCounts(
      'waiting',
      'prioritized',
      'active',
      'delayed',
      'completed',
      'failed',
      'paused',
    );
    const n = (k: string): number => c[k] ?? 0;
    const sources = [...(await sourceCounts(queue, target))]
      .map(([source, counts]) => {
        const ended = counts.new + counts.updated + counts.unchanged + counts['not-modified'] + counts.failed;
        return { source, ...counts, pending: Math.max(0, counts.enqueued - ended) };
      })
      .sort((a, b) => a.source.localeCompare(b.source));
    const failed = await queue.getFailed(0, Math.max(0, (options.failedListed ?? 20) - 1));
    return {
      queue: target.name,
      redis: redactRedisUrl(target.url),
      counts: {
        waiting: n('waiting') + n('prioritized'),
        active: n('active'),
        delayed: n('delayed'),
        completed: n('completed'),
        failed: n('failed'),
        paused: n('paused'),
      },
      stalled: await stalledCount(queue, target),
      workers: await queue.getWorkersCount().catch(() => 0),
      sources,
      failedJobs: failed
        .filter((j) => j !== undefined)
        .map((j) => ({
          id: j.id ?? '',
          url: j.data.url,
          source: j.data.source.name,
          reason: j.failedReason,
          attempts: j.attemptsMade,
          failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
        })),
      ...(retried === undefined ? {} : { retried }),
    };
  } finally {
    await queue.close().catch(() => undefined);
  }
}

/** Puts every failed job back to wait (their per-source failures are taken back); returns how many. */
async function retryFailed(queue: Queue<PageJob, PageResult>, target: QueueTarget): Promise<number> {
  const perSource = new Map<string, number>();
  let total = 0;
  for (let start = 0; ; start += FAILED_PAGE) {
    const jobs = await queue.getFailed(start, start + FAILED_PAGE - 1);
    for (const j of jobs) {
      if (!j) continue;
      perSource.set(j.data.source.name, (perSource.get(j.data.source.name) ?? 0) + 1);
      total++;
    }
    if (jobs.length < FAILED_PAGE) break;
  }
  await queue.retryJobs({ state: 'failed', count: FAILED_PAGE });
  for (const [source, count] of perSource) await countSource(queue, target, source, 'failed', -count);
  return total;
}

/** The status as lines for a terminal. */
export function statusLines(s: QueueStatus): string[] {
  const c = s.counts;
  const lines = [
    `queue ${s.queue} on ${s.redis}: ${c.waiting} waiting, ${c.active} active, ${c.delayed} delayed, ` +
      `${c.failed} failed, ${c.completed} completed (the last ${c.completed} kept), ${c.paused} paused; ` +
      `${s.stalled} stalled so far; ${s.workers} worker connection(s)`,
  ];
  if (s.retried !== undefined) lines.push(`retried: ${s.retried} failed job(s) put back to wait`);
  if (s.sources.length) {
    const head = ['source', ...SOURCE_COUNTS, 'pending'];
    const rows = s.sources.map((r) => [
      r.source,
      ...SOURCE_COUNTS.map((k) => String(r[k])),
      String(r.pending),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fmt = (r: string[]): string =>
      '  ' + r.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
    lines.push('by source:', fmt(head), ...rows.map(fmt));
  }
  if (s.failedJobs.length) {
    lines.push(`failed jobs (${s.failedJobs.length} of ${c.failed}):`);
    for (const f of s.failedJobs)
      lines.push(`  ${f.url}  ${f.reason}  (${f.attempts} attempt(s), ${f.failedAt ?? '?'})`);
  }
  return lines;
}
