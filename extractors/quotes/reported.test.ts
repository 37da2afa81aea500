import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { brief, person, run } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('reported speech', () => {
  test('X отметил, что Q', () => {
    const t = 'Асель Нурланова отметила, что за последние три года область удвоила выпуск зерна.';
    expect(brief(run(t, [person(t, 'p1', 'Асель Нурланова', 'Асель Нурланова')]))).toEqual([
      'indirect|Асель Нурланова|отметить|за последние три года область удвоила выпуск зерна',
    ]);
  });
  test('X считает / уверен, что Q', () => {
    const t = 'Политолог Айдар Амребаев уверен, что реформа пройдёт успешно.';
    expect(brief(run(t, [person(t, 'p1', 'Айдар Амребаев', 'Айдар Амребаев')]))).toEqual([
      'indirect|Айдар Амребаев|быть уверенным|реформа пройдёт успешно',
    ]);
  });
  test('По словам X, Q', () => {
    const t = 'По словам Кисина, Армения заслуживает процветания.';
    expect(brief(run(t, [person(t, 'p1', 'Евгений Кисин', 'Кисина')]))).toEqual([
      'indirect|Евгений Кисин|по словам|Армения заслуживает процветания',
    ]);
  });
  test('по его мнению inside a sentence: the clause after the comma', () => {
    const t =
      'Саиров выступил на заседании. Теперь же, по его мнению, стоит задача совершенствования системы.';
    expect(brief(run(t, [person(t, 'p1', 'Ерлан Саиров', 'Саиров')]))).toEqual([
      'indirect|Ерлан Саиров|по мнению|стоит задача совершенствования системы',
    ]);
  });
  test('Как сообщил X, Q', () => {
    const t = 'Как сообщил аким области Серик Шапкенов, дорогу откроют в декабре.';
    expect(brief(run(t, [person(t, 'p1', 'Серик Шапкенов', 'Серик Шапкенов')]))).toEqual([
      'indirect|Серик Шапкенов|сообщить|дорогу откроют в декабре',
    ]);
  });
  test('X предложил + infinitive: the infinitive clause', () => {
    const t = 'Ерлан Саиров предложил приостановить выборы акимов районного уровня.';
    expect(brief(run(t, [person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров')]))).toEqual([
      'indirect|Ерлан Саиров|предложить|приостановить выборы акимов районного уровня',
    ]);
  });
  test('a quoted phrase inside reported speech makes it mixed', () => {
    const t = 'Кисин отметил, что важно, чтобы «вечный огонь горел в наших сердцах».';
    expect(brief(run(t, [person(t, 'p1', 'Евгений Кисин', 'Кисин')]))).toEqual([
      'mixed|Евгений Кисин|отметить|важно, чтобы «вечный огонь горел в наших сердцах»',
    ]);
  });
  test('X назвал Y «Q»', () => {
    const t = 'Шефер назвал эпидемию коронавируса «вызовом века».';
    expect(brief(run(t, [person(t, 'p1', 'Томас Шефер', 'Шефер')]))).toEqual([
      'mixed|Томас Шефер|назвать|эпидемию коронавируса «вызовом века»',
    ]);
  });
  test('an organisation as the source: speaker null, source set', () => {
    const t = 'Forbes уточняет, что менеджер скончался в одной из частных клиник.';
    expect(brief(run(t))).toEqual([
      'indirect|src:Forbes|уточнять|менеджер скончался в одной из частных клиник',
    ]);
  });
  test('Q, пишет ТАСС.', () => {
    const t = 'В 2018 году Варичев досрочно прекратил свои полномочия, пишет ТАСС.';
    expect(brief(run(t))).toEqual([
      'indirect|src:ТАСС|писать|В 2018 году Варичев досрочно прекратил свои полномочия',
    ]);
  });
  test('Об этом сообщило министерство: the previous sentence', () => {
    const t =
      'Скончался польский композитор Кшиштоф Пендерецкий. Об этом сообщило министерство культуры Польши.';
    expect(brief(run(t))).toEqual([
      'indirect|src:министерство культуры Польши|сообщить|Скончался польский композитор Кшиштоф Пендерецкий',
    ]);
  });
  test('говорится в заявлении: impersonal, the source named', () => {
    const t = 'В заявлении МИД говорится, что посол вызван для консультаций.';
    const r = run(t);
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['посол вызван для консультаций', null]]);
  });
  test('the content ends before a second attribution in the sentence', () => {
    const t = 'Буфье напомнил, что Шефер работал днём и ночью, и добавил, что «он был очень обеспокоен».';
    expect(
      brief(run(t, [person(t, 'p1', 'Фолькер Буфье', 'Буфье'), person(t, 'p2', 'Томас Шефер', 'Шефер')])),
    ).toEqual([
      'indirect|Фолькер Буфье|напомнить|Шефер работал днём и ночью',
      'direct|Фолькер Буфье|добавить|он был очень обеспокоен',
    ]);
  });
  test('"отметил юбилей" and "заметила следы" are not speech', () => {
    const t = 'Режиссёр Глеб Панфилов отметил 85-летний юбилей. Мать заметила следы побоев.';
    expect(run(t, [person(t, 'p1', 'Глеб Панфилов', 'Глеб Панфилов')]).quotes).toEqual([]);
  });
  test('the author voice "Отметим, что" is not a quote', () => {
    expect(run('Отметим, что закон вступит в силу в январе.').quotes).toEqual([]);
  });
});
