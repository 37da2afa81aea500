import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('Latin spelling in brackets', () => {
  test('becomes a name mention of the same person', () => {
    const [p] = peopleIn('Об этом сказал руководитель комитета Джоэл Саймон (Joel Simon) в интервью.');
    expect(p?.mentions.map((m) => m.text)).toEqual(['руководитель', 'Джоэл Саймон', 'Joel Simon']);
  });
});
