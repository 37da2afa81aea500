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
  test('X назвал Y «Q1», «Q2»: the naming runs over the quotations of its clause', () => {
    const t = 'Шефер назвал пандемию «вызовом века», «самым тяжёлым испытанием для экономики земли Гессен».';
    expect(brief(run(t, [person(t, 'p1', 'Томас Шефер', 'Шефер')]))).toEqual([
      'mixed|Томас Шефер|назвать|пандемию «вызовом века», «самым тяжёлым испытанием для экономики земли Гессен»',
    ]);
  });
  test('X сказал, что Q — он назвал …: a dash and a new speech clause end the content', () => {
    const t =
      'Подозреваемого задержали дома. Его отец сказал, что шокирован известием об аресте — он назвал сына добрым и тихим человеком. Мать подозреваемого живёт в Техасе.';
    expect(brief(run(t))[0]).toBe('indirect|-|сказать|шокирован известием об аресте');
  });
  test('"Власти утверждали, что Q": the authorities are a source', () => {
    const t = 'Власти утверждали, что Мингазов воевал на стороне талибов.';
    expect(brief(run(t))).toEqual(['indirect|src:Власти|утверждать|Мингазов воевал на стороне талибов']);
  });
  test('"и выразил" shares no subject with a speech verb of another number', () => {
    const t =
      'Американские власти потребовали выдать его США, но российский президент Владимир Путин в этом отказал, хотя и выразил пожелание, чтобы Сноуден вылетел в другую страну.';
    const r = brief(run(t, [person(t, 'p1', 'Владимир Путин', 'Владимир Путин')]));
    expect(r[r.length - 1]).toBe(
      'indirect|Владимир Путин|выразить уверенность|Сноуден вылетел в другую страну',
    );
  });
  test('"говорится в заявлении X": the document named after the preposition is the source', () => {
    const t = 'Рабочие начали забастовку. «Мы требуем повышения зарплат», — говорится в заявлении профсоюза.';
    expect(brief(run(t))).toEqual(['direct|src:заявлении профсоюза|говорить|Мы требуем повышения зарплат']);
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

// One sentence per rule of reported/, each the sentence its window constant is named after.
describe('reported rules, on the sentences that set their windows', () => {
  test('postposedSource: "Q, уточнил один из собеседников агентства." (an unnamed source)', () => {
    const t =
      'Несколько дней назад менеджер сдавал тест на коронавирус, однако тот дал отрицательный результат, уточнил один из собеседников агентства.';
    expect(brief(run(t))).toEqual([
      'indirect|-|уточнить|Несколько дней назад менеджер сдавал тест на коронавирус, однако тот дал отрицательный результат',
    ]);
  });
  test('aboutThisPrevious: a subject between "Об этом" and the verb', () => {
    // "изданию Der Spiegel" is told, not telling: the subject is "он", before the verb
    const near =
      'Вдова актёра Анна Майер сообщила о его смерти. Скончался режиссёр. Об этом она рассказала изданию Der Spiegel.';
    const r = brief(run(near, [person(near, 'p1', 'Анна Майер', 'Анна Майер')]));
    expect(r[r.length - 1]).toBe('indirect|Анна Майер|рассказать|Скончался режиссёр');
  });
  test('saidThat: ", что" eight tokens after the verb', () => {
    const t =
      'Президент ФИФА Зепп Блаттер заявил в Цюрихе в понедельник 9 мая, что договорные матчи подрывают основы спорта.';
    expect(brief(run(t, [person(t, 'p1', 'Зепп Блаттер', 'Зепп Блаттер')]))).toEqual([
      'indirect|Зепп Блаттер|заявить|договорные матчи подрывают основы спорта',
    ]);
  });
  test('saidColon: "X отметили …: Q"', () => {
    const t =
      'Лидеры двух стран отметили три сферы для развития нового диалога: политическую, торгово-экономическую и гуманитарную.';
    expect(brief(run(t))).toEqual([
      'indirect|src:Лидеры|отметить|политическую, торгово-экономическую и гуманитарную',
    ]);
  });
  test('calledQuoted: the quotation four tokens after the verb; a short one right after it is a nickname', () => {
    const t = 'Игорь Додон уже назвал решение КС находящимся «за пределами здравого смысла».';
    expect(brief(run(t, [person(t, 'p1', 'Игорь Додон', 'Игорь Додон')]))).toEqual([
      'mixed|Игорь Додон|назвать|решение КС находящимся «за пределами здравого смысла»',
    ]);
    expect(run('Россию и Катар называют «газовой ОПЕК».').quotes).toEqual([]);
  });
  test('proposedInfinitive: an addressee between the verb and the infinitive', () => {
    const t = 'Барак Обама призвал стороны возобновить зашедший в тупик мирный процесс.';
    expect(brief(run(t, [person(t, 'p1', 'Барак Обама', 'Барак Обама')]))).toEqual([
      'indirect|Барак Обама|призвать|возобновить зашедший в тупик мирный процесс',
    ]);
  });
  test('proposedInfinitive: "не" before the infinitive is content; a passive participle is no speech', () => {
    const t = 'Премьер пообещал не сдаваться. Фестиваль призван привлечь внимание к молодым режиссёрам.';
    expect(brief(run(t))).toEqual(['indirect|-|пообещать|не сдаваться']);
  });
  test('proposedInfinitive: an adverb between the verb and the infinitive', () => {
    const t = 'Ерлан Саиров предложил временно приостановить выборы акимов.';
    expect(brief(run(t, [person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров')]))).toEqual([
      'indirect|Ерлан Саиров|предложить|приостановить выборы акимов',
    ]);
  });
  test('saidAbout: "X сообщил о Q" with X named, nothing when X is not found', () => {
    const t = 'Бывший президент Украины Виктор Янукович сообщил о разводе с женой.';
    expect(brief(run(t, [person(t, 'p1', 'Виктор Янукович', 'Виктор Янукович')]))).toEqual([
      'indirect|Виктор Янукович|сообщить|о разводе с женой',
    ]);
    expect(run('Руснок заявил о своем уходе из политики.').quotes).toEqual([]);
  });
  test('accordingTo: "Как ранее сообщали X, Q" (an adverb before the verb)', () => {
    const t = 'Как ранее сообщали Викиновости, первый альбом группы вышел в 2008 году.';
    expect(brief(run(t))).toEqual(['indirect|-|сообщать|первый альбом группы вышел в 2008 году']);
  });
  test('accordingTo: the comma ten tokens after "словам"', () => {
    const t =
      'По словам премьер-министра земли Гессен Фолькера Буфье (Volker Bouffier), это может быть первым политическим самоубийством.';
    expect(brief(run(t, [person(t, 'p1', 'Фолькер Буфье', 'Фолькера Буфье')]))).toEqual([
      'indirect|Фолькер Буфье|по словам|это может быть первым политическим самоубийством',
    ]);
  });
  test('accordingTo: a participial clause describing the source is skipped', () => {
    const t =
      'Как рассказал дед рядового Владимир Челах на пресс-конференции, состоявшейся после свидания с обвиняемым, во время встречи его внук почти ничего не говорил.';
    expect(brief(run(t, [person(t, 'p1', 'Владимир Челах', 'Владимир Челах')]))).toEqual([
      'indirect|Владимир Челах|рассказать|во время встречи его внук почти ничего не говорил',
    ]);
  });
  test('accordingTo: no comma, the content starts after an animate genitive', () => {
    const t =
      'По словам очевидцев пешеходы стояли возле остановки в тот момент, когда на тротуар вылетел автомобиль.';
    expect(brief(run(t))).toEqual([
      'indirect|src:очевидцев|по словам|пешеходы стояли возле остановки в тот момент, когда на тротуар вылетел автомобиль',
    ]);
  });
  test('accordingTo: the phrase after the content, "Q, по словам X."', () => {
    const t = 'Армения заслуживает процветания, по словам Кисина.';
    expect(brief(run(t, [person(t, 'p1', 'Евгений Кисин', 'Кисина')]))).toEqual([
      'indirect|Евгений Кисин|по словам|Армения заслуживает процветания',
    ]);
  });
  test('"Q, заявил X." when Q only ends in a quoted phrase (mixed, not direct)', () => {
    const t =
      'Причиной отказа в праве на референдум стала «неточность формулировок», заявил председатель совета Игорь Рогов.';
    expect(brief(run(t, [person(t, 'p1', 'Игорь Рогов', 'Игорь Рогов')]))).toEqual([
      'mixed|Игорь Рогов|заявить|Причиной отказа в праве на референдум стала «неточность формулировок»',
    ]);
  });
  test('"по предварительным данным", "по некоторым предположениям": adjectives inside the phrase', () => {
    const t =
      'По предварительным данным, трагедия произошла из-за того, что пилот пытался лететь на малой высоте.';
    expect(brief(run(t))).toEqual([
      'indirect|-|по данным|трагедия произошла из-за того, что пилот пытался лететь на малой высоте',
    ]);
  });
  test('saidObject: "X подтвердил арест Y", the accusative object is the content', () => {
    const t = 'КНДР подтвердила арест гражданина США.';
    expect(brief(run(t))).toEqual(['indirect|src:КНДР|подтвердить|арест гражданина США']);
  });
  test('saidObject: "X обвиняет Y в Z" keeps Y and Z; a subject nobody listed gives no speaker', () => {
    const t =
      'Великобритания обвиняет Россию в использовании химического оружия. Москва обвинения отвергает.';
    expect(brief(run(t))).toEqual(['indirect|-|обвинять|Россию в использовании химического оружия']);
  });
  test('saidObject: the object ends before ", однако" and a new predicate', () => {
    const t =
      'Белый дом подтверждает факт разговора о Сноудене, однако ничего не сообщает о деталях или результатах этого общения.';
    expect(brief(run(t))).toEqual(['indirect|-|подтверждать|факт разговора о Сноудене']);
  });
  test('saidObject: a denied object is no statement', () => {
    const t = 'Пресс-секретарь Кремля Дмитрий Песков не подтвердил эту информацию.';
    expect(brief(run(t, [person(t, 'p1', 'Дмитрий Песков', 'Дмитрий Песков')]))).toEqual([]);
  });
  test('"согласно уставу форума, Q": the document is the source, no speaker', () => {
    const t =
      'Согласно уставу форума, генсек должен быть не младше 45 лет, иметь 15-летний опыт работы в газовой отрасли и владеть английским.';
    expect(brief(run(t))).toEqual([
      'indirect|-|согласно|генсек должен быть не младше 45 лет, иметь 15-летний опыт работы в газовой отрасли и владеть английским',
    ]);
  });
  test('"с его слов, Q" inside the sentence: the speaker is the pronoun\'s person', () => {
    const t =
      'Алексей Русаков сбежал с места аварии. У метро Русаков, с его слов, позвонил знакомой, которую попросил привезти денег.';
    expect(brief(run(t, [person(t, 'p1', 'Алексей Русаков', 'Алексей Русаков', 'Русаков')]))).toEqual([
      'indirect|Алексей Русаков|со слов|позвонил знакомой, которую попросил привезти денег',
    ]);
  });
  test('О X рассказал Y: the "о" phrase before the verb is the content', () => {
    const t =
      'Корреа в ответ заявил, что судьба Сноудена находится в российских руках. О разговоре с Байденом рассказал сам Корреа во время еженедельного обращения к эквадорцам.';
    expect(brief(run(t, [person(t, 'p1', 'Рафаэль Корреа', 'Корреа')]))).toContain(
      'indirect|Рафаэль Корреа|рассказать|О разговоре с Байденом',
    );
  });
  test('a gerund\'s "о" phrase before the main speech verb is its topic, not content', () => {
    const t =
      'Известный музыкант, пианист Евгений Кисин, говоря о Геноциде армян, отметил, что важно, чтобы «вечный огонь горел в наших сердцах».';
    expect(brief(run(t, [person(t, 'p1', 'Евгений Кисин', 'Евгений Кисин')]))).toEqual([
      'mixed|Евгений Кисин|отметить|важно, чтобы «вечный огонь горел в наших сердцах»',
    ]);
  });
  test('the nearer speech verb owns the что-clause: "поблагодарил семью, отметив, что"', () => {
    const t = 'Бекхэм также поблагодарил свою семью, отметив, что не достиг бы без нее таких высот.';
    expect(brief(run(t, [person(t, 'p1', 'Дэвид Бекхэм', 'Бекхэм')]))).toEqual([
      'indirect|Дэвид Бекхэм|отметить|не достиг бы без нее таких высот',
    ]);
  });
  test('Q, отмечается в заявлении X: an impersonal verb after the content', () => {
    const t =
      'Инцидент имел место на улице Михаила Грушевского в 14:06 по местному времени, отмечается в заявлении правоохранительных органов.';
    expect(brief(run(t))).toEqual([
      'indirect|src:заявлении правоохранительных органов|отмечать|Инцидент имел место на улице Михаила Грушевского в 14:06 по местному времени',
    ]);
  });
  test('a noun group before the comma is no content: "Часть процедуры, применяемой …, называется …"', () => {
    const t =
      'Часть юридической процедуры, применяемой на данной стадии, называется предъявлением доказательств.';
    expect(brief(run(t))).toEqual([]);
  });
  test('Q, сообщает X со ссылкой на Y: the source names its own source', () => {
    const t =
      'В отравлении подозревается 54-летний шпион с позывным Гордон, сообщает Daily Mirror со ссылкой на The Sunday People.';
    expect(brief(run(t))).toEqual([
      'indirect|src:Daily Mirror|сообщать|В отравлении подозревается 54-летний шпион с позывным Гордон',
    ]);
  });
  test('a second speech predicate after "и" ends the first one\'s content', () => {
    const t =
      'В недавнем телеобращении Салех призвал прекратить осаду йеменских портов и предложил в обмен «начать с чистого листа».';
    expect(brief(run(t, [person(t, 'p1', 'Али Абдалла Салех', 'Салех')]))).toEqual([
      'indirect|Али Абдалла Салех|призвать|прекратить осаду йеменских портов',
    ]);
  });
  test('Q. Об этом <date> сообщила X: a date between "об этом" and the verb', () => {
    const t =
      'Немецкая актриса Настасья Кински вошла в состав жюри основного конкурса. Об этом 11 апреля сообщила пресс-служба ММКФ.';
    expect(brief(run(t))).toEqual([
      'indirect|src:пресс-служба ММКФ|сообщить|Немецкая актриса Настасья Кински вошла в состав жюри основного конкурса',
    ]);
  });
  test('Q. Это подтвердил X: the accusative "это" of an object verb points back', () => {
    const t =
      'Судя по всему, Москва рассчитывает убедить остальных членов организации решить вопрос о генсеке. Это подтвердил "Ъ" один из участников встречи в Дохе.';
    expect(brief(run(t))).toEqual([
      'indirect|-|подтвердить|Судя по всему, Москва рассчитывает убедить остальных членов организации решить вопрос о генсеке',
    ]);
  });
  test('X, объявивший о Q: a participle\'s "о" phrase, said by the noun it agrees with', () => {
    const t =
      'Главным тренером клуба вместо сэра Алекса Фергюсона, объявившего об уходе с тренерского поста по окончании текущего сезона, может быть назван Дэвид Мойес.';
    expect(
      brief(
        run(t, [
          person(t, 'p1', 'Алекс Фергюсон', 'Алекса Фергюсона'),
          person(t, 'p2', 'Дэвид Мойес', 'Дэвид Мойес'),
        ]),
      ),
    ).toEqual(['indirect|Алекс Фергюсон|объявить|об уходе с тренерского поста по окончании текущего сезона']);
  });
  test('a passive participle of naming names, nobody speaks: "может быть назван наставник «Эвертона»"', () => {
    const t = 'Главным тренером клуба может быть назван наставник «Эвертона» Дэвид Мойес.';
    expect(brief(run(t, [person(t, 'p1', 'Дэвид Мойес', 'Дэвид Мойес')]))).toEqual([]);
  });
  test('"…, объявил об этом на пресс-конференции." points back: what precedes the comma is not its content', () => {
    const t =
      'Защитник принял решение завершить карьеру. «Лидс», которого считают одним из величайших защитников, объявил об этом на специальной пресс-конференции.';
    expect(brief(run(t)).filter((q) => q.includes('Лидс'))).toEqual([]);
  });
});
