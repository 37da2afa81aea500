import { beforeAll, describe, expect, test } from '@jest/globals';
import { numbersIn, ready } from '../testing.js';

beforeAll(ready);

describe('figures that are no NumberItems', () => {
  test('phone numbers', () => {
    expect(numbersIn('Звоните по телефону +7 (727) 123-45-67.')).toEqual([]);
  });
  test('dates written with a month and years', () => {
    expect(numbersIn('Фестиваль пройдет с 11 по 14 апреля.')).toEqual([]);
    expect(numbersIn('Указ подписан в 2015 году.')).toEqual([]);
  });
  test('document and model numbers', () => {
    expect(numbersIn('Приказ № 432 подписан министром.')).toEqual([]);
    expect(numbersIn('Над городом пролетел Су-27.')).toEqual([]);
  });
  test('numbered list items', () => {
    expect(numbersIn('1. Принять отставку правительства.')).toEqual([]);
  });
});
