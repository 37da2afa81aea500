import { beforeAll, describe, expect, test } from '@jest/globals';
import { first, ready } from '../testing.js';

beforeAll(ready);

describe('numeric dates', () => {
  test('"26.11.2025"', () => {
    expect(first('Приказ от 26.11.2025 вступил в силу.')?.value).toBe('2025-11-26');
  });
  test('ISO "2025-11-26"', () => {
    expect(first('Обновлено 2025-11-26 в редакции сайта.')?.value).toBe('2025-11-26');
  });
  test('an impossible date is skipped', () => {
    expect(first('Код 31.02.2025 не является датой.')).toBeUndefined();
  });
});
