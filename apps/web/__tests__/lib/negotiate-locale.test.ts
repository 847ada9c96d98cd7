/**
 * @jest-environment node
 */
import { NextRequest } from 'next/server';
import { negotiateLocale } from '@/lib/negotiate-locale';
import { proxy } from '@/proxy';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX,es;q=0.9,en;q=0.5', 'es'],
    ['fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7', 'es'],
    ['en;q=0.4,es;q=0.8', 'es'],
    ['es;q=0,en', 'en'],
    ['de, fr', 'en'],
    ['*', 'en'],
    ['garbage;;;q=abc', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('proxy for "/"', () => {
  it('redirects to the preferred language and varies on it', () => {
    const res = proxy(
      new NextRequest('http://localhost:3000/', { headers: { 'accept-language': 'es-ES,es;q=0.9' } }),
    );
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('http://localhost:3000/es');
    expect(res.headers.get('vary')).toBe('Accept-Language');
  });

  it('defaults to English', () => {
    const res = proxy(new NextRequest('http://localhost:3000/'));
    expect(res.headers.get('location')).toBe('http://localhost:3000/en');
  });
});
