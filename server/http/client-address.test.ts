// @vitest-environment node
/** The address the sign-in limits count: the socket's unless proxies are trusted; IPv6 by /64. */
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './client-address';

describe('client address', () => {
  it('ignores X-Forwarded-For unless proxies are trusted: a client cannot pick its own address', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', 0)).toBe('203.0.113.9');
  });

  it('takes what the nearest trusted proxy saw, not what the client wrote further left', () => {
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.4, 10.0.0.9', 2)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('counts IPv4-mapped addresses as IPv4, and IPv6 by its /64', () => {
    expect(addressKey('::ffff:192.0.2.8')).toBe('192.0.2.8');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::7')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
