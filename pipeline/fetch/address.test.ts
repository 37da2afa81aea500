// The private-address check, address by address (the crawl tests cover where it is applied).
import { describe, expect, test } from '@jest/globals';
import { addressAllowed, isNonPublicAddress } from './address.js';

describe('isNonPublicAddress', () => {
  test.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    'not-an-address',
  ])('%s is not public', (a) => expect(isNonPublicAddress(a)).toBe(true));

  test.each(['95.59.170.10', '8.8.8.8', '172.32.0.1', '2a00:1450:4001:80b::200e', '::ffff:5.5.5.5'])(
    '%s is public',
    (a) => expect(isNonPublicAddress(a)).toBe(false),
  );
});

describe('addressAllowed', () => {
  test('allowPrivate and trusted addresses open the check', () => {
    expect(addressAllowed({ allowPrivate: false, trusted: new Set() }, '127.0.0.1')).toBe(false);
    expect(addressAllowed({ allowPrivate: true, trusted: new Set() }, '127.0.0.1')).toBe(true);
    expect(addressAllowed({ allowPrivate: false, trusted: new Set(['127.0.0.1']) }, '127.0.0.1')).toBe(true);
    expect(addressAllowed({ allowPrivate: false, trusted: new Set(['127.0.0.1']) }, '127.0.0.2')).toBe(false);
  });
});
