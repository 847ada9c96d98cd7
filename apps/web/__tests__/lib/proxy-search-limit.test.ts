/**
 * @jest-environment node
 */
import { NextRequest } from 'next/server';
import { SITE_LOCALES } from '@/lib/i18n';
import { SEARCH_RATE_LIMIT } from '@/lib/rate-limit';
import { config, proxy } from '@/proxy';

const visit = (path: string, address: string) =>
  proxy(
    new NextRequest(`http://localhost:3000${path}`, { headers: { 'x-newsroom-client-address': address } }),
  );

describe('proxy for the search page', () => {
  it('runs only for "/" and each language’s search page', () => {
    expect(config.matcher).toEqual(['/', `/:locale(${SITE_LOCALES.join('|')})/search`]);
  });

  it('never charges /api/search (the route counts for itself)', () => {
    for (let i = 0; i < SEARCH_RATE_LIMIT.capacity + 5; i++)
      expect(visit('/api/search?q=x', '10.7.9.9').headers.get('x-middleware-next')).toBe('1');
    expect(visit('/en/search?q=x', '10.7.9.9').headers.get('x-middleware-next')).toBe('1');
  });

  it('lets searches through until the client’s budget is spent, then answers 429 in its language', async () => {
    for (let i = 0; i < SEARCH_RATE_LIMIT.capacity; i++) {
      const res = visit('/es/search?q=paseo', '10.7.0.1');
      expect(res.headers.get('x-middleware-next')).toBe('1');
    }
    const refused = visit('/es/search?q=paseo', '10.7.0.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toBe(
      'Demasiadas búsquedas seguidas. Espera unos segundos y vuelve a intentarlo.',
    );
    expect(visit('/es/search?q=paseo', '10.7.0.2').status).toBe(200);
  });
});
