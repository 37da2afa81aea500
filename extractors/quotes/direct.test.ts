import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { brief, person, run } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('direct quotes', () => {
  test('«Q», – сказал X.', () => {
    const t = '«Это важная инициатива», – сказал Ерлан Саиров.';
    expect(brief(run(t, [person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров')]))).toEqual([
      'direct|Ерлан Саиров|сказать|Это важная инициатива',
    ]);
  });
  test('«Q», – X сказал.', () => {
    const t = '«Мы должны урегулировать вопрос финансирования районов», – Жайымбетов сказал.';
    expect(brief(run(t, [person(t, 'p2', 'Мархабат Жайымбетов', 'Жайымбетов')]))).toEqual([
      'direct|Мархабат Жайымбетов|сказать|Мы должны урегулировать вопрос финансирования районов',
    ]);
  });
  test('X сказал: «Q»', () => {
    const t = 'После боя Матиас сказал: «Верю, что с Максимом будет все хорошо».';
    expect(brief(run(t, [person(t, 'p1', 'Сабриэл Матиас', 'Матиас')]))).toEqual([
      'direct|Сабриэл Матиас|сказать|Верю, что с Максимом будет все хорошо',
    ]);
  });
  test('X: «Q»', () => {
    const t = 'Токаев: «Реформы будут продолжены, и никто их не остановит».';
    expect(brief(run(t, [person(t, 'p1', 'Касым-Жомарт Токаев', 'Токаев')]))).toEqual([
      'direct|Касым-Жомарт Токаев|-|Реформы будут продолжены, и никто их не остановит',
    ]);
  });
  test('a quote split by its attribution gives two quotes with one speaker', () => {
    const t = '«Всё началось случайно, – рассказал Андреа Падован, – я хотел помочь больнице».';
    expect(brief(run(t, [person(t, 'p1', 'Андреа Падован', 'Андреа Падован')]))).toEqual([
      'direct|Андреа Падован|рассказать|Всё началось случайно',
      'direct|Андреа Падован|рассказать|я хотел помочь больнице',
    ]);
  });
  test('a quote over two paragraphs is one quote', () => {
    const t = '«Мы начали работу весной.\n\n«Теперь проект завершён», – сообщил министр Иванов.';
    const r = brief(run(t, [person(t, 'p1', 'Пётр Иванов', 'Иванов')]));
    expect(r).toEqual(['direct|Пётр Иванов|сообщить|Мы начали работу весной.\n\n«Теперь проект завершён']);
  });
  test('unquoted speech closed by "— сказала X"', () => {
    const t = 'В его песнях для меня весь его образ в сжатой форме — сказала Варвара Визбор.';
    expect(brief(run(t, [person(t, 'p1', 'Варвара Визбор', 'Варвара Визбор')]))).toEqual([
      'direct|Варвара Визбор|сказать|В его песнях для меня весь его образ в сжатой форме',
    ]);
  });
  test('a hyphen inside a word is not an attribution dash', () => {
    const t =
      'Вчера другая олимпийская чемпионка Сочи-2014 Аделина Сотникова заявила о приостановке карьеры.';
    expect(
      run(t, [person(t, 'p1', 'Аделина Сотникова', 'Аделина Сотникова')]).quotes.map((q) => q.kind),
    ).toEqual(['indirect']);
  });
  test('"X сказала:" ending a paragraph opens the next one as the quote', () => {
    const t = 'Супруга композитора Эльжбета Пендерецкая сказала:\nСегодня мы потеряли великого музыканта.';
    expect(brief(run(t, [person(t, 'p1', 'Эльжбета Пендерецкая', 'Эльжбета Пендерецкая')]))).toEqual([
      'direct|Эльжбета Пендерецкая|сказать|Сегодня мы потеряли великого музыканта.',
    ]);
  });
  test('dialogue-dash paragraphs', () => {
    const t =
      'Министр Иванов ответил на вопросы.\n— Мы справимся с задачей, — сказал Иванов. — Сроки реальные.';
    const r = brief(run(t, [person(t, 'p1', 'Пётр Иванов', 'Иванов')]));
    expect(r).toEqual([
      'direct|Пётр Иванов|сказать|Мы справимся с задачей',
      'direct|Пётр Иванов|сказать|Сроки реальные.',
    ]);
  });
  test('a whole-sentence quote with no attribution continues the last speaker', () => {
    const t = 'Иванов рассказал, что проект завершён. «С того дня нам стали звонить мэры городов».';
    const r = brief(run(t, [person(t, 'p1', 'Пётр Иванов', 'Иванов')]));
    expect(r).toContain('direct|Пётр Иванов|-|С того дня нам стали звонить мэры городов');
  });
});
