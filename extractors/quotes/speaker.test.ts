import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { brief, person, run } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('speaker resolution', () => {
  test('"Он напомнил" refers to the last speaker', () => {
    const t = 'Ерлан Саиров отметил, что работа идёт. Он напомнил, что выборы прошли во всех сёлах.';
    const r = brief(run(t, [person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров')]));
    expect(r[1]).toBe('indirect|Ерлан Саиров|напомнить|выборы прошли во всех сёлах');
  });
  test("a quotation standing alone after a sentence opening with a name is that person's", () => {
    const t =
      'Суд отложил заседание.\n\nИгорь Семенов, адвокат из Самары, возглавляет коллегию адвокатов.\n\n«Защита обязана получить все материалы дела».';
    const r = brief(run(t, [person(t, 'p1', 'Игорь Семенов', 'Игорь Семенов')]));
    expect(r).toEqual(['direct|Игорь Семенов|-|Защита обязана получить все материалы дела']);
  });
  test('a quotation standing alone after a sentence naming two people stays unattributed', () => {
    const t = 'Игорь Семенов встретился с Анной Петровой.\n\n«Защита обязана получить все материалы дела».';
    const r = brief(
      run(t, [
        person(t, 'p1', 'Игорь Семенов', 'Игорь Семенов'),
        person(t, 'p2', 'Анна Петрова', 'Анной Петровой'),
      ]),
    );
    expect(r).toEqual(['direct|-|-|Защита обязана получить все материалы дела']);
  });
  test('an office nobody holds, given to someone who never spoke, goes on with the speaker in view', () => {
    const t =
      'Нарендра Моди выступил на форуме памяти Махатмы Ганди. Моди сказал, что Ганди изменил мир. Индийский лидер отметил, что идеи ненасилия актуальны сегодня.';
    const gandhi = person(t, 'p2', 'Махатма Ганди', 'Махатмы Ганди');
    const modi = person(t, 'p1', 'Нарендра Моди', 'Нарендра Моди');
    const again = t.indexOf('Моди сказал');
    modi.mentions.push({ start: again, end: again + 4, text: 'Моди', kind: 'name' });
    const at = t.indexOf('лидер');
    gandhi.mentions.push({ start: at, end: at + 5, text: 'лидер', kind: 'role' });
    const r = brief(run(t, [modi, gandhi]));
    expect(r[1]).toBe('indirect|Нарендра Моди|отметить|идеи ненасилия актуальны сегодня');
  });
  test('a representative of a named person is a source, not that person', () => {
    const t =
      'Актёр Джастин Теру сделал предложение. Как сообщил журналу People официальный представитель Теру, Энистон дала согласие.';
    const teroux = person(t, 'p1', 'Джастин Теру', 'Джастин Теру');
    const at = t.indexOf('Теру,');
    teroux.mentions.push({ start: at, end: at + 4, text: 'Теру', kind: 'name' });
    const rep = t.indexOf('представитель');
    teroux.mentions.push({ start: rep, end: rep + 13, text: 'представитель', kind: 'role' });
    const r = run(t, [teroux]);
    expect(brief(r)).toEqual(['indirect|src:официальный представитель Теру|сообщить|Энистон дала согласие']);
    expect(r.people[0]!.mentions.map((m) => m.kind)).toEqual(['name', 'name']);
  });
  test('a full name after "адвокат" is the lawyer; a name told by a dative noun is not the speaker', () => {
    const t =
      '«Меня проинформировали, что он был застрелен на месте», – сообщил информагентству AFP адвокат Небойша Влаич.';
    const r = brief(run(t, [person(t, 'p1', 'Небойша Влаич', 'Небойша Влаич')]));
    expect(r).toEqual(['direct|Небойша Влаич|сообщить|Меня проинформировали, что он был застрелен на месте']);
  });
  test('a body given to a person as a role ("пресс-служба") speaks as a source', () => {
    const t =
      'Актриса Настасья Кински вошла в состав жюри кинофестиваля. Об этом сообщила пресс-служба ММКФ.';
    const kinski = person(t, 'p1', 'Настасья Кински', 'Настасья Кински');
    const at = t.indexOf('пресс-служба');
    kinski.mentions.push({ start: at, end: at + 12, text: 'пресс-служба', kind: 'role' });
    const r = run(t, [kinski]);
    expect(brief(r)).toEqual([
      'indirect|src:пресс-служба ММКФ|сообщить|Актриса Настасья Кински вошла в состав жюри кинофестиваля',
    ]);
    expect(r.people[0]!.mentions.map((m) => m.kind)).toEqual(['name']);
  });
  test('"Автор отмечает" refers back to the author named before', () => {
    const t =
      'В апреле вышла книга Юлии Сырых «Наши дни». Автор отмечает, что хочет сделать книгу доступной для всех.';
    const r = brief(run(t, [person(t, 'p1', 'Юлия Сырых', 'Юлии Сырых')]));
    expect(r).toEqual(['indirect|Юлия Сырых|отмечать|хочет сделать книгу доступной для всех']);
  });
  test('a title after a role noun ("автор «Диких сердцем»") is no other person', () => {
    const t =
      'Режиссёр Дэвид Линч уходит из кино. В беседе с изданием автор «Диких сердцем» сказал, что его последним фильмом останется «Внутренняя империя».';
    const r = brief(run(t, [person(t, 'p1', 'Дэвид Линч', 'Дэвид Линч')]));
    expect(r[0]).toBe('mixed|Дэвид Линч|сказать|его последним фильмом останется «Внутренняя империя»');
  });
  test('"в эфире телеканала NBC" is where, not who', () => {
    const t =
      '«Это не просто новая технология», — сказал в эфире телеканала NBC главный редактор Time Ричард Стенгел.';
    const r = brief(run(t, [person(t, 'p1', 'Ричард Стенгел', 'Ричард Стенгел')]));
    expect(r).toEqual(['direct|Ричард Стенгел|сказать|Это не просто новая технология']);
  });
  test('a bare noun after the words, the speaker in view, is that speaker described', () => {
    const t =
      'Режиссёр Дэвид Линч заявил, что уходит из кино. «Многое изменилось за эти годы», — раскрыл свою мысль постановщик.';
    const r = brief(run(t, [person(t, 'p1', 'Дэвид Линч', 'Дэвид Линч')]));
    expect(r[1]).toBe('direct|Дэвид Линч|раскрыть|Многое изменилось за эти годы');
  });
  test('"Он" takes up the subject of the sentence before it, named after the last speaker', () => {
    const t =
      '«Реформа идёт по плану», — сказал Иван Петров. Сергей Иванов не согласился с коллегой. Он заявил, что реформа провалена.';
    const r = brief(
      run(t, [
        person(t, 'p1', 'Иван Петров', 'Иван Петров'),
        person(t, 'p2', 'Сергей Иванов', 'Сергей Иванов'),
      ]),
    );
    expect(r[1]).toBe('indirect|Сергей Иванов|заявить|реформа провалена');
  });
  test('"по его мнению" takes up the subject named earlier in the sentence, not a nearer genitive', () => {
    const t =
      'Гай Ричи не может начать съёмки, не выбрав актёра на роль Аладдина, так как, по его мнению, актёры должны сыграться.';
    const r = brief(
      run(t, [person(t, 'p1', 'Гай Ричи', 'Гай Ричи'), person(t, 'p2', 'Аладдин', 'Аладдина')]),
    );
    expect(r).toEqual(['indirect|Гай Ричи|по мнению|актёры должны сыграться']);
  });
  test('a name after "имени" names an institution, not the speaker', () => {
    const t = 'Пресс-служба филармонии имени Габдуллы Тукая сообщает, что концерт перенесён на субботу.';
    const r = brief(run(t, [person(t, 'p1', 'Габдулла Тукай', 'Габдуллы Тукая')]));
    expect(r).toEqual([
      'indirect|src:Пресс-служба филармонии имени Габдуллы Тукая|сообщать|концерт перенесён на субботу',
    ]);
  });
  test('the verb gender picks the compatible person', () => {
    const t =
      'Евгений Кисин выступил с концертом. Сона Ованнисян сообщила, что концерт пройдёт в октябре. Пианист заявил, что не будет выступать в Турции.';
    const r = brief(
      run(t, [
        person(t, 'p1', 'Евгений Кисин', 'Евгений Кисин'),
        person(t, 'p2', 'Сона Ованнисян', 'Сона Ованнисян'),
      ]),
    );
    expect(r).toEqual([
      'indirect|Сона Ованнисян|сообщить|концерт пройдёт в октябре',
      'indirect|Евгений Кисин|заявить|не будет выступать в Турции',
    ]);
  });
  test('role nouns ("депутат", "мажилисмена") refer back to the named person', () => {
    const t =
      'Ерлан Саиров выступил в Мажилисе. В этой связи депутат подчеркнул, что нужен взвешенный подход. По словам мажилисмена, выборы уже проведены.';
    const r = run(t, [person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров')]);
    expect(brief(r)).toEqual([
      'indirect|Ерлан Саиров|подчеркнуть|нужен взвешенный подход',
      'indirect|Ерлан Саиров|по словам|выборы уже проведены',
    ]);
    expect(r.people[0]!.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'name:Ерлан Саиров',
      'role:депутат',
      'role:мажилисмена',
    ]);
    expect(r.people[0]!.quoted).toBe(true);
  });
  test('a speaker missing from the people list is not made up: no speaker (only the people extractor makes people)', () => {
    const t = '«Реформа назрела давно», – сказал Марат Карабаев. По словам Карабаева, закон примут весной.';
    const r = run(t, []);
    expect(r.people).toEqual([]);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes.every((q) => q.speaker === null)).toBe(true);
  });
  test('a name in another case finds the person the people extractor gave ("По словам Карабаева")', () => {
    const t = '«Реформа назрела давно», – сказал Марат Карабаев. По словам Карабаева, закон примут весной.';
    const r = run(t, [person(t, 'p1', 'Марат Карабаев', 'Марат Карабаев')]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['p1', 'p1']);
    expect(r.people.map((p) => p.name)).toEqual(['Марат Карабаев']);
  });
  test('a first name read in another case tells no gender ("Эда Миллера" is Эд, not Эда)', () => {
    const t =
      'По словам начальника полиции Эда Миллера, пожар начался ночью. «Никто из жильцов не пострадал», — сообщил он.';
    const r = run(t, [person(t, 'p1', 'Эд Миллер', 'Эда Миллера')]);
    expect(brief(r)[1]).toBe('direct|Эд Миллер|сообщить|Никто из жильцов не пострадал');
  });
  test('"— добавил он" after an unnamed speaker is that unnamed speaker, not the person named before', () => {
    const t =
      'Глава компании Андрей Соколов отказался от комментариев. «Сделка почти завершена», — сказал один из участников переговоров. «Осталось подписать документы», — добавил он.';
    const r = run(t, [person(t, 'p1', 'Андрей Соколов', 'Андрей Соколов')]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
  test('"— добавил он" after an informant ("источник") stays with the informant', () => {
    const t =
      'Министр Олег Белов не ответил на звонки. «Отставка подписана», — сказал источник в правительстве. «Указ опубликуют завтра», — добавил он.';
    const r = run(t, [person(t, 'p1', 'Олег Белов', 'Олег Белов')]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
  test('a role noun whose genitive complement is a mention of the same person is someone else', () => {
    const t =
      'Губернатор Иван Орлов посетил больницу. Как уточнил позже помощник губернатора, Орлов выделил средства на ремонт.';
    const p1 = person(t, 'p1', 'Иван Орлов', 'Иван Орлов', 'Орлов');
    // the people extractor gave both nouns to the governor
    for (const w of ['помощник', 'губернатора']) {
      const at = t.indexOf(w);
      p1.mentions.push({ start: at, end: at + w.length, text: w, kind: 'role' });
    }
    p1.mentions.sort((a, b) => a.start - b.start);
    expect(brief(run(t, [p1]))).toEqual([
      'indirect|src:помощник губернатора|уточнить|Орлов выделил средства на ремонт',
    ]);
  });
  test('a role noun given to someone else yields to the person the article gives that role', () => {
    const t =
      'Президент Казахстана Касым-Жомарт Токаев подписал указ. Председатель сената Маулен Ашимбаев поддержал решение. Президент заявил, что реформа будет продолжена.';
    const p1 = person(t, 'p1', 'Касым-Жомарт Токаев', 'Касым-Жомарт Токаев');
    p1.role = 'президент Казахстана';
    const p2 = person(t, 'p2', 'Маулен Ашимбаев', 'Маулен Ашимбаев');
    p2.role = 'председатель сената';
    // the role-mention model gave the second "Президент" to the chairman
    const at = t.lastIndexOf('Президент');
    p2.mentions.push({ start: at, end: at + 9, text: 'Президент', kind: 'role' });
    expect(brief(run(t, [p1, p2]))).toEqual([
      'indirect|Касым-Жомарт Токаев|заявить|реформа будет продолжена',
    ]);
  });
  test('a person named after an unnamed speaker takes the pronoun up', () => {
    const t =
      '«Решение принято», — сказал один из участников встречи. Премьер Али Хасан сформировал правительство. Он заявил, что кабинет продержится до осени.';
    expect(brief(run(t, [person(t, 'p1', 'Али Хасан', 'Али Хасан')]))).toEqual([
      'direct|-|сказать|Решение принято',
      'indirect|Али Хасан|заявить|кабинет продержится до осени',
    ]);
  });
  test('someone\'s lawyer is an unnamed speaker: "по его словам" after it is not the client', () => {
    const t =
      'Футболист Арон Смит арестован в Бостоне. Адвокат футболиста заявил, что его клиент невиновен. По его словам, у полиции нет улик.';
    expect(brief(run(t, [person(t, 'p1', 'Арон Смит', 'Арон Смит')]))).toEqual([
      'indirect|src:Адвокат футболиста|заявить|его клиент невиновен',
      'indirect|-|по словам|у полиции нет улик',
    ]);
  });
  test('a source after the verb does not run on to a name closing the sentence', () => {
    const t = 'Кроме того, сообщает РБК, руководителем комитета назначен Егор Поляков.';
    expect(
      run(t, [person(t, 'p1', 'Егор Поляков', 'Егор Поляков')]).quotes.map((q) => q.speaker),
    ).not.toContain('p1');
  });
  test('a bare role noun stays with a person given no office ("Папа" and "папа римский")', () => {
    const t =
      'Папа римский Иоанн Павел II канонизирован. Понтифик Франциск провёл мессу. Папа сказал, что святость доступна всем.';
    const p1 = person(t, 'p1', 'Иоанн Павел II', 'Иоанн Павел II');
    p1.role = 'папа римский';
    const p2 = person(t, 'p2', 'Франциск', 'Франциск');
    const at = t.lastIndexOf('Папа');
    p2.mentions.push({ start: at, end: at + 4, text: 'Папа', kind: 'role' });
    p2.mentions.sort((a, b) => a.start - b.start);
    expect(brief(run(t, [p1, p2]))).toEqual(['indirect|Франциск|сказать|святость доступна всем']);
  });
  test('a role noun after an unnamed informant is still the person named before', () => {
    const t =
      'Олег Сидоров назначен министром обороны. Как рассказал представитель ведомства, речь Сидорова была короткой. По словам источника, новый министр заявил, что армия получит новое оружие.';
    expect(brief(run(t, [person(t, 'p1', 'Олег Сидоров', 'Олег Сидоров', 'Сидорова')]))[1]).toBe(
      'indirect|Олег Сидоров|заявить|армия получит новое оружие',
    );
  });
  test('a name inside a plural group is its complement, not the speaker ("Дети … Олега Сидорова")', () => {
    const t = 'Дети убитого журналиста Олега Сидорова заявили, что не придут на суд.';
    expect(brief(run(t, [person(t, 'p1', 'Олег Сидоров', 'Олега Сидорова')]))).toEqual([
      'indirect|src:Дети убитого журналиста Олега Сидорова|заявить|не придут на суд',
    ]);
  });
  test('a sentence-initial capital ("В") is never made a person', () => {
    const t = 'В своем микроблоге в Twitter он написал: «Страна потеряла крупнейшую фигуру».';
    const r = run(t, []);
    expect(r.people).toEqual([]);
  });
  test('a pronoun with nobody compatible in view stays unattributed', () => {
    const t =
      'Аким Хабиров ввёл режим самоизоляции.\n\nПолиция задержала мужчину.\n\nХотя он сообщил, что ничего не знал, протокол составлен.';
    const r = run(t, [person(t, 'p1', 'Радий Хабиров', 'Хабиров')]);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker).toBeNull();
  });
  test('the genitive complement of a noun is not the speaker ("представитель партии Цвангираи")', () => {
    const t = 'Представитель партии Цвангираи сообщил, что выборы были нечестными.';
    const r = run(t, [person(t, 'p1', 'Морган Цвангираи', 'Цвангираи')]);
    expect(r.quotes[0]!.speaker).toBeNull();
    expect(r.quotes[0]!.source).toBe('Представитель партии Цвангираи');
  });
  test('a name after a genitive phrase is still the speaker ("…управления образования Алия Нурмаханова")', () => {
    const t =
      'Руководитель городского управления образования Алия Нурмаханова сообщила, что сейчас в трехсменном режиме учатся 11 школ города. «Без новых зданий мы не уйдем от третьей смены», — подчеркнула она.';
    const p1 = person(t, 'p1', 'Алия Нурмаханова', 'Алия Нурмаханова');
    const r = run(t, [p1]);
    expect(brief(r)).toEqual([
      'indirect|Алия Нурмаханова|сообщить|сейчас в трехсменном режиме учатся 11 школ города',
      'direct|Алия Нурмаханова|подчеркнуть|Без новых зданий мы не уйдем от третьей смены',
    ]);
    expect(r.people[0]!.quoted).toBe(true);
  });
  test('a role group with a complement ("президент Эквадора") is the person holding that role', () => {
    const t =
      'Президент Эквадора Рафаэль Корреа заявил, что США должны объясниться. Кроме того, президент Эквадора сообщил, что судьба Сноудена находится в российских руках.';
    const p = person(t, 'p1', 'Рафаэль Корреа', 'Рафаэль Корреа');
    p.role = 'президент Эквадора';
    expect(brief(run(t, [p]))[1]).toBe(
      'indirect|Рафаэль Корреа|сообщить|судьба Сноудена находится в российских руках',
    );
  });
  test('"Китайский лидер": a role group without a matching role is the nearest agreeing person', () => {
    const t =
      'Си Цзиньпин выступил в Пекине. Китайский лидер отметил, что «ценным и влиятельным духовным достоянием» Маркса является научная теория.';
    expect(brief(run(t, [person(t, 'p1', 'Си Цзиньпин', 'Си Цзиньпин')]))[0]).toMatch(
      /^mixed\|Си Цзиньпин\|отметить\|/u,
    );
  });

  test('someone else\'s aide ("пресс-секретарь главы государства") is not the person named before', () => {
    const t =
      'Людмиле Зыкиной исполнилось 80 лет. Как сообщила тогда пресс-секретарь главы государства, президент позвонил Зыкиной по телефону.';
    expect(brief(run(t, [person(t, 'p1', 'Людмила Зыкина', 'Людмиле Зыкиной', 'Зыкиной')]))).toEqual([
      'indirect|src:пресс-секретарь главы государства|сообщить|президент позвонил Зыкиной по телефону',
    ]);
  });
});
