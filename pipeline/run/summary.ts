// The run summary: a JSON file in the output folder and one human line on stderr.

/** What one run did. */
export interface RunSummary {
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: 'ok' | 'partial' | 'interrupted' | 'fatal';
  exitCode: number;
  sources: number;
  /** pages asked for (fetched + not modified + failed at fetch) */
  requested: number;
  /** pages whose bytes came back */
  fetched: number;
  /** 304 or unchanged file: nothing fetched */
  notModified: number;
  /** fetched, but the same bytes or the same article as last time */
  unchanged: number;
  /** records emitted: new ids plus new versions of known ids */
  extracted: number;
  new: number;
  updated: number;
  failed: number;
  byReason: Record<string, number>;
  /** pages received after a stop was asked for, left for the next run */
  cancelled: number;
  /** completed JSON Lines files written by this run */
  files: string[];
  sinks: string[];
  /** what the run repaired after a killed predecessor */
  recovered: { runs: number; committed: number; dropped: number };
  /** failed pages with their reasons (the first 500) */
  failures: { url: string; reason: string; detail: string }[];
  error?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}`;

/** The one human line for stderr. */
export function summaryLine(s: RunSummary): string {
  const reasons = Object.entries(s.byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const parts = [
    plural(s.fetched, 'fetched'),
    `${s.notModified + s.unchanged} skipped unchanged`,
    `${s.extracted} extracted (${s.new} new, ${s.updated} updated)`,
    `${s.failed} failed${reasons ? ` (${reasons})` : ''}`,
  ];
  const secs = (s.durationMs / 1000).toFixed(1);
  let tail = '';
  if (s.status === 'fatal') tail = ` — stopped: ${s.error ?? 'fatal error'}`;
  else if (s.status === 'interrupted') tail = ' — interrupted; the next run goes on from here';
  else if (s.extracted === 0 && s.failed === 0) tail = ' — nothing new';
  return `newsfacts run: ${parts.join(', ')} in ${secs} s${tail}`;
}
