// The host scheduler alone: gaps between starts, per-host and global limits, host pauses.
import { describe, expect, test } from '@jest/globals';
import { HostScheduler } from './politeness.js';

interface Job {
  host: string;
  id: number;
}

function runAll(jobs: Job[], opts: { concurrency: number; perHost: number; delay: number; workMs: number }) {
  const starts: { job: Job; at: number }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  return new Promise<{ starts: typeof starts; mostInFlight: number; scheduler: HostScheduler<Job> }>(
    (resolve) => {
      let left = jobs.length;
      const scheduler = new HostScheduler<Job>({
        concurrency: opts.concurrency,
        perHostConcurrency: opts.perHost,
        delayFor: () => opts.delay,
        run: async (job) => {
          starts.push({ job, at: Date.now() });
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          await new Promise((r) => setTimeout(r, opts.workMs));
          inFlight--;
          if (--left === 0) resolve({ starts, mostInFlight, scheduler });
        },
      });
      for (const job of jobs) scheduler.push(job.host, job);
    },
  );
}

describe('HostScheduler', () => {
  test('starts on one host are at least the delay apart', async () => {
    const jobs = [1, 2, 3, 4].map((id) => ({ host: 'lenta.ru', id }));
    const { starts } = await runAll(jobs, { concurrency: 4, perHost: 4, delay: 50, workMs: 1 });
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]!.at - starts[i - 1]!.at).toBeGreaterThanOrEqual(49); // timers may round down 1 ms
    }
  });

  test('a slow host does not hold back another host', async () => {
    const jobs = [
      ...[1, 2, 3].map((id) => ({ host: 'slow.kz', id })),
      ...[4, 5, 6].map((id) => ({ host: 'fast.kz', id })),
    ];
    const { starts } = await runAll(jobs, { concurrency: 2, perHost: 1, delay: 0, workMs: 5 });
    const firstFast = starts.findIndex((s) => s.job.host === 'fast.kz');
    expect(firstFast).toBeLessThanOrEqual(1);
  });

  test('the global limit holds over all hosts', async () => {
    const jobs = Array.from({ length: 12 }, (_, id) => ({ host: `h${id % 6}.ru`, id }));
    const { mostInFlight } = await runAll(jobs, { concurrency: 3, perHost: 2, delay: 0, workMs: 10 });
    expect(mostInFlight).toBe(3);
  });

  test('touch() restarts the gap from the moment a request is really sent', async () => {
    const starts: number[] = [];
    const scheduler: HostScheduler<number> = new HostScheduler<number>({
      concurrency: 2,
      perHostConcurrency: 2,
      delayFor: () => 40,
      run: async () => {
        await new Promise((r) => setTimeout(r, 25)); // work before the request goes out
        scheduler.touch('kz.kursiv.media');
        starts.push(Date.now());
      },
    });
    scheduler.push('kz.kursiv.media', 1);
    scheduler.push('kz.kursiv.media', 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(39);
  });

  test('a paused host waits; stop() hands back what was queued', async () => {
    const started: number[] = [];
    const scheduler = new HostScheduler<number>({
      concurrency: 2,
      perHostConcurrency: 1,
      delayFor: () => 0,
      run: (n) => {
        started.push(n);
        return Promise.resolve();
      },
    });
    scheduler.pauseHost('ria.ru', Date.now() + 10_000);
    scheduler.push('ria.ru', 1);
    scheduler.push('ria.ru', 2);
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([]);
    expect(scheduler.stop().sort()).toEqual([1, 2]);
  });
});
