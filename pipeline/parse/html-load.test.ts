import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { splitPage, splitPageBytes } from './html-load.js';

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
