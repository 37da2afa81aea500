// Names in the nominative whatever their origin: real news sentences, one per construction.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { sharedCase, surnameNominatives } from './declension.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

const names = (text: string): string[] => peopleIn(text).map((p) => p.name);

describe('a given name in no list is part of the name, in the case the surname shows', () => {
  test('genitive: both words lose their ending', () => {
    expect(names('Она снималась в фильмах Вима Вендерса и других режиссёров.')).toContain('Вим Вендерс');
  });
  test('nominative: a consonant-final word keeps the name as written', () => {
    expect(names('Шведский защитник Никлас Лидстрём заявил о завершении карьеры.')).toContain(
      'Никлас Лидстрём',
    );
  });
  test('instrumental given name: the verb of another subject does not make it a woman', () => {
    expect(names('В 1982 году в беседе с кинокритиком Джином Сискелом актриса говорила о семье.')).toContain(
      'Джин Сискел',
    );
  });
  test('an instrumental first part of a hyphenated surname', () => {
    expect(names('Он вернётся на Землю вместе с астронавтом Майклом Лопесом-Алегрия.')).toContain(
      'Майкл Лопес-Алегрия',
    );
  });
});

describe('surname endings that do not decline, or decline in -й', () => {
  test('Polish "-ски" is indeclinable for a man and a woman', () => {
    expect(surnameNominatives('Полански', 'masc')[0]).toBe('Полански');
    expect(surnameNominatives('Кински', 'femn')[0]).toBe('Кински');
  });
  test('"-ая" after a first name in the genitive is a surname in "-ай"', () => {
    expect(names('Он сыграл в фильме Андрея Эшпая по роману Достоевского.')).toContain('Андрей Эшпай');
  });
  test('after "имени" the name is in the genitive: "Евгения" is his', () => {
    expect(names('Спектакль покажут на сцене Театра имени Евгения Вахтангова в Москве.')).toContain(
      'Евгений Вахтангов',
    );
  });
  test('a surname written with "е" for "ё" is the same person', () => {
    const p = peopleIn('Защитник Никлас Лидстрём завершил карьеру. За свою карьеру Лидстрем выиграл всё.');
    expect(p).toHaveLength(1);
  });
});

describe('sharedCase', () => {
  test('two words with one oblique ending share that case', () => {
    expect(sharedCase(['Тарека', 'Салеха'])).toEqual({ ending: 'а' });
    expect(sharedCase(['Беньямином', 'Нетаньяху'])).toEqual({ ending: 'м' });
    expect(sharedCase(['Ходжатолла', 'Ганимифард'])).toBe('nomn');
  });
});

describe('the surname that explains every form the article uses', () => {
  test('"Нетаньяху" does not decline: a nominative first name beside it says so', () => {
    const people = peopleIn(
      'Партию «Ликуд» возглавляет премьер-министр Биньямин Нетаньяху. Серьёзным соперником Нетаньяху является Бени Ганц. Для лидера Нетаньяху на карту поставлено многое.',
    );
    expect(people.map((p) => p.name)).toContain('Биньямин Нетаньяху');
  });
  test('"Теру" in every case is "Теру", not the dative of "Тер"', () => {
    const people = peopleIn(
      'Дженнифер Энистон выйдет замуж за актера Джастина Теру. Как сообщил представитель Теру, предложение принято. Джастин Теру снимался в сериалах.',
    );
    expect(people.map((p) => p.name)).toContain('Джастин Теру');
  });
  test('the dictionary\'s surname reading of a genitive after an indeclinable first name ("Тони Ричардсона")', () => {
    expect(names('Она играла в картинах режиссёров Тони Ричардсона и Пола Шредера.')).toContain(
      'Тони Ричардсон',
    );
  });
});

describe('multi-part names kept whole', () => {
  test('particles join the parts of a name ("Мохаммед бин Салман", "Аль-Валид ибн Талал")', () => {
    expect(names('Наследный принц Мохаммед бин Салман встретился с президентом.')).toContain(
      'Мохаммед бин Салман',
    );
    expect(names('Среди задержанных — принц Аль-Валид ибн Талал.')).toContain('Аль-Валид ибн Талал');
  });
  test('a person named inside a place name, with the closing "би" ("район имени Казыбек би")', () => {
    expect(names('Школа находится в районе имени Казыбек би.')).toEqual(['Казыбек би']);
  });
  test('an East Asian name is read surname first and keeps a vowel-final word ("Лян Цяо", "Ли Чжаньшу")', () => {
    expect(names('В жюри вошёл китайский режиссёр Лян Цяо.')).toEqual(['Лян Цяо']);
    expect(names('В собрании участвовали Ли Кэцян, Ли Чжаньшу и Ван Ян.')).toContain('Ли Чжаньшу');
  });
  test('the subject of the verb beside it is a nominative: "Роналду" does not lose its ending', () => {
    expect(names('Криштиану Роналду забил гол. Роналду празднует победу.')).toEqual(['Криштиану Роналду']);
  });
  test('a first name and patronymic join the person named in full ("Владимир Владимирович")', () => {
    const people = peopleIn(
      'Губернатор поблагодарил Владимира Путина следующими словами: Владимир Владимирович, благодарю вас за доверие.',
    );
    expect(people.map((p) => p.name)).toEqual(['Владимир Путин']);
  });
  test('"Лукашенко" does not decline', () => {
    expect(
      names('Встреча с Александром Лукашенко прошла в Минске. Лукашенко заявил о сотрудничестве.'),
    ).toEqual(['Александр Лукашенко']);
  });
});

describe('a first name that is her nominative and his genitive ("Александра")', () => {
  test('the verb of a free-standing name makes her a woman', () => {
    expect(names('Александра Панфилова заявила, что концерт перенесён.')).toContain('Александра Панфилова');
  });
  test('her later mention with a verb overturns a reading after a genitive noun', () => {
    expect(
      names(
        'Пресс-секретарь группы Александра Панфилова, жена музыканта, сообщила о болезни. Александра отказалась назвать клинику.',
      ),
    ).toContain('Александра Панфилова');
  });
  test('after a noun that can govern it the name stays his genitive', () => {
    expect(names('Жена Александра Панфилова сказала, что всё хорошо.')).toContain('Александр Панфилов');
  });
});

describe('multi-part and surname-first names in oblique cases', () => {
  test('an indeclinable first name: a known given name in the middle shows the case', () => {
    expect(names('Хуситы вынудили президента Абду Рабу Мансура Хади покинуть столицу.')).toContain(
      'Абду Рабу Мансур Хади',
    );
  });
  test('surname first, with a first name and patronymic in the accusative', () => {
    expect(names('Путин назначил Небензю Василия Алексеевича постоянным представителем при ООН.')).toContain(
      'Василий Алексеевич Небензя',
    );
  });
  test('an indeclinable surname in "-у" beside a genitive stays as written', () => {
    expect(names('Он дождался приезда Сергея Шойгу в Хмеймим.')).toContain('Сергей Шойгу');
  });
});

describe('East Asian names', () => {
  test('a case ending on a syllable in "-н" comes off', () => {
    expect(names('Портрет Мао Цзэдуна висит на площади Тяньаньмэнь.')).toContain('Мао Цзэдун');
  });
  test('the surname never declines, whatever the case', () => {
    expect(names('Послание Ху Цзиньтао зачитали на съезде.')).toContain('Ху Цзиньтао');
  });
  test('a given name that is one syllable in "-а" stays', () => {
    expect(names('Теннисистка Ли На выиграла турнир.')).toContain('Ли На');
  });
});

describe('a Kazakh given name in no list, in a woman’s oblique case', () => {
  test('"-ой" on the surname is her genitive, not a nominative', () => {
    expect(names('Иск против Даригы Назарбаевой отклонён судом.')).toContain('Дарига Назарбаева');
  });
});
