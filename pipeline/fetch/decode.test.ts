// decodeHtml: the encodings Russian-language sites really use, declared and undeclared.
import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeHtml, declaredCharset, detectEncoding } from './decode.js';

const SENTENCE = 'Министр финансов заявил, что дефицит бюджета в 2026 году сократится до 2,1% ВВП.';
const page = (head = ''): string =>
  `<html><head>${head}<title>Бюджет</title></head><body><p>${SENTENCE}</p></body></html>`;

describe('decodeHtml', () => {
  test('undeclared windows-1251 is detected', () => {
    const r = decodeHtml(iconv.encode(page(), 'windows-1251'), 'text/html');
    expect(r).toEqual({ html: page(), encoding: 'windows-1251' });
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
    expect(decodeHtml(Buffer.from(page()), null)).toEqual({ html: page(), encoding: 'utf-8' });
  });

  test('unknown labels are ignored', () => {
    expect(charsetFromContentType('text/html; charset=x-no-such')).toBeNull();
    expect(declaredCharset(Buffer.from('<meta charset="bogus">'))).toBeNull();
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe('utf-8');
  });
});
