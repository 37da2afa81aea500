import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology, sentenceEnd, sentenceFirst } from '../../document/analyse/index.js';
import type { Person } from '../../document/record/types.js';
import { buildContext, speechHit } from './context.js';
import { findSpeakerGroup, type SearchOptions } from './subject.js';
import { person } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

type Options = Partial<Omit<SearchOptions, 'from'>>;

/**
 * The speaker group found around the first token spelt `at`, searched as attribution.ts searches
 * around a speech verb (its sentence, left then right, nominative, the verb's gender and number)
 * unless `opts` says otherwise. Shown as "type|group text|person|gender", then "|plur",
 * "|coordinated", "|bare" when set; null when none is found.
 */
function speaker(text: string, at: string, people: Person[] = [], opts: Options = {}): string | null {
  const doc = analyse(text, { outlet: null });
  const ctx = buildContext(doc, people);
  const from = doc.tokens.findIndex((t) => t.text === at);
  if (from < 0) throw new Error(`no token "${at}" in: ${text}`);
  const hit = speechHit(doc.tokens[from]!);
  const g = findSpeakerGroup(ctx, {
    lo: sentenceFirst(doc, from),
    hi: sentenceEnd(doc, from),
    from,
    order: 'left-right',
    agreement: {
      cases: ['nomn'],
      gender: hit && hit.gender !== 'neut' ? hit.gender : null,
      plural: hit && hit.pos !== 'GRND' ? hit.plural : null,
    },
    ...opts,
  });
  if (!g) return null;
  const words = doc.text.slice(doc.tokens[g.first]!.start, doc.tokens[g.last]!.end);
  const who = g.person >= 0 ? ctx.people[g.person]!.name : '-';
  const flags = [g.plural ? 'plur' : '', g.coordinated ? 'coordinated' : '', g.bare ? 'bare' : ''];
  return [g.type, words, who, g.gender ?? '-', ...flags.filter((f) => f !== '')].join('|');
}

/** The options phraseAttribution (reported/according-to.ts) searches "по словам X" with. */
function genitive(text: string, head: string): Options {
  const doc = analyse(text, { outlet: null });
  const from = doc.tokens.findIndex((t) => t.text === head);
  return {
    lo: from + 1,
    order: 'right',
    agreement: { cases: ['gent'], gender: null, plural: null },
    reach: 10,
  };
}

describe('the subject before the verb', () => {
  test('a name after a preposition is its object, not part of the speaker group', () => {
    const t =
      'Зампредседателя Общественного совета при ГУ МВД России по Москве Антон Цветков сообщил: он не оказывал сопротивления.';
    expect(speaker(t, 'сообщил', [person(t, 'p1', 'Антон Цветков', 'Антон Цветков')])).toBe(
      'person|Антон Цветков|Антон Цветков|masc',
    );
  });
  test('an apposition opened by a role noun stands for the person before it', () => {
    const t = "Кевин Аллен, журналист газеты ''USA Today'', вспоминает: «Никто не был так вежлив».";
    expect(speaker(t, 'вспоминает', [person(t, 'p1', 'Кевин Аллен', 'Кевин Аллен')])).toBe(
      'person|Кевин Аллен|Кевин Аллен|masc',
    );
  });
  test('a known person', () => {
    const t = 'Асель Нурланова отметила, что за последние три года область удвоила выпуск зерна.';
    expect(speaker(t, 'отметила', [person(t, 'p1', 'Асель Нурланова', 'Асель Нурланова')])).toBe(
      'person|Асель Нурланова|Асель Нурланова|femn',
    );
  });
  test('a role noun and a known person: one group', () => {
    const t = 'Политолог Айдар Амребаев уверен, что реформа пройдёт успешно.';
    expect(speaker(t, 'уверен', [person(t, 'p1', 'Айдар Амребаев', 'Айдар Амребаев')])).toBe(
      'person|Политолог Айдар Амребаев|Айдар Амребаев|masc',
    );
  });
  test('a role noun with a name nobody listed', () => {
    const t = 'Министр энергетики Канат Бозумбаев сообщил, что цены на бензин не вырастут.';
    expect(speaker(t, 'сообщил')).toBe('name|Министр энергетики Канат Бозумбаев|-|-');
  });
  test('a bare role noun', () => {
    const t = 'В этой связи депутат подчеркнул, что нужен взвешенный подход.';
    expect(speaker(t, 'подчеркнул')).toBe('role|депутат|-|masc|bare');
  });
  test('a pronoun', () => {
    const t = 'Он напомнил, что выборы прошли во всех сёлах.';
    expect(speaker(t, 'напомнил')).toBe('pronoun|Он|-|masc|bare');
  });
  // the anchor is the source noun nearest the verb, "министерства" (read as a plural nominative):
  // the group grows left over "Пресс-служба", but gender and number stay the anchor's
  test('a source noun with its genitive complement', () => {
    const t = 'Пресс-служба министерства здравоохранения сообщила, что вакцина поступит в марте.';
    expect(speaker(t, 'сообщила')).toBe('source|Пресс-служба министерства здравоохранения|-|neut|plur');
  });
  test('a foreign organisation name in Latin letters', () => {
    const t = 'Forbes уточняет, что менеджер скончался в одной из частных клиник.';
    expect(speaker(t, 'уточняет')).toBe('source|Forbes|-|-|bare');
  });
  // the name's reading is feminine, the verb masculine: a name is the speaker whatever its gender;
  // the capitalised adverb opening the sentence joins the group
  test('an unknown foreign name in mid-sentence', () => {
    const t = 'Вчера Андреа рассказал, что уезжает в Италию.';
    expect(speaker(t, 'рассказал')).toBe('name|Вчера Андреа|-|femn');
  });
  // "поп-звезда" is in no word list: the name stands alone
  test('a capitalised common noun after a title is a name ("поп-звезда Мадонна")', () => {
    const t = 'Американская поп-звезда Мадонна сообщила, что отменяет турне.';
    expect(speaker(t, 'сообщила')).toBe('name|Мадонна|-|-|bare');
  });
});

describe('the subject after the verb', () => {
  test('"— заявил министр …" after a direct quote', () => {
    const t = '«Работа продолжается», — заявил министр энергетики Канат Бозумбаев.';
    expect(speaker(t, 'заявил', [], { order: 'right' })).toBe(
      'name|министр энергетики Канат Бозумбаев|-|masc',
    );
  });
  test('"Q, пишет ТАСС."', () => {
    const t = 'В 2018 году Варичев досрочно прекратил свои полномочия, пишет ТАСС.';
    expect(speaker(t, 'пишет', [], { order: 'right' })).toBe('source|ТАСС|-|-|bare');
  });
  test('"сообщает агентство «Башинформ»": a short quoted name belongs to the group', () => {
    const t = 'Отставка принята, сообщает агентство «Башинформ».';
    expect(speaker(t, 'сообщает', [], { order: 'right' })).toBe('source|агентство «Башинформ»|-|neut');
  });
  test('a domain name is one source ("Zakon.kz")', () => {
    const t = 'Дорогу откроют в декабре, сообщает Zakon.kz.';
    expect(speaker(t, 'сообщает', [], { order: 'right' })).toBe('source|Zakon.kz|-|-');
  });
  test('"Об этом сообщила пресс-служба ММКФ"', () => {
    const t = 'Об этом сообщила пресс-служба ММКФ.';
    expect(speaker(t, 'сообщила', [], { order: 'right' })).toBe('source|пресс-служба ММКФ|-|femn');
  });
  // without the preposition check "МИД России" would be the source: it is where, not who
  test('the object of a preposition is passed over ("в МИД России")', () => {
    const t = 'Об этом сообщили в МИД России.';
    expect(speaker(t, 'сообщили', [], { order: 'right' })).toBeNull();
  });
});

describe('the genitive of "по словам" (searched to the right from the word after "по")', () => {
  test('a known person in the genitive', () => {
    const t = 'По словам Кисина, Армения заслуживает процветания.';
    expect(speaker(t, 'словам', [person(t, 'p1', 'Евгений Кисин', 'Кисина')], genitive(t, 'словам'))).toBe(
      'person|Кисина|Евгений Кисин|masc|bare',
    );
  });
  test('a role and a name in the genitive', () => {
    const t =
      'По словам премьер-министра земли Гессен Фолькера Буфье (Volker Bouffier), это может быть первым политическим самоубийством.';
    expect(speaker(t, 'словам', [], genitive(t, 'словам'))).toBe(
      'name|премьер-министра земли Гессен Фолькера Буфье|-|masc',
    );
  });
  test('a possessive: "по его мнению"', () => {
    const t = 'Теперь же, по его мнению, стоит задача совершенствования системы.';
    expect(speaker(t, 'по', [], genitive(t, 'по'))).toBe('pronoun|его|-|masc|bare');
  });
  test('a nominative search does not take the genitive', () => {
    const t = 'По словам Кисина, Армения заслуживает процветания.';
    expect(
      speaker(t, 'словам', [person(t, 'p1', 'Евгений Кисин', 'Кисина')], { order: 'right', reach: 2 }),
    ).toBeNull();
  });
});

describe('agreement', () => {
  // the group is the person nearest the verb; "coordinated" says it is one of several
  test('two people joined by "и" under a plural verb are coordinated', () => {
    const t = 'Депутаты Ерлан Саиров и Мархабат Жайымбетов предложили приостановить выборы.';
    const people = [
      person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров'),
      person(t, 'p2', 'Мархабат Жайымбетов', 'Мархабат Жайымбетов'),
    ];
    expect(speaker(t, 'предложили', people)).toBe(
      'person|Мархабат Жайымбетов|Мархабат Жайымбетов|masc|coordinated',
    );
  });
  test('a masculine role noun agrees with a feminine verb ("министр сообщила")', () => {
    const t = 'Министр сообщила, что школы откроются в сентябре.';
    expect(speaker(t, 'сообщила')).toBe('role|Министр|-|masc|bare');
  });
  test('a pronoun of the other gender does not agree', () => {
    const t = 'Он напомнил, что выборы прошли во всех сёлах.';
    const opts: Options = { agreement: { cases: ['nomn'], gender: 'femn', plural: null } };
    expect(speaker(t, 'напомнил', [], opts)).toBeNull();
  });
  test('a singular pronoun does not agree with a plural verb', () => {
    const t = 'Он и его коллеги заявили, что покидают партию.';
    expect(speaker(t, 'заявили')).toBeNull();
  });
  // the anchor is "партии" (a plural nominative reading), Цвангираи its complement
  test('the genitive complement of a source noun is not the speaker ("представитель партии Цвангираи")', () => {
    const t = 'Представитель партии Цвангираи сообщил, что выборы были нечестными.';
    expect(speaker(t, 'сообщил', [person(t, 'p1', 'Морган Цвангираи', 'Цвангираи')])).toBe(
      'source|Представитель партии Цвангираи|-|femn|plur',
    );
  });
  test('a kinship noun is an unnamed speaker, and the role in the genitive is not the subject', () => {
    const t = 'Жена депутата сообщила, что он находится в больнице.';
    expect(speaker(t, 'сообщила')).toBe('unnamed|Жена депутата|-|femn');
  });
  test('"один из" before a plural is one unnamed speaker', () => {
    const t = 'Решение уже принято, подтвердил один из участников совещания.';
    expect(speaker(t, 'подтвердил')).toBe('unnamed|один из участников совещания|-|masc');
  });
  test('unnamed people ("очевидцы") are a source', () => {
    expect(speaker('Очевидцы рассказали, что слышали два взрыва.', 'рассказали')).toMatch(
      /^source\|Очевидцы\|/u,
    );
  });
  test('an insertion closed by a comma before the verb belongs to the name before it', () => {
    const t =
      'Пугачёва, известная также как активная защитница бездомных животных, заявила, что не вернётся на сцену.';
    expect(speaker(t, 'заявила', [person(t, 'p1', 'Алла Пугачёва', 'Пугачёва')])).toBe(
      'person|Пугачёва|Алла Пугачёва|femn|bare',
    );
  });
  test('a known name in another case before the subject is not part of its group', () => {
    const t = 'В беседе с телеведущим Андреем Малаховым певица говорила, что хочет вернуться на сцену.';
    expect(speaker(t, 'говорила', [person(t, 'p1', 'Андрей Малахов', 'Андреем Малаховым')])).toBe(
      'role|певица|-|femn|bare',
    );
  });
  test('a plural nominative that is also a singular genitive is no source ("карьеру чиновницы")', () => {
    const t =
      'Министр спорта Олег Матыцин предложил чемпионке начать карьеру чиновницы, заявив журналистам, что ждёт её в министерстве.';
    expect(speaker(t, 'заявив', [person(t, 'p1', 'Олег Матыцин', 'Олег Матыцин')])).toBe(
      'person|Министр спорта Олег Матыцин|Олег Матыцин|masc',
    );
  });
  test('titles after the verb run on to the name that ends the sentence', () => {
    const t =
      '«Смена растёт», – отметил заместитель главного судьи «Кубка России-2024», олимпийский чемпион (2000), чемпион мира по спортивной гимнастике Николай Петров.';
    expect(
      speaker(t, 'отметил', [person(t, 'p1', 'Николай Петров', 'Николай Петров')], { order: 'right' }),
    ).toBe('person|Николай Петров|Николай Петров|masc');
  });
});

describe('limits of the search', () => {
  test('the clause after "что" is not searched', () => {
    const t = 'Журналистам сообщили, что Саиров покинул здание.';
    expect(
      speaker(t, 'сообщили', [person(t, 'p1', 'Ерлан Саиров', 'Саиров')], { order: 'right' }),
    ).toBeNull();
  });
  test('a dash ends the search', () => {
    const t = 'Саиров — против, заявил источник.';
    expect(speaker(t, 'заявил', [person(t, 'p1', 'Ерлан Саиров', 'Саиров')], { order: 'left' })).toBeNull();
  });
  test('the reach: a source beyond it is not found', () => {
    const t = 'Об этом сообщила вчера вечером на брифинге пресс-служба министерства.';
    expect(speaker(t, 'сообщила', [], { order: 'right' })).toBe('source|пресс-служба министерства|-|femn');
    expect(speaker(t, 'сообщила', [], { order: 'right', reach: 3 })).toBeNull();
  });
  // "Twitter" joins the group after it, whose first word then follows a preposition
  test('a Latin name after a preposition hides the subject after it ("в Twitter глава МИД")', () => {
    const t = 'Об этом сообщил в Twitter глава МИД Сергей Лавров.';
    expect(speaker(t, 'сообщил', [], { order: 'right' })).toBeNull();
  });
  test('sources are not anchors when not allowed ("цитирует")', () => {
    const t = 'Отставка принята, сообщает агентство «Башинформ».';
    expect(speaker(t, 'сообщает', [], { order: 'right', allowSources: false })).toBeNull();
  });
  // without the skip, the closing mark would stop the search
  test('a quotation met on the way is skipped whole', () => {
    const t = 'Саиров назвал закон «ошибкой» и вчера заявил, что выйдет из партии.';
    expect(speaker(t, 'заявил', [person(t, 'p1', 'Ерлан Саиров', 'Саиров')], { order: 'left' })).toBe(
      'person|Саиров|Ерлан Саиров|masc|bare',
    );
  });
});
