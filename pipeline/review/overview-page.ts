// The run overview: what the run produced, as server-side SVG charts.
import type { NewsRecord } from '../../document/record/types.js';
import { barChart, columnChart, topCounts, type Bar } from './charts.js';
import { markup } from './html.js';
import { speakerName } from './items.js';
import { page } from './layout.js';

const TOP = 15;

/** Date item values bucketed by month, or by year when they spread over more than 60 months. */
export function datesOverTime(records: readonly NewsRecord[]): Bar[] {
  const months: string[] = [];
  for (const r of records)
    for (const d of r.dates) {
      const m = /^(\d{4})-(\d{2})/.exec(d.value ?? '');
      if (m) months.push(`${m[1]}-${m[2]}`);
    }
  if (months.length === 0) return [];
  const sorted = [...new Set(months)].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const span =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(last.slice(5)) -
    Number(first.slice(5));
  const byYear = span > 60;
  const counts = new Map<string, number>();
  for (const m of months) {
    const k = byYear ? m.slice(0, 4) : m;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // fill the gaps so time reads left to right at an even pace
  const out: Bar[] = [];
  if (byYear) {
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++)
      out.push({ label: String(y), value: counts.get(String(y)) ?? 0 });
  } else {
    let y = Number(first.slice(0, 4));
    let mo = Number(first.slice(5));
    for (let i = 0; i <= span; i++) {
      const k = `${y}-${String(mo).padStart(2, '0')}`;
      out.push({ label: k, value: counts.get(k) ?? 0 });
      if (++mo > 12) {
        mo = 1;
        y++;
      }
    }
  }
  return out;
}

/** The overview page for a run of records. */
export function overviewPage(records: readonly NewsRecord[]): string {
  const sum = (f: (r: NewsRecord) => number): number => records.reduce((a, r) => a + f(r), 0);
  const totals: [string, number][] = [
    ['records', records.length],
    ['people', sum((r) => r.people.length)],
    ['quotes', sum((r) => r.quotes.length)],
    ['numbers', sum((r) => r.numbers.length)],
    ['dates', sum((r) => r.dates.length)],
    ['warnings', sum((r) => r.warnings.length)],
    ['records with warnings', records.filter((r) => r.warnings.length > 0).length],
  ];
  const perOutlet = topCounts(
    records.map((r) => r.outlet ?? '(no outlet)'),
    30,
  );
  const perSpeaker = topCounts(
    records.flatMap((r) => r.quotes.map((q) => speakerName(r.people, q.speaker))),
    TOP,
  );
  const counted = topCounts(
    records.flatMap((r) => r.numbers.map((n) => n.counts).filter((c): c is string => !!c)),
    TOP,
  );
  const numberKinds = topCounts(
    records.flatMap((r) => r.numbers.map((n) => n.kind)),
    10,
  );
  const body = markup`<header>
      <h1>Run overview</h1>
      <dl class="totals">
        ${totals.map(
          ([k, v]) =>
            markup`<div>
              <dt>${k}</dt>
              <dd>${v}</dd>
            </div>`,
        )}
      </dl>
    </header>
    <main class="charts">
      ${barChart('Records per outlet', perOutlet)} ${barChart(`Quotes per speaker (top ${TOP})`, perSpeaker)}
      ${barChart(`Top counted objects (top ${TOP})`, counted)} ${barChart('Numbers by kind', numberKinds)}
      ${columnChart('Dates mentioned over time', datesOverTime(records))}
    </main>`;
  return page({ title: 'newsfacts review — run overview', root: '', kind: 'overview', body });
}
