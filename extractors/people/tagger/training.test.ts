import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../../document/analyse/index.js';
import { prepareGold, trainTagger, type GoldDoc } from './training.js';

beforeAll(async () => {
  await loadMorphology();
});

/** A gold document from a text and the names in it (each name's first occurrence from `from`). */
function gold(id: string, text: string, names: string[]): GoldDoc {
  let from = 0;
  const entities = names.map((n) => {
    const start = text.indexOf(n, from);
    from = start + n.length;
    return { type: 'PERSON', start, end: start + n.length, text: n };
  });
  return { id, text, entities };
}

const SMALL: GoldDoc[] = [
  gold('a', 'Президент Казахстана Касым-Жомарт Токаев заявил о реформах. Токаев встретился с Путиным.', [
    'Касым-Жомарт Токаев',
    'Токаев',
    'Путиным',
  ]),
  gold('b', 'Министр финансов Антон Силуанов выступил в Госдуме. Силуанов предложил поправки.', [
    'Антон Силуанов',
    'Силуанов',
  ]),
  gold('c', 'Спектакль покажут в Мариинском театре. Режиссёр Кирилл Серебренников приедет в Москву.', [
    'Кирилл Серебренников',
  ]),
  gold('d', 'Депутат Ерлан Саиров отметил успехи. Коллеги поддержали Саирова и Е. Бекова.', [
    'Ерлан Саиров',
    'Саирова',
    'Е. Бекова',
  ]),
  gold('e', 'Глава Сбербанка Герман Греф и Эльвира Набиуллина обсудили ставку в Москве.', [
    'Герман Греф',
    'Эльвира Набиуллина',
  ]),
];

function trainTwice(docs: readonly GoldDoc[]): void {
  const a = trainTagger(prepareGold(docs), { epochs: 3, seed: 7 });
  const b = trainTagger(prepareGold(docs), { epochs: 3, seed: 7 });
  expect(a.model.weights.some((w) => w !== 0)).toBe(true);
  expect(Buffer.from(a.model.weights.buffer).equals(Buffer.from(b.model.weights.buffer))).toBe(true);
  expect(Buffer.from(a.model.rows.buffer).equals(Buffer.from(b.model.rows.buffer))).toBe(true);
  expect(Array.from(a.model.trans)).toEqual(Array.from(b.model.trans));
  expect([...a.gaz.entries()]).toEqual([...b.gaz.entries()]);
}

describe('training the person tagger', () => {
  test('is deterministic on a few real sentences', () => {
    trainTwice(SMALL);
  });

  const nerel = '../shared/gold/nerel-train.jsonl';
  test('is deterministic on 20 NEREL training documents', () => {
    if (!existsSync(nerel)) {
      process.stderr.write(`skipped: ${nerel} is absent, NEREL determinism not checked\n`);
      return;
    }
    trainTwice(
      readFileSync(nerel, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .slice(0, 20)
        .map((l) => JSON.parse(l) as GoldDoc),
    );
  });
});
