// The host scheduler: decides which queued request may start now, so that no host gets more than
// its share (per-host concurrency, a minimum gap between request starts, server-asked pauses)
// while the global limit is shared across hosts without one slow host blocking the others.
import PQueue from 'p-queue';

interface Waiting<T> {
  item: T;
  notBefore: number;
}

interface HostState<T> {
  queue: Waiting<T>[];
  active: number;
  nextStart: number;
}

/** How the scheduler runs and spaces work. */
export interface SchedulerOptions<T> {
  concurrency: number;
  perHostConcurrency: number;
  /** the gap between request starts on a host (min delay or Crawl-delay, whichever is larger) */
  delayFor: (host: string) => number;
  /** does the work of one item; the host slot is held until `releaseHost` is called or it settles */
  run: (item: T, releaseHost: () => void) => Promise<void>;
  now?: () => number;
}

/** Per-host queues feeding one global p-queue. */
export class HostScheduler<T> {
  private readonly hosts = new Map<string, HostState<T>>();
  private readonly global: PQueue;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: SchedulerOptions<T>) {
    this.global = new PQueue({ concurrency: options.concurrency });
    this.now = options.now ?? Date.now;
  }

  /** Queues an item for a host, not to start before `notBefore` (ms epoch). */
  push(host: string, item: T, notBefore = 0): void {
    if (this.stopped) return;
    const state = this.host(host);
    state.queue.push({ item, notBefore });
    this.dispatch();
  }

  /** Holds all requests to a host until `until` (a server asked us to slow down). */
  pauseHost(host: string, until: number): void {
    const state = this.host(host);
    state.nextStart = Math.max(state.nextStart, until);
  }

  /** Records that a request to a host is being sent now: the next one waits the full delay from here. */
  touch(host: string): void {
    const state = this.host(host);
    state.nextStart = Math.max(state.nextStart, this.now() + this.options.delayFor(host));
  }

  /** Items queued and not yet started. */
  get waiting(): number {
    let n = 0;
    for (const s of this.hosts.values()) n += s.queue.length;
    return n;
  }

  /** Items running now. */
  get running(): number {
    return this.global.pending;
  }

  /** Starts nothing more; returns the items that were still queued. */
  stop(): T[] {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const left: T[] = [];
    for (const s of this.hosts.values()) left.push(...s.queue.splice(0).map((w) => w.item));
    return left;
  }

  private host(host: string): HostState<T> {
    let state = this.hosts.get(host);
    if (!state) {
      state = { queue: [], active: 0, nextStart: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Starts every item that may start now; sets a timer for the earliest one that may start later. */
  private dispatch(): void {
    if (this.stopped) return;
    const now = this.now();
    let wakeAt = Infinity;
    for (const [host, state] of this.hosts) {
      while (state.queue.length > 0 && this.global.pending < this.options.concurrency) {
        if (state.active >= this.options.perHostConcurrency) break;
        if (state.nextStart > now) {
          wakeAt = Math.min(wakeAt, state.nextStart);
          break;
        }
        const idx = state.queue.findIndex((w) => w.notBefore <= now);
        if (idx < 0) {
          for (const w of state.queue) wakeAt = Math.min(wakeAt, w.notBefore);
          break;
        }
        const [next] = state.queue.splice(idx, 1);
        if (!next) break;
        this.start(host, state, next.item, now);
      }
      if (state.queue.length === 0 && state.active === 0 && state.nextStart <= now) this.hosts.delete(host);
    }
    this.arm(wakeAt);
  }

  private start(host: string, state: HostState<T>, item: T, now: number): void {
    state.active++;
    state.nextStart = Math.max(state.nextStart, now + this.options.delayFor(host));
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      state.active--;
      this.dispatch();
    };
    void this.global
      .add(() => {
        // count the gap from when the work really begins, not from when it was handed to p-queue
        state.nextStart = Math.max(state.nextStart, this.now() + this.options.delayFor(host));
        return this.options.run(item, release);
      })
      .catch(() => undefined)
      .finally(() => {
        release();
        this.dispatch();
      });
  }

  private arm(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Infinity;
        this.dispatch();
      },
      Math.max(0, at - this.now()),
    );
  }
}
