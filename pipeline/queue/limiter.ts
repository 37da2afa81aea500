// Per-host politeness held in Redis, so it binds every worker on every machine together: at most
// `limit` requests in flight to a host, request starts at least `delayMs` apart, and a pause a
// server asked for (429) respected by all. A slot is a lease with an expiry that its holder renews
// while the request runs: a worker killed with SIGKILL frees its slots when their lease runs out.
// Each step is one Lua script on Redis' own clock, so machines with skewed clocks agree.
import { randomUUID } from 'node:crypto';
import type { RawRedis } from './connection.js';

/** Takes a slot: frees expired leases, then answers 0 (taken), ms to wait (delay or pause), or -1 (full). */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nextStart = tonumber(redis.call('GET', KEYS[2]) or '0')
if nextStart > now then return nextStart - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local lease = tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease + 1000)
local delay = tonumber(ARGV[3])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay + 1000) end
return 0`;

/** Extends a held lease; 0 when it had already expired (the slot may have gone to someone else). */
const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 1000)
return 1`;

/** Holds every start on a host until now + ARGV[1] ms (never shortens a longer pause). */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > cur then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1]) + 1000) end
return untilMs - now`;

/** A held host slot. */
export interface HostSlot {
  release(): Promise<void>;
}

/** How long a slot waits in the worker before the job is put back in the queue to wait there. */
export interface WaitPolicy {
  /** give up waiting in-process after this long; the caller defers the job (default 3000) */
  maxWaitMs?: number;
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** The per-host limits of one queue, in Redis. */
export class HostLimiter {
  constructor(
    private readonly redis: RawRedis,
    /** the key prefix: "newsfacts:<queue>:nf-host" */
    private readonly prefix: string,
    /** how long a slot lasts without renewal (a killed worker's slot is free after this) */
    private readonly leaseMs = 15_000,
  ) {}

  private keys(host: string): [string, string] {
    return [`${this.prefix}:${host}:slots`, `${this.prefix}:${host}:next`];
  }

  /** One attempt: a slot, or how long to wait before the next attempt (-1: the host is full). */
  async tryAcquire(host: string, limit: number, delayMs: number): Promise<HostSlot | number> {
    const token = randomUUID();
    const [slots, next] = this.keys(host);
    const answer = Number(
      await this.redis.eval(
        ACQUIRE,
        2,
        slots,
        next,
        token,
        String(limit),
        String(Math.round(delayMs)),
        String(this.leaseMs),
      ),
    );
    if (answer !== 0) return answer;
    return this.slot(slots, token);
  }

  /**
   * Waits for a slot, polling Redis; resolves with the slot, or with the ms the caller should wait
   * elsewhere (the job goes back to the queue as delayed) when `maxWaitMs` passes first.
   */
  async acquire(
    host: string,
    limit: number,
    delayMs: number,
    policy: WaitPolicy = {},
  ): Promise<HostSlot | number> {
    const deadline = Date.now() + (policy.maxWaitMs ?? 3000);
    let busyPolls = 0;
    for (;;) {
      const got = await this.tryAcquire(host, limit, delayMs);
      if (typeof got !== 'number') return got;
      if (policy.signal?.aborted) return Math.max(got, 1000);
      // full: poll soon with jitter (slots free as requests end); delayed: wait the gap out
      const wait = got < 0 ? Math.min(250, 10 * 2 ** Math.min(busyPolls++, 5)) * (0.5 + Math.random()) : got;
      if (Date.now() + wait > deadline) return got < 0 ? 1000 + Math.round(Math.random() * 1000) : got;
      await sleep(wait, policy.signal);
    }
  }

  private slot(slots: string, token: string): HostSlot {
    const timer = setInterval(
      () => void this.redis.eval(RENEW, 1, slots, token, String(this.leaseMs)).catch(() => undefined),
      Math.max(1000, Math.floor(this.leaseMs / 3)),
    );
    timer.unref();
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(timer);
        await this.redis.zrem(slots, token);
      },
    };
  }

  /** Holds every worker's requests to a host for `ms` (a 429 or a Retry-After). */
  async pause(host: string, ms: number): Promise<void> {
    await this.redis.eval(PAUSE, 1, this.keys(host)[1], String(Math.max(1, Math.round(ms))));
  }

  /** Slots held on a host now (for tests and status). */
  async inFlight(host: string): Promise<number> {
    const [slots] = this.keys(host);
    await this.redis.zremrangebyscore(slots, '-inf', Date.now());
    return this.redis.zcard(slots);
  }
}
