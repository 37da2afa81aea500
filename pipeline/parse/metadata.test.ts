import { describe, expect, test } from '@jest/globals';
import { parseHtml } from './index.js';
import { stripTitleSuffix } from './metadata.js';

const NOW = new Date('2025-08-15T20:00:00Z');
const BODY =
  '<p>Президент России Владимир Путин провёл переговоры с премьер-министром Малайзии Анваром Ибрагимом в Кремле, сообщила пресс-служба.</p>' +
  '<p>Стороны обсудили торговлю, энергетику и поставки удобрений, а также подписали несколько соглашений о сотрудничестве.</p>';
const page = (head: string, body = `<article>${BODY}</article>`): string =>
  `<!doctype html><html lang="ru-RU"><head>${head}</head><body>${body}</body></html>`;
const jsonLd = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('title', () => {
  test('og:title is preferred to a <title> with the outlet suffix', () => {
    const a = parseHtml(
      page(
        '<title>Путин встретился с премьером Малайзии | Коммерсантъ</title><meta property="og:title" content="Легкий троннинг">',
      ),
    );
    expect(a.title).toBe('Легкий троннинг');
  });
  test('JSON-LD headline when there is no og:title', () => {
    const a = parseHtml(
      page(
        jsonLd({ '@type': 'NewsArticle', headline: 'Движение по ЦКАД-5 открывается' }) +
          '<title>Другое</title>',
      ),
    );
    expect(a.title).toBe('Движение по ЦКАД-5 открывается');
  });
  test('h1 before <title>', () => {
    const a = parseHtml(
      page(
        '<title>Сайт</title>',
        `<h1>В Дагестане заблокирована группа боевиков</h1><article>${BODY}</article>`,
      ),
    );
    expect(a.title).toBe('В Дагестане заблокирована группа боевиков');
  });
  test('" | Outlet" and " - Section - Outlet" suffixes are removed from <title>', () => {
    expect(
      stripTitleSuffix(
        'Отрезать голову во имя пророка | В мире | Политика | Аргументы и Факты',
        ['Аргументы и Факты'],
        'aif.ru',
      ),
    ).toBe('Отрезать голову во имя пророка');
    expect(
      stripTitleSuffix(
        'Движение по ЦКАД-5 открывается от Можайского шоссе - Москва - ТАСС',
        ['ТАСС'],
        'tass.ru',
      ),
    ).toBe('Движение по ЦКАД-5 открывается от Можайского шоссе');
    expect(
      stripTitleSuffix(
        'Упавшим Су-27 управлял один из руководителей ВВС: Мир: Lenta.ru',
        ['Lenta.ru'],
        'lenta.ru',
      ),
    ).toBe('Упавшим Су-27 управлял один из руководителей ВВС: Мир');
  });
  test('a dash inside the headline is kept', () => {
    expect(stripTitleSuffix('Песков - о переговорах в Стамбуле', ['ТАСС'], 'tass.ru')).toBe(
      'Песков - о переговорах в Стамбуле',
    );
  });
});

describe('publication date', () => {
  test('JSON-LD NewsArticle datePublished', () => {
    const a = parseHtml(
      page(
        jsonLd([
          {
            '@type': 'NewsArticle',
            datePublished: '2025-05-14T20:28:12+03:00',
            dateModified: '2025-05-15T09:00:00+03:00',
          },
        ]),
      ),
    );
    expect([a.published, a.modified]).toEqual(['2025-05-14T20:28:12+03:00', '2025-05-15T09:00:00+03:00']);
  });
  test('JSON-LD inside @graph', () => {
    const a = parseHtml(
      page(
        jsonLd({
          '@graph': [
            { '@type': 'WebPage' },
            { '@type': 'Article', datePublished: '2026-01-08T17:46:00+02:00' },
          ],
        }),
      ),
    );
    expect(a.published).toBe('2026-01-08T17:46:00+02:00');
  });
  test('article:published_time', () => {
    const a = parseHtml(
      page('<meta property="article:published_time" content="2020-05-25T06:21:51+00:00">'),
      { tzOffsetMinutes: 180 },
    );
    expect(a.published).toBe('2020-05-25T09:21:51+03:00');
  });
  test('itemprop=datePublished on a meta element', () => {
    const a = parseHtml(
      page(
        '',
        `<article><meta itemprop="datePublished" content="2018-10-11T08:53:00+03:00">${BODY}</article>`,
      ),
    );
    expect(a.published).toBe('2018-10-11T08:53:00+03:00');
  });
  test('<time datetime>', () => {
    const a = parseHtml(
      page('', `<article><time datetime="2016-08-15T10:20:00+03:00">15 августа</time>${BODY}</article>`),
    );
    expect(a.published).toBe('2016-08-15T10:20:00+03:00');
  });
  test('a visible dateline in the outlet zone from its profile', () => {
    const html = page(
      '',
      `<div class="topic-header__time">13:51, 15 августа 2025</div><div class="topic-body__content">${BODY}</div>`,
    );
    expect(parseHtml(html, { url: 'https://lenta.ru/news/2025/08/15/x/', now: NOW }).published).toBe(
      '2025-08-15T13:51:00+03:00',
    );
  });
  test('"сегодня, 13:51" with the caller-given zone', () => {
    const html = page('', `<span class="article-date">сегодня, 13:51</span><article>${BODY}</article>`);
    expect(parseHtml(html, { tzOffsetMinutes: 300, now: NOW }).published).toBe('2025-08-16T13:51:00+05:00');
  });
});

describe('authors, outlet, language, canonical URL', () => {
  test('JSON-LD authors and publisher', () => {
    const a = parseHtml(
      page(
        jsonLd({
          '@type': 'NewsArticle',
          author: [{ '@type': 'Person', name: 'Ярослав Кузишин' }, { name: 'Антон Зелинский' }],
          publisher: { '@type': 'Organization', name: 'Украинская правда' },
        }),
      ),
    );
    expect(a.authors).toEqual(['Ярослав Кузишин', 'Антон Зелинский']);
    expect(a.outlet).toBe('Украинская правда');
  });
  test('meta author that is the outlet itself is not an author', () => {
    const a = parseHtml(
      page('<meta name="author" content="Interfax.ru"><meta property="og:site_name" content="Interfax.ru">'),
    );
    expect(a.authors).toEqual([]);
    expect(a.outlet).toBe('Interfax.ru');
  });
  test('microdata author', () => {
    const a = parseHtml(
      page(
        '',
        `<article><span itemprop="author"><span itemprop="name">Андрей Колесников</span></span>${BODY}</article>`,
      ),
    );
    expect(a.authors).toEqual(['Андрей Колесников']);
  });
  test('the profile names the outlet', () => {
    expect(parseHtml(page(''), { url: 'https://www.zakon.kz/politika/123.html' }).outlet).toBe('Zakon.kz');
  });
  test('language from <html lang>', () => {
    expect(parseHtml(page('')).lang).toBe('ru');
  });
  test('a relative canonical link is resolved against the fetch URL', () => {
    const a = parseHtml(page('<link rel="canonical" href="/doc/7715044">'), {
      url: 'https://www.kommersant.ru/doc/7715044?from=main',
    });
    expect(a.url).toBe('https://www.kommersant.ru/doc/7715044');
  });
  test('og:url when there is no canonical link', () => {
    expect(
      parseHtml(page('<meta property="og:url" content="https://www.interfax.ru/world/682606">')).url,
    ).toBe('https://www.interfax.ru/world/682606');
  });
});
