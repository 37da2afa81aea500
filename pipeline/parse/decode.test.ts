import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeHtmlBytes, normaliseEncodingLabel, utf8Counts } from './decode.js';
import { parseHtml } from './index.js';

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

// Issue 21: one stray byte made a whole UTF-8 article MacCyrillic ("–Ф–µ–њ—Г—В–∞—В—Л").
const ARTICLE =
  'Депутаты Государственной думы приняли в первом чтении законопроект об уведомлении об утечках персональных данных. ' +
  'Председатель комитета по информационной политике Александр Хинштейн сказал журналистам, что операторы ' +
  'будут обязаны сообщать в Роскомнадзор об утечке в течение суток.';
const article = (head: string): string =>
  `<!DOCTYPE html><html><head>${head}<title>Депутаты приняли законопроект об утечках данных</title></head>` +
  `<body><article><h1>Депутаты приняли законопроект об утечках данных</h1><p>${ARTICLE}</p></article></body></html>`;

/** The UTF-8 bytes of `html` with `bytes` put in before each of the given words. */
function strayBefore(html: string, words: string[], bytes: number[]): Buffer {
  let buf = Buffer.from(html);
  for (const w of words) {
    const at = buf.indexOf(Buffer.from(w), buf.indexOf('<p>'));
    buf = Buffer.concat([buf.subarray(0, at), Buffer.from(bytes), buf.subarray(at)]);
  }
  return buf;
}

describe('stray bytes in UTF-8', () => {
  test('an undeclared UTF-8 article with one stray \\xd0 stays UTF-8', () => {
    const d = decodeHtmlBytes(strayBefore(article(''), ['Хинштейн'], [0xd0]));
    expect([d.encoding, d.source, d.replaced]).toEqual(['UTF-8', 'detected', 1]);
    expect(d.text).toContain('Депутаты Государственной думы');
    expect(d.text).toContain('Александр \uFFFDХинштейн');
  });

  test('a declared UTF-8 (header and <meta>) with eight broken sequences stays UTF-8', () => {
    // one broken sequence per ~30 letters: more than the 2% of letters the old check allowed
    const words = [
      'Государственной',
      'первом',
      'законопроект',
      'персональных',
      'комитета',
      'политике',
      'журналистам',
      'Роскомнадзор',
    ];
    const buf = strayBefore(article('<meta charset="utf-8">'), words, [0xe2, 0x80]);
    const d = decodeHtmlBytes(buf, 'text/html; charset=UTF-8');
    expect([d.encoding, d.source, d.replaced]).toEqual(['UTF-8', 'transport', 8]);
    expect(d.text).toContain('Александр Хинштейн сказал');
  });

  test('a stale windows-1251 label does not turn mostly-UTF-8 bytes into windows-1251', () => {
    const d = decodeHtmlBytes(strayBefore(article('<meta charset="windows-1251">'), ['Хинштейн'], [0xd0]));
    expect([d.encoding, d.replaced]).toEqual(['UTF-8', 1]);
  });

  test('undeclared windows-1251 and KOI8-R with stray bytes are still detected', () => {
    // 0x98 is the one byte windows-1251 has no character for; "Д" pasted in UTF-8 reads "Р”"
    const stray = (bytes: Buffer): Buffer => Buffer.concat([bytes, Buffer.from([0x98]), Buffer.from('Д')]);
    const cp1251 = decodeHtmlBytes(stray(iconv.encode(article(''), 'win1251')));
    expect([cp1251.encoding, cp1251.replaced]).toEqual(['windows-1251', 1]);
    expect(cp1251.text).toContain(ARTICLE);
    const koi8 = decodeHtmlBytes(stray(iconv.encode(article(''), 'koi8-r')));
    expect([koi8.encoding, koi8.replaced]).toEqual(['KOI8-R', 0]);
    expect(koi8.text).toContain(ARTICLE);
  });

  test('windows-1251 bytes under a UTF-8 label are still detected', () => {
    const d = decodeHtmlBytes(
      iconv.encode(article('<meta charset="utf-8">'), 'win1251'),
      'text/html; charset=utf-8',
    );
    expect([d.encoding, d.source]).toEqual(['windows-1251', 'detected']);
    expect(d.text).toContain(ARTICLE);
  });

  test('the parse result says how many replacement characters the text has', () => {
    const parsed = parseHtml(strayBefore(article(''), ['Хинштейн', 'Роскомнадзор', 'суток'], [0xd0]));
    expect(parsed.encoding).toBe('UTF-8');
    expect(parsed.text).toContain('Депутаты Государственной думы');
    expect(parsed.text.split('\uFFFD').length - 1).toBe(3);
    expect(parsed.warnings).toContain(
      '3 replacement characters (U+FFFD) in the text: byte sequences not valid in UTF-8',
    );
  });

  test('a clean page gets no replacement warning', () => {
    const parsed = parseHtml(Buffer.from(article('')));
    expect(parsed.warnings.filter((w) => w.includes('U+FFFD'))).toEqual([]);
  });
});

describe('utf8Counts', () => {
  test('counts broken sequences as the decoder replaces them', () => {
    expect(utf8Counts(Buffer.from([0xd0, 0x41]))).toEqual({ multibyte: 0, invalid: 1 });
    expect(utf8Counts(Buffer.from([0xe2, 0x80, 0x41]))).toEqual({ multibyte: 0, invalid: 1 });
    expect(utf8Counts(Buffer.from([0xff, 0xff]))).toEqual({ multibyte: 0, invalid: 2 });
    expect(utf8Counts(Buffer.from('Дума «за»'))).toEqual({ multibyte: 8, invalid: 0 });
  });

  test('the count of invalid sequences equals the U+FFFD Node puts in', () => {
    const bytes = fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a));
    // bias towards UTF-8-looking bytes so that sequences, not only lone bytes, are exercised
    const mixed = fc
      .array(fc.oneof(fc.constantFrom('Дума', '—', '€', '𝄞', 'a'), fc.integer({ min: 0x80, max: 0xff })), {
        maxLength: 24,
      })
      .map((parts) =>
        Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.from(p)))),
      );
    for (const arb of [bytes, mixed]) {
      fc.assert(
        fc.property(arb, (buf) => {
          const replaced = buf.toString('utf8').split('\uFFFD').length - 1;
          expect(utf8Counts(buf).invalid).toBe(replaced);
        }),
        { numRuns: 2000 },
      );
    }
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
