// The library API: records like the command line's, typed errors naming the field, extractMany in order.
import { describe, expect, test } from '@jest/globals';
import { recordProblems } from '../../document/record/validate.js';
import { runCli } from '../cli/test-io.js';
import { analyse, extract, extractHtml, extractMany, extractSync, FieldError, loadModels } from './index.js';
import type { ArticleLike, ArticleOptions, ManyResult, NewsRecord } from './index.js';

const TEXT =
  'Президент Казахстана Касым-Жомарт Токаев 25 ноября провёл совещание в Астане. ' +
  '«Цены на продукты выросли на 5%, это недопустимо», — заявил глава государства. ' +
  'По словам министра финансов Мади Такиева, бюджет получит ещё 120 млрд тенге.';
const PUBLISHED = '2025-11-26T12:00:00+05:00';

describe('extract', () => {
  test('gives a valid record with people, quotes, numbers and dates', async () => {
    const r = await extract(TEXT, { published: PUBLISHED, outlet: 'Zakon.kz' });
    expect(recordProblems(r)).toEqual([]);
    expect(r.outlet).toBe('Zakon.kz');
    expect(r.people.map((p) => p.name)).toContain('Касым-Жомарт Токаев');
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.numbers.some((n) => n.kind === 'percent' && n.value === 5)).toBe(true);
    expect(r.dates.some((d) => d.value === '2025-11-25')).toBe(true);
  });

  test('gives the record `newsfacts extract` prints, byte for byte', async () => {
    const cli = await runCli(['extract', '-', '--published', PUBLISHED, '--outlet', 'Zakon.kz'], TEXT);
    expect(cli.code).toBe(0);
    expect(JSON.stringify(await extract(TEXT, { published: PUBLISHED, outlet: 'Zakon.kz' })) + '\n').toBe(
      cli.stdout,
    );
  });

  test.each([
    ['text', 'missing', undefined, {}],
    ['text', 'type', 42, {}],
    ['text', 'empty', '   \n', {}],
    ['text', 'not-text', 'бинарный\u0000файл', {}],
    ['published', 'invalid', TEXT, { published: 'вчера' }],
    ['published', 'invalid', TEXT, { published: '2025-02-30' }],
    ['url', 'type', TEXT, { url: 5 }],
  ])('refuses a bad %s (%s) with a FieldError', async (field, problem, text, options) => {
    const err = await extract(text as string, options as ArticleOptions).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FieldError);
    expect((err as FieldError).field).toBe(field);
    expect((err as FieldError).problem).toBe(problem);
  });

  test('extractSync after loadModels gives the same record', async () => {
    await loadModels();
    expect(extractSync(TEXT, { published: PUBLISHED })).toEqual(
      await extract(TEXT, { published: PUBLISHED }),
    );
  });
});

test('extractHtml takes the title and body from the page, options winning', async () => {
  const page =
    '<html><head><title>Бюджет вырос</title></head><body><article>' +
    '<h1>Бюджет вырос</h1><p>Министр финансов Мади Такиев сообщил, что бюджет вырос на 10%.</p>' +
    '<p>Об этом он рассказал журналистам в понедельник в Астане.</p></article></body></html>';
  const r = await extractHtml(Buffer.from(page), { outlet: 'Zakon.kz', published: PUBLISHED });
  expect(recordProblems(r)).toEqual([]);
  expect(r.title).toBe('Бюджет вырос');
  expect(r.outlet).toBe('Zakon.kz');
  expect(r.text).toContain('Мади Такиев');
  await expect(extractHtml('<html><body></body></html>')).rejects.toMatchObject({
    field: 'html',
    problem: 'empty',
  });
});

test('analyse gives sentences and tokens', async () => {
  const doc = await analyse('Мама мыла раму. Папа читал газету.');
  expect(doc.sentences).toHaveLength(2);
});

test('extractMany keeps input order and yields errors in place', async () => {
  async function* articles(): AsyncGenerator<ArticleLike> {
    await Promise.resolve(); // an async source, as a stream or a database cursor would be
    yield { text: 'Вчера Иван Петров сказал: «Всё будет хорошо».', published: PUBLISHED, id: 'a' };
    yield { text: '' };
    yield { text: 'Курс доллара вырос до 520 тенге.', id: 'c', published: 'завтра' };
    yield { text: 'Сто рублей стоит хлеб.', id: 'd' };
  }
  const out: (NewsRecord | string)[] = [];
  for await (const r of extractMany(articles()))
    out.push(r.record ?? `${r.index}:${(r.error as FieldError).field}`);
  expect(out.map((o) => (typeof o === 'string' ? o : o.id))).toEqual(['a', '1:text', '2:published', 'd']);
});

test('extractMany on two worker threads gives the same records and typed errors, in order', async () => {
  const articles: ArticleLike[] = [
    { text: TEXT, published: PUBLISHED, id: 'a' },
    { text: '' },
    { text: 'Аким области Нурлан Сейтказиев заявил, что ремонт закончат к 1 сентября.', id: 'c' },
    { text: 'Курс доллара вырос до 520 тенге.', published: 'завтра' },
    { text: 'Сто рублей стоит хлеб.', id: 'e', maxTextBytes: 10 },
    { text: 'Вчера Иван Петров сказал: «Всё будет хорошо».', published: PUBLISHED, id: 'f' },
    { text: 'Сегодня', onDone: () => undefined } as unknown as ArticleLike,
  ];
  const show = (r: ManyResult): string =>
    r.record ? JSON.stringify(r.record) : `${r.index}:${r.error.name}:${JSON.stringify(r.error)}`;
  const one: string[] = [];
  for await (const r of extractMany(articles.slice(0, 6))) one.push(show(r));
  const two: string[] = [];
  for await (const r of extractMany(articles, { workers: 2 })) two.push(show(r));
  expect(two.slice(0, 6)).toEqual(one);
  expect(two[1]).toMatch(/^1:FieldError:.*"field":"text"/);
  expect(two[4]).toMatch(/^4:ArticleError:.*"reason":"too-long"/);
  expect(two[6]).toMatch(/^6:FieldError:.*"field":"article"/);
  await expect(extractMany([], { workers: 0 }).next()).rejects.toMatchObject({ field: 'workers' });
}, 60_000);

describe('the size limit', () => {
  test('a text over maxTextBytes (default 1 MiB of UTF-8) throws ArticleError too-long; a bad limit is a FieldError', async () => {
    const text = 'Президент Казахстана Касым-Жомарт Токаев заявил, что цены выросли на 5%. ';
    await expect(extract(text.repeat(3), { maxTextBytes: 100 })).rejects.toMatchObject({
      name: 'ArticleError',
      reason: 'too-long',
    });
    expect((await extract(text, { maxTextBytes: 1000 })).text).toBe(text);
    await expect(extract('а'.repeat((1 << 19) + 1))).rejects.toMatchObject({ reason: 'too-long' });
    await expect(extract(text, { maxTextBytes: 0 })).rejects.toMatchObject({
      name: 'FieldError',
      field: 'maxTextBytes',
    });
  });
});
