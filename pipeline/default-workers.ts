// How many worker threads a command uses when `--workers` is not given; free of other modules, so the
// start-up preload (./cli/preload.ts) can ask before the rest of the program loads.
import { availableParallelism } from 'node:os';

/** The most threads used by default: each holds its own dictionaries (about 200 MB). */
export const MAX_DEFAULT_WORKERS = 8;

/**
 * The default number of worker threads: $NEWSFACTS_WORKERS when it is a whole number from 1 to 256,
 * else one per core (at most MAX_DEFAULT_WORKERS). One means the articles are analysed on the
 * command's own thread. Measured 2026-12-07 on a 2-core VM, 963 gold articles each seen once:
 * `extract --jsonl` 4.3 s with one thread, 3.8 s with two, identical bytes.
 */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const set = env['NEWSFACTS_WORKERS']?.trim();
  if (set && /^\d+$/.test(set) && Number(set) >= 1 && Number(set) <= 256) return Number(set);
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
}
