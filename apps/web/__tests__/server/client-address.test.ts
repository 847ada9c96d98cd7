/**
 * @jest-environment node
 */
import { clientAddress, isTrustProxy } from '@/server/client-address.mjs';
import { clientKey } from '@/lib/client-key';

const req = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as never;

describe('clientAddress (server.mjs)', () => {
  it('uses the TCP peer and ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientAddress(req('10.0.0.5', '1.2.3.4'), false)).toBe('10.0.0.5');
  });

  it('behind a trusted proxy, takes the address that proxy appended (the last one)', () => {
    expect(clientAddress(req('10.0.0.1', 'spoofed, 203.0.113.9'), true)).toBe('203.0.113.9');
    expect(clientAddress(req('10.0.0.1'), true)).toBe('10.0.0.1');
  });

  it.each([
    ['true', true],
    ['1', true],
    ['YES', true],
    ['', false],
    ['false', false],
    [undefined, false],
  ])('TRUST_PROXY=%j → %s', (value, expected) => {
    expect(isTrustProxy(value)).toBe(expected);
  });
});

describe('clientKey (route handlers)', () => {
  it('prefers the address server.mjs wrote, then the last X-Forwarded-For entry', () => {
    expect(
      clientKey(new Headers({ 'x-newsroom-client-address': '10.0.0.5', 'x-forwarded-for': '1.1.1.1' })),
    ).toBe('10.0.0.5');
    expect(clientKey(new Headers({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }))).toBe('2.2.2.2');
    expect(clientKey(new Headers())).toBe('unknown');
  });
});
