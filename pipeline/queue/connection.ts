// Where the queue lives: a redis:// URL (host, port, database number, password) and a queue name.
// BullMQ keys are "newsfacts:<name>:…"; this module's own keys (host limits, per-source counts,
// stalled count) sit under "newsfacts:<name>:nf-…", so one name is one complete, separate queue.
import type { ConnectionOptions } from 'bullmq';
import { InputError } from '../../document/errors.js';

/** The key prefix of every queue. */
export const QUEUE_PREFIX = 'newsfacts';
/** The queue name when none is given. */
export const DEFAULT_QUEUE_NAME = 'pages';
/** The BullMQ job name of a page. */
export const PAGE_JOB = 'page';

/** A queue's address. */
export interface QueueTarget {
  /** redis://[user:password@]host[:port][/db], or rediss:// for TLS */
  url: string;
  name: string;
}

/** The URL without its password, for messages and logs. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

/** The queue name is part of every key: letters, digits, "-", "_" and "." only. */
export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(name))
    throw new InputError(`--queue-name: "${name}" is not a queue name (letters, digits, ".", "-", "_")`);
  return name;
}

/**
 * ioredis options from a redis:// URL. Workers wait out a Redis restart (BullMQ needs
 * maxRetriesPerRequest null for them); commands that run once (`run --queue`, `queue status`) pass
 * `failFast` and end with an error when Redis cannot be reached within seconds.
 */
export function redisOptions(url: string, failFast = false): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError(`--queue: "${url}" is not a URL (redis://host:port/db)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new InputError(`--queue: "${redactRedisUrl(url)}" is not a redis:// or rediss:// URL`);
  const db = u.pathname.replace(/^\//, '');
  if (db && !/^\d{1,3}$/.test(db))
    throw new InputError(`--queue: the database in "${redactRedisUrl(url)}" must be a number`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db: db ? Number(db) : 0,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    ...(failFast
      ? {
          maxRetriesPerRequest: 2,
          connectTimeout: 5000,
          retryStrategy: (times: number) => (times > 3 ? null : 300 * times),
        }
      : { maxRetriesPerRequest: null }),
  };
}

/** The key of one of this module's own structures in a queue. */
export function ownKey(target: QueueTarget, ...parts: string[]): string {
  return [QUEUE_PREFIX, target.name, 'nf-' + parts[0], ...parts.slice(1)].join(':');
}

/** The plain Redis commands this module sends itself (BullMQ's client is ioredis underneath). */
export interface RawRedis {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
  zrem(key: string, ...members: string[]): Promise<number>;
  zremrangebyscore(key: string, min: string | number, max: string | number): Promise<number>;
  zcard(key: string): Promise<number>;
  hincrby(key: string, field: string, n: number): Promise<number>;
  hgetall(key: string): Promise<Record<string, string>>;
  incr(key: string): Promise<number>;
  get(key: string): Promise<string | null>;
  scan(cursor: string, ...args: (string | number)[]): Promise<[string, string[]]>;
  del(...keys: string[]): Promise<number>;
}

/** The Redis client of a BullMQ queue, for this module's own keys. */
export async function rawRedis(queue: { client: Promise<unknown> }): Promise<RawRedis> {
  return (await queue.client) as RawRedis;
}
