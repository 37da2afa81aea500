import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../../document/analyse/index.js';
import { namedPeople, rolePeople } from '../index.js';
import { peopleIn } from '../testing.js';
import { candidateReading } from './candidates.js';
import { prepareDoc } from './link.js';
import { trainRoleModel, type RoleTrainDoc } from './training.js';

beforeAll(async () => {
  await loadMorphology();
});

/** Each person's name and role mention texts. */
const roles = (text: string): [string, string[]][] =>
  peopleIn(text).map((p) => [p.name, p.mentions.filter((m) => m.kind === 'role').map((m) => m.text)]);

describe('role mentions (the trained model)', () => {
  test('an apposition head before the name, past an age and a long complement', () => {
    const text =
      'Выступая по программе первого спортивного разряда, двенадцатилетний воспитанник ' +
      'Республиканской специализированной детско-юношеской спортивной школы Денис Игнатьев завоевал золото.';
    expect(roles(text)).toEqual([['Денис Игнатьев', ['воспитанник']]]);
  });
  test('a compound role noun: "тренера-преподавателя … Александра Тихонова"', () => {
    const text =
      'Денис Игнатьев выиграл турнир. Тренируется он под руководством тренера-преподавателя ' +
      'СДЮСШОР № 6 Минспорта Чувашии Александра Тихонова.';
    expect(roles(text)).toContainEqual(['Александр Тихонов', ['тренера-преподавателя']]);
  });
  test('a relation noun goes to the relative it names, not to the person it is said of', () => {
    const text =
      'По данным полиции, всего в химической атаке на Сергея Скрипаля и его дочь Юлию участвовала ' +
      'команда из шести человек.';
    expect(roles(text)).toEqual([
      ['Сергей Скрипаль', []],
      ['Юлия', ['дочь']],
    ]);
  });
  test('a noun is never a mention of the person named in its genitive complement', () => {
    const text =
      'Мэр Москвы Сергей Собянин назначил нового заместителя. Заместитель Сергея Собянина приступит к работе в понедельник.';
    expect(roles(text)[0]?.[1]).not.toContain('Заместитель');
  });
  test('a noun of one sex never names a person of the other: "жена Кинчева"', () => {
    const text =
      'У лидера группы «Алиса» Константина Кинчева случился инфаркт. Пресс-секретарь группы, жена Кинчева, сообщила об этом.';
    expect(roles(text).find(([name]) => name === 'Константин Кинчев')?.[1]).not.toContain('жена');
  });
  test('an occupation with an age before the name', () => {
    expect(roles('В Москве застрелился 18-летний студент Глеб Кораблёв.')).toEqual([
      ['Глеб Кораблёв', ['студент']],
    ]);
  });
  test('a noun that names an office, not a person, stays out: "пост главного тренера"', () => {
    expect(roles('Алекс Фергюсон заявил об уходе. Он покинет пост главного тренера летом.')).toEqual([
      ['Алекс Фергюсон', []],
    ]);
  });
});

/** A training article: every candidate whose text is listed refers to the first person. */
function small(text: string, refs: readonly string[]): RoleTrainDoc {
  const doc = analyse(text);
  const prep = prepareDoc(doc, rolePeople(namedPeople(doc)));
  const gold = Int32Array.from(prep.cands, (c) => (refs.includes(doc.tokens[c.tok]!.text) ? 0 : -1));
  return { prep, gold, goldCount: refs.length };
}

function trainTwice(docs: readonly RoleTrainDoc[]): void {
  const a = trainRoleModel(docs, { epochs: 3, seed: 7, runs: 2 });
  const b = trainRoleModel(docs, { epochs: 3, seed: 7, runs: 2 });
  expect(a.some((w) => w !== 0)).toBe(true);
  expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
}

describe('training the role-mention model', () => {
  test('is deterministic on a few real sentences', () => {
    trainTwice([
      small(
        'Серебряную медаль завоевал чебоксарский гимнаст Денис Игнатьев. «Я доволен», – признался юный ' +
          'гимнаст после награждения. Тренер сборной поздравил спортсмена.',
        ['гимнаст', 'спортсмена'],
      ),
      small(
        'Президент Казахстана Касым-Жомарт Токаев заявил о реформах. Глава государства встретился с послом.',
        ['Президент', 'Глава'],
      ),
      small('Адвокат Насира заявил, что его подзащитный Абид Насир не признает себя виновным.', [
        'подзащитный',
      ]),
    ]);
  });

  const file = '../shared/gold/quotes-train.jsonl';
  test('is deterministic on 5 quotes-train articles', async () => {
    if (!existsSync(file) || !existsSync('../shared/gold/nerel-train.jsonl')) {
      process.stderr.write(`skipped: ${file} is absent, determinism on it not checked\n`);
      return;
    }
    const { labelDoc } = await import('../../../bench/train-role-mentions.js');
    const texts = new Map(
      readFileSync('../shared/gold/nerel-train.jsonl', 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((d) => [d.id, d.text]),
    );
    const gold = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 5)
      .map((l) => JSON.parse(l) as { id: string; people: Parameters<typeof labelDoc>[1] });
    trainTwice(gold.map((g) => labelDoc(texts.get(g.id)!, g.people)));
  });
});

describe('candidates', () => {
  test('a listed relation noun whose first reading is a plural is a candidate in the singular', () => {
    const doc = analyse('Полиция искала его дочери Юлии новое жильё.');
    const tok = doc.tokens.find((t) => t.text === 'дочери')!;
    expect(candidateReading(tok)?.number).toBe('sing');
  });
  test('a title of address is no candidate: "господин Юсуфов"', () => {
    const doc = analyse('Однако господин Юсуфов неожиданно отказался от поста.');
    expect(candidateReading(doc.tokens.find((t) => t.text === 'господин')!)).toBeNull();
  });
});
