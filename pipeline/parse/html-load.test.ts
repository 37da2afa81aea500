import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { splitPage, splitPageBytes, withMarkup } from './html-load.js';
import { chooseEncoding, decodedChunks } from './decode.js';

const HTML =
  '<html><head><SCRIPT type="text/javascript">var a = "<p>не текст</p>";</SCRIPT>' +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Путин провёл переговоры"}</script>' +
  '<style>p{color:red}</style><!-- комментарий <p>скрыт</p> --></head>' +
  '<body><p>Текст статьи</p><svg><text>значок</text></svg><noscript>Включите JavaScript</noscript><p>Конец</p></body></html>';

describe('cutting non-text elements', () => {
  test('bytes and strings are cut the same way, JSON-LD kept aside', () => {
    const s = splitPage(HTML);
    const b = splitPageBytes(Buffer.from(HTML));
    expect(b.markup.toString('utf8')).toBe(s.markup);
    expect(b.jsonLd.map((x) => x.toString('utf8'))).toEqual(s.jsonLd);
    expect(s.jsonLd).toEqual(['{"@type":"NewsArticle","headline":"Путин провёл переговоры"}']);
    for (const gone of ['не текст', 'color', 'комментарий', 'значок', 'JavaScript'])
      expect(s.markup).not.toContain(gone);
    expect(s.markup).toContain('<p>Текст статьи</p>');
    expect(s.markup).toContain('<p>Конец</p>');
  });
  test('windows-1251 bytes are cut before decoding', () => {
    const b = splitPageBytes(iconv.encode(HTML, 'win1251'));
    expect(iconv.decode(b.markup, 'win1251')).toBe(splitPage(HTML).markup);
  });
  test('an unterminated script or comment runs to the end', () => {
    expect(splitPageBytes(Buffer.from('<p>Да</p><script>var x = 1;')).markup.toString()).toBe('<p>Да</p> ');
    expect(splitPageBytes(Buffer.from('<p>Да</p><!-- хвост')).markup.toString()).toBe('<p>Да</p> ');
  });
  test('<scripts> or <styled> are not the cut tags', () => {
    const html = '<scripts>Текст</scripts><styled>Ещё</styled>';
    expect(splitPageBytes(Buffer.from(html)).markup.toString()).toBe(html);
  });
});

describe('loading pages into the shared cheerio instance', () => {
  const page = (p: string) => `<html><body><article>${p}</article></body></html>`;

  test('the page is there during the call and gone after it', () => {
    const text = withMarkup(page('<p>Акимы отчитались.</p>'), ($) => $('article p').text());
    expect(text).toBe('Акимы отчитались.');
    expect(withMarkup('<div></div>', ($) => $('p').length)).toBe(0);
  });

  test('a nested call gets its own instance and leaves the outer page intact', () => {
    const got = withMarkup(page('<p>Внешняя</p>'), ($) => {
      const inner = withMarkup(page('<p>Внутренняя</p>'), ($$) => $$('p').text());
      return [inner, $('p').text()];
    });
    expect(got).toEqual(['Внутренняя', 'Внешняя']);
  });

  test('an exception inside the call does not leave the page behind', () => {
    expect(() =>
      withMarkup(page('<p>Сбой</p>'), () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(withMarkup(page('<p>Дальше</p>'), ($) => $('p').text())).toBe('Дальше');
  });

  test('markup fed in decoded pieces parses as the whole string does', () => {
    const body = Array.from(
      { length: 3000 },
      (_, i) => `<p class="t">Абзац ${i}: &laquo;цитата&raquo; &amp; ещё&nbsp;текст — ёлка</p>`,
    ).join('\n');
    const html = page(body);
    const bytes = Buffer.from(html);
    expect(bytes.length).toBeGreaterThan(3 * 32 * 1024);
    const whole = withMarkup(html, ($) => $('article').text());
    const choice = chooseEncoding(bytes);
    const pieces = withMarkup(decodedChunks(bytes, choice), ($) => $('article').text());
    expect(pieces).toBe(whole);
    const cp1251 = iconv.encode(html, 'win1251');
    const c2 = chooseEncoding(cp1251, 'text/html; charset=windows-1251');
    expect(c2.encoding).toBe('windows-1251');
    expect(withMarkup(decodedChunks(cp1251, c2), ($) => $('article').text())).toBe(whole);
  });
});
