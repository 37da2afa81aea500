import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseHtml } from './index.js';

const P1 =
  'Глава Центральной избирательной комиссии Элла Памфилова сообщила, что в ряде регионов будет использоваться дистанционный формат голосования.';
const P2 =
  'По её словам, технология позволит проголосовать избирателям, зарегистрированным на портале госуслуг, без посещения участка, что особенно важно в условиях пандемии.';
const P3 =
  'Однако применение такого формата по всей стране невозможно, речь идёт лишь о пилотных проектах в нескольких регионах, добавила Памфилова.';

const shell = (article: string): string => `<!doctype html><html><head><title>Новости</title></head><body>
  <header class="site-header"><a href="/">Главная</a> <a href="/politics">Политика</a></header>
  <nav class="menu"><ul><li><a href="/a">Экономика</a></li><li><a href="/b">Общество</a></li><li><a href="/c">Спорт</a></li></ul></nav>
  <div class="layout"><main>${article}</main>
  <aside class="sidebar"><h3>Популярное</h3><p>Курс доллара вырос до рекордного значения за последние месяцы, сообщили аналитики.</p></aside></div>
  <footer>© 2025 Новостной сайт. Все права защищены.</footer></body></html>`;

describe('boilerplate removal', () => {
  const html = shell(`<article class="article">
    <h1>В ЦИК намерены обкатать дистанционный формат голосования</h1>
    <div class="share-buttons"><a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>
    <div class="article__text">
      <p>${P1}</p>
      <figure><img src="a.jpg"><figcaption>Элла Памфилова. Фото: пресс-служба ЦИК</figcaption></figure>
      <p>${P2}</p>
      <div class="read-also">Читайте также: <a href="/x">Памфилова рассказала о сроках голосования по поправкам</a></div>
      <p><b>Наши новости теперь в WhatsApp!</b> Подписывайтесь, чтобы быть в курсе.</p>
      <div class="adfox-banner">Реклама. Скидки на отдых в Турции до 50 процентов, успейте забронировать!</div>
      <p>${P3}</p>
      <p>Подписывайтесь на наш Telegram-канал</p>
    </div>
    <ul class="related-news"><li><a href="/1">Путин подписал указ о дне голосования по поправкам</a></li><li><a href="/2">В Москве открылись избирательные участки</a></li><li><a href="/3">ЦИК утвердил форму бюллетеня</a></li></ul>
    <section class="comments"><p>Иван: это всё неправильно, голосовать надо на участке, как раньше, я считаю.</p></section>
  </article>`);
  const a = parseHtml(html);

  test('keeps the article paragraphs, in order, separated by blank lines', () => {
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
  });
  test('drops menus, share buttons, captions, related links, comments, ads, prompts and the footer', () => {
    for (const junk of [
      'Главная',
      'Экономика',
      'ВКонтакте',
      'Фото:',
      'Читайте также',
      'WhatsApp',
      'Telegram',
      'Реклама',
      'Путин подписал',
      'Иван:',
      'Курс доллара',
      'права защищены',
    ])
      expect(a.text).not.toContain(junk);
  });
});

describe('paragraph structure', () => {
  test('headings and list items are paragraphs of their own; <br><br> splits paragraphs', () => {
    const a = parseHtml(
      shell(
        `<div class="post-content"><p>${P1}</p><h2>Как будет проходить голосование</h2><ul><li>Регистрация на портале госуслуг до 21 июня.</li><li>Голосование онлайн с 25 по 30 июня.</li></ul><p>${P2}<br><br>${P3}</p></div>`,
      ),
    );
    expect(a.text.split('\n\n')).toEqual([
      P1,
      'Как будет проходить голосование',
      'Регистрация на портале госуслуг до 21 июня.',
      'Голосование онлайн с 25 по 30 июня.',
      P2,
      P3,
    ]);
  });
});

describe('sources of the body', () => {
  test('a site profile selects the body on its outlet', () => {
    const html = shell(
      `<div class="topic-body__content"><p class="topic-body__content-text">${P1}</p><div class="box-inline-topic">Правительство утвердило новые правила для избирательных комиссий и участков по всей стране</div><p class="topic-body__content-text">${P2}</p></div>`,
    );
    const a = parseHtml(html, { url: 'https://lenta.ru/news/2025/08/15/cik/' });
    expect([a.profile, a.bodySource, a.text]).toEqual(['lenta', 'profile', [P1, P2].join('\n\n')]);
  });
  test('the density finder picks the text block on an unknown site', () => {
    const a = parseHtml(
      shell(`<div class="x1"><div class="x2"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`),
      { url: 'https://example.org/news/1' },
    );
    expect([a.profile, a.bodySource, a.text]).toEqual([null, 'density', [P1, P2, P3].join('\n\n')]);
  });
  test('JSON-LD articleBody stands in when the DOM has no text', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: `${P1}\n${P2}\n${P3}` })}</script>`;
    const a = parseHtml(`<html><head>${ld}</head><body><div id="app"></div></body></html>`);
    expect([a.bodySource, a.text]).toEqual(['jsonld', [P1, P2, P3].join('\n\n')]);
  });
  test('JSON-LD articleBody without breaks keeps the DOM paragraphs and drops what it lacks', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: `${P1} ${P2} ${P3}` })}</script>`;
    const a = parseHtml(
      `<html><head>${ld}</head><body><div class="text"><p>${P1}</p><p>${P2}</p><p>Ранее Памфилова неоднократно высказывалась о цифровых технологиях в избирательном процессе страны.</p><p>${P3}</p></div></body></html>`,
    );
    expect([a.bodySource, a.text]).toEqual(['density', [P1, P2, P3].join('\n\n')]);
  });
  test('windows-1251 bytes come out as Russian text', () => {
    const a = parseHtml(iconv.encode(shell(`<div class="text"><p>${P1}</p><p>${P2}</p></div>`), 'win1251'), {
      contentType: 'text/html; charset=windows-1251',
    });
    expect([a.encoding, a.text]).toEqual(['windows-1251', [P1, P2].join('\n\n')]);
  });
});

describe('robustness', () => {
  test('never throws on arbitrary strings and bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const a = parseHtml(s);
        expect(typeof a.text).toBe('string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        expect(typeof parseHtml(Buffer.from(b)).text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
  test('never throws on tag soup with Cyrillic, emoji and stray quotes', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="a">',
      '</div>',
      '«',
      '»',
      '"',
      '😀',
      'Путин',
      ' ',
      '<br>',
      '<a href=x>',
      '</a>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '&nbsp;',
      '<h1>',
      '<meta property="og:title" content="',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        expect(() => parseHtml(parts.join(''))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('subscription prompts and legitimate mentions of messengers', () => {
  test.each([
    'Наши новости теперь в WhatsApp!',
    'Подписывайтесь на наш Telegram-канал',
    'Подпишитесь на Tengrinews в Telegram, чтобы первыми узнавать главные новости.',
    'Читайте также: В Алматы открылся новый парк',
    'Больше новостей в нашем Дзен-канале',
    'Реклама',
    'Фото: пресс-служба акимата Алматы',
  ])('"%s" is dropped', (prompt) => {
    expect(parseHtml(`<div class="text"><p>${P1}</p><p>${prompt}</p><p>${P2}</p></div>`).text).toBe(
      [P1, P2].join('\n\n'),
    );
  });
  test('a sentence citing a Telegram channel is kept', () => {
    const quote = 'Об этом глава региона написал в своём Telegram-канале.';
    expect(parseHtml(`<div class="text"><p>${P1}</p><p>${quote}</p><p>${P2}</p></div>`).text).toBe(
      [P1, quote, P2].join('\n\n'),
    );
  });
});

describe('datelines', () => {
  test('"18.11.2026 09:30 · Общество" above the text of the fixture page is not body text', () => {
    const page = readFileSync(
      new URL('../../fixtures/site/2026-11-18-karaganda-dorogi.html', import.meta.url),
    );
    const a = parseHtml(page);
    expect(a.text).not.toContain('Общество');
    expect(a.text).not.toContain('09:30');
    expect(a.text.startsWith('Акимат Карагандинской области утвердил программу')).toBe(true);
  });

  test.each([
    ['18.11.2026 09:30 · Общество', 'before'],
    ['Политика | 14:05', 'before'],
    ['18.11.2026 / В мире', 'after'],
    ['09:30 • Экономика • 18 ноября 2026', 'after'],
  ])('a leading or trailing "%s" is dropped', (dateline, where) => {
    const paras = where === 'before' ? [dateline, P1, P2] : [P1, P2, dateline];
    const a = parseHtml(shell(`<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(a.text).toBe([P1, P2].join('\n\n'));
  });

  test('text that mentions a date and a rubric-like word is kept', () => {
    const lead = '18.11.2026 в 09:30 · Общество узнало о решении акимата из сообщения пресс-службы.';
    const a = parseHtml(shell(`<article><p>${lead}</p><p>${P1}</p><p>${P2}</p></article>`));
    expect(a.text).toBe([lead, P1, P2].join('\n\n'));
  });
});
