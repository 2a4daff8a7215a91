import { describe, expect, it } from 'vitest';
import { createAddressAllowList, unmapAddress, withoutPort } from './create-address-allow-list';

describe('createAddressAllowList', () => {
  const isAllowed = createAddressAllowList(['203.0.113.0/24', '198.51.100.7', '2001:db8::/32', '::ffff:192.0.2.1']);

  it.each([
    ['203.0.113.200', true],
    ['203.0.114.1', false],
    ['198.51.100.7', true],
    ['198.51.100.8', false],
    ['::ffff:203.0.113.5', true],
    ['2001:db8:1::5', true],
    ['2001:db9::1', false],
    ['192.0.2.1', true],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isAllowed(address)).toBe(expected);
  });

  it('refuses an unknown caller address', () => {
    expect(isAllowed(undefined)).toBe(false);
  });

  it.each(['10.0.0.0/', '10.0.0.0/8/1', '10.0.0.0/x', '2001:db8::/129', '300.1.1.1', ''])(
    'refuses the entry %j at startup',
    (entry) => {
      expect(() => createAddressAllowList([entry])).toThrow(/allowIps entry/);
    },
  );

  it('unmaps IPv4-mapped IPv6 addresses only', () => {
    expect(unmapAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(unmapAddress('::1')).toBe('::1');
  });
});

describe('withoutPort', () => {
  it('drops the port some proxies append, and leaves addresses without one alone', () => {
    expect(withoutPort('203.0.113.9:4711')).toBe('203.0.113.9');
    expect(withoutPort('[2001:db8::1]:4711')).toBe('2001:db8::1');
    expect(withoutPort('[2001:db8::1]')).toBe('2001:db8::1');
    expect(withoutPort('2001:db8::1')).toBe('2001:db8::1');
    expect(withoutPort('203.0.113.9')).toBe('203.0.113.9');
  });
});
