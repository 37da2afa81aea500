// Prometheus text exposition (version 0.0.4) for the service, hand-written: requests by route and
// status, a latency histogram per route, articles by outcome, errors by code, memory.
import type { ThreadMemory } from './memory.js';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

const label = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** The service's counters; `text()` renders them for GET /metrics. */
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly articles = new Map<string, number>();
  private readonly errors = new Map<string, number>();
  inFlight = 0;

  /** Counts one answered request and its duration. */
  request(route: string, status: number, seconds: number): void {
    const key = `route="${label(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.latency.get(route);
    if (!h) this.latency.set(route, (h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.counts[i] = (h.counts[i] ?? 0) + 1;
    });
    h.sum += seconds;
    h.count++;
  }

  /** Counts one article: "ok" (a record) or "failed". */
  article(outcome: 'ok' | 'failed'): void {
    this.articles.set(outcome, (this.articles.get(outcome) ?? 0) + 1);
  }

  /** Counts one error reply by its code. */
  error(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  /** The exposition text. */
  text(extra: { queued: number; threads: number; memory?: readonly ThreadMemory[] }): string {
    const out: string[] = [];
    const family = (name: string, type: string, help: string): void => {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    family('newsfacts_http_requests_total', 'counter', 'HTTP requests answered, by route and status.');
    for (const [k, v] of this.requests) out.push(`newsfacts_http_requests_total{${k}} ${v}`);
    family('newsfacts_http_request_duration_seconds', 'histogram', 'Time from request to reply, by route.');
    for (const [route, h] of this.latency) {
      const r = `route="${label(route)}"`;
      BUCKETS.forEach((b, i) =>
        out.push(`newsfacts_http_request_duration_seconds_bucket{${r},le="${b}"} ${h.counts[i] ?? 0}`),
      );
      out.push(`newsfacts_http_request_duration_seconds_bucket{${r},le="+Inf"} ${h.count}`);
      out.push(`newsfacts_http_request_duration_seconds_sum{${r}} ${h.sum}`);
      out.push(`newsfacts_http_request_duration_seconds_count{${r}} ${h.count}`);
    }
    family(
      'newsfacts_articles_total',
      'counter',
      'Articles extracted (outcome="ok") or refused (outcome="failed").',
    );
    for (const outcome of ['ok', 'failed'])
      out.push(`newsfacts_articles_total{outcome="${outcome}"} ${this.articles.get(outcome) ?? 0}`);
    family('newsfacts_errors_total', 'counter', 'Error replies and failed batch lines, by error code.');
    for (const [code, v] of this.errors) out.push(`newsfacts_errors_total{code="${label(code)}"} ${v}`);
    family('newsfacts_requests_in_flight', 'gauge', 'Requests being answered now.');
    out.push(`newsfacts_requests_in_flight ${this.inFlight}`);
    family('newsfacts_tasks_queued', 'gauge', 'Articles waiting for a worker thread.');
    out.push(`newsfacts_tasks_queued ${extra.queued}`);
    family('newsfacts_worker_threads', 'gauge', 'Worker threads (0: extraction runs in-process).');
    out.push(`newsfacts_worker_threads ${extra.threads}`);
    family('process_resident_memory_bytes', 'gauge', 'Resident memory of the server process.');
    out.push(`process_resident_memory_bytes ${process.memoryUsage.rss()}`);
    if (extra.memory?.length) {
      // only under --expose-gc (the load test): each thread's memory after a forced full collection
      const fields = [
        ['heap_used', 'heapUsed', 'V8 heap in use'],
        ['heap_total', 'heapTotal', 'V8 heap reserved (young and old generations)'],
        ['external', 'external', 'memory of C++ objects bound to JavaScript (Buffers included)'],
        ['array_buffers', 'arrayBuffers', 'ArrayBuffers and Buffers'],
        ['heap_limit', 'heapLimit', 'V8 heap limit (old generation limit plus young generation)'],
      ] as const;
      for (const [name, key, help] of fields) {
        const metric = `newsfacts_debug_${name}_bytes`;
        family(metric, 'gauge', `${help}, by thread (0: the server's), after a forced collection.`);
        for (const m of extra.memory) out.push(`${metric}{thread="${m.thread}"} ${m[key]}`);
      }
    }
    return out.join('\n') + '\n';
  }
}
