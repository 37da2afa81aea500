// For tests: the Redis to test against, or the reason there is none. Under CI (CI=true) a missing
// server is an error, never a skip: CI runs on a machine that has one. Each test file takes its own
// queue name (and so its own keys), and removes them when it is done.
import { connect } from 'node:net';
import { Queue } from 'bullmq';
import { QUEUE_PREFIX, rawRedis, redisOptions } from './connection.js';

/** $NEWSFACTS_TEST_REDIS, else database 13 of the local server (tests use their own queue names in it). */
export const TEST_REDIS_URL = process.env['NEWSFACTS_TEST_REDIS'] ?? 'redis://127.0.0.1:6379/13';

/** Whether Redis answers a PING at the URL's host and port. */
function ping(url: string, timeoutMs: number): Promise<void> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    const fail = (err: Error): void => {
      socket.destroy();
      reject(err);
    };
    socket.setTimeout(timeoutMs, () => fail(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('error', fail);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      socket.destroy();
      if (/^(\+PONG|-NOAUTH)/.test(d.toString('latin1'))) resolve();
      else reject(new Error(`unexpected answer ${JSON.stringify(d.toString('latin1').slice(0, 40))}`));
    });
  });
}

/** Resolves to the URL when Redis answers, null (with a printed reason) when not. */
export async function testRedis(): Promise<string | null> {
  try {
    await ping(TEST_REDIS_URL, 3000);
    return TEST_REDIS_URL;
  } catch (err) {
    const reason = `Redis tests SKIPPED: cannot reach ${TEST_REDIS_URL} (${(err as Error).message}); set NEWSFACTS_TEST_REDIS to a server to run them`;
    if (process.env['CI']) throw new Error(`CI needs Redis: ${reason}`, { cause: err });
    process.stderr.write(reason + '\n');
    return null;
  }
}

/** A fresh queue name for one test run. */
export function freshQueueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}`;
}

/** Removes every key of a queue (BullMQ's and this module's). */
export async function dropQueue(url: string, name: string): Promise<void> {
  const queue = new Queue(name, { connection: redisOptions(url, true), prefix: QUEUE_PREFIX });
  queue.on('error', () => undefined);
  try {
    const redis = await rawRedis(queue);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${QUEUE_PREFIX}:${name}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await queue.close().catch(() => undefined);
  }
}
