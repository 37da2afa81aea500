import { describe, expect, test } from '@jest/globals';
import { installLeanTags, type AzLoader } from './az-lean-tags.js';

/** A stand-in for az's loader: answers every file with the list it was given. */
function fakeLoader(lists: Record<string, unknown>): AzLoader & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    load: (url, _type, callback) => {
      calls.push(url);
      callback(null, lists[url]);
    },
  };
}

function loaded(az: AzLoader, url: string): unknown {
  let out: unknown;
  az.load(url, 'json', (_err, data) => (out = data));
  return out;
}

describe('installLeanTags', () => {
  test('the Russian tag names become empty, one per tag', () => {
    const az = fakeLoader({ 'd/gramtab-opencorpora-ext.json': ['СУЩ,од мр,ед,им', 'ПР'] });
    installLeanTags(az);
    expect(loaded(az, 'd/gramtab-opencorpora-ext.json')).toEqual(['', '']);
  });

  test('other dictionary files pass through unchanged', () => {
    const az = fakeLoader({ 'd/gramtab-opencorpora-int.json': ['NOUN,anim masc,sing,nomn', 'PREP'] });
    installLeanTags(az);
    expect(loaded(az, 'd/gramtab-opencorpora-int.json')).toEqual(['NOUN,anim masc,sing,nomn', 'PREP']);
  });

  test('installing twice wraps the loader once', () => {
    const az = fakeLoader({ 'd/gramtab-opencorpora-ext.json': ['ПР'] });
    installLeanTags(az);
    const once = az.load;
    installLeanTags(az);
    expect(az.load).toBe(once);
    loaded(az, 'd/gramtab-opencorpora-ext.json');
    expect(az.calls).toEqual(['d/gramtab-opencorpora-ext.json']);
  });
});
