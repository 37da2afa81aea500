import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeHtmlBytes, normaliseEncodingLabel } from './decode.js';

const NEWS =
  'МОСКВА, 9 января. Надежды на разрешение кризиса с транзитом российского газа в Европу через территорию Украины пока не оправдались, сообщили в правительстве.';
const page = (head: string, body = NEWS): string =>
  `<html><head>${head}<title>Новости</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtmlBytes', () => {
  test('UTF-8 BOM wins over a wrong meta charset', () => {
    const buf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="windows-1251">')),
    ]);
    const d = decodeHtmlBytes(buf);
    expect([d.encoding, d.source]).toEqual(['UTF-8', 'bom']);
    expect(d.text).toContain(NEWS);
  });

  test('the Content-Type charset is used for windows-1251 bytes', () => {
    const d = decodeHtmlBytes(iconv.encode(page(''), 'win1251'), 'text/html; charset=windows-1251');
    expect([d.encoding, d.source]).toEqual(['windows-1251', 'transport']);
    expect(d.text).toContain(NEWS);
  });

  test('<meta charset> declares KOI8-R', () => {
    const d = decodeHtmlBytes(iconv.encode(page('<meta charset="koi8-r">'), 'koi8-r'));
    expect([d.encoding, d.source]).toEqual(['KOI8-R', 'meta']);
    expect(d.text).toContain(NEWS);
  });

  test('<meta http-equiv> declares windows-1251', () => {
    const d = decodeHtmlBytes(
      iconv.encode(
        page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">'),
        'win1251',
      ),
    );
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toContain(NEWS);
  });

  test('an XML declaration declares the encoding of an RSS feed', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${NEWS}</title></channel></rss>`;
    expect(decodeHtmlBytes(iconv.encode(xml, 'win1251')).encoding).toBe('windows-1251');
  });

  test('undeclared windows-1251 is detected from Russian letter statistics', () => {
    const d = decodeHtmlBytes(iconv.encode(page(''), 'win1251'));
    expect([d.encoding, d.source]).toEqual(['windows-1251', 'detected']);
    expect(d.text).toContain(NEWS);
  });

  test('undeclared KOI8-R is detected', () => {
    const d = decodeHtmlBytes(iconv.encode(page(''), 'koi8-r'));
    expect(d.encoding).toBe('KOI8-R');
    expect(d.text).toContain(NEWS);
  });

  test('a bogus charset label falls back to detection', () => {
    const d = decodeHtmlBytes(
      iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=_CHARSET">'), 'win1251'),
    );
    expect([d.encoding, d.source]).toEqual(['windows-1251', 'detected']);
  });

  test('bytes that are not UTF-8 although the header says so are detected', () => {
    const d = decodeHtmlBytes(iconv.encode(page(''), 'win1251'), 'text/html; charset=utf-8');
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toContain(NEWS);
  });

  test('valid UTF-8 under a stale windows-1251 label is read as UTF-8', () => {
    const d = decodeHtmlBytes(Buffer.from(page('<meta charset="windows-1251">')));
    expect(d.encoding).toBe('UTF-8');
    expect(d.text).toContain(NEWS);
  });

  test('undeclared UTF-8 is recognised', () => {
    expect(decodeHtmlBytes(Buffer.from(page(''))).encoding).toBe('UTF-8');
  });

  test.each([
    ['win1251', 'windows-1251'],
    ['koi8-r', 'KOI8-R'],
    ['cp866', 'IBM866'],
    ['iso-8859-5', 'ISO-8859-5'],
    ['maccyrillic', 'MacCyrillic'],
    ['cp855', 'IBM855'],
  ])('undeclared %s is detected as %s', (iconvName, expected) => {
    const d = decodeHtmlBytes(iconv.encode(page(''), iconvName));
    expect(d.encoding).toBe(expected);
    expect(d.text).toContain(NEWS);
  });

  test.each([
    ['win1251', 'koi8-r', 'windows-1251'],
    ['koi8-r', 'windows-1251', 'KOI8-R'],
    ['cp866', 'windows-1251', 'IBM866'],
    ['maccyrillic', 'windows-1251', 'MacCyrillic'],
  ])('%s bytes under a %s label are re-detected', (iconvName, label, expected) => {
    const d = decodeHtmlBytes(iconv.encode(page(`<meta charset="${label}">`), iconvName));
    expect([d.encoding, d.source]).toEqual([expected, 'detected']);
    expect(d.text).toContain(NEWS);
  });

  test('a short KOI8-R headline alone is still told from windows-1251', () => {
    const d = decodeHtmlBytes(iconv.encode('<p>Путин провёл переговоры с премьером Малайзии</p>', 'koi8-r'));
    expect(d.encoding).toBe('KOI8-R');
  });
});

describe('charset labels', () => {
  test('aliases map to one name and junk maps to null', () => {
    expect(normaliseEncodingLabel('CP1251')).toBe('windows-1251');
    expect(normaliseEncodingLabel('"koi8-r"')).toBe('KOI8-R');
    expect(normaliseEncodingLabel('_CHARSET')).toBeNull();
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe('UTF-8');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});
