// Feeds, sitemaps, dates and document sniffing, without a network.
import { describe, expect, test } from '@jest/globals';
import { toIsoDate } from './dates.js';
import { parseFeed } from './feeds.js';
import { parseSitemap } from './sitemaps.js';
import { classify, rootElement } from './sniff.js';

describe('parseFeed', () => {
  test('RSS 1.0 (RDF) items with dc:date', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.kz/"><title>News.kz</title></channel>
<item rdf:about="https://news.kz/a/1"><title>Выборы в маслихат</title><link>https://news.kz/a/1</link><dc:date>2025-11-26T08:00:00+05:00</dc:date></item>
</rdf:RDF>`;
    expect(parseFeed(rdf, 'https://news.kz/rss').entries).toEqual([
      {
        url: 'https://news.kz/a/1',
        published: '2025-11-26T08:00:00+05:00',
        modified: null,
        title: 'Выборы в маслихат',
        outlet: 'News.kz',
      },
    ]);
  });

  test('RSS items without <link> use a permalink guid; non-permalink guids are ignored', () => {
    const rss = `<rss><channel><title>T</title>
<item><guid>https://tengrinews.kz/news/1</guid><title>Один</title></item>
<item><guid isPermaLink="false">12345</guid><title>Два</title></item>
<item><link>javascript:void(0)</link></item>
</channel></rss>`;
    expect(parseFeed(rss, 'https://tengrinews.kz/rss').entries.map((e) => e.url)).toEqual([
      'https://tengrinews.kz/news/1',
    ]);
  });

  test('the link limit holds', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<item><link>/n/${i}</link></item>`).join('');
    expect(parseFeed(`<rss><channel>${items}</channel></rss>`, 'https://a.kz/', 3).entries).toHaveLength(3);
  });
});

describe('parseSitemap', () => {
  test('a urlset with and without the news extension, another prefix for news', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://www.zakon.kz/a</loc><n:news><n:publication><n:name>Zakon.kz</n:name></n:publication><n:publication_date>2025-11-26</n:publication_date><n:title>Заголовок</n:title></n:news></url>
<url><loc>https://www.zakon.kz/b</loc><lastmod>2025-11-20T10:00:00+05:00</lastmod></url>
<url><loc>https://www.zakon.kz/a</loc></url>
</urlset>`;
    const map = parseSitemap(xml, 'https://www.zakon.kz/sitemap.xml');
    expect(map).toEqual({
      kind: 'urlset',
      entries: [
        {
          url: 'https://www.zakon.kz/a',
          published: '2025-11-26',
          modified: null,
          title: 'Заголовок',
          outlet: 'Zakon.kz',
        },
        {
          url: 'https://www.zakon.kz/b',
          published: null,
          modified: '2025-11-20T10:00:00+05:00',
          title: null,
          outlet: null,
        },
      ],
    });
  });

  test('an index lists its sitemaps', () => {
    const xml = `<sitemapindex><sitemap><loc>https://ria.ru/sitemap_1.xml</loc><lastmod>2025-11-26</lastmod></sitemap></sitemapindex>`;
    expect(parseSitemap(xml, 'https://ria.ru/sitemap.xml')).toEqual({
      kind: 'index',
      sitemaps: [{ url: 'https://ria.ru/sitemap_1.xml', modified: '2025-11-26' }],
    });
  });
});

describe('toIsoDate', () => {
  test.each([
    ['Wed, 26 Nov 2025 12:00:00 +0500', '2025-11-26T12:00:00+05:00'],
    ['26 Nov 2025 07:00 GMT', '2025-11-26T07:00:00+00:00'],
    ['Ср, 26 ноя 2025 12:00:00 +0300', '2025-11-26T12:00:00+03:00'],
    ['Wed, 26 Nov 2025 12:00:00 MSK', '2025-11-26T12:00:00+03:00'],
    ['2025-11-26T12:00:00+05:00', '2025-11-26T12:00:00+05:00'],
    ['2025-11-26', '2025-11-26'],
    ['вчера', null],
    ['', null],
  ])('%s -> %s', (input, expected) => expect(toIsoDate(input)).toBe(expected));
});

describe('sniffing', () => {
  const b = (s: string): Buffer => Buffer.from(s);
  test('root elements behind prologs, comments and doctypes', () => {
    expect(
      rootElement(
        b(
          '\ufeff<?xml version="1.0"?>\n<!-- generated --><?xml-stylesheet href="s.xsl"?><rss version="2.0">',
        ),
      ),
    ).toBe('rss');
    expect(rootElement(b('<!DOCTYPE html><html lang="ru">'))).toBe('!doctype-html');
    expect(rootElement(b('<rdf:RDF xmlns:rdf="...">'))).toBe('rdf');
    expect(rootElement(b('just text'))).toBeNull();
  });

  test('root element wins over a wrong Content-Type', () => {
    expect(classify('text/html', b('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'))).toBe(
      'feed',
    );
    expect(classify('text/xml', b('<urlset>'))).toBe('sitemap');
    expect(classify('text/html', b('<p>Фрагмент</p>'))).toBe('html');
    expect(classify('text/plain', b('<head><title>Без html</title></head>'))).toBe('html');
    expect(classify('text/plain', b('{"json": true}'))).toBe('unknown');
    expect(classify('application/xml', b('<svg/>'))).toBe('unknown');
  });
});
