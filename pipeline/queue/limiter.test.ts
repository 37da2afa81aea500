// The Redis host limiter: at most `limit` slots across all holders, starts spaced by the delay,
// slots of a dead holder freed by their lease, a pause held by everyone.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { Queue } from 'bullmq';
import { describeUnless } from '../../test/skip.js';
import { QUEUE_PREFIX, rawRedis, redisOptions } from './connection.js';
import { HostLimiter } from './limiter.js';
import type { HostSlot } from './limiter.js';
import { dropQueue, freshQueueName, testRedis } from './redis-test-env.js';

const url = await testRedis();
const name = freshQueueName('nf-limiter');
let queue: Queue;
let limiter: HostLimiter;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describeUnless(url ? null : 'no Redis (see the line above)', 'host limiter (Redis)', () => {
  beforeAll(async () => {
    queue = new Queue(name, { connection: redisOptions(url ?? '', true), prefix: QUEUE_PREFIX });
    limiter = new HostLimiter(await rawRedis(queue), `${QUEUE_PREFIX}:${name}:nf-host`, 1500);
  });
  afterAll(async () => {
    await queue.close();
    await dropQueue(url ?? '', name);
  });

  test('never more than the limit in flight, however many ask at once (two limiters, as two workers)', async () => {
    const other = new HostLimiter(await rawRedis(queue), `${QUEUE_PREFIX}:${name}:nf-host`, 1500);
    let inFlight = 0;
    let peak = 0;
    let done = 0;
    const one = async (l: HostLimiter): Promise<void> => {
      for (;;) {
        const slot = await l.acquire('a.example', 2, 0, { maxWaitMs: 60_000 });
        if (typeof slot === 'number') continue;
        peak = Math.max(peak, ++inFlight);
        await sleep(5 + Math.random() * 10);
        inFlight--;
        await slot.release();
        done++;
        return;
      }
    };
    await Promise.all(Array.from({ length: 30 }, (_, i) => one(i % 2 ? limiter : other)));
    expect(done).toBe(30);
    expect(peak).toBe(2);
  });

  test('starts on one host are spaced by the delay; another host is not held up', async () => {
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) {
      const slot = (await limiter.acquire('b.example', 4, 200, { maxWaitMs: 5000 })) as HostSlot;
      starts.push(Date.now());
      await slot.release();
    }
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(180);
    const t = Date.now();
    const other = (await limiter.acquire('c.example', 1, 200, { maxWaitMs: 5000 })) as HostSlot;
    expect(Date.now() - t).toBeLessThan(150);
    await other.release();
  });

  test('a full host answers with a wait when the caller will not wait; a dead holder frees its slot at lease end', async () => {
    const held = await limiter.tryAcquire('d.example', 1, 0);
    expect(typeof held).not.toBe('number');
    expect(await limiter.tryAcquire('d.example', 1, 0)).toBe(-1);
    expect(typeof (await limiter.acquire('d.example', 1, 0, { maxWaitMs: 100 }))).toBe('number');
    await (held as HostSlot).release();
    expect(typeof (await limiter.tryAcquire('d.example', 1, 0))).not.toBe('number');
    // a worker killed with SIGKILL holds a lease it never renews nor releases: it runs out
    const redis = await rawRedis(queue);
    await redis.eval(
      "local t = redis.call('TIME'); redis.call('ZADD', KEYS[1], t[1] * 1000 + math.floor(t[2] / 1000) + 700, 'dead')",
      1,
      `${QUEUE_PREFIX}:${name}:nf-host:e.example:slots`,
    );
    expect(await limiter.tryAcquire('e.example', 1, 0)).toBe(-1);
    await sleep(800);
    const after = await limiter.tryAcquire('e.example', 1, 0);
    expect(typeof after).not.toBe('number');
    await (after as HostSlot).release();
  });

  test('a pause holds every start on the host until it ends', async () => {
    await limiter.pause('f.example', 400);
    const t = Date.now();
    const slot = (await limiter.acquire('f.example', 2, 0, { maxWaitMs: 5000 })) as HostSlot;
    expect(Date.now() - t).toBeGreaterThanOrEqual(350);
    await slot.release();
    expect(typeof (await limiter.acquire('f.example', 2, 0, { maxWaitMs: 0 }))).not.toBe('number');
  });
});
