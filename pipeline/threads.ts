// Worker threads: a pool of them, and a worker's module with the Node options it needs: the compiled .js beside the caller, or the
// .ts source through tsx when the caller itself runs from source (tests, `npm run eval`). V8 flags
// such as bin/newsfacts's --max-semi-space-size are process-wide already, and a worker refuses them
// in its own execArgv, so only module hooks and conditions are passed on.
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

const WORKER_FLAG = /^-(?:-import|-require|r|-loader|-experimental-loader|-conditions|C)(=|$)/;

/** The module `name` (without extension) beside the module at `callerUrl`, and its execArgv. */
export function workerModule(callerUrl: string, name: string): { filename: string; execArgv: string[] } {
  const ts = callerUrl.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./${name}.${ts ? 'ts' : 'js'}`, callerUrl));
  const execArgv: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const m = WORKER_FLAG.exec(argv[i] ?? '');
    if (!m) continue;
    execArgv.push(argv[i] ?? '');
    if (m[1] === '' && i + 1 < argv.length) execArgv.push(argv[++i] ?? '');
  }
  if (ts && !execArgv.some((a) => a.includes('tsx'))) execArgv.push('--import', 'tsx');
  return { filename, execArgv };
}

/** Tasks to results on a fixed number of worker threads. */
export interface ThreadPool<T, R> {
  readonly threads: number;
  run(task: T): Promise<R>;
  close(): Promise<void>;
}

/**
 * A piscina pool of up to `threads` threads running the module `name` beside `callerUrl`, kept for
 * the pool's life. One thread starts at once, the others when tasks queue up (piscina starts one per
 * queued task): each thread loads the dictionaries and extractors, which a run of one new page does
 * not need twice. A thread that fails outside a task (its module cannot load) fails the tasks after
 * it; once closed, late events are dropped.
 */
export function threadPool<T, R>(callerUrl: string, name: string, threads: number): ThreadPool<T, R> {
  const pool = new Piscina({
    ...workerModule(callerUrl, name),
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 2 ** 31 - 1,
  });
  let failure: Error | null = null;
  let closed = false;
  pool.on('error', (err: unknown) => {
    if (!closed) failure ??= err instanceof Error ? err : new Error(String(err));
  });
  return {
    threads,
    run: (task) => (failure ? Promise.reject(failure) : (pool.run(task) as Promise<R>)),
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
