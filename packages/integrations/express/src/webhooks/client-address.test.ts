import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

function fakeRequest(socket: string, forwarded?: string | string[], ip?: string): Request {
  return { ip, socket: { remoteAddress: socket }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } } as unknown as Request;
}

describe('clientAddress', () => {
  it("uses req.ip (the app's trust proxy setting) when trustProxy is not given", () => {
    expect(clientAddress(fakeRequest('10.0.0.1', '203.0.113.9', '203.0.113.9'), undefined)).toBe('203.0.113.9');
    expect(clientAddress(fakeRequest('10.0.0.1', '203.0.113.9'), undefined)).toBe('10.0.0.1');
  });

  it('uses the socket peer with trustProxy false or 0', () => {
    expect(clientAddress(fakeRequest('10.0.0.1', '203.0.113.9'), false)).toBe('10.0.0.1');
    expect(clientAddress(fakeRequest('10.0.0.1', '203.0.113.9'), 0)).toBe('10.0.0.1');
  });

  it('uses the first forwarded entry with trustProxy true', () => {
    expect(clientAddress(fakeRequest('10.0.0.1', '203.0.113.9, 10.0.0.5'), true)).toBe('203.0.113.9');
    expect(clientAddress(fakeRequest('10.0.0.1'), true)).toBe('10.0.0.1');
  });

  it('counts hops back from the socket with a number, across repeated headers', () => {
    const chain = fakeRequest('10.0.0.1', ['198.51.100.1, 203.0.113.9', '10.0.0.5']);
    expect(clientAddress(chain, 1)).toBe('10.0.0.5');
    expect(clientAddress(chain, 2)).toBe('203.0.113.9');
    expect(clientAddress(chain, 9)).toBe('198.51.100.1');
  });

  it('drops ports some proxies append', () => {
    expect(clientAddress(fakeRequest('10.0.0.1', '203.0.113.9:4711'), true)).toBe('203.0.113.9');
    expect(clientAddress(fakeRequest('10.0.0.1', '[2001:db8::1]:4711'), true)).toBe('2001:db8::1');
    expect(clientAddress(fakeRequest('10.0.0.1', '2001:db8::1'), true)).toBe('2001:db8::1');
  });
});
