import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('merging mentions into people', () => {
  test('full name, surname and its genitive are one person, named in the nominative', () => {
    const people = peopleIn(
      'Ерлан Саиров выступил первым. По мнению Саирова, выборы нужны. Саиров добавил, что это важно.',
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Ерлан Саиров');
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Ерлан Саиров', 'Саирова', 'Саиров']);
  });
  test('a woman’s surname stays in the nominative', () => {
    const [p] = peopleIn('Аида Балаева заявила, что министерство готово. Балаева добавила подробности.');
    expect(p?.name).toBe('Аида Балаева');
    expect(p?.mentions).toHaveLength(2);
  });
  test('the genitive of a man’s name is restored', () => {
    expect(peopleIn('Предложение Алишера Усманова поддержали акционеры.')[0]?.name).toBe('Алишер Усманов');
  });
  test('different first names with one surname stay apart', () => {
    const people = peopleIn(
      'Песни Юрия Визбора звучали весь вечер. Внучка барда Варвара Визбор рассказала о деде.',
    );
    expect(people.map((p) => p.name)).toEqual(['Юрий Визбор', 'Варвара Визбор']);
  });
  test('a first name in another spelling, read as a surname, joins the person named in full', () => {
    const people = peopleIn(
      'Французская актриса Брижит Бардо пригрозила уехать из страны. Кроме того, Бриджит отметила, что готова бежать.',
    );
    expect(people.map((p) => p.name)).toEqual(['Брижит Бардо']);
    expect(people[0]?.mentions.map((m) => m.text)).toContain('Бриджит');
  });
  test('initials join the person whose first name they abbreviate', () => {
    const people = peopleIn(
      'Министр финансов Алексей Кудрин выступил в Думе. Как сообщил А. Кудрин, бюджет сбалансирован.',
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Алексей Кудрин');
  });
  test('people are sorted by first mention and numbered', () => {
    const people = peopleIn('Барак Обама встретился с Ангелой Меркель. Меркель и Обама обсудили торговлю.');
    expect(people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Барак Обама'],
      ['p2', 'Ангела Меркель'],
    ]);
  });
  test('a surname in another spelling is the same person and keeps their name', () => {
    const people = peopleIn(
      'Бывший губернатор Калифорнии Арнольд Шварценеггер поздравил избирателей. Позже Шварцнеггер ' +
        'добавил, что не собирается возвращаться.',
    );
    expect(people.map((p) => [p.name, p.mentions.filter((m) => m.kind === 'name').length])).toEqual([
      ['Арнольд Шварценеггер', 2],
    ]);
  });
  test('a full name with the surname spelt one letter apart is the same person', () => {
    const people = peopleIn(
      'Глава полиции Майкл Гонзалес прибыл на место. Позже в Twitter Майкла Гонсалеса появилось обращение к жителям.',
    );
    expect(people.map((p) => [p.name, p.mentions.filter((m) => m.kind === 'name').length])).toEqual([
      ['Майкл Гонзалес', 2],
    ]);
  });
  test('full names two letters apart stay two people', () => {
    const people = peopleIn('Александр Петров и Александр Петриков сыграли вничью.');
    expect(people.map((p) => p.name)).toEqual(['Александр Петров', 'Александр Петриков']);
  });
  test('a surname only somewhat alike is another person', () => {
    const people = peopleIn('Сергей Смирнов выступил на форуме. Смирнитский сказал, что согласен с ним.');
    expect(people.map((p) => p.name)).toEqual(['Сергей Смирнов', 'Смирнитский']);
  });
});

describe('one person, all mentions, whatever reading of the first name the form allows', () => {
  test('"Карла Маркса" is Карл Маркс in the genitive, not a woman named Карла', () => {
    const people = peopleIn(
      'В Пекине прошло собрание в честь 200-летия со дня рождения Карла Маркса. Немецкий мыслитель Карл Маркс родился в Трире.',
    );
    expect(people.map((p) => p.name)).toEqual(['Карл Маркс']);
  });
  test('a man named in the genitive before his nominative ("Валерия Чибинеева", "Валерий Чибинеев")', () => {
    const people = peopleIn(
      'Погибшие — родственники десантника Валерия Чибинеева. В прошлом году Валерий Чибинеев участвовал в параде.',
    );
    expect(people.map((p) => p.name)).toEqual(['Валерий Чибинеев']);
  });
  test('a first name alone that is the surname of a person named in full ("Мохамад")', () => {
    const people = peopleIn(
      'Премьер-министр Малайзии Махатхир Мохамад выступил в ООН. Мохамад стал главой страны в 2018 году.',
    );
    expect(people.map((p) => [p.name, p.mentions.filter((m) => m.kind === 'name').length])).toEqual([
      ['Махатхир Мохамад', 2],
    ]);
  });
  test('two given names no list knows, with one surname, are two people ("Тарек" and "Али Абдалла")', () => {
    const people = peopleIn(
      'Хуситы убили бывшего президента Йемена Али Абдаллу Салеха. Они напали и на его племянника — командира Тарека Салеха.',
    );
    expect(people.map((p) => p.name)).toContain('Тарек Салех');
  });
  test('a nickname in quotation marks inside a full name is the same person ("Бадди Макгирт")', () => {
    const people = peopleIn(
      'Тренер Джеймс «Бадди» Макгирт рассказал о бое. Позже Бадди Макгирт добавил, что боксёр здоров.',
    );
    expect(people.map((p) => p.name)).toEqual(['Джеймс Макгирт']);
  });
});

describe('first names in the nominative', () => {
  test('a form that is no nominative is read as the sex with more readings ("Виктории" is Виктория)', () => {
    expect(peopleIn('«Я обязан всем Виктории и моим детям», — сказал футболист.')[0]?.name).toBe('Виктория');
  });
  test('within one sex a nominative reading wins ("Алёша", not the genitive of "Алеш")', () => {
    expect(peopleIn('Двое из её детей носят русские имена — Алёша и Соня.').map((p) => p.name)).toContain(
      'Алеша',
    );
  });
  test('a first name beside a nominative surname is nominative as written ("Бени Ганц")', () => {
    const people = peopleIn(
      'Серьёзным соперником премьера является бывший глава генштаба Бени Ганц. Альянс Бени Ганца набрал много голосов.',
    );
    expect(people.map((p) => p.name)).toEqual(['Бени Ганц']);
  });
  test('a feminine role before the name settles the sex ("актрисе Октавии Спенсер")', () => {
    expect(peopleIn('Аудитория аплодировала актрисе Октавии Спенсер стоя.')[0]?.name).toBe('Октавия Спенсер');
  });
});

describe('nicknames', () => {
  test('"Сергей «Шнур» Шнуров": the nickname stays out of the name, every form is one person', () => {
    const people = peopleIn(
      'Лидер группы «Ленинград» Сергей «Шнур» Шнуров дал концерт. Шнуров пел два часа. По словам Сергея «Шнура» Шнурова, всё прошло хорошо.',
    );
    expect(people.map((p) => [p.name, p.mentions.filter((m) => m.kind === 'name').length])).toEqual([
      ['Сергей Шнуров', 3],
    ]);
  });
});

describe('only real people, one at a time', () => {
  test('a surname in the plural is the family, not a mention of one person ("Скрипалей")', () => {
    const people = peopleIn(
      'Место отравления Скрипалей установлено. В отравлении Сергея и Юлии Скрипаль подозревается шпион.',
    );
    const mentions = people.flatMap((p) => p.mentions.filter((m) => m.kind === 'name').map((m) => m.text));
    expect(mentions).not.toContain('Скрипалей');
  });
  test('characters in the title of a work are not people ("«Пепи, Люси, Бом и остальные девушки»")', () => {
    const people = peopleIn(
      'В 1980 году Педро Альмодовар снял свой первый полнометражный фильм «Пепи, Люси, Бом и остальные девушки».',
    );
    expect(people.map((p) => p.name)).toEqual(['Педро Альмодовар']);
  });
  test('a character named with a patronymic in a title ("«Иван Васильевич меняет профессию»")', () => {
    const people = peopleIn(
      'Зрители помнят его по фильмам «Кавказская пленница» и «Иван Васильевич меняет профессию».',
    );
    expect(people).toEqual([]);
  });
  test('a real person named in full inside a title is still a mention ("«Портрет А. П. Остроумовой»")', () => {
    const people = peopleIn('На выставке показали картины «Портрет А. П. Остроумовой» и «Арлекин и дама».');
    expect(people.map((p) => p.name)).toEqual(['А. П. Остроумова']);
  });
});

describe('long articles', () => {
  // surnames made up from syllables: each a regular "-ов" surname, any two at least two letters apart
  // (one letter apart with the same first name is one person in another spelling)
  const SYLLABLES = ['бан', 'вер', 'гос', 'дул', 'зак', 'ким', 'лоп', 'муг', 'нир', 'пеш', 'рух', 'суд'];
  const surname = (k: number): string => {
    const s = SYLLABLES[k % 12]! + SYLLABLES[Math.floor(k / 12) % 12]! + SYLLABLES[Math.floor(k / 144) % 12]!;
    return s[0]!.toUpperCase() + s.slice(1) + 'ов';
  };
  test('among hundreds of people each later surname joins its own person', () => {
    const n = 200;
    const intro = Array.from({ length: n }, (_, k) => `Иван ${surname(k)} выступил на форуме.`);
    const later = Array.from({ length: n }, (_, k) => `По словам ${surname(n - 1 - k)}а, всё готово.`);
    const people = peopleIn([...intro, ...later, 'Вскоре Иван Петров и Петров уехали.'].join(' '));
    expect(people).toHaveLength(n + 1);
    expect(people.slice(0, n).map((p) => p.name)).toEqual(
      Array.from({ length: n }, (_, k) => `Иван ${surname(k)}`),
    );
    expect(people.every((p) => p.mentions.length === 2)).toBe(true);
    // the name keeps its nominative however many case forms come after it
    expect(people[n]?.name).toBe('Иван Петров');
  });
  test('among hundreds of people a surname in another spelling still finds its person', () => {
    const intro = Array.from({ length: 200 }, (_, k) => `Иван ${surname(k)} выступил на форуме.`);
    const people = peopleIn(
      [
        ...intro,
        'Арнольд Шварценеггер поздравил избирателей.',
        'Позже Шварцнеггер добавил, что уходит.',
      ].join(' '),
    );
    expect(people.find((p) => p.name === 'Арнольд Шварценеггер')?.mentions).toHaveLength(2);
  });
});

describe('a word that is a first name and a known surname', () => {
  test('joins the person named by that surname alone, after a preposition too', () => {
    const people = peopleIn(
      'Этот рывок сопоставим лишь со Сталиным. После Сталина каждый следующий лидер снижал планку.',
    );
    expect(people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Сталин', ['Сталиным', 'Сталина']],
    ]);
  });
});
