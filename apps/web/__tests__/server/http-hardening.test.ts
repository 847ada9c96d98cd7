/**
 * @jest-environment node
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  canonicalSearchRedirect,
  contentSecurityPolicy,
  draftModeHeaders,
  enforceHeaders,
  hasPreviewCookie,
  isHttps,
  isWellEncodedUrl,
  methodProblem,
  previewFrameOrigins,
  responseHeaders,
} from '@/server/http-hardening.mjs';

const LOCALES = ['en', 'es'];

describe('methods', () => {
  it.each(['TRACE', 'TRACK', 'CONNECT', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'FOO', ''])(
    'refuses %s',
    (method) => {
      expect(methodProblem(method)).toBe(405);
    },
  );
  it.each(['GET', 'HEAD', 'POST', 'OPTIONS'])('serves %s', (method) => {
    expect(methodProblem(method)).toBeNull();
  });
});

describe('URL encoding', () => {
  it.each([
    '/en/news/%C0%AF',
    '/en/news/%E0%A4%A',
    '/en/news/%zz',
    '/%ff/news',
    '/en/news/x%',
    '/en/search?q=%C0%AF',
    '/en/search?q=%',
    '/en/search?%E0=1',
    '/en/search?q=a&page=%ED%A0%80',
  ])('refuses %s', (url) => {
    expect(isWellEncodedUrl(url)).toBe(false);
  });
  it.each([
    '/',
    '/en/news/a-story',
    '/es/news/caf%C3%A9',
    '/en/search?q=walk+home&page=2',
    '/en/search?q=%25',
  ])('accepts %s', (url) => {
    expect(isWellEncodedUrl(url)).toBe(true);
  });
});

describe('search spellings', () => {
  it.each([
    ['/%65n/search?q=walk', '/en/search?q=walk'],
    ['/en/%73earch?q=walk', '/en/search?q=walk'],
    ['/%65%6E/%73%65%61%72%63%68', '/en/search'],
    ['/en//search?q=walk', '/en/search?q=walk'],
    ['//en/search', '/en/search'],
    ['/en/search/?q=walk', '/en/search?q=walk'],
    ['/es///search//', '/es/search'],
    ['/en/./search?q=walk', '/en/search?q=walk'],
    ['/en/x/../search', '/en/search'],
    ['/en/%2e/search', '/en/search'],
    ['/en\\search?q=walk', '/en/search?q=walk'],
  ])('redirects %s to %s', (url, canonical) => {
    expect(canonicalSearchRedirect(url, LOCALES)).toBe(canonical);
  });
  it.each([
    '/en/search',
    '/en/search?q=x',
    '/fr/search',
    '/en/news/search',
    '/api/search?q=x',
    '/%C0/search',
  ])('leaves %s alone', (url) => {
    expect(canonicalSearchRedirect(url, LOCALES)).toBeNull();
  });
});

describe('security headers', () => {
  const origins = previewFrameOrigins({
    CMS_URL: 'http://127.0.0.1:1337',
    CMS_MEDIA_URL: 'https://cms.example.org/x',
  });

  it('allow no origin but the site itself, and no framing outside preview', () => {
    const headers = responseHeaders({ https: false, preview: false, previewOrigins: origins });
    const csp = headers['Content-Security-Policy'];
    for (const directive of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/https?:/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('same-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Strict-Transport-Security']).toBeUndefined();
  });

  it('let the CMS admin frame a preview, and only then', () => {
    const headers = responseHeaders({ https: false, preview: true, previewOrigins: origins });
    expect(headers['Content-Security-Policy']).toContain(
      "frame-ancestors 'self' http://127.0.0.1:1337 http://localhost:1337 https://cms.example.org",
    );
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(contentSecurityPolicy({ frameAncestors: [] })).toContain("frame-ancestors 'none'");
  });

  it('add HSTS only over https (directly, or as a trusted proxy says)', () => {
    const req = (encrypted: boolean, proto?: string) =>
      ({ socket: { encrypted }, headers: proto ? { 'x-forwarded-proto': proto } : {} }) as never;
    expect(isHttps(req(true), false)).toBe(true);
    expect(isHttps(req(false, 'https'), false)).toBe(false);
    expect(isHttps(req(false, 'https'), true)).toBe(true);
    expect(isHttps(req(false, 'http'), true)).toBe(false);
    expect(isHttps(req(false, 'https, http'), true)).toBe(false);
    const headers = responseHeaders({ https: true, preview: false, previewOrigins: [] });
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
  });

  it('recognise the draft-mode cookie', () => {
    expect(hasPreviewCookie('a=1; __prerender_bypass=abc')).toBe(true);
    expect(hasPreviewCookie('x__prerender_bypass=abc')).toBe(false);
    expect(hasPreviewCookie(undefined)).toBe(false);
  });
});

describe('enforceHeaders', () => {
  async function serve(
    handler: (res: import('node:http').ServerResponse) => void,
  ): Promise<IncomingHttpHeaders> {
    const server = createServer((_req, res) => {
      enforceHeaders(res, draftModeHeaders());
      handler(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/' }, (res) => {
          res.resume();
          resolve(res.headers);
        })
          .on('error', reject)
          .end();
      });
    } finally {
      server.close();
    }
  }

  it.each<[string, (res: import('node:http').ServerResponse) => void]>([
    [
      'setHeader then end',
      (res) => {
        res.setHeader('Cache-Control', 'public, max-age=3600');
        res.end('x');
      },
    ],
    [
      'writeHead with a headers object',
      (res) => {
        res.writeHead(200, { 'cache-control': 's-maxage=60, stale-while-revalidate', Vary: 'Accept' });
        res.end('x');
      },
    ],
  ])('wins over %s', async (_label, handler) => {
    const headers = await serve(handler);
    expect(headers['cache-control']).toBe('private, no-store');
    expect(headers.vary).toMatch(/Cookie/);
    if (_label.startsWith('writeHead')) expect(headers.vary).toMatch(/Accept/);
  });
});
