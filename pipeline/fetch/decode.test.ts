// decodeHtml: the encodings Russian-language sites really use, declared and undeclared.
import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeHtml, declaredCharset, detectEncoding } from './decode.js';
import { parseFeed } from './feeds.js';

const SENTENCE = 'Министр финансов заявил, что дефицит бюджета в 2026 году сократится до 2,1% ВВП.';
const page = (head = ''): string =>
  `<html><head>${head}<title>Бюджет</title></head><body><p>${SENTENCE}</p></body></html>`;

describe('decodeHtml', () => {
  test('undeclared windows-1251 is detected', () => {
    const r = decodeHtml(iconv.encode(page(), 'windows-1251'), 'text/html');
    expect(r).toEqual({ html: page(), encoding: 'windows-1251', replaced: 0 });
  });

  test('undeclared KOI8-R is detected', () => {
    const r = decodeHtml(iconv.encode(page(), 'koi8-r'), null);
    expect(r.encoding).toBe('koi8-r');
    expect(r.html).toContain(SENTENCE);
  });

  test('a short undeclared windows-1251 headline is detected', () => {
    expect(detectEncoding(iconv.encode('Курс тенге', 'windows-1251'))).toBe('windows-1251');
    expect(detectEncoding(iconv.encode('Курс тенге', 'koi8-r'))).toBe('koi8-r');
  });

  test('the Content-Type charset wins over <meta>', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1251');
    expect(decodeHtml(bytes, 'text/html; charset=Windows-1251').html).toContain(SENTENCE);
  });

  test('<meta http-equiv> and <meta charset> are read', () => {
    const equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">');
    expect(decodeHtml(iconv.encode(equiv, 'koi8-r'), 'text/html').encoding).toBe('koi8-r');
    const meta = page('<meta charset=cp1251>');
    expect(decodeHtml(iconv.encode(meta, 'windows-1251'), null).encoding).toBe('windows-1251');
  });

  test('the XML declaration is read for feeds', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${SENTENCE}</title></channel></rss>`;
    expect(decodeHtml(iconv.encode(xml, 'windows-1251'), 'application/rss+xml').html).toContain(SENTENCE);
  });

  test('a BOM wins over everything and is not part of the text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(), 'utf8')]);
    const r = decodeHtml(bytes, 'text/html; charset=windows-1251');
    expect(r.encoding).toBe('utf-8');
    expect(r.html.startsWith('<html>')).toBe(true);
  });

  test('declared UTF-8 that is not UTF-8 falls back to detection', () => {
    const r = decodeHtml(
      iconv.encode(page('<meta charset="utf-8">'), 'windows-1251'),
      'text/html; charset=utf-8',
    );
    expect(r.encoding).toBe('windows-1251');
    expect(r.html).toContain(SENTENCE);
  });

  test('undeclared UTF-8 stays UTF-8', () => {
    expect(decodeHtml(Buffer.from(page()), null)).toEqual({ html: page(), encoding: 'utf-8', replaced: 0 });
  });

  test('unknown labels are ignored', () => {
    expect(charsetFromContentType('text/html; charset=x-no-such')).toBeNull();
    expect(declaredCharset(Buffer.from('<meta charset="bogus">'))).toBeNull();
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe('utf-8');
  });
});

describe('feeds with stray bytes decode like pages', () => {
  const TITLE = 'Токаев подписал закон о республиканском бюджете на 2026–2028 годы';
  const rss = (encoding: string, title: string): string =>
    `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0"><channel><title>Informburo.kz</title><link>https://informburo.kz/</link>
<item><title>${title}</title><link>https://informburo.kz/novosti/tokaev-podpisal-zakon-o-byudzhete.html</link>
<description>Глава государства подписал закон «О республиканском бюджете на 2026–2028 годы».</description>
<pubDate>Wed, 26 Nov 2025 14:05:00 +0500</pubDate></item>
</channel></rss>`;
  /** The UTF-8 bytes of a feed with one stray 0xD0 (a UTF-8 lead byte alone) before the title's "закон". */
  const withStrayByte = (xml: string): Buffer => {
    const at = Buffer.from(xml.slice(0, xml.indexOf('закон')));
    return Buffer.concat([at, Buffer.from([0xd0]), Buffer.from(xml.slice(xml.indexOf('закон')))]);
  };
  const titleOf = (xml: string): string | null =>
    parseFeed(xml, 'https://informburo.kz/rss').entries[0]!.title;

  test('a declared UTF-8 feed with one stray 0xD0 byte stays UTF-8; the title loses only that byte', () => {
    const bytes = withStrayByte(rss('UTF-8', TITLE));
    for (const contentType of ['application/rss+xml; charset=utf-8', 'application/rss+xml', null]) {
      const r = decodeHtml(bytes, contentType);
      expect(r).toMatchObject({ encoding: 'utf-8', replaced: 1 });
      expect(titleOf(r.html)).toBe(TITLE.replace('закон', '\uFFFDзакон'));
    }
  });

  test('an undeclared UTF-8 feed with one stray 0xD0 byte stays UTF-8', () => {
    const xml = rss('UTF-8', TITLE).replace(' encoding="UTF-8"', '');
    const r = decodeHtml(withStrayByte(xml), null);
    expect(r).toMatchObject({ encoding: 'utf-8', replaced: 1 });
    expect(titleOf(r.html)).toBe(TITLE.replace('закон', '\uFFFDзакон'));
    expect(detectEncoding(withStrayByte(xml))).toBe('utf-8');
  });

  test('a stale windows-1251 label over mostly valid UTF-8 is overruled', () => {
    const r = decodeHtml(withStrayByte(rss('windows-1251', TITLE)), null);
    expect(r).toMatchObject({ encoding: 'utf-8', replaced: 1 });
  });

  test('a windows-1251 feed is still detected, declared or not', () => {
    const declared = iconv.encode(rss('windows-1251', TITLE), 'windows-1251');
    expect(decodeHtml(declared, 'application/rss+xml')).toMatchObject({
      encoding: 'windows-1251',
      replaced: 0,
    });
    expect(titleOf(decodeHtml(declared, 'application/rss+xml').html)).toBe(TITLE);
    // falsely declared UTF-8, and undeclared
    const lying = iconv.encode(rss('UTF-8', TITLE), 'windows-1251');
    expect(decodeHtml(lying, 'application/rss+xml; charset=utf-8').encoding).toBe('windows-1251');
    expect(titleOf(decodeHtml(lying, null).html)).toBe(TITLE);
    const bare = iconv.encode(rss('UTF-8', TITLE).replace(' encoding="UTF-8"', ''), 'windows-1251');
    expect(decodeHtml(bare, null).encoding).toBe('windows-1251');
  });

  test('a declared UTF-8 with more broken than good sequences falls back to detection', () => {
    // windows-1251 text with a few real UTF-8 letters pasted in is still windows-1251
    const bytes = Buffer.concat([
      iconv.encode(rss('UTF-8', TITLE), 'windows-1251'),
      Buffer.from('<!-- ёлка -->'),
    ]);
    expect(decodeHtml(bytes, 'application/rss+xml; charset=utf-8').encoding).toBe('windows-1251');
  });
});
