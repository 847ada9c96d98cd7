/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import {
  isReadingPageRequest,
  stripClientRuntime,
  withoutClientRuntime,
} from '../../server/client-runtime.mjs';

const LD = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
const OURS = '<script src="/share-button.js" async=""></script>';
/** The shape of a Next 16 page: chunk preloads and scripts, the inline RSC payload, JSON-LD, our script. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="preload" as="image" href="/cover.avif" fetchPriority="high"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/x.css"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  OURS,
  '</head><body><h1>Title</h1>',
  LD,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '</body></html>',
].join('');

describe('withoutClientRuntime', () => {
  const out = withoutClientRuntime(PAGE);

  it('removes the framework’s scripts, script preloads and inline RSC payload', () => {
    expect(out).not.toContain('/_next/static/chunks/a.js');
    expect(out).not.toContain('polyfills.js');
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('TURBOPACK');
  });

  it('keeps everything else: styles, the image preload, JSON-LD, scripts of our own, the content', () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/x.css"/>',
      '<link rel="preload" as="image" href="/cover.avif" fetchPriority="high"/>',
      LD,
      OURS,
      '<h1>Title</h1>',
    ])
      expect(out).toContain(kept);
  });
});

describe('isReadingPageRequest', () => {
  const req = (url: string, method = 'GET', headers: Record<string, string> = {}) =>
    ({ url, method, headers }) as unknown as IncomingMessage;

  it.each(['/en', '/es/news/a-story', '/en/category/wellbeing?x=1', '/en/page/2', '/es/tag/sleep'])(
    'a browser loading %s gets the page without the runtime',
    (url) => expect(isReadingPageRequest(req(url))).toBe(true),
  );

  it.each([
    ['the search page (a React island)', req('/en/search?q=sleep')],
    ['the search page without a query', req('/es/search')],
    ['an RSC request of client-side navigation', req('/en/news/a', 'GET', { rsc: '1' })],
    ['a router prefetch', req('/en/news/a', 'GET', { 'next-router-prefetch': '1' })],
    ['a script of the framework', req('/_next/static/chunks/a.js')],
    ['a route handler', req('/api/search?q=x')],
    ['a feed', req('/en/feed.xml')],
    ['a POST', req('/en', 'POST')],
    ['a HEAD', req('/en', 'HEAD')],
  ])('leaves %s alone', (_label, r) => expect(isReadingPageRequest(r)).toBe(false));
});

describe('stripClientRuntime on a real HTTP response', () => {
  let server: Server;
  let origin: string;
  let behaviour: (req: IncomingMessage, res: ServerResponse) => void;

  beforeAll(async () => {
    server = createServer((req, res) => {
      stripClientRuntime(req, res);
      behaviour(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(path: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        request(`${origin}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
          .on('error', reject)
          .end();
      },
    );
  }

  it.each([
    [
      'streamed in pieces',
      (res: ServerResponse) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.flushHeaders();
        res.write(PAGE.slice(0, 100));
        res.write(Buffer.from(PAGE.slice(100)));
        res.end();
      },
    ],
    [
      'sent in one piece with a length',
      (res: ServerResponse) => {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': String(PAGE.length),
        });
        res.end(PAGE);
      },
    ],
  ])('sends a page %s without the runtime, gzipped when asked', async (_label, send) => {
    let seenEncoding: string | undefined;
    behaviour = (req, res) => {
      seenEncoding = req.headers['accept-encoding'];
      send(res);
    };
    const plain = await get('/en/news/x');
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toBe(withoutClientRuntime(PAGE));
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);

    const zipped = await get('/en/news/x', { 'accept-encoding': 'gzip, br' });
    expect(seenEncoding).toBe('identity');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(zipped.body).toString()).toBe(withoutClientRuntime(PAGE));
  });

  it('passes other statuses and the search page through unchanged', async () => {
    behaviour = (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html');
      res.end(PAGE);
    };
    expect((await get('/en/news/missing')).body.toString()).toBe(PAGE);
    behaviour = (_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(PAGE);
    };
    expect((await get('/en/search?q=x')).body.toString()).toBe(PAGE);
  });
});
