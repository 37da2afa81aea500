import { describe, expect, test } from '@jest/globals';
import { CARDINAL_FORMS, CARDINAL_VARIANTS, MONTHS, ORDINAL_STEMS } from './index.js';

describe('the shared word tables', () => {
  test('twelve months in order, every form lower-case Cyrillic and owned by one month', () => {
    expect(MONTHS.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const owner = new Map<string, number>();
    for (const m of MONTHS) {
      const forms = [m.nominative, m.genitive, m.prepositional, m.dative, m.instrumental, ...m.abbreviations];
      for (const f of forms) {
        expect(f).toMatch(/^[а-я]+$/);
        expect(owner.get(f) ?? m.month).toBe(m.month);
        owner.set(f, m.month);
      }
    }
    expect(owner.get('марта')).toBe(3);
    expect(owner.get('нояб')).toBe(11);
  });

  test('a cardinal form has one value, and the paradigm runs from zero to nine hundred', () => {
    const value = new Map<string, number>();
    for (const w of [...CARDINAL_FORMS, ...CARDINAL_VARIANTS]) {
      expect(w.form).toMatch(/^[а-я]+$/);
      expect(value.get(w.form) ?? w.value).toBe(w.value);
      value.set(w.form, w.value);
    }
    expect([value.get('ноль'), value.get('двух'), value.get('сорока'), value.get('девятистах')]).toEqual([
      0, 2, 40, 900,
    ]);
    expect(CARDINAL_FORMS.find((w) => w.form === 'двух')?.cases).toEqual(['gent', 'accs', 'loct']);
  });

  test('ordinal stems are distinct, with the values 1–20 and 30', () => {
    expect(new Set(ORDINAL_STEMS.map(([s]) => s)).size).toBe(ORDINAL_STEMS.length);
    expect(ORDINAL_STEMS.map(([, v]) => v)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 30]);
  });
});
