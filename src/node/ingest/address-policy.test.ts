import { describe, expect, it } from 'vitest';
import { refusedAddress } from './address-policy.js';

describe('refusedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.178.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '[::1]',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    '2001:0:4136:e378::1',
  ])('refuses %s', (address) => {
    expect(refusedAddress(address)).toMatch(/private or reserved/);
  });

  it.each([
    '93.184.216.34',
    '172.32.0.1',
    '192.169.0.1',
    '100.128.0.1',
    '2a00:1450:4001:80b::200e',
    '::ffff:5db8:d822',
  ])('allows the public address %s', (address) => {
    expect(refusedAddress(address)).toBeNull();
  });

  it('refuses what is not an address', () => {
    expect(refusedAddress('example.org')).toMatch(/not an IP address/);
  });
});
