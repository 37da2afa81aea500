// For tests and benchmarks: a generated Russian news site (N pages from templates) served over
// loopback HTTP with an RSS feed, ETag/Last-Modified and 304 answers, and pages that can change.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const SPEAKERS = [
  ['Асель Мукашева', 'министр энергетики'],
  ['Тимур Жандосов', 'аким города'],
  ['Ольга Лаврентьева', 'депутат Мажилиса'],
  ['Канат Ермеков', 'председатель правления фонда'],
  ['Игорь Ставицкий', 'заместитель министра финансов'],
  ['Жанар Оспанова', 'руководитель управления здравоохранения'],
  ['Бахыт Сарсенбаев', 'директор департамента'],
  ['Елена Коваль', 'экономист'],
] as const;
const CITIES = [
  'Астане',
  'Алматы',
  'Шымкенте',
  'Павлодаре',
  'Актобе',
  'Усть-Каменогорске',
  'Таразе',
  'Атырау',
];
const TOPICS = [
  ['ремонт теплосетей', 'теплосетей'],
  ['строительство больниц', 'больниц'],
  ['закуп автобусов', 'автобусов'],
  ['модернизацию школ', 'школ'],
  ['очистку водоемов', 'водоемов'],
] as const;
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** The HTML of generated page `n` at content version `version`. */
export function pageHtml(base: string, n: number, version = 1): string {
  const [name, role] = pick(SPEAKERS, n);
  const [other, otherRole] = pick(SPEAKERS, n + 3);
  const city = pick(CITIES, n);
  const [topic, what] = pick(TOPICS, n);
  const sum = ((n % 90) + 1.5).toFixed(1).replace('.', ',');
  const pct = (n % 40) + 5;
  const day = (n % 28) + 1;
  const month = pick(MONTHS, n);
  const title = `В ${city} выделят ${sum} млрд тенге на ${topic}`;
  const update =
    version > 1
      ? `<p>Обновлено (версия ${version}): сумма пересмотрена, работы начнутся на месяц раньше.</p>`
      : '';
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>${title}</title><meta property="og:title" content="${title}">
<meta property="og:site_name" content="Тестовый вестник">
<meta property="article:published_time" content="2026-11-${String((n % 20) + 1).padStart(2, '0')}T10:00:00+05:00">
<link rel="canonical" href="${base}/news/${n}.html"></head><body><article><h1>${title}</h1>
<p>Власти в ${city} направят ${sum} млрд тенге на ${topic}. Работы планируют завершить к ${day} ${month} 2027 года, сообщил ${role} ${name} (материал № ${n}).</p>
<p>«Мы проверим каждый объект, и до конца года доля изношенных ${what} снизится на ${pct}%», — сказал ${name.split(' ')[1]}.</p>
<p>По словам ${otherRole === 'экономист' ? 'экономиста' : 'собеседника'} ${other}, еще ${pct * 10} млн рублей поступят от российских партнеров.</p>
${update}</article></body></html>`;
}

/** A running test site. */
export interface TestSite {
  base: string;
  feedUrl: string;
  /** page GETs answered with a body (200) and with 304, and all requests */
  counts: { ok: number; notModified: number; requests: number };
  /** called on every page request, before it is answered (for killing a run at a chosen point) */
  onPageRequest: ((served: number) => void) | null;
  /** gives a page new content (a new ETag and Last-Modified) */
  change(n: number): void;
  close(): Promise<void>;
}

/** Serves `pages` generated pages, each with a small delay, on 127.0.0.1. */
export async function startTestSite(pages: number, delayMs = 0): Promise<TestSite> {
  const versions = new Map<number, number>();
  const modified = new Map<number, Date>();
  const started = new Date(Date.UTC(2026, 10, 20, 8, 0, 0));
  let base = '';
  const site: TestSite = {
    base: '',
    feedUrl: '',
    counts: { ok: 0, notModified: 0, requests: 0 },
    onPageRequest: null,
    change(n: number): void {
      versions.set(n, (versions.get(n) ?? 1) + 1);
      modified.set(n, new Date(Date.now() + 1000));
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    site.counts.requests++;
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      const items = Array.from(
        { length: pages },
        (_, i) => `<item><title>Новость ${i}</title><link>${base}/news/${i}.html</link></item>`,
      ).join('\n');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Тестовый вестник</title><link>${base}/</link>\n${items}\n</channel></rss>`,
      );
      return;
    }
    const m = /^\/news\/(\d+)\.html$/.exec(url);
    const n = m ? Number(m[1]) : -1;
    if (n < 0 || n >= pages) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const version = versions.get(n) ?? 1;
    const etag = `"p${n}-v${version}"`;
    const lastModified = (modified.get(n) ?? started).toUTCString();
    site.onPageRequest?.(site.counts.ok + site.counts.notModified + 1);
    setTimeout(() => {
      if (req.headers['if-none-match'] === etag) {
        site.counts.notModified++;
        res.writeHead(304, { etag, 'last-modified': lastModified });
        res.end();
        return;
      }
      site.counts.ok++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag, 'last-modified': lastModified });
      res.end(pageHtml(base, n, version));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.base = base;
  site.feedUrl = `${base}/feed.xml`;
  return site;
}
