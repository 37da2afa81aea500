import { describe, expect, test } from '@jest/globals';
import { memoiseTagMethods } from './az-tag-memo.js';

/** A stand-in for az's frozen tags: the same three methods, counting how often each runs. */
function fakeTags() {
  const runs = { isProductive: 0, isCapitalized: 0, toString: 0 };
  const proto = {
    isProductive(this: { PREP?: boolean }) {
      runs.isProductive++;
      return !this.PREP;
    },
    isCapitalized(this: { Surn?: boolean }) {
      runs.isCapitalized++;
      return this.Surn || undefined;
    },
    toString(this: { text: string }) {
      runs.toString++;
      return this.text;
    },
  };
  // "Иванов" (a surname) and "в" (a preposition), frozen as az freezes its tags
  const surname = Object.freeze(
    Object.assign(Object.create(proto) as Methods, {
      Surn: true,
      text: 'NOUN,anim,masc,Sgtm,Surn sing,nomn',
    }),
  );
  const preposition = Object.freeze(
    Object.assign(Object.create(proto) as Methods, { PREP: true, text: 'PREP' }),
  );
  return { proto, runs, surname, preposition };
}

type Methods = { isProductive(): unknown; isCapitalized(): unknown; toString(): string };

describe('az tag answers are worked out once per tag', () => {
  test('the same answers, each computed once per tag, undefined included', () => {
    const { proto, runs, surname, preposition } = fakeTags();
    memoiseTagMethods(proto);
    const s = surname;
    const p = preposition;
    for (let i = 0; i < 3; i++) {
      expect(s.isProductive()).toBe(true);
      expect(s.isCapitalized()).toBe(true);
      expect(String(s)).toBe('NOUN,anim,masc,Sgtm,Surn sing,nomn');
      expect(p.isProductive()).toBe(false);
      expect(p.isCapitalized()).toBeUndefined();
      expect(`${p as unknown as string}`).toBe('PREP');
    }
    expect(runs).toEqual({ isProductive: 2, isCapitalized: 2, toString: 2 });
  });

  test('installing twice does not wrap the methods twice', () => {
    const { proto, runs, surname } = fakeTags();
    memoiseTagMethods(proto);
    const installed = () => Object.getOwnPropertyDescriptor(proto, 'isProductive')!.value as unknown;
    const once = installed();
    memoiseTagMethods(proto);
    expect(installed()).toBe(once);
    surname.isProductive();
    expect(runs.isProductive).toBe(1);
  });

  test('a prototype without the methods is refused', () => {
    expect(() => memoiseTagMethods({})).toThrow(TypeError);
  });
});
