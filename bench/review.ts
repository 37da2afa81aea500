// Bench for the review site (not a test): writes the site for 1,000 records (the seed article and
// the review fixtures repeated under new ids) and loads pages in headless Chromium.
// Targets: the site in under 5 s, each page loaded in under 1 s. Run: npx tsx bench/review.ts [--all]
// (--all loads every page; by default the index, the overview and every 10th article page).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadMorphology } from '../document/analyse/index.js';
import { extractRecord } from '../pipeline/extract/extract.js';
import type { NewsRecord } from '../document/record/types.js';
import { readRecords } from '../pipeline/review/records.js';
import { pageFiles, writeSite } from '../pipeline/review/site.js';
import { projectRoot, sharedDir } from './shared.js';

const RECORDS = 1000;
const SITE_LIMIT_MS = 5000;
const PAGE_LIMIT_MS = 1000;
const CHROMIUM = '/usr/bin/chromium';

/** The base records to repeat: the seed article extracted now, plus the review fixtures. */
async function baseRecords(root: string): Promise<NewsRecord[]> {
  const base = readRecords(path.join(root, 'fixtures', 'review', 'records.jsonl')).records;
  const shared = sharedDir();
  const seedFile = shared ? path.join(shared, 'acceptance', 'seed-article.txt') : null;
  if (seedFile && existsSync(seedFile)) {
    await loadMorphology();
    base.unshift(
      extractRecord({
        text: readFileSync(seedFile, 'utf8'),
        published: '2025-11-26T12:00:00+05:00',
        outlet: 'Zakon.kz',
        title: 'Депутаты предложили пересмотреть выборы районных акимов',
      }),
    );
  }
  return base;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const root = projectRoot();
const base = await baseRecords(root);
const records: NewsRecord[] = Array.from({ length: RECORDS }, (_, i) => {
  const r = base[i % base.length] as NewsRecord;
  return {
    ...r,
    id: `bench-${String(i).padStart(4, '0')}-${r.id}`.slice(0, 90),
    title: `${r.title ?? ''} #${i}`,
  };
});
const dir = path.join(root, 'output', 'review-bench');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const cpu0 = process.cpuUsage();
const summary = await writeSite(records, dir);
const cpu = process.cpuUsage(cpu0);
const siteOk = summary.ms < SITE_LIMIT_MS;
// the machine may be shared: the load average and the CPU time tell contention from real cost
console.log(
  `review bench: load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
console.log(
  `review bench: site for ${summary.records} records (${summary.files} files) written in ${Math.round(summary.ms)} ms ` +
    `wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU (limit ${SITE_LIMIT_MS} ms): ${siteOk ? 'ok' : 'TOO SLOW'}`,
);

if (!existsSync(CHROMIUM)) {
  console.log(`review bench: page loads skipped: ${CHROMIUM} is missing (bash .ci/install-chromium)`);
  process.exit(siteOk ? 0 : 1);
}
const all = process.argv.includes('--all');
const names = pageFiles(records);
const pages = [
  'index.html',
  'overview.html',
  ...names.filter((_, i) => all || i % 10 === 0).map((n) => `records/${n}.html`),
];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
/** The renderer's CPU seconds so far (Chromium's ProcessTime metric), unaffected by waiting for a core. */
const rendererCpu = async (): Promise<number> => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0;
};
const times = new Map<string, number>();
const cpuTimes = new Map<string, number>();
const navTimes = new Map<string, number>();
// one warm-up load so the first measured page does not pay for the renderer's start
await page.goto(pathToFileURL(path.join(dir, 'overview.html')).href);
for (const p of pages) {
  const c0 = await rendererCpu();
  const t0 = performance.now();
  await page.goto(pathToFileURL(path.join(dir, p)).href, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  times.set(p, performance.now() - t0);
  // the page's own navigation timing: from the request to the end of its load event
  navTimes.set(
    p,
    await page.evaluate(() => {
      const perf = performance as unknown as {
        getEntriesByType(type: string): { loadEventEnd: number; startTime: number }[];
      };
      const e = perf.getEntriesByType('navigation')[0];
      return e ? e.loadEventEnd - e.startTime : -1;
    }),
  );
  cpuTimes.set(p, ((await rendererCpu()) - c0) * 1000);
}
await browser.close();
const article = [...times].filter(([p]) => p.startsWith('records/')).map(([, t]) => t);
const articleCpu = [...cpuTimes].filter(([p]) => p.startsWith('records/')).map(([, t]) => t);
const articleNav = [...navTimes].filter(([p]) => p.startsWith('records/')).map(([, t]) => t);
const ms = (p: string): string =>
  `${Math.round(times.get(p) ?? 0)} ms wall (navigation timing ${Math.round(navTimes.get(p) ?? 0)} ms), ` +
  `${Math.round(cpuTimes.get(p) ?? 0)} ms renderer CPU`;
const slowest = [...times].sort((a, b) => b[1] - a[1])[0] as [string, number];
const pagesOk = slowest[1] < PAGE_LIMIT_MS;
const slowestNav = [...navTimes].sort((a, b) => b[1] - a[1])[0] as [string, number];
console.log(`review bench: index.html (${RECORDS} rows) loaded in ${ms('index.html')}`);
console.log(`review bench: overview.html loaded in ${ms('overview.html')}`);
console.log(
  `review bench: ${article.length} article pages: median ${Math.round(pct(article, 50))} ms, ` +
    `p95 ${Math.round(pct(article, 95))} ms, max ${Math.round(Math.max(...article))} ms wall; ` +
    `navigation timing median ${Math.round(pct(articleNav, 50))} ms, max ${Math.round(Math.max(...articleNav))} ms; ` +
    `renderer CPU median ${Math.round(pct(articleCpu, 50))} ms, max ${Math.round(Math.max(...articleCpu))} ms`,
);
console.log(
  `review bench: slowest page ${slowest[0]} ${Math.round(slowest[1])} ms (limit ${PAGE_LIMIT_MS} ms): ${pagesOk ? 'ok' : 'TOO SLOW'}`,
);
console.log(
  `review bench: slowest by the page's own navigation timing: ${slowestNav[0]} ${Math.round(slowestNav[1])} ms`,
);
process.exit(siteOk && pagesOk ? 0 : 1);
