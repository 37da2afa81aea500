// normaliseUrl: one spelling per page.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { hostKey, ipLiteral, isHttpUrl, normaliseUrl } from './url.js';

describe('normaliseUrl', () => {
  test.each([
    ['HTTPS://WWW.Zakon.KZ:443/news/123#comments', 'https://www.zakon.kz/news/123'],
    ['http://tengrinews.kz:80', 'http://tengrinews.kz/'],
    [
      'https://ria.ru/20251126/story.html?utm_source=yxnews&utm_medium=desktop',
      'https://ria.ru/20251126/story.html',
    ],
    ['https://lenta.ru/news/?id=5&fbclid=IwAR0&yclid=77&ysclid=abc', 'https://lenta.ru/news/?id=5'],
    ['https://kazinform.kz./ru/a', 'https://kazinform.kz/ru/a'],
    ['https://user:pw@example.kz/a', 'https://example.kz/a'],
    ['https://example.kz/%7euser/%41bc', 'https://example.kz/~user/Abc'],
    ['https://example.kz/a%2fb', 'https://example.kz/a%2Fb'],
    ['https://example.kz/a/', 'https://example.kz/a/'],
    ['https://example.kz/a?', 'https://example.kz/a'],
    ['https://пример.рф/новости', 'https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8'],
    ['https://example.kz/a?b=2&a=1', 'https://example.kz/a?b=2&a=1'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  test('is idempotent, and drops what it promises to, on generated URLs', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'aZ09-._~%/?&=+ёЖ😀#:@'.split(''), 'а', '2F'),
      maxLength: 12,
    });
    const url = fc.record({
      scheme: fc.constantFrom('http', 'HTTPS', 'https'),
      host: fc.constantFrom('Zakon.KZ', 'www.zakon.kz.', 'пример.рф', '127.0.0.1', '[::1]'),
      port: fc.constantFrom('', ':80', ':443', ':8080'),
      path: text,
      query: fc.array(
        fc.tuple(fc.constantFrom('id', 'utm_source', 'UTM_Medium', 'fbclid', 'q', 'page'), text),
        {
          maxLength: 4,
        },
      ),
      fragment: text,
    });
    fc.assert(
      fc.property(url, (u) => {
        const raw = `${u.scheme}://${u.host}${u.port}/${u.path}?${u.query.map(([k, v]) => `${k}=${v}`).join('&')}#${u.fragment}`;
        let once: string;
        try {
          once = normaliseUrl(raw);
        } catch {
          return; // not every generated string is a URL
        }
        expect(normaliseUrl(once)).toBe(once);
        expect(once).not.toContain('#');
        const names = new URL(once).search
          .slice(1)
          .split('&')
          .map((pair) => pair.split('=')[0]!.toLowerCase());
        expect(names.filter((n) => n.startsWith('utm_') || n === 'fbclid')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('throws on non-URLs', () => {
    expect(() => normaliseUrl('не ссылка')).toThrow('Invalid URL');
  });
});

describe('URL helpers', () => {
  test('isHttpUrl takes http(s) only', () => {
    expect(isHttpUrl('https://zakon.kz/')).toBe(true);
    expect(isHttpUrl('ftp://zakon.kz/')).toBe(false);
    expect(isHttpUrl('file:///tmp/a.html')).toBe(false);
  });
  test('hostKey ignores scheme and port; ipLiteral unwraps IPv6 brackets', () => {
    expect(hostKey('https://zakon.kz:8443/a')).toBe('zakon.kz');
    expect(ipLiteral('[::1]')).toBe('::1');
    expect(ipLiteral('10.0.0.1')).toBe('10.0.0.1');
    expect(ipLiteral('zakon.kz')).toBeNull();
  });
});
